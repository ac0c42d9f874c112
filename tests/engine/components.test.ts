/**
 * Cross-file components through the checker and through ESLint: a wrapper in one file, its CSS module in another,
 * the consent dialog in a third, tsconfig `paths` aliases, props flowing through, and what can't be resolved
 * (missing files, conditional roots, cycles) staying unresolved instead of guessed.
 */
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import parser from '@typescript-eslint/parser';
import { parse } from '@typescript-eslint/typescript-estree';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import noUnbalancedChoices from '../../rules/no-unbalanced-choices.js';
import requireDeclineOption from '../../rules/require-decline-option.js';
import { recommendedRules } from '../../src/catalog/index.js';
import { analyseSourceInDetail } from '../../src/engine/analyse.js';
import { buildModel } from '../../src/model/build.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { ruleTester } from '../rules/rule-tester.js';
import { tempProjects } from '../helpers/temp-project.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/projects');
const designSystem = path.join(fixtures, 'design-system-app/src/consent');
const cookieConsent = path.join(fixtures, 'cookie-consent-app/src');

const readFile = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

function check(file: string, text = readFileSync(file, 'utf8')) {
  return analyseSourceInDetail({ filePath: file, text, settings: resolveSettings(undefined), rules: recommendedRules(), readFile });
}

/** A throwaway project: files by relative path. */
const project = tempProjects('components');

const BUTTON_CSS = `
.primary { background-color: #0b57d0; color: #ffffff; font-size: 16px; font-weight: 700; padding: 12px 24px; border: 0; }
.quiet { background: none; border: 0; padding: 0; color: #757575; font-size: 11px; font-weight: 400; }
`;

const DIALOG = (imports: string, accept: string, reject: string) => `${imports}
export function Dialog() {
  return (
    <div role="dialog" style={{ backgroundColor: '#ffffff' }}>
      <p>We use cookies for analytics and personalised advertising.</p>
      ${accept}
      ${reject}
    </div>
  );
}
`;

