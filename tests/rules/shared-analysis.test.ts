/**
 * The ESLint rules share one file's work: with every honest-ui rule on, a file is pre-filtered once and analysed
 * once; a file the pre-filter drops is never analysed and gets no visitor from any rule; a lint run remembers the
 * files it found missing, but a file created before the next run is found. Structure, not timing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import type { Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { adapterWork } from '../../rules/adapter.js';
import { rules } from '../../rules/index.js';
import { prefilterFor } from '../../src/engine/prefilter.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('shared-analysis');

/** Every honest-ui rule, each wrapped to record how many listeners its `create()` returned. */
function allRules() {
  const listeners: number[] = [];
  const wrapped = Object.fromEntries(
    Object.entries(rules).map(([id, rule]) => [
      id,
      {
        ...rule,
        create(context: Rule.RuleContext) {
          const listener = rule.create(context);
          listeners.push(Object.keys(listener).length);
          return listener;
        },
      } satisfies Rule.RuleModule,
    ]),
  );
  const config: Linter.Config[] = [
    {
      files: ['**/*.tsx'],
      plugins: { 'honest-ui': { rules: wrapped } },
      languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: Object.fromEntries(Object.keys(rules).map((id) => [`honest-ui/${id}`, 'error'])),
    },
  ];
  return { config, listeners };
}

function lint(dir: string, file: string) {
  const { config, listeners } = allRules();
  const before = { ...adapterWork };
  const filename = path.join(dir, file);
  const messages = new Linter({ cwd: dir }).verify(readFileSync(filename, 'utf8'), config, { filename });
  return { messages, listeners, prefilters: adapterWork.prefilters - before.prefilters, analyses: adapterWork.analyses - before.analyses, diskReads: adapterWork.diskReads - before.diskReads };
}

const BANNER = `export function Banner() {
  return (
    <div role="dialog" aria-label="Cookie consent">
      <p>We use cookies for analytics and personalised advertising.</p>
      <button>Accept all</button>
    </div>
  );
}
`;

