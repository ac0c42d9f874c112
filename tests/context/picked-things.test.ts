/**
 * A list of things to pick (industries, sales channels, table columns) is no list of consents because one of its
 * items is named like a purpose: dub's partner profile offers "Marketing" and "Analytics & Data" among 24 industries,
 * and its links table toggles an "Analytics" column beside "Title" and "Tags". A cookie panel's categories and a
 * notification list's "Marketing campaigns: Receive marketing emails" stay consents.
 */
import { describe, expect, it } from 'vitest';
import { checkerReport } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('picked-things');

const INDUSTRY_PICKER = `import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useUpdatePartnerProfile } from '@/lib/swr/use-partner-profile';

const INDUSTRIES = [
  { id: 'saas', label: 'SaaS' },
  { id: 'marketing', label: 'Marketing' },
  { id: 'gaming', label: 'Gaming' },
  { id: 'finance', label: 'Finance' },
  { id: 'analytics', label: 'Analytics & Data' },
  { id: 'education', label: 'Education & Learning' },
];

export function IndustryPicker({ onDone }: { onDone: () => void }) {
  const [selected, setSelected] = useState<string[]>(['marketing', 'saas']);
  const { update, isPending } = useUpdatePartnerProfile();
  const toggle = (id: string) => setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  return (
    <div className="space-y-4">
      <h3 className="text-lg font-semibold">Which industries do you create content about?</h3>
      <div className="flex flex-wrap gap-2">
        {INDUSTRIES.map((industry) => (
          <label key={industry.id} className="flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm">
            <input type="checkbox" className="sr-only" checked={selected.includes(industry.id)} onChange={() => toggle(industry.id)} />
            {industry.label}
          </label>
        ))}
      </div>
      <Button disabled={isPending} onClick={() => update({ industries: selected }).then(onDone)}>
        Save interests
      </Button>
    </div>
  );
}
`;

const DISPLAY_PROPERTIES = `import { useState } from 'react';

const COLUMNS = [
  { id: 'title', label: 'Title' },
  { id: 'tags', label: 'Tags' },
  { id: 'created', label: 'Created date' },
  { id: 'owner', label: 'Owner' },
  { id: 'analytics', label: 'Analytics' },
];

export function DisplayProperties() {
  const [visible, setVisible] = useState<string[]>(['title', 'tags', 'analytics']);
  return (
    <div className="p-4">
      <span className="text-xs uppercase text-neutral-500">Display properties</span>
      <div className="mt-4 flex flex-wrap gap-2">
        {COLUMNS.map((column) => {
          const active = visible.includes(column.id);
          return (
            <button
              key={column.id}
              aria-pressed={active}
              onClick={() => setVisible(active ? visible.filter((id) => id !== column.id) : [...visible, column.id])}
              className="rounded-md border px-2 py-0.5 text-sm"
            >
              {column.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
`;

const NOTIFICATIONS = `import { Switch } from '@/components/ui/switch';
import { useNotificationPreferences } from '@/lib/hooks/use-notification-preferences';

const NOTIFICATIONS = [
  { type: 'comments', title: 'Comments', description: 'When someone comments on one of your posts.', enabled: true },
  { type: 'mentions', title: 'Mentions', description: 'When someone mentions you in a thread.', enabled: true },
  { type: 'billing', title: 'Billing', description: 'Invoices and payment receipts.', enabled: true },
  { type: 'marketing', title: 'Marketing campaigns', description: 'Receive marketing emails from the programs you joined.', enabled: true },
] as const;

export function NotificationSettings() {
  const { update } = useNotificationPreferences();
  return (
    <div className="grid gap-3">
      {NOTIFICATIONS.map(({ type, title, description, enabled }) => (
        <div key={type} className="flex items-center justify-between gap-4 rounded-xl border p-5">
          <div>
            <div className="text-sm font-medium">{title}</div>
            <div className="mt-1 text-xs text-neutral-500">{description}</div>
          </div>
          <Switch defaultChecked={enabled} onCheckedChange={(checked) => update(type, checked)} />
        </div>
      ))}
    </div>
  );
}
`;