describe('the checker follows components into other files', () => {
  it('sees the tiny grey reject link a wrapper imported through a tsconfig alias renders', () => {
    const result = check(path.join(designSystem, 'CookieDialog.tsx'));
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['honest-ui/no-unbalanced-choices', 11, 7]]);
    expect(result.messages[0]?.data).toMatchObject({ decline: 'Reject all', accept: 'Accept all' });
    expect(String(result.messages[0]?.data?.factors)).toContain('11px vs 16px');
    expect(result.unresolvedImports).toEqual([]);
  });

  it('stays silent when both wrappers resolve to the same button, two components deep', () => {
    const result = check(path.join(designSystem, 'EqualDialog.tsx'));
    expect(result.messages).toEqual([]);
    expect(result.reviews).toEqual([]);
  });

  it('merges the use site className into the root classes and reads default exports, memo and function declarations', () => {
    const dir = project({
      'Button.module.css': BUTTON_CSS,
      'Primary.tsx': `import s from './Button.module.css';\nimport clsx from 'clsx';\nimport { memo } from 'react';\nexport default memo(function Primary(props) { return <button className={clsx(s.primary, props.className)}>{props.children}</button>; });`,
      'Plain.jsx': `export function Plain({ className, children }) { return <button className={className}>{children}</button>; }`,
      'page.module.css': '.tiny { font-size: 10px; background: none; border: 0; color: #111; }',
      'Dialog.tsx': DIALOG(`import Primary from './Primary';\nimport { Plain } from './Plain.jsx';\nimport p from './page.module.css';`, '<Primary>Accept all</Primary>', '<Plain className={p.tiny}>Reject all</Plain>'),
    });
    const result = check(path.join(dir, 'Dialog.tsx'));
    expect(result.messages.map((m) => m.ruleId)).toEqual(['honest-ui/no-unbalanced-choices']);
    expect(String(result.messages[0]?.data?.factors)).toContain('10px vs 16px');
  });

  it('passes style and other props through a spread, and a spread after className replaces the classes', () => {
    const dir = project({
      'Button.module.css': BUTTON_CSS,
      'Button.tsx': `import s from './Button.module.css';\nexport const Button = (props) => <button className={s.primary} {...props} />;`,
      'Dialog.tsx': DIALOG(`import { Button } from './Button';`, '<Button>Accept all</Button>', `<Button className="none" style={{ fontSize: 9 }}>Reject all</Button>`),
    });
    const result = check(path.join(dir, 'Dialog.tsx'));
    expect(result.messages.map((m) => m.ruleId)).toContain('honest-ui/no-unbalanced-choices');
    const unbalanced = result.messages.find((m) => m.ruleId === 'honest-ui/no-unbalanced-choices');
    expect(String(unbalanced?.data?.factors)).toContain('9px vs 16px');
  });

  it("passes the use site's props through a wrapper's spread to the component it renders, which keeps its own content", () => {
    const dir = project({
      'ConsentToggle.tsx': `export function ConsentToggle({ defaultOn = false, disabled }: { defaultOn?: boolean; disabled?: boolean }) {
  return (
    <label className="flex items-center gap-3">
      <input type="checkbox" role="switch" defaultChecked={defaultOn} disabled={disabled} />
      Share usage analytics with our product team
    </label>
  );
}
`,
      'SettingsRow.tsx': `import type { ComponentProps } from 'react';
import { ConsentToggle } from './ConsentToggle';

export function SettingsRow({ description, ...props }: ComponentProps<typeof ConsentToggle> & { description?: string }) {
  return (
    <div className="flex flex-col gap-1 border-b py-3">
      <ConsentToggle {...props} />
      {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
    </div>
  );
}
`,
      'PrivacySettings.tsx': `import { SettingsRow } from './SettingsRow';

export function PrivacySettings() {
  return (
    <section>
      <h2>Privacy</h2>
      <SettingsRow defaultOn description="Helps us find what to fix first." />
    </section>
  );
}
`,
    });
    const result = check(path.join(dir, 'PrivacySettings.tsx'));
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([['honest-ui/no-preselected-consent', 7]]);
    expect(result.messages[0]?.message).toContain('Share usage analytics with our product team');
    // The wrapper alone cannot tell: its use site decides.
    expect(check(path.join(dir, 'SettingsRow.tsx')).messages).toEqual([]);
  });

  it("renders a component whose root is another component it spreads its props on, with that component's content", () => {
    const dir = project({
      'NotificationSettings.tsx': `import { Group, Switch, Text } from '@mantine/core';
import { useState } from 'react';

export function NotificationSettings() {
  const [digest, setDigest] = useState(true);
  return (
    <section>
      <h2>Emails from us</h2>
      <PreferenceRow kind="digest" checked={digest} onChange={(event) => setDigest(event.currentTarget.checked)} />
    </section>
  );
}

const PreferenceRow = ({ kind, ...props }: { kind: string; checked: boolean; onChange: (event: React.ChangeEvent<HTMLInputElement>) => void }) => (
  <SettingRow title="Weekly deals and partner offers" text={kind === 'digest' ? 'Sent every Monday.' : ''} {...props} />
);

const SettingRow = ({ title, text, ...inputProps }: { title: string; text: string }) => (
  <Group justify="space-between">
    <Text fw={500}>{title}</Text>
    <Text size="xs">{text}</Text>
    <Switch {...inputProps} />
  </Group>
);
`,
    });
    const result = check(path.join(dir, 'NotificationSettings.tsx'));
    // The row is rendered where it is used, its switch on from the state its use site passes.
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([['honest-ui/no-preselected-consent', 9]]);
    expect(result.messages[0]?.message).toContain("'Weekly deals and partner offers'");
  });

  it('renders same-file components, with a prop as the label', () => {
    const dir = project({
      'Dialog.tsx': `function Quiet({ children, ...rest }) { return <a style={{ fontSize: 10, color: '#555' }} {...rest}>{children}</a>; }
const Loud = ({ label }) => <button style={{ fontSize: 16, fontWeight: 700, background: '#000', color: '#fff' }}>{label}</button>;
${DIALOG('', '<Loud label="Accept all" />', '<Quiet onClick={no}>Reject all</Quiet>')}`,
    });
    const result = check(path.join(dir, 'Dialog.tsx'));
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([['honest-ui/no-unbalanced-choices', 9]]);
    expect(result.messages[0]?.data).toMatchObject({ accept: 'Accept all', decline: 'Reject all' });
  });

  it('points findings at the use site, never into the component file', () => {
    const result = check(path.join(designSystem, 'CookieDialog.tsx'));
    const text = readFileSync(path.join(designSystem, 'CookieDialog.tsx'), 'utf8').split('\n');
    const finding = result.messages[0];
    expect(text[(finding?.line ?? 0) - 1]?.slice((finding?.column ?? 1) - 1)).toMatch(/^<QuietLink/);
  });
});

