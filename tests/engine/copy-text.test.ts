/**
 * The pre-filter's second look: once a file is parsed, only the words its UI can show count (copy-text.ts). A
 * settings screen whose consent-looking words are all code (`trackEvent`, `analytics.capture`, `style.left`) is
 * parsed and let go; the same words in its copy still get it analysed, by the checker and by the ESLint rules.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { presetRules } from '../../src/catalog/index.js';
import { copyText } from '../../src/engine/copy-text.js';
import type { RunStats } from '../../src/engine/parallel.js';
import { prefilterForRules } from '../../src/engine/prefilter.js';
import { analyseProject } from '../../src/engine/project.js';
import { loadScriptParser } from '../../src/parse/oxc.js';
import { parseWithTypescriptEstree, type ScriptParser } from '../../src/parse/script.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('copy-text');

/** A constants package's modules: limits and consent copy, side by side behind one barrel. */
const CONSTANTS = {
  'constants/limits.ts': 'export const MAX_MEMBERS = 50;\nexport const PAGE_SIZE = 25;\n',
  'constants/consent-copy.ts': "export const TRAINING_LABEL = 'Use my conversations to train and improve AI models';\n",
};

/** An editor toolbar: "analytics", "add", "on", "left", "only" and "share" are all code here. */
const TOOLBAR = `import { useCallback } from 'react';
import { trackEvent } from '../analytics';
import { useShareDialog } from '@/hooks/use-share-dialog';
import styles from './Toolbar.module.css';

export function Toolbar({ onAddLayer, readOnly, toggled }: ToolbarProps) {
  const share = useShareDialog();
  const addOn = useCallback(() => {
    trackEvent('toolbar', 'layer');
    onAddLayer({ left: 0, only: readOnly });
  }, [onAddLayer, readOnly]);
  return (
    <div className={styles.toolbar} aria-pressed={toggled}>
      <IconButton icon={<CheckIcon />} onClick={addOn} disabled={readOnly} />
      <IconButton icon={<ShareIcon />} onClick={share.open} />
    </div>
  );
}
`;

/** A sign-up form whose marketing opt-in is ticked before anyone chose: the words are copy. */
const SIGN_UP = `import { useForm } from 'react-hook-form';
import { Checkbox } from '@/components/ui/checkbox';

export function SignUpForm({ onSubmit }: Props) {
  const { register, handleSubmit } = useForm({ defaultValues: { email: '' } });
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <input type="email" {...register('email')} placeholder="you@example.com" />
      <label>
        <input type="checkbox" defaultChecked name="marketing" />
        Send me marketing emails and partner offers
      </label>
      <button type="submit">Create account</button>
    </form>
  );
}
`;

const parsers: Array<[string, () => Promise<ScriptParser>]> = [
  ['oxc', async () => (await loadScriptParser('oxc')).parse],
  ['typescript-estree', async () => parseWithTypescriptEstree],
];

