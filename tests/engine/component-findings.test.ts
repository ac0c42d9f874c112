/**
 * A finding in a component is reported once, in the component's file, and its elements keep their order where a
 * use site renders them; a use site reports only what it adds (a prop that makes the finding). Through the checker
 * (a project on disk) and through ESLint (each file linted on its own, reading the components it imports).
 */
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import { presetRules } from '../../src/catalog/index.js';
import { analyseProject } from '../../src/engine/project.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('component-findings');

const TERMS_DIALOG = (order: 'switch-first' | 'accept-first') => {
  const toggle = `      <label className="flex items-center gap-2">
        <input type="checkbox" role="switch" checked={training} onChange={(e) => setTraining(e.target.checked)} />
        Use my chats to train our models
      </label>`;
  const actions = `      <div className="actions">
        <button className="primary" onClick={() => onDecide(true, training)}>Accept</button>
        <button className="primary" onClick={() => onDecide(false, false)}>Decline</button>
      </div>`;
  return `import { useState } from 'react';

export function TermsDialog({ onDecide }: { onDecide: (accepted: boolean, training: boolean) => void }) {
  const [training, setTraining] = useState(false);
  return (
    <div role="dialog" aria-modal="true" className="terms">
      <h2>We've updated our terms</h2>
${order === 'switch-first' ? `${toggle}\n${actions}` : `${actions}\n${toggle}`}
    </div>
  );
}
`;
};

const APP = `import { TermsDialog } from './components/TermsDialog';
import { saveTerms } from './api/terms';
import { useSession } from './hooks/useSession';

export function App() {
  const { user, loading } = useSession();
  if (loading) return null;
  return (
    <main>
      <h1>Welcome back, {user.name}</h1>
      <TermsDialog onDecide={(accepted, training) => saveTerms({ accepted, training })} />
    </main>
  );
}
`;

const NOTICE = `import { toast } from '@/lib/toast';

export function PrivacyNotice({ onAccept }: { onAccept: () => void }) {
  return (
    <div role="dialog" className="notice">
      <p>We use cookies for analytics and personalised ads.</p>
      <button onClick={onAccept}>Accept all</button>
    </div>
  );
}

export function showPrivacyNotice(onAccept: () => void) {
  toast(<PrivacyNotice onAccept={onAccept} />);
}
`;

const ROW = `type Props = { label: string; name: string; defaultOn?: boolean };

export function ConsentRow({ label, name, defaultOn = false }: Props) {
  return (
    <label className="row">
      <input type="checkbox" name={name} defaultChecked={defaultOn} />
      {label}
    </label>
  );
}
`;

const SIGNUP = `import { ConsentRow } from './ConsentRow';

export function SignupForm({ onSubmit }: { onSubmit: (data: FormData) => void }) {
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(new FormData(e.currentTarget)); }}>
      <input type="email" name="email" required />
      <ConsentRow name="offers" label="Email me special offers and our newsletter" defaultOn />
      <ConsentRow name="tips" label="Send me product tips" />
      <button type="submit">Create account</button>
    </form>
  );
}
`;

async function check(dir: string) {
  const results = await analyseProject({ cwd: dir, paths: ['.'], settings: resolveSettings(undefined), rules: presetRules('strict'), jobs: 1 });
  return results.flatMap((r) => r.messages.map((m) => `${path.relative(dir, r.filePath)}:${m.line} ${m.ruleId}`));
}

