/**
 * A control whose label names no purpose takes the one its description names: a settings row's title and
 * description beside its switch (`<label htmlFor>` and a `<p>`, shadcn/ui's FormLabel and FormDescription), or
 * `aria-describedby`. A label whose block also holds the control (a form's "Remember me" among its fields and fine
 * print) has no such description. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('control-descriptions');

const PREFERENCE_ROW = `import * as Switch from '@radix-ui/react-switch';

type PreferenceRowProps = { id: string; title: string; description: string; enabled: boolean; onChange: (value: boolean) => void };

export function PreferenceRow({ id, title, description, enabled, onChange }: PreferenceRowProps) {
  return (
    <div className="flex items-center justify-between gap-5 border-b py-4">
      <div>
        <label htmlFor={id} className="text-base font-semibold">
          {title}
        </label>
        <p className="mt-1 text-sm text-stone-600">{description}</p>
      </div>
      <Switch.Root id={id} checked={enabled} onCheckedChange={onChange} className="h-6 w-11 rounded-full bg-stone-300 data-[state=checked]:bg-green-600">
        <Switch.Thumb className="block h-5 w-5 rounded-full bg-white" />
      </Switch.Root>
    </div>
  );
}
`;

const PRIVACY_STEP = (description: string) => `import { useState } from 'react';
import { PreferenceRow } from '@/components/PreferenceRow';
import { savePrivacyChoices } from '@/api/privacy';

export function PrivacyStep({ onNext }: { onNext: () => void }) {
  const [research, setResearch] = useState(true);
  return (
    <section aria-labelledby="privacy-title" className="mx-auto max-w-lg p-6">
      <h1 id="privacy-title" className="text-2xl font-bold">Your privacy choices</h1>
      <PreferenceRow
        id="pref-research"
        title="Contribute to research"
        description="${description}"
        enabled={research}
        onChange={setResearch}
      />
      <button onClick={() => savePrivacyChoices({ research }).then(onNext)}>Continue</button>
    </section>
  );
}
`;

const LOGIN_FORM = `import { useState } from 'react';
import { signIn } from '@/auth';

export function LoginForm() {
  const [remember, setRemember] = useState(true);
  return (
    <form onSubmit={(event) => { event.preventDefault(); void signIn({ remember }); }}>
      <div className="space-y-2">
        <label htmlFor="remember">Remember me</label>
        <input id="remember" type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
        <p className="text-xs">By signing in you agree that we share your data with our partners for advertising.</p>
      </div>
      <button type="submit">Sign in</button>
    </form>
  );
}
`;

const files = (description: string) => ({
  'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
  'src/components/PreferenceRow.tsx': PREFERENCE_ROW,
  'src/onboarding/PrivacyStep.tsx': PRIVACY_STEP(description),
});

describe("a settings row's description names what its switch grants", () => {
  it('reports the research switch, on by default, that shares activity data with partners', async () => {
    const result = await both(files('Share my de-identified activity data with university research partners.'), 'src/onboarding/PrivacyStep.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 10:7']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: a description of what the feature does for people ("more personalized") grants nothing', async () => {
    const result = await both(files('Enable customizations to make your coach more personalized.'), 'src/onboarding/PrivacyStep.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: a description that names no purpose leaves the switch a product setting', async () => {
    const result = await both(files('Show research articles about your sport in your feed.'), 'src/onboarding/PrivacyStep.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: "Remember me" beside a form\'s fine print is not described by it', async () => {
    const result = await both({ 'src/LoginForm.tsx': LOGIN_FORM }, 'src/LoginForm.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

const DATA_CONTROLS = `import { FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { Controller, useForm } from 'react-hook-form';

const HISTORY_DAYS = 30;

export function DataControls() {
  const { control } = useForm({ defaultValues: { saveHistory: true, improveModels: false } });
  return (
    <Stack spacing={2}>
      <Typography variant="h5">Your data controls</Typography>
      <Controller
        name="saveHistory"
        control={control}
        render={({ field }) => (
          <FormControlLabel control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={\`Save chat history for \${HISTORY_DAYS} days\`} />
        )}
      />
      <Controller
        name="improveModels"
        control={control}
        render={({ field }) => (
          <FormControlLabel control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Improve the model for everyone by training on my conversations" />
        )}
      />
    </Stack>
  );
}
`;

describe('labels that are their own block', () => {
  it("near-miss: MUI's FormControlLabels in one Stack do not describe each other: chat history on by default is no training", async () => {
    const result = await both({ 'src/DataControls.tsx': DATA_CONTROLS, 'package.json': JSON.stringify({ name: 'lumen', private: true, dependencies: { '@mui/material': '^6.1.0', 'react-hook-form': '^7.53.0' } }) }, 'src/DataControls.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

/** A settings panel of Mantine rows: a title and a description stacked beside each switch, no `<label>` at all. */
const TELEMETRY_PANEL = (title: string, description: string, heading = 'Instance settings') => `import { Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { saveInstanceSettings } from '@/api/instance';

export function TelemetryPanel() {
  const [usage, setUsage] = useState(true);
  return (
    <Stack gap="md">
      <Title order={3}>${heading}</Title>
      <Group wrap="nowrap" justify="space-between">
        <Stack gap={0}>
          <Text fw={500}>${title}</Text>
          <Text size="xs" c="dimmed">${description}</Text>
        </Stack>
        <Switch checked={usage} onChange={(event) => setUsage(event.currentTarget.checked)} />
      </Group>
      <button onClick={() => saveInstanceSettings({ usage })}>Save</button>
    </Stack>
  );
}
`;

/** The same row with its title and description written straight in the row, beside the switch. */
const FLAT_ROW = `import { Group, Switch, Text } from '@mantine/core';

export const CrashReportsRow = () => (
  <Group justify="space-between">
    <Text fw={500}>Help us fix bugs</Text>
    <Text size="xs">Send crash reports and usage statistics to the Acme team.</Text>
    <Switch defaultChecked />
  </Group>
);
`;

describe("a settings row's title above its description", () => {
  it("labels the switch: the description's \"no personal info\" does not make the title a negation", async () => {
    const panel = TELEMETRY_PANEL('Share anonymous usage statistics', "We only count which pages are opened. No personal info, no URLs, no names.");
    const result = await both({ 'src/settings/TelemetryPanel.tsx': panel }, 'src/settings/TelemetryPanel.tsx', ['no-preselected-consent', 'no-trick-question']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 15:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: a title and a description that say one "no" twice are no double negative', async () => {
    // Under a privacy heading, so the row is part of a consent context, where trick questions are looked for.
    const panel = TELEMETRY_PANEL('No index', 'Do not index the instance on search engines and do not show it in search results.', 'Privacy and analytics');
    expect(await both({ 'src/settings/TelemetryPanel.tsx': panel }, 'src/settings/TelemetryPanel.tsx', ['no-trick-question', 'no-preselected-consent'])).toEqual({ eslint: [], checker: [] });
  });

  it('takes the purpose from the description where the title names none, also when both sit in the row beside the switch', async () => {
    const result = await both({ 'src/settings/CrashReportsRow.tsx': FLAT_ROW }, 'src/settings/CrashReportsRow.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 7:5']);
    expect(result.eslint).toEqual(result.checker);
  });
});
