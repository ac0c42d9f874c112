/**
 * The budget of component renders per file (src/engine/components.ts): a long settings page renders its field
 * components hundreds of times before it reaches its privacy section, whose switch only the page decides (it passes
 * its state down). At 200 renders that section was never drawn, and the switch that starts on went unreported.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('render-budget');

const FIELD = `import { Label } from './Label';
import { Hint } from './Hint';

export function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: React.ReactNode }) {
  return (
    <>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && <Hint>{hint}</Hint>}
    </>
  );
}
`;

const LABEL = `export function Label({ htmlFor, children }: { htmlFor: string; children: React.ReactNode }) {
  return <label htmlFor={htmlFor} className="block text-sm font-medium text-gray-900">{children}</label>;
}
`;

const HINT = `export function Hint({ children }: { children: React.ReactNode }) {
  return <p className="mt-1 text-sm text-gray-600">{children}</p>;
}
`;

const TEXT_INPUT = `export function TextInput({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  return <input id={id} value={value} onChange={(e) => onChange(e.target.value)} className="mt-1 block w-full rounded-md border border-gray-300 px-3 py-2 text-sm" />;
}
`;

const PRIVACY_SECTION = `export function PrivacySection({ analytics, onAnalyticsChange }: { analytics: boolean; onAnalyticsChange: (on: boolean) => void }) {
  return (
    <section className="mt-10 border-t pt-6">
      <h2 className="text-base font-semibold text-gray-900">Privacy</h2>
      <label className="mt-4 flex items-center gap-3 text-sm text-gray-900">
        <input type="checkbox" checked={analytics} onChange={(e) => onAnalyticsChange(e.target.checked)} className="h-4 w-4" />
        Share usage analytics with our partners
      </label>
    </section>
  );
}
`;

/** A workspace's settings: 90 fields (each a Field, its Label, its Hint and its TextInput: 360 renders), then privacy. */
function settingsPage(analytics: boolean): string {
  const fields = Array.from({ length: 90 }, (_, i) => `        <Field id="field-${i}" label="Setting ${i + 1}" hint="Shown on the workspace's page ${i + 1}.">
          <TextInput id="field-${i}" value={form.values[${i}] ?? ''} onChange={(value) => form.set(${i}, value)} />
        </Field>`).join('\n');
  return `import { useState } from 'react';
import { Field } from '@/components/settings/Field';
import { TextInput } from '@/components/settings/TextInput';
import { PrivacySection } from '@/components/settings/PrivacySection';
import { useWorkspaceForm } from '@/hooks/use-workspace-form';

export default function WorkspaceSettings() {
  const form = useWorkspaceForm();
  const [prefs, setPrefs] = useState({ analytics: ${analytics} });
  return (
    <form className="mx-auto max-w-2xl space-y-6 p-8" onSubmit={form.submit}>
${fields}
      <PrivacySection analytics={prefs.analytics} onAnalyticsChange={(on) => setPrefs({ ...prefs, analytics: on })} />
      <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white">Save settings</button>
    </form>
  );
}
`;
}

const app = (analytics: boolean) => ({
  'package.json': JSON.stringify({ name: 'workspace-admin', private: true, dependencies: { react: '^18.3.1', tailwindcss: '^3.4.10' } }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'react-jsx', baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
  'src/components/settings/Field.tsx': FIELD,
  'src/components/settings/Label.tsx': LABEL,
  'src/components/settings/Hint.tsx': HINT,
  'src/components/settings/TextInput.tsx': TEXT_INPUT,
  'src/components/settings/PrivacySection.tsx': PRIVACY_SECTION,
  'src/pages/settings.tsx': settingsPage(analytics),
  // The section is also the onboarding's last step: rendered in two places, only each page decides its switch (one
  // place would decide it in the section's own file, src/resolve/values.ts propAtSite).
  'src/pages/onboarding.tsx': ONBOARDING,
});

const ONBOARDING = `import { useState } from 'react';
import { PrivacySection } from '@/components/settings/PrivacySection';

export default function Onboarding({ onDone }: { onDone: () => void }) {
  const [analytics, setAnalytics] = useState(false);
  return (
    <div className="mx-auto max-w-md p-8">
      <h1 className="text-xl font-semibold">One last thing</h1>
      <PrivacySection analytics={analytics} onAnalyticsChange={setAnalytics} />
      <button type="button" onClick={onDone} className="mt-6 rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white">Finish</button>
    </div>
  );
}
`;

/** The line of the page's `<PrivacySection … />`: after the header (11 lines) and three lines per field. */
const PRIVACY_LINE = 11 + 90 * 3 + 1;

describe('a page that renders hundreds of components before its privacy section', () => {
  it('still draws the section, and reports the switch its state starts on', async () => {
    const { checker, eslint } = await bothDoors(project(app(true)), 'src/pages/settings.tsx');
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([`${PRIVACY_LINE}:7 no-preselected-consent preselected`]);
  });

  it('near-miss: the same page with the switch starting off is clean', async () => {
    const { checker, eslint } = await bothDoors(project(app(false)), 'src/pages/settings.tsx');
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });
});