describe.each(parsers)('copyText (%s)', (_name, load) => {
  const copyOf = async (text: string, file = '/app/src/Form.tsx'): Promise<string[]> => {
    const parsed = (await load())(text, file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return copyText(parsed.value).split('\n');
  };

  it('holds JSX text, strings, template text, the elements rendered and, where keys are read, object keys', async () => {
    const copy = await copyOf(`const PURPOSES = { marketing: true, 'ad-personalisation': false };
export const Prefs = ({ n }: { n: number }) => (
  <Dialog.Root>
    <p title={\`Only \${n} seats left\`}>We use cookies &amp; similar tech.</p>
    {Object.keys(PURPOSES).map((key) => <Switch key={key} label={key} />)}
  </Dialog.Root>
);`);
    expect(copy).toEqual(expect.arrayContaining(['marketing', 'ad-personalisation', 'Only ', ' seats left', 'We use cookies & similar tech.', 'Dialog.Root', 'p', 'Switch']));
  });

  it('leaves out code: names, properties read or called, attribute names, import sources and comments', async () => {
    const copy = (await copyOf(`${TOOLBAR}\n// analytics opt-in lived here\n`)).join(' ');
    for (const word of ['trackEvent', 'analytics', 'onAddLayer', 'addOn', 'readOnly', 'onClick', 'aria-pressed', 'use-share-dialog', 'opt-in']) expect(copy).not.toContain(word);
    // Strings are copy wherever they are: what a call is given may be a label.
    expect(copy).toContain('toolbar');
    expect(copy).toContain('CheckIcon');
  });

  it('keeps what an exported declaration holds, and leaves out where a re-export comes from', async () => {
    const copy = await copyOf(`export const CONSENT_COPY = { title: 'Your privacy choices' };\nexport * from './analytics';\nexport { track } from './tracking';`);
    expect(copy).toContain('Your privacy choices');
    expect(copy.join(' ')).not.toMatch(/analytics|tracking/);
    // A file that reads no keys shows none: `title` is a property name here.
    expect(copy).not.toContain('title');
  });
});

describe('the second look in a run', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'honest-ui-copy-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lets the text pre-filter pass a toolbar whose words are code, then drops it once parsed', () => {
    const filter = prefilterForRules(DEFAULT_SETTINGS, presetRules('recommended'));
    expect(filter(TOOLBAR)).toBe(true);
    const parsed = parseWithTypescriptEstree(TOOLBAR, 'Toolbar.tsx');
    expect(parsed.ok && filter(TOOLBAR, copyText(parsed.value))).toBe(false);
  });

  it('reads a dollar sign before an amount computed in JSX as a price, once parsed', () => {
    const filter = prefilterForRules(DEFAULT_SETTINGS, presetRules('recommended'));
    const extra = `export function Extra({ fee }: { fee: number }) {\n  return (\n    <label>\n      <input type="checkbox" defaultChecked />\n      Keep it for \${fee}\n    </label>\n  );\n}\n`;
    const parsed = parseWithTypescriptEstree(extra, 'Extra.tsx');
    expect(parsed.ok && filter(extra, copyText(parsed.value))).toBe(true);
    // The same words with the amount in a template: no sign is shown, nothing is sold.
    const plain = extra.replace('Keep it for ${fee}', '{`Keep it for ${fee}`}');
    const reparsed = parseWithTypescriptEstree(plain, 'Extra.tsx');
    expect(reparsed.ok && filter(plain, copyText(reparsed.value))).toBe(false);
  });

  it('does not analyse the toolbar (nor parse it, where its copy can be read from its text), and still reports the sign-up form', async () => {
    writeFileSync(path.join(root, 'Toolbar.tsx'), TOOLBAR);
    // The same toolbar with a generic function type, which the scanner of copy reads as an element that never closes
    // (lexical-copy.ts): it is parsed, and its copy read from the tree.
    writeFileSync(path.join(root, 'GenericToolbar.tsx'), `type Pick = <T>(items: T[]) => T;\n${TOOLBAR}`);
    writeFileSync(path.join(root, 'SignUpForm.tsx'), SIGN_UP);
    writeFileSync(path.join(root, 'utils.ts'), 'export const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));\n');
    let stats: RunStats | undefined;
    const results = await analyseProject({ cwd: root, paths: ['.'], settings: DEFAULT_SETTINGS, rules: presetRules('recommended'), jobs: 1, onStats: (found) => (stats = found) });
    expect(stats).toMatchObject({ files: 4, notParsed: 1, notAnalysed: 2, notAnalysedUnparsed: 1 });
    const byFile = Object.fromEntries(results.map((result) => [path.basename(result.filePath), result.messages.map((m) => m.ruleId)]));
    expect(byFile).toEqual({ 'GenericToolbar.tsx': [], 'SignUpForm.tsx': ['honest-ui/no-preselected-consent'], 'Toolbar.tsx': [], 'utils.ts': [] });
  });

  it('still analyses a file whose copy borrows its words from a constants module', async () => {
    const dir = path.join(root, 'borrowed');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'copy.ts'), "export const NEWSLETTER_LABEL = 'Send me marketing emails and partner offers';\n");
    // Its own copy holds no purpose (a ticked box, an identifier), but the label it shows is borrowed.
    writeFileSync(
      path.join(dir, 'Newsletter.tsx'),
      `import { NEWSLETTER_LABEL } from './copy';\nconst marketingOptIn = true;\nexport const Newsletter = () => (\n  <label>\n    <input type="checkbox" defaultChecked={marketingOptIn} />\n    {NEWSLETTER_LABEL}\n  </label>\n);\n`,
    );
    let stats: RunStats | undefined;
    const results = await analyseProject({ cwd: dir, paths: ['Newsletter.tsx', 'copy.ts'], settings: DEFAULT_SETTINGS, rules: presetRules('recommended'), jobs: 1, onStats: (found) => (stats = found) });
    expect(results.map((result) => [path.basename(result.filePath), result.messages.map((m) => m.ruleId)])).toEqual([
      ['Newsletter.tsx', ['honest-ui/no-preselected-consent']],
      ['copy.ts', []],
    ]);
    // The constants module lends its words and is not parsed for itself: a .ts module renders no element.
    expect(stats).toMatchObject({ files: 2, notParsed: 1, notAnalysed: 0 });
  });

  it('borrows from a barrel the words of what a file imports from it, not of everything it re-exports', async () => {
    // A constants package's barrel, as monorepos write them: copy for consent screens beside limits and routes.
    const dir = project({
      ...CONSTANTS,
      'constants/index.ts': "export * from './limits';\nexport * from './consent-copy';\nexport { LABEL as OPT_IN_LABEL, TITLE } from './renamed';\n",
      'constants/renamed.ts': "export const LABEL = 'Send me marketing emails and partner offers';\nexport const TITLE = 'Settings';\n",
    });
    const box = (name: string) => `import { ${name} } from './constants';\nconst on = true;\nexport const Box = () => (\n  <label>\n    <input type="checkbox" defaultChecked={on} />\n    {${name}}\n  </label>\n);\n`;
    writeFileSync(path.join(dir, 'MembersTable.tsx'), "import { MAX_MEMBERS, PAGE_SIZE } from './constants';\nexport const MembersTable = ({ rows }: { rows: string[] }) => (\n  <table data-page-size={PAGE_SIZE}>\n    <caption>Up to {MAX_MEMBERS}</caption>\n    {rows.map((row) => <tr key={row}><td>{row}</td></tr>)}\n  </table>\n);\n");
    writeFileSync(path.join(dir, 'TrainingBox.tsx'), box('TRAINING_LABEL'));
    writeFileSync(path.join(dir, 'OptInBox.tsx'), box('OPT_IN_LABEL'));
    let stats: RunStats | undefined;
    const results = await analyseProject({ cwd: dir, paths: ['MembersTable.tsx', 'TrainingBox.tsx', 'OptInBox.tsx'], settings: DEFAULT_SETTINGS, rules: presetRules('recommended'), jobs: 1, onStats: (found) => (stats = found) });
    // The table imports limits only: the barrel's consent copy is not what it shows, so it is not parsed.
    expect(stats).toMatchObject({ files: 3, notParsed: 1 });
    const byFile = Object.fromEntries(results.map((result) => [path.basename(result.filePath), result.messages.map((m) => m.ruleId)]));
    expect(byFile).toEqual({ 'MembersTable.tsx': [], 'OptInBox.tsx': ['honest-ui/no-preselected-consent'], 'TrainingBox.tsx': ['honest-ui/no-preselected-consent'] });
  });

  it('borrows no words from the paths a barrel re-exports, which no screen shows', async () => {
    // A data package's barrel, as react-admin's ra-core writes them: its only strings are module paths, and those
    // name consent purposes ("marketing", "newsletter", "your data").
    const dir = project({
      'data/index.ts': "export * from './useMarketingNewsletterConsent';\nexport * from './shareYourDataWithPartners';\nexport { default as analyticsOptIn } from './analytics-opt-in';\n",
      'data/useMarketingNewsletterConsent.ts': 'export const useMarketingNewsletterConsent = () => useQuery({ queryKey: [1] });\n',
      'data/shareYourDataWithPartners.ts': 'export const shareYourDataWithPartners = (id: number) => post(id);\n',
    });
    // A list page that imports a hook through the barrel, and ticks a box labelled by the row, not by a purpose.
    writeFileSync(
      path.join(dir, 'Rows.tsx'),
      "import { useMarketingNewsletterConsent } from './data';\nexport const Rows = ({ rows }: { rows: string[] }) => {\n  const { data } = useMarketingNewsletterConsent();\n  return <ul>{rows.map((row) => <li key={row}><input type=\"checkbox\" defaultChecked />{row}</li>)}</ul>;\n};\n",
    );
    let stats: RunStats | undefined;
    await analyseProject({ cwd: dir, paths: ['Rows.tsx'], settings: DEFAULT_SETTINGS, rules: presetRules('recommended'), jobs: 1, onStats: (found) => (stats = found) });
    // Its own words name the purposes in code only (the hook's name), and its copy has none: not analysed.
    expect(stats).toMatchObject({ files: 1, notAnalysed: 1 });
    // The same hook's module, with a label among its strings, lends that label.
    writeFileSync(path.join(dir, 'data/useMarketingNewsletterConsent.ts'), "export const useMarketingNewsletterConsent = () => useQuery({ queryKey: [1] });\nexport const LABEL = 'Send me the marketing newsletter';\n");
    await analyseProject({ cwd: dir, paths: ['Rows.tsx'], settings: DEFAULT_SETTINGS, rules: presetRules('recommended'), jobs: 1, onStats: (found) => (stats = found) });
    expect(stats).toMatchObject({ files: 1, notParsed: 0, notAnalysed: 0 });
  });

  it('walks a barrel once per run for the names files import from it, then reads only the modules that lend', async () => {
    const { readFileSync } = await import('node:fs');
    const { passesWithBorrowedCopy } = await import('../../src/engine/borrowed-copy.js');
    const { ProjectCache } = await import('../../src/resolve/stylesheets.js');
    const dir = project({
      ...CONSTANTS,
      'constants/index.ts': "export * from './limits';\nexport * from './consent-copy';\nexport * from './routes';\n",
      'constants/routes.ts': "export const SETTINGS_ROUTE = '/settings';\n",
    });
    const reads: string[] = [];
    const readFile = (file: string) => {
      reads.push(path.relative(dir, file));
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    };
    const filter = prefilterForRules(DEFAULT_SETTINGS, presetRules('recommended'));
    const cache = new ProjectCache();
    const table = (name: string) => `import { MAX_MEMBERS } from './constants';\nexport const ${name} = () => <p>Up to {MAX_MEMBERS} members</p>;\n`;
    const training = "import { TRAINING_LABEL } from './constants';\nexport const Training = () => <label><input type=\"checkbox\" defaultChecked />{TRAINING_LABEL}</label>;\n";
    expect(passesWithBorrowedCopy(table('Members'), path.join(dir, 'Members.tsx'), filter, readFile, cache, DEFAULT_SETTINGS)).toBe(false);
    const walked = reads.filter((file) => file.startsWith('constants')).length;
    expect(walked).toBeGreaterThanOrEqual(4);
    reads.length = 0;
    expect(passesWithBorrowedCopy(table('Seats'), path.join(dir, 'Seats.tsx'), filter, readFile, cache, DEFAULT_SETTINGS)).toBe(false);
    // The barrel itself (the import is resolved again) and the one module that can declare MAX_MEMBERS.
    expect(reads.filter((file) => file.startsWith('constants')).sort()).toEqual(['constants/index.ts', 'constants/limits.ts']);
    // Another name is a walk of its own, and finds the copy it needs.
    expect(passesWithBorrowedCopy(training, path.join(dir, 'Training.tsx'), filter, readFile, cache, DEFAULT_SETTINGS)).toBe(true);
  });
});