describe('what cannot be resolved is reported, never guessed', () => {
  const dir = project({
    // A ternary its use site decides is rendered (chosen-root.test.ts); one on a value known only at run time is not.
    'Cond.tsx': `export default function Cond({ primary, children }) { return primary ? <button>{children}</button> : <a>{children}</a>; }`,
    'Hoc.tsx': `export const Fancy = withTheme(Base);`,
    'Klass.tsx': `export class Klass extends React.Component { render() { return <a>no</a>; } }`,
    'A.tsx': `import { B } from './B';\nexport function A(props) { return <B {...props} />; }`,
    'B.tsx': `import { A } from './A';\nexport function B(props) { return <A {...props} />; }`,
    'Dialog.tsx': DIALOG(
      `import { Missing } from './ui/Missing';\nimport Cond from './Cond';\nimport { Fancy } from './Hoc';\nimport { Klass } from './Klass';\nimport { A } from './A';`,
      '<Missing>Accept all</Missing>',
      '<Cond primary={window.innerWidth > 640}>Reject all</Cond><Fancy>Settings</Fancy><Klass>More</Klass><A>Options</A>',
    ),
  });

  it('lists each unresolved component with its reason, and finds nothing', () => {
    const result = check(path.join(dir, 'Dialog.tsx'));
    expect(result.messages).toEqual([]);
    const byName = new Map(result.unresolvedImports.map((u) => [u.source, u]));
    expect(byName.get('<Missing>')).toMatchObject({ reason: 'unresolved-component', detail: "'./ui/Missing' was not found" });
    expect(byName.get('<Cond>')?.detail).toBe('chooses its element under a condition');
    expect(byName.get('<Fancy>')?.detail).toBe('made by a higher-order function');
    expect(byName.get('<Klass>')?.detail).toBe('a class component');
    // A renders B renders A: the cycle stops instead of recursing.
    expect(result.unresolvedImports.some((u) => u.detail === 'renders itself through an import cycle')).toBe(true);
  });

  it('keeps an unresolved button-named component a review, not a finding', () => {
    const file = path.join(dir, 'Review.tsx');
    writeFileSync(file, DIALOG(`import { MissingButton } from './ui/Missing';`, '<button style={{ fontSize: 16 }}>Accept all</button>', '<MissingButton>Reject all</MissingButton>'));
    const result = check(file);
    expect(result.messages).toEqual([]);
    expect(result.reviews.map((r) => r.reason)).toContain('unresolved-component');
  });
});

describe('react-cookie-consent', () => {
  it('renders the accept and, with enableDeclineButton, the decline from props over the library defaults', () => {
    const result = check(path.join(cookieConsent, 'UnbalancedBanner.tsx'));
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['honest-ui/no-unbalanced-choices', 12, 7]]);
    expect(result.messages[0]?.data).toMatchObject({ accept: 'Accept', decline: 'Decline' });
  });

  it('has no decline without enableDeclineButton', () => {
    const result = check(path.join(cookieConsent, 'AcceptOnlyBanner.tsx'));
    expect(result.messages.map((m) => m.messageId)).toEqual(['missingDecline']);
  });

  it('uses the default labels and stays silent on equal buttons under a renamed import', () => {
    expect(check(path.join(cookieConsent, 'EqualBanner.tsx')).messages).toEqual([]);
  });

  it('drops the default styles with disableButtonStyles', () => {
    const file = path.join(cookieConsent, 'EqualBanner.tsx');
    const text = readFileSync(file, 'utf8').replace('enableDeclineButton', 'enableDeclineButton disableButtonStyles');
    // Without the library's yellow, the decline's own yellow background outweighs the now unstyled accept: no finding
    // on the decline, and nothing invented for the accept.
    expect(check(file, text).messages.filter((m) => m.ruleId === 'honest-ui/no-unbalanced-choices')).toEqual([]);
  });
});

