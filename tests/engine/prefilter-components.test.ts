/**
 * The pre-filter and the components a file renders. A use site can make a finding its component alone does not:
 * it ticks the component's box, and only the component says what the box is for; or it slots an add-on's words
 * into the label of a box the component ticks. The file's own words cannot show either, so the filter reads the
 * words of the components it ticks or labels (src/engine/borrowed-copy.ts). Both front doors are checked with the
 * pre-filter on, and the ordinary use of a component that ticks or labels nothing is still skipped.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetRules } from '../../src/catalog/index.js';
import { passesWithBorrowedCopy } from '../../src/engine/borrowed-copy.js';
import { lexicalCopy } from '../../src/engine/lexical-copy.js';
import { prefilterForRules } from '../../src/engine/prefilter.js';
import { ProjectCache } from '../../src/resolve/stylesheets.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';
import { bothRunner } from '../helpers/both.js';
import { readFileOrUndefined, tempProjects } from '../helpers/temp-project.js';

const both = bothRunner('prefilter-components');
const project = tempProjects('prefilter-components-skip');
const prefilter = prefilterForRules(DEFAULT_SETTINGS, presetRules('strict'));

/**
 * Whether the checker would parse `entry`, as src/engine/project.ts asks: its words, with what it borrows, and then
 * its copy read from its text, with what it borrows.
 */
function passes(files: Record<string, string>, entry: string): boolean {
  const file = path.join(project(files), entry);
  const text = readFileOrUndefined(file) as string;
  const cache = new ProjectCache();
  const passesWith = (copy?: string): boolean => prefilter(text, copy) || passesWithBorrowedCopy(text, file, prefilter, readFileOrUndefined, cache, DEFAULT_SETTINGS, copy);
  const copy = lexicalCopy(text);
  return passesWith() && (copy === undefined || passesWith(copy));
}

const PACKAGE = JSON.stringify({ name: 'storefront', private: true, dependencies: { react: '19.0.0', 'react-hook-form': '7.54.0', 'react-i18next': '15.1.0' } });

/** A form field of the app's own: what it is for is written here, not where it is used. */
const MAIL_PREFS = `import { useId } from 'react';

interface MailPrefsProps {
  defaultChecked?: boolean;
  disabled?: boolean;
}

export function MailPrefs({ defaultChecked = false, disabled }: MailPrefsProps) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" name="mailPrefs" defaultChecked={defaultChecked} disabled={disabled} />
      <label htmlFor={id} className="text-sm text-gray-700">
        Email me product news and marketing offers
      </label>
    </div>
  );
}
`;

const SIGN_UP = `import { useForm } from 'react-hook-form';
import { MailPrefs } from '@/components/forms/MailPrefs';
import { useSignUp } from '@/hooks/use-sign-up';
import { Spinner } from '@/components/ui/spinner';

type Values = { email: string; password: string };

export default function SignUpPage() {
  const { register, handleSubmit } = useForm<Values>();
  const { signUp, isPending } = useSignUp();
  return (
    <form onSubmit={handleSubmit((values) => signUp(values))} className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Create your account</h1>
      <input type="email" placeholder="you@example.com" {...register('email', { required: true })} />
      <input type="password" placeholder="Password" {...register('password', { required: true })} />
      <MailPrefs defaultChecked />
      <button type="submit" disabled={isPending}>
        {isPending ? <Spinner /> : 'Create account'}
      </button>
    </form>
  );
}
`;

const TSCONFIG = JSON.stringify({ compilerOptions: { jsx: 'react-jsx', baseUrl: '.', paths: { '@/*': ['src/*'] } } });