describe('honest-ui rules share the per-file work', () => {
  it('pre-filters and analyses a consent banner once with every rule on', () => {
    const dir = project({ 'Banner.tsx': BANNER });
    const { messages, listeners, prefilters, analyses } = lint(dir, 'Banner.tsx');
    expect(listeners).toHaveLength(Object.keys(rules).length);
    expect(listeners.every((count) => count > 0)).toBe(true);
    expect(prefilters).toBe(1);
    expect(analyses).toBe(1);
    expect(messages.map((m) => m.ruleId)).toContain('honest-ui/require-decline-option');
  });

  it('builds no model and registers no visitor for a file the pre-filter drops', () => {
    const dir = project({ 'Nav.tsx': `export const Nav = () => <nav><a href="/">Home</a><a href="/about">About us</a></nav>;\n` });
    const { messages, listeners, prefilters, analyses } = lint(dir, 'Nav.tsx');
    expect(listeners).toEqual(Object.keys(rules).map(() => 0));
    expect(prefilters).toBe(1);
    expect(analyses).toBe(0);
    expect(messages).toEqual([]);
  });

  it('builds no model for a file whose consent-looking words are all code, once ESLint has parsed it', () => {
    const editor = `import { trackEvent } from './analytics';
export function LayerMenu({ onAddLayer, readOnly, shareLink }: Props) {
  const addOn = () => {
    trackEvent('layers', 'add');
    onAddLayer();
  };
  return (
    <Menu aria-pressed={readOnly}>
      <MenuItem icon={<CheckIcon />} onClick={addOn} disabled={readOnly} />
      <MenuItem icon={<ShareIcon />} href={shareLink} />
    </Menu>
  );
}
`;
    // Its text has what the text pre-filter keys on: "add on" beside a check icon.
    expect(prefilterFor(DEFAULT_SETTINGS, [])(editor)).toBe(true);
    const dir = project({ 'LayerMenu.tsx': editor });
    const { messages, listeners, prefilters, analyses } = lint(dir, 'LayerMenu.tsx');
    expect(listeners).toEqual(Object.keys(rules).map(() => 0));
    expect(prefilters).toBe(1);
    expect(analyses).toBe(0);
    expect(messages).toEqual([]);
  });

  it('finds a component file created after a run that found it missing', () => {
    const dialog = `import { Accept, Reject } from './Button';
export function Dialog() {
  return (
    <div role="dialog" aria-label="Cookie consent">
      <p>We use cookies for analytics and personalised advertising.</p>
      <Accept>Accept all</Accept>
      <Reject>Reject all</Reject>
    </div>
  );
}
`;
    const dir = project({ 'Dialog.tsx': dialog });
    expect(lint(dir, 'Dialog.tsx').messages.map((m) => m.ruleId)).not.toContain('honest-ui/no-unbalanced-choices');
    // The reject is a tiny grey link: found only once Button.tsx is read.
    writeFileSync(
      path.join(dir, 'Button.tsx'),
      `export const Accept = ({ children }) => <button style={{ backgroundColor: '#0b57d0', color: '#ffffff', fontSize: 16, padding: '12px 24px' }}>{children}</button>;
export const Reject = ({ children }) => <button style={{ background: 'none', border: 0, padding: 0, color: '#9e9e9e', fontSize: 10 }}>{children}</button>;
`,
    );
    expect(lint(dir, 'Dialog.tsx').messages.map((m) => m.ruleId)).toContain('honest-ui/no-unbalanced-choices');
  });

  it('looks each path up on disk once per run, however many files of the run read it', () => {
    const buttons = `import styles from './Buttons.module.css';
export const Accept = ({ children, onClick }) => <button className={styles.primary} onClick={onClick}>{children}</button>;
export const Reject = ({ children, onClick }) => <button className={styles.primary} onClick={onClick}>{children}</button>;
`;
    const dialog = (name: string, topic: string) => `import { useConsent } from '@/hooks/use-consent';
import { Accept, Reject } from './Buttons';
export function ${name}() {
  const { grant, deny } = useConsent('${topic}');
  return (
    <div role="dialog" aria-label="${topic} consent">
      <p>We use cookies for ${topic}.</p>
      <Accept onClick={grant}>Accept all</Accept>
      <Reject onClick={deny}>Reject all</Reject>
    </div>
  );
}
`;
    const dir = project({
      'Buttons.tsx': buttons,
      'Buttons.module.css': '.primary { background: #0b57d0; color: #fff; font-size: 16px; padding: 12px 24px; }\n',
      'AnalyticsDialog.tsx': dialog('AnalyticsDialog', 'analytics'),
      'AdsDialog.tsx': dialog('AdsDialog', 'personalised advertising'),
    });
    const first = lint(dir, 'AnalyticsDialog.tsx');
    expect(first.analyses).toBe(1);
    // Buttons.tsx, its stylesheet, and the misses (tsconfig.json, package.json up the folders, import candidates).
    expect(first.diskReads).toBeGreaterThan(2);
    const second = lint(dir, 'AdsDialog.tsx');
    expect(second.analyses).toBe(1);
    expect(second.diskReads).toBe(0);
    // Linting a file again starts a new run, which looks again.
    expect(lint(dir, 'AnalyticsDialog.tsx').diskReads).toBeGreaterThan(2);
  });

  it('sees an edit to a component file when the file that renders it is linted again', () => {
    const settings = `import { Accept, Reject } from './Button';
export function PrivacyChoices() {
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Your privacy choices</h2>
      <p>We share your browsing data with advertising partners for personalised ads.</p>
      <Accept>Allow sharing</Accept>
      <Reject>Don't share</Reject>
    </section>
  );
}
`;
    const balanced = `export const Accept = ({ children }) => <button style={{ backgroundColor: '#0b57d0', color: '#ffffff', fontSize: 16, padding: '12px 24px' }}>{children}</button>;
export const Reject = ({ children }) => <button style={{ backgroundColor: '#0b57d0', color: '#ffffff', fontSize: 16, padding: '12px 24px' }}>{children}</button>;
`;
    const dir = project({ 'PrivacyChoices.tsx': settings, 'Button.tsx': balanced });
    const ruleIds = () => lint(dir, 'PrivacyChoices.tsx').messages.map((m) => m.ruleId);
    expect(ruleIds()).not.toContain('honest-ui/no-unbalanced-choices');
    // A run reads Button.tsx once for every file that renders it; linting PrivacyChoices.tsx again starts a new run.
    writeFileSync(path.join(dir, 'Button.tsx'), balanced.replace(/(Reject = .*?style=\{\{)[^}]*/, "$1 background: 'none', border: 0, padding: 0, color: '#9e9e9e', fontSize: 10 "));
    expect(readFileSync(path.join(dir, 'Button.tsx'), 'utf8')).toContain("color: '#9e9e9e'");
    expect(ruleIds()).toContain('honest-ui/no-unbalanced-choices');
  });
});
