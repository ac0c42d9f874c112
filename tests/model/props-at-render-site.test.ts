/**
 * A control whose checked state is a prop (`checked={prefs.modelTraining}` in a settings section) is read where the
 * app renders its component, when the app renders it in one place: the page's state, a wizard's reducer or what the
 * page leaves out is what the person first sees. A box that place leaves off is decided, with nothing left to review;
 * one it turns on is reported at the use site, where its value is written. A component rendered in more than one
 * place, from a handler, or by a library package (whose users are elsewhere) keeps its review; a list's item never
 * reads as a constant of the same name. Through both front doors.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { checkerReport, type Reported } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('props-at-render-site');

async function report(dir: string): Promise<{ findings: string[]; reviews: string[] }> {
  const { findings, reviews } = await checkerReport(dir);
  const line = (r: Reported): string => `${r.file}:${r.line} ${r.rule}`;
  return { findings: findings.map(line).sort(), reviews: reviews.map(line).sort() };
}

const APP_PACKAGE = JSON.stringify({ name: 'inkwell-web', private: true, dependencies: { react: '18.3.1', '@tanstack/react-query': '5.62.0' } });
const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } });

const PAGE = (training: string, section = '<SharingSection prefs={prefs} onChange={update} />') => `import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { savePrivacy } from '@/api/privacy';
import { PageHeader } from '@/components/PageHeader';
import { SharingSection, type Prefs } from './SharingSection';

const DEFAULTS: Prefs = { productEmails: false, usageAnalytics: false, modelTraining: ${training} };

export default function PrivacySettingsPage() {
  const [prefs, setPrefs] = useState<Prefs>(DEFAULTS);
  const save = useMutation({ mutationFn: savePrivacy });
  const update = (key: keyof Prefs, value: boolean) => setPrefs((current) => ({ ...current, [key]: value }));

  return (
    <main className="mx-auto max-w-2xl p-6">
      <PageHeader title="Privacy" />
      ${section}
      <button type="button" className="mt-6 rounded bg-slate-900 px-4 py-2 text-white" onClick={() => save.mutate(prefs)} disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save'}
      </button>
    </main>
  );
}
`;

const SECTION = `export type Prefs = { productEmails: boolean; usageAnalytics: boolean; modelTraining: boolean };

type Props = { prefs: Prefs; onChange: (key: keyof Prefs, value: boolean) => void };

export function SharingSection({ prefs, onChange }: Props) {
  return (
    <section className="space-y-4">
      <h2 className="text-lg font-semibold">Sharing</h2>
      <label className="flex items-center gap-3 text-sm">
        <input type="checkbox" checked={prefs.productEmails} onChange={(event) => onChange('productEmails', event.target.checked)} />
        Email me product news and offers
      </label>
      <label className="flex items-center gap-3 text-sm">
        <input type="checkbox" checked={prefs.modelTraining} onChange={(event) => onChange('modelTraining', event.target.checked)} />
        Use my notes to train Inkwell's AI models
      </label>
    </section>
  );
}
`;

const files = (page: string, extra: Record<string, string> = {}) => ({
  'package.json': APP_PACKAGE,
  'tsconfig.json': TSCONFIG,
  'src/settings/PrivacySettingsPage.tsx': page,
  'src/settings/SharingSection.tsx': SECTION,
  ...extra,
});

const BOX = 'src/settings/SharingSection.tsx';
const REVIEWS = [`${BOX}:10 no-preselected-consent`, `${BOX}:14 no-preselected-consent`];

describe("a control's checked state is read where the app renders its component", () => {
  it('decides the section clean where the page starts every box off, with nothing left to review', async () => {
    const dir = project(files(PAGE('false')));
    expect(await report(dir)).toEqual({ findings: [], reviews: [] });
    expect(await bothDoors(dir, BOX, 'recommended')).toEqual({ checker: [], eslint: [] });
  });

  it("reports the training box the page's state starts on at the page, where the fix is, and decides the other box", async () => {
    const dir = project(files(PAGE('true')));
    // The section's own file keeps the training box's review: the page's finding answers it.
    expect(await report(dir)).toEqual({ findings: ['src/settings/PrivacySettingsPage.tsx:17 no-preselected-consent'], reviews: [`${BOX}:14 no-preselected-consent`] });
    const { checker, eslint } = await bothDoors(dir, 'src/settings/PrivacySettingsPage.tsx', 'recommended');
    expect(checker).toEqual(['17:7 no-preselected-consent preselected']);
    expect(eslint).toEqual(checker);
  });

  it("follows a wizard's reducer through a panel that passes the prefs on", async () => {
    const wizard = (training: boolean) => `import { useReducer } from 'react';
import { PrivacyPanel } from './PrivacyPanel';
import type { Prefs } from './SharingSection';

type State = { step: number; prefs: Prefs };
type Action = { type: 'next' } | { type: 'pref'; key: keyof Prefs; value: boolean };

const initialState: State = { step: 0, prefs: { productEmails: false, usageAnalytics: false, modelTraining: ${training} } };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'next':
      return { ...state, step: state.step + 1 };
    case 'pref':
      return { ...state, prefs: { ...state.prefs, [action.key]: action.value } };
  }
}

export function SetupWizard() {
  const [state, dispatch] = useReducer(reducer, initialState);
  return (
    <div className="mx-auto max-w-lg py-12">
      {state.step === 0 && <button onClick={() => dispatch({ type: 'next' })}>Get started</button>}
      {state.step === 1 && <PrivacyPanel prefs={state.prefs} onChange={(key, value) => dispatch({ type: 'pref', key, value })} />}
    </div>
  );
}
`;
    const panel = `import { SharingSection, type Prefs } from './SharingSection';

export function PrivacyPanel(props: { prefs: Prefs; onChange: (key: keyof Prefs, value: boolean) => void }) {
  return (
    <div className="rounded-lg border p-4">
      <SharingSection prefs={props.prefs} onChange={props.onChange} />
    </div>
  );
}
`;
    const app = (training: boolean) => ({ 'package.json': APP_PACKAGE, 'src/settings/SetupWizard.tsx': wizard(training), 'src/settings/PrivacyPanel.tsx': panel, 'src/settings/SharingSection.tsx': SECTION });
    expect(await report(project(app(false)))).toEqual({ findings: [], reviews: [] });
    expect(await report(project(app(true)))).toEqual({ findings: ['src/settings/SetupWizard.tsx:24 no-preselected-consent'], reviews: [`${BOX}:14 no-preselected-consent`] });
  });

  it('decides a box whose prop the one element leaves out as off', async () => {
    const toggle = `export function TelemetryToggle({ checked, onChange }: { checked?: boolean; onChange?: (on: boolean) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" checked={checked} onChange={(event) => onChange?.(event.target.checked)} />
      Share anonymous usage analytics with the Inkwell team
    </label>
  );
}
`;
    const page = `import { TelemetryToggle } from './TelemetryToggle';

export function AboutPage() {
  return (
    <main>
      <h1>About Inkwell</h1>
      <TelemetryToggle />
    </main>
  );
}
`;
    expect(await report(project({ 'package.json': APP_PACKAGE, 'src/TelemetryToggle.tsx': toggle, 'src/AboutPage.tsx': page }))).toEqual({ findings: [], reviews: [] });
  });

  it('near-miss: a section the app renders in two places stays a review, each use site reporting what it passes', async () => {
    const onboarding = `import { SharingSection } from '@/settings/SharingSection';

export function OnboardingPrivacy({ onDone }: { onDone: () => void }) {
  return (
    <div>
      <SharingSection prefs={{ productEmails: false, usageAnalytics: false, modelTraining: false }} onChange={() => {}} />
      <button onClick={onDone}>Continue</button>
    </div>
  );
}
`;
    const dir = project(files(PAGE('true'), { 'src/onboarding/OnboardingPrivacy.tsx': onboarding }));
    expect(await report(dir)).toEqual({ findings: ['src/settings/PrivacySettingsPage.tsx:17 no-preselected-consent'], reviews: REVIEWS });
  });

  it('near-miss: a section opened from a handler is rendered when, and with what, the handler decides', async () => {
    const section = `<button type="button" onClick={() => dialog.open(<SharingSection prefs={prefs} onChange={update} />)}>Sharing settings</button>`;
    const page = PAGE('true', section).replace("import { PageHeader } from '@/components/PageHeader';", "import { PageHeader } from '@/components/PageHeader';\nimport { dialog } from '@/lib/dialog';");
    expect((await report(project(files(page)))).reviews).toEqual(REVIEWS);
  });

  it("near-miss: a library package's section is rendered by apps this search does not read", async () => {
    const library = JSON.stringify({ name: '@inkwell/privacy-ui', version: '1.4.0', main: './dist/index.js', types: './dist/index.d.ts', peerDependencies: { react: '>=18' } });
    expect((await report(project({ ...files(PAGE('true')), 'package.json': library }))).reviews).toEqual(REVIEWS);
  });

  it("near-miss: a list's item is not read as the module's constant of the same name", async () => {
    const section = `{ACCOUNTS.map((account) => (
        <SharingSection key={account.id} prefs={account.prefs} onChange={update} />
      ))}`;
    const page = PAGE('false', section)
      .replace('const DEFAULTS: Prefs', "const ACCOUNTS = loadLinkedAccounts();\nconst account = { id: 'demo', prefs: { productEmails: false, usageAnalytics: false, modelTraining: true } };\nconst DEFAULTS: Prefs")
      .replace("import { savePrivacy } from '@/api/privacy';", "import { loadLinkedAccounts, savePrivacy } from '@/api/privacy';");
    const { findings, reviews } = await report(project(files(page)));
    expect(findings).toEqual([]);
    // The section undecided, asked in its file (the page's accounts ask the same: src/engine/component-findings.ts).
    expect(reviews).toEqual(REVIEWS);
  });
});