describe('a component the file ticks or labels lends it its words', () => {
  it('reports a sign-up form that ticks an opt-in only its component says is for marketing', async () => {
    const files = { 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'src/components/forms/MailPrefs.tsx': MAIL_PREFS, 'src/app/sign-up/page.tsx': SIGN_UP };
    const { eslint, checker } = await both(files, 'src/app/sign-up/page.tsx', ['no-preselected-consent']);
    expect(checker).toEqual(['no-preselected-consent preselected 16:7']);
    expect(eslint).toEqual(checker);
  });

  it('reports a checkout that labels, with an add-on and its price, a box its component ticks', async () => {
    const extraRow = `import { useState } from 'react';
import { formatMoney } from '@/lib/money';

export function ExtraRow({ label, price, onToggle }: { label: string; price: string; onToggle?: (on: boolean) => void }) {
  const [selected, setSelected] = useState(true);
  return (
    <label className="flex justify-between border-b py-2">
      <span>
        <input
          type="checkbox"
          checked={selected}
          onChange={(event) => {
            setSelected(event.target.checked);
            onToggle?.(event.target.checked);
          }}
        />{' '}
        {label}
      </span>
      <span>{price}</span>
    </label>
  );
}
`;
    const extras = `import { ExtraRow } from './ExtraRow';
import { useCart } from '@/hooks/use-cart';

export function TripExtras() {
  const { total, isLoading } = useCart();
  if (isLoading) return <p>Loading your trip…</p>;
  return (
    <section aria-labelledby="extras-title">
      <h2 id="extras-title">Make the most of your trip</h2>
      <ExtraRow label="Add travel insurance" price="$12.99" />
      <p className="mt-4 text-right">Total: {total}</p>
    </section>
  );
}
`;
    const files = { 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'src/checkout/ExtraRow.tsx': extraRow, 'src/checkout/TripExtras.tsx': extras };
    const { eslint, checker } = await both(files, 'src/checkout/TripExtras.tsx', ['no-preselected-addon']);
    expect(checker).toEqual(['no-preselected-addon preselectedAddon 10:7']);
    expect(eslint).toEqual(checker);
  });

  it("follows the props a design system's field passes on to the component that names the purpose", async () => {
    const field = `import type { ComponentProps } from 'react';
import { MailPrefs } from '@/components/forms/MailPrefs';
import { FieldHint } from './FieldHint';

export function CheckboxField({ hint, ...props }: ComponentProps<typeof MailPrefs> & { hint?: string }) {
  return (
    <div className="space-y-1">
      <MailPrefs {...props} />
      {hint ? <FieldHint>{hint}</FieldHint> : null}
    </div>
  );
}
`;
    const page = SIGN_UP.replace("import { MailPrefs } from '@/components/forms/MailPrefs';", "import { CheckboxField } from '@/components/forms/CheckboxField';").replace('<MailPrefs defaultChecked />', '<CheckboxField defaultChecked hint="You can unsubscribe at any time." />');
    const files = { 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'src/components/forms/MailPrefs.tsx': MAIL_PREFS, 'src/components/forms/CheckboxField.tsx': field, 'src/app/sign-up/page.tsx': page };
    const { eslint, checker } = await both(files, 'src/app/sign-up/page.tsx', ['no-preselected-consent']);
    expect(checker).toEqual(['no-preselected-consent preselected 16:7']);
    expect(eslint).toEqual(checker);
  });

  it('reads the messages a ticked component translates its label with', async () => {
    const toggle = `import { useTranslation } from 'react-i18next';
import { Switch } from '@/components/ui/switch';

export function PreferenceSwitch({ defaultChecked = false }: { defaultChecked?: boolean }) {
  const { t } = useTranslation('settings');
  return (
    <label className="flex items-center justify-between">
      <span>{t('preferences.usage.label')}</span>
      <input type="checkbox" role="switch" defaultChecked={defaultChecked} />
    </label>
  );
}
`;
    const page = `import { PreferenceSwitch } from './PreferenceSwitch';

export function WorkspaceSettings() {
  return (
    <section>
      <h2>Workspace</h2>
      <PreferenceSwitch defaultChecked />
    </section>
  );
}
`;
    const messages = JSON.stringify({ preferences: { usage: { label: 'Share usage analytics with our product team' } } });
    const files = { 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'public/locales/en/settings.json': messages, 'src/settings/PreferenceSwitch.tsx': toggle, 'src/settings/WorkspaceSettings.tsx': page };
    expect(passes(files, 'src/settings/WorkspaceSettings.tsx')).toBe(true);
    const { checker } = await both(files, 'src/settings/WorkspaceSettings.tsx', ['no-preselected-consent']);
    expect(checker).toEqual(['no-preselected-consent preselected 7:7']);
  });
});

