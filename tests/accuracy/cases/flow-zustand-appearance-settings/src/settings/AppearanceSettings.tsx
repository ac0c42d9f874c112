import { Description, Field, Label, Radio, RadioGroup, Select, Switch } from '@headlessui/react';
import { useUiSettings, type Theme, type ToggleSetting } from '@/stores/useUiSettings';

const TOGGLE_ROWS: { key: ToggleSetting; title: string; help: string }[] = [
  { key: 'compactMode', title: 'Compact mode', help: 'Fit more events on screen with tighter rows.' },
  { key: 'showWeekNumbers', title: 'Week numbers', help: 'Show ISO week numbers in the month view.' },
  { key: 'desktopNotifications', title: 'Desktop notifications', help: 'Pop up a reminder before each event.' },
  { key: 'soundEffects', title: 'Sound effects', help: 'Play a chime when a reminder fires.' },
];

const THEMES: { value: Theme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'Match my system' },
];

export function AppearanceSettings() {
  const settings = useUiSettings();

  return (
    <div className="max-w-2xl space-y-10">
      <section>
        <h2 className="text-lg font-semibold text-gray-900">Theme</h2>
        <RadioGroup value={settings.theme} onChange={settings.setTheme} className="mt-4 flex gap-3">
          {THEMES.map((t) => (
            <Field key={t.value} className="flex items-center gap-2">
              <Radio
                value={t.value}
                className="group flex size-5 items-center justify-center rounded-full border bg-white data-[checked]:bg-indigo-600"
              >
                <span className="invisible size-2 rounded-full bg-white group-data-[checked]:visible" />
              </Radio>
              <Label>{t.label}</Label>
            </Field>
          ))}
        </RadioGroup>
      </section>

      <section>
        <h2 className="text-lg font-semibold text-gray-900">Calendar</h2>
        <Field className="mt-4 flex items-center justify-between">
          <Label className="text-sm font-medium text-gray-900">Week starts on</Label>
          <Select
            value={settings.weekStartsOn}
            onChange={(e) => settings.setWeekStart(e.target.value as 'monday' | 'sunday')}
            className="rounded-md border-gray-300 text-sm"
          >
            <option value="monday">Monday</option>
            <option value="sunday">Sunday</option>
          </Select>
        </Field>

        <ul className="mt-4 divide-y divide-gray-100">
          {TOGGLE_ROWS.map((row) => (
            <li key={row.key}>
              <Field className="flex items-center justify-between py-4">
                <span className="flex flex-col">
                  <Label className="text-sm font-medium text-gray-900">{row.title}</Label>
                  <Description className="text-sm text-gray-600">{row.help}</Description>
                </span>
                <Switch
                  checked={settings[row.key]}
                  onChange={(value) => settings.setToggle(row.key, value)}
                  className="group relative inline-flex h-6 w-11 shrink-0 rounded-full bg-gray-200 transition data-[checked]:bg-indigo-600"
                >
                  <span className="inline-block size-5 translate-x-0.5 translate-y-0.5 rounded-full bg-white shadow transition group-data-[checked]:translate-x-[22px]" />
                </Switch>
              </Field>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