describe('presets under renamed imports', () => {
  const model = (code: string) => buildModel(parse(code, { jsx: true, range: true, loc: true }));

  it("gives `{ Button as MuiButton }` MUI's Button preset", () => {
    const { elements } = model(`import { Button as MuiButton } from '@mui/material';\nconst x = <><MuiButton variant="contained">A</MuiButton><MuiButton>B</MuiButton></>;`);
    const buttons = elements.filter((e) => e.name === 'MuiButton');
    expect(buttons.map((b) => [b.semantic, b.semanticSource, b.emphasis])).toEqual([
      ['button', 'preset', 'filled'],
      ['button', 'preset', 'text'],
    ]);
  });

  it('reads a renamed member tag (`BsForm.Check`) by its exported name', () => {
    const { elements } = model(`import { Form as BsForm } from 'react-bootstrap';\nconst x = <BsForm.Check type="switch" />;`);
    expect(elements[0]).toMatchObject({ semantic: 'switch', semanticSource: 'preset' });
  });

  it('does not give a local Button renamed from a local module a preset', () => {
    const { elements } = model(`import { Button as MuiButton } from './mui-like';\nconst x = <MuiButton variant="contained">A</MuiButton>;`);
    expect(elements[0]?.semanticSource).not.toBe('preset');
  });
});

describe('the ESLint rules resolve components from disk', () => {
  const dialog = readFileSync(path.join(designSystem, 'CookieDialog.tsx'), 'utf8');
  const equal = readFileSync(path.join(designSystem, 'EqualDialog.tsx'), 'utf8');

  ruleTester().run('no-unbalanced-choices (cross-file)', noUnbalancedChoices, {
    valid: [
      { code: equal, filename: path.join(designSystem, 'EqualDialog.tsx') },
      { code: readFileSync(path.join(cookieConsent, 'EqualBanner.tsx'), 'utf8'), filename: path.join(cookieConsent, 'EqualBanner.tsx') },
    ],
    invalid: [
      { code: dialog, filename: path.join(designSystem, 'CookieDialog.tsx'), errors: [{ messageId: 'weakerDecline', line: 11, column: 7, data: check(path.join(designSystem, 'CookieDialog.tsx')).messages[0]?.data }] },
      {
        code: readFileSync(path.join(cookieConsent, 'UnbalancedBanner.tsx'), 'utf8'),
        filename: path.join(cookieConsent, 'UnbalancedBanner.tsx'),
        // The same data as the checker reports: one core behind both.
        errors: [{ messageId: 'weakerDecline', line: 12, column: 7, data: check(path.join(cookieConsent, 'UnbalancedBanner.tsx')).messages[0]?.data }],
      },
    ],
  });

  ruleTester().run('require-decline-option (react-cookie-consent)', requireDeclineOption, {
    valid: [{ code: readFileSync(path.join(cookieConsent, 'EqualBanner.tsx'), 'utf8'), filename: path.join(cookieConsent, 'EqualBanner.tsx') }],
    invalid: [{ code: readFileSync(path.join(cookieConsent, 'AcceptOnlyBanner.tsx'), 'utf8'), filename: path.join(cookieConsent, 'AcceptOnlyBanner.tsx'), errors: [{ messageId: 'missingDecline', line: 6, column: 10 }] }],
  });

  it('notices an edit to the component stylesheet in a running session', () => {
    const dir = project({
      'Button.module.css': BUTTON_CSS,
      'Button.tsx': `import s from './Button.module.css';\nexport const Accept = ({ children }) => <button className={s.primary}>{children}</button>;\nexport const Reject = ({ children }) => <button className={s.quiet}>{children}</button>;`,
      'Dialog.tsx': DIALOG(`import { Accept, Reject } from './Button';`, '<Accept>Accept all</Accept>', '<Reject>Reject all</Reject>'),
    });
    const linter = new Linter({ cwd: dir });
    const config = [
      { plugins: { t: { rules: { 'no-unbalanced-choices': noUnbalancedChoices } } }, rules: { 't/no-unbalanced-choices': 'error' } },
      { files: ['**/*.tsx'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    ] as Linter.Config[];
    const file = path.join(dir, 'Dialog.tsx');
    const lint = () => linter.verify(readFileSync(file, 'utf8'), config, { filename: file }).map((m) => m.messageId);
    expect(lint()).toEqual(['weakerDecline']);
    const css = path.join(dir, 'Button.module.css');
    // The reject's class now draws it like the accept.
    writeFileSync(css, BUTTON_CSS.replace(/\.quiet \{[^}]*\}/, '.quiet { background-color: #0b57d0; color: #ffffff; font-size: 16px; font-weight: 700; padding: 12px 24px; border: 0; }'));
    const later = new Date(Date.now() + 5000);
    utimesSync(css, later, later);
    expect(lint()).toEqual([]);
  });
});