const COOKIE_CATEGORIES = `import { useState } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { saveConsent } from '@/lib/consent';

const CATEGORIES = [
  { id: 'necessary', label: 'Strictly necessary', on: true, locked: true },
  { id: 'analytics', label: 'Analytics', on: true, locked: false },
  { id: 'marketing', label: 'Marketing', on: false, locked: false },
  { id: 'preferences', label: 'Preferences', on: false, locked: false },
];

export function CookiePreferences({ onClose }: { onClose: () => void }) {
  const [choices, setChoices] = useState(() => Object.fromEntries(CATEGORIES.map((c) => [c.id, c.on])));
  return (
    <div role="dialog" aria-labelledby="cookie-title" className="fixed bottom-4 right-4 max-w-md rounded-lg bg-white p-6 shadow-xl">
      <h2 id="cookie-title" className="text-lg font-semibold">Cookie preferences</h2>
      <p className="mt-2 text-sm">Choose which cookies we may use. You can change this at any time.</p>
      <ul className="mt-4 space-y-2">
        {CATEGORIES.map((category) => (
          <li key={category.id}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" defaultChecked={category.on} disabled={category.locked} onChange={(e) => setChoices({ ...choices, [category.id]: e.target.checked })} />
              {category.label}
            </label>
          </li>
        ))}
      </ul>
      <button className="mt-4 rounded bg-black px-4 py-2 text-white" onClick={() => saveConsent(choices).then(onClose)}>
        Save choices
      </button>
    </div>
  );
}
`;

// A consent panel whose categories are named by what they load: only "Advertising" names a purpose, but a panel with
// a necessary category is a consent panel.
const EMBED_CATEGORIES = COOKIE_CATEGORIES.replace(
  `  { id: 'analytics', label: 'Analytics', on: true, locked: false },
  { id: 'marketing', label: 'Marketing', on: false, locked: false },
  { id: 'preferences', label: 'Preferences', on: false, locked: false },`,
  `  { id: 'video', label: 'Video embeds', on: true, locked: false },
  { id: 'chat', label: 'Chat widget', on: false, locked: false },
  { id: 'ads', label: 'Advertising', on: true, locked: false },
  { id: 'maps', label: 'Maps', on: false, locked: false },`,
);

describe('a list of things to pick', () => {
  it('reads an industry named like a purpose, among many that are not, as an interest, not a consent to review', async () => {
    const { findings, reviews } = await checkerReport(project({ 'IndustryPicker.tsx': INDUSTRY_PICKER }));
    expect(findings).toEqual([]);
    expect(reviews).toEqual([]);
  });

  it('reads a row of pressed column toggles as columns, and a toggle\'s neighbours as no description of it', async () => {
    const { findings, reviews } = await checkerReport(project({ 'DisplayProperties.tsx': DISPLAY_PROPERTIES }));
    expect(findings).toEqual([]);
    expect(reviews).toEqual([]);
  });

  it('keeps a notification described as marketing emails a consent, on by default among others that are not', async () => {
    const { findings, reviews } = await checkerReport(project({ 'NotificationSettings.tsx': NOTIFICATIONS }));
    expect(findings.map((f) => [f.rule, f.line, f.text.slice(0, 48)])).toEqual([['no-preselected-consent', 21, "The switch for 'Marketing campaigns' (marketing)"]]);
    expect(reviews).toEqual([]);
  });

  it('keeps a cookie panel\'s categories consents: each names a purpose or is necessary', async () => {
    const { findings } = await checkerReport(project({ 'CookiePreferences.tsx': COOKIE_CATEGORIES }));
    expect(findings.filter((f) => f.rule === 'no-preselected-consent').map((f) => [f.line, f.text.slice(0, 40)])).toEqual([[22, "The checkbox for 'Analytics' (analytics)"]]);
  });

  it("keeps a consent panel's list a consent list when one category is necessary, however few name a purpose", async () => {
    expect(EMBED_CATEGORIES).not.toBe(COOKIE_CATEGORIES);
    const { findings } = await checkerReport(project({ 'CookiePreferences.tsx': EMBED_CATEGORIES }));
    expect(findings.filter((f) => f.rule === 'no-preselected-consent').map((f) => [f.line, f.text.slice(0, 42)])).toEqual([[23, "The checkbox for 'Advertising' (advertisin"]]);
  });
});