function lint(dir: string, file: string, text: string): string[] {
  const linter = new Linter({ cwd: dir });
  const config = [
    { plugins: { 'honest-ui': plugin }, rules: plugin.configs.strict.rules },
    { files: ['**/*.tsx'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  ] as Linter.Config[];
  return linter.verify(text, config, { filename: path.join(dir, file) }).map((m) => `${file}:${m.line} ${m.ruleId}`);
}

describe('a component used in another file', () => {
  it('reports its own finding once, in its file, not again at the use site', async () => {
    const dir = project({ 'src/components/TermsDialog.tsx': TERMS_DIALOG('accept-first'), 'src/App.tsx': APP });
    expect(await check(dir)).toEqual(['src/components/TermsDialog.tsx:13 honest-ui/no-buried-consent']);
    expect(lint(dir, 'src/App.tsx', APP)).toEqual([]);
    expect(lint(dir, 'src/components/TermsDialog.tsx', TERMS_DIALOG('accept-first'))).toEqual(['src/components/TermsDialog.tsx:13 honest-ui/no-buried-consent']);
  });

  it('keeps the order of its elements at the use site: a switch above the buttons is not buried there', async () => {
    const dir = project({ 'src/components/TermsDialog.tsx': TERMS_DIALOG('switch-first'), 'src/App.tsx': APP });
    expect(await check(dir)).toEqual([]);
    expect(lint(dir, 'src/App.tsx', APP)).toEqual([]);
  });

  it('reports at the use site what the use site passes: a default it turns on', async () => {
    const dir = project({ 'src/ConsentRow.tsx': ROW, 'src/SignupForm.tsx': SIGNUP });
    expect(await check(dir)).toEqual(['src/SignupForm.tsx:7 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/SignupForm.tsx', SIGNUP)).toEqual(['src/SignupForm.tsx:7 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/ConsentRow.tsx', ROW)).toEqual([]);
  });
});

describe('a settings card that writes its default bare (`<Switch defaultChecked />`)', () => {
  // shadcn/ui's preferences block: a listening-activity switch on by default, rendered in a page of cards.
  const PREFERENCES = `import { Switch } from '@/components/ui/switch';

export function Preferences() {
  return (
    <section className="rounded-xl border p-6">
      <h3 className="font-semibold">Privacy</h3>
      <label htmlFor="share-activity" className="flex items-center justify-between gap-4">
        <span>Share my listening activity with partners</span>
        <Switch id="share-activity" defaultChecked />
      </label>
      <button type="submit">Save preferences</button>
    </section>
  );
}
`;
  const PAGE = `import { Preferences } from './Preferences';

export default function SettingsPage() {
  return (
    <main className="grid gap-6 p-6">
      <h1 className="text-2xl font-semibold">Privacy and notifications</h1>
      <p className="text-muted-foreground">Choose what we share with our partners and what we send you.</p>
      <Preferences />
    </main>
  );
}
`;

  // shadcn/ui's switch, as its CLI writes it into the project.
  const SWITCH = `import * as React from 'react';
import * as SwitchPrimitive from '@radix-ui/react-switch';
import { cn } from '@/lib/utils';

function Switch({ className, ...props }: React.ComponentProps<typeof SwitchPrimitive.Root>) {
  return (
    <SwitchPrimitive.Root data-slot="switch" className={cn('peer inline-flex h-[1.15rem] w-8 shrink-0 items-center rounded-full', className)} {...props}>
      <SwitchPrimitive.Thumb data-slot="switch-thumb" className="pointer-events-none block size-4 rounded-full bg-background" />
    </SwitchPrimitive.Root>
  );
}

export { Switch };
`;

  it('is reported once, in its file: the use site says the same default the same way', async () => {
    const dir = project({ 'package.json': '{ "name": "web", "private": true }', 'src/components/ui/switch.tsx': SWITCH, 'src/Preferences.tsx': PREFERENCES, 'src/SettingsPage.tsx': PAGE });
    expect(await check(dir)).toEqual(['src/Preferences.tsx:9 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/SettingsPage.tsx', PAGE)).toEqual([]);
  });
});

describe('a component rendered in the file that defines it', () => {
  it('reports once, at the definition, not again where it is rendered', async () => {
    const dir = project({ 'src/Notice.tsx': NOTICE });
    expect(await check(dir)).toEqual(['src/Notice.tsx:5 honest-ui/require-decline-option']);
    expect(lint(dir, 'src/Notice.tsx', NOTICE)).toEqual(['src/Notice.tsx:5 honest-ui/require-decline-option']);
  });
});

describe("a component's default prop value", () => {
  const OPT_IN = `type Props = { defaultOn?: boolean; onChange?: (on: boolean) => void };

export function NewsletterOptIn({ defaultOn = true, onChange }: Props) {
  return (
    <label className="opt-in">
      <input type="checkbox" name="newsletter" defaultChecked={defaultOn} onChange={(e) => onChange?.(e.target.checked)} />
      Email me special offers and our newsletter
    </label>
  );
}
`;
  const FOOTER = `import { NewsletterOptIn } from './NewsletterOptIn';

export function Footer() {
  return (
    <footer>
      <form action="/subscribe">
        <input type="email" name="email" placeholder="you@example.com" />
        <NewsletterOptIn />
        <button type="submit">Subscribe</button>
      </form>
    </footer>
  );
}
`;
  const CHECKOUT = `import { NewsletterOptIn } from './NewsletterOptIn';

export function CheckoutContact() {
  return (
    <section>
      <h2>Contact details</h2>
      <NewsletterOptIn defaultOn={false} />
    </section>
  );
}
`;

  it("is what ships when a caller omits the prop: reported once, in the component's file, and not at the use sites", async () => {
    const dir = project({ 'src/NewsletterOptIn.tsx': OPT_IN, 'src/Footer.tsx': FOOTER, 'src/CheckoutContact.tsx': CHECKOUT });
    expect(await check(dir)).toEqual(['src/NewsletterOptIn.tsx:6 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/NewsletterOptIn.tsx', OPT_IN)).toEqual(['src/NewsletterOptIn.tsx:6 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/Footer.tsx', FOOTER)).toEqual([]);
    expect(lint(dir, 'src/CheckoutContact.tsx', CHECKOUT)).toEqual([]);
  });

  it('stays clean where the default is off', async () => {
    const dir = project({ 'src/NewsletterOptIn.tsx': OPT_IN.replace('defaultOn = true', 'defaultOn = false'), 'src/Footer.tsx': FOOTER });
    expect(await check(dir)).toEqual([]);
  });
});