describe('a component rendered without a box to tick or words to label one lends nothing', () => {
  it('skips a notifications page that ticks a toggle for mentions', () => {
    const toggle = `export function NotifyToggle({ defaultChecked = false }: { defaultChecked?: boolean }) {
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" defaultChecked={defaultChecked} />
      Notify me when someone mentions me
    </label>
  );
}
`;
    const page = `import { NotifyToggle } from './NotifyToggle';

export function NotificationSettings() {
  return (
    <section>
      <h2>Notifications</h2>
      <NotifyToggle defaultChecked />
    </section>
  );
}
`;
    expect(passes({ 'package.json': PACKAGE, 'src/NotifyToggle.tsx': toggle, 'src/NotificationSettings.tsx': page }, 'src/NotificationSettings.tsx')).toBe(false);
  });

  it("skips a task board that shows each task's priority through a dropdown with a selected option", () => {
    const dropdown = `import { Listbox } from '@headlessui/react';

export function PriorityDropdown({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <Listbox value={value} onChange={onChange}>
      {['urgent', 'high', 'medium', 'low'].map((option) => (
        <Listbox.Option key={option} value={option}>
          {({ selected }) => <span className={selected ? 'font-semibold' : ''}>{option}</span>}
        </Listbox.Option>
      ))}
    </Listbox>
  );
}
`;
    const board = `import { PriorityDropdown } from './PriorityDropdown';
import { useIssues } from '@/store/issues';

export function IssueRow({ id }: { id: string }) {
  const { issue, update } = useIssues(id);
  return (
    <tr>
      <td>{issue.title}</td>
      <td>
        <PriorityDropdown value={issue.priority} onChange={(priority) => update({ priority })} />
      </td>
    </tr>
  );
}
`;
    expect(passes({ 'package.json': PACKAGE, 'src/PriorityDropdown.tsx': dropdown, 'src/IssueRow.tsx': board }, 'src/IssueRow.tsx')).toBe(false);
  });

  it('skips a page that renders a marketing component without ticking or labelling it', () => {
    const banner = `export function SpringSale() {
  return <aside className="rounded bg-amber-100 p-4">Our marketing team picked these for you</aside>;
}
`;
    const page = `import { SpringSale } from './SpringSale';

export function Home() {
  return (
    <main>
      <h1>Welcome back</h1>
      <SpringSale />
    </main>
  );
}
`;
    expect(passes({ 'package.json': PACKAGE, 'src/SpringSale.tsx': banner, 'src/Home.tsx': page }, 'src/Home.tsx')).toBe(false);
  });
});

describe('what a use site gives a component', () => {
  it('configures it when it names a checked state, or its copy an add-on, a price or a consent purpose', () => {
    expect(prefilter.configures(' defaultChecked />', '')).toBe(true);
    expect(prefilter.configures(' checked={form.watch("terms")} onChange={toggle} />', 'terms')).toBe(true);
    expect(prefilter.configures(' label="Add gift wrap" />', 'Add gift wrap')).toBe(true);
    expect(prefilter.configures(' price="€4.50" />', '€4.50')).toBe(true);
    expect(prefilter.configures('>Share my data with partners', 'Share my data with partners')).toBe(true);
    // What its code calls things labels nothing.
    expect(prefilter.configures(' value={issue.priority} onChange={setPriority} />', '')).toBe(false);
    expect(prefilter.configures(' className="mt-2" size="sm">Save', 'mt-2\nsm\nSave')).toBe(false);
  });
});

describe("a module's messages for developers lend nothing", () => {
  /** A hooks module as react-admin writes them: it throws for misuse; `hint`, a constant it exports as copy. */
  const hooks = (hint = '') => `import { useContext } from 'react';
import { RecordContext } from './RecordContext';
${hint}
export function useRecordExport() {
  const record = useContext(RecordContext);
  if (!record) {
    throw new Error(
      'useRecordExport must be used inside a <RecordContextProvider>: its usage outside one has no record to export'
    );
  }
  if (!record.id) console.warn(\`useRecordExport: the record has no id, see the usage docs\`);
  return { data: record.data, fileName: \`\${record.id}.csv\` };
}
`;
  const page = (uses: string, shows: string) => `import { Button } from '@mui/material';
import { ${uses} } from '../hooks/useRecordExport';

export function ExportPanel() {
  const { data, fileName } = useRecordExport();
  return (
    <section className="export-panel">
      <p>${shows}</p>
      <Button onClick={() => download(data, fileName)}>Download</Button>
    </section>
  );
}

function download(data: unknown, fileName: string) {
  const blob = new Blob([JSON.stringify(data)], { type: 'application/json' });
  window.open(URL.createObjectURL(blob), fileName);
}
`;

  it("skips a page whose only other word for a purpose is in the errors and warnings of the hook it calls", () => {
    const files = { 'package.json': PACKAGE, 'src/hooks/useRecordExport.ts': hooks(), 'src/pages/ExportPanel.tsx': page('useRecordExport', "Download this record's data as JSON") };
    expect(passes(files, 'src/pages/ExportPanel.tsx')).toBe(false);
  });

  it('still borrows what the module exports as copy', () => {
    const hint = "export const EXPORT_HINT = 'Your export includes the usage data of every member';";
    const files = { 'package.json': PACKAGE, 'src/hooks/useRecordExport.ts': hooks(hint), 'src/pages/ExportPanel.tsx': page('useRecordExport, EXPORT_HINT', '{EXPORT_HINT}') };
    expect(passes(files, 'src/pages/ExportPanel.tsx')).toBe(true);
  });
});
