import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RULE_IDS, ruleMeta } from '../../src/catalog/index.js';
import { run } from '../../src/cli/run.js';
import type { LintResult } from '../../src/engine/types.js';
import { sarifSchemaErrors } from '../formatters/sarif-validator.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repo, 'bin', 'honest-ui.js');
const RULE = 'no-preselected-consent';

// A pre-ticked marketing checkbox: one no-preselected-consent finding at 5:9.
const SIGNUP = [
  'export function Signup() {',
  '  return (',
  '    <form>',
  '      <label>',
  '        <input type="checkbox" name="marketing" defaultChecked /> Send me marketing emails',
  '      </label>',
  '      <button type="submit">Sign up</button>',
  '    </form>',
  '  );',
  '}',
  '',
].join('\n');
// Its checked state comes from a prop: a needs-review result, no finding.
const PREFERENCES = SIGNUP.replace('defaultChecked', 'checked={prefs.marketing} onChange={() => {}}').replace('Signup()', 'Preferences({ prefs }: { prefs: { marketing: boolean } })');
const PLAIN = 'export function Greeting() {\n  return <p>Hello</p>;\n}\n';

let dir: string;

async function tree(files: Record<string, unknown>): Promise<void> {
  for (const [relative, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
}

/** Run the built bin, as a user would, from `cwd` (relative to the temp dir). */
function cli(args: string[], cwd = '.') {
  const child = spawnSync(process.execPath, [bin, ...args], { cwd: path.join(dir, cwd), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function expectConfigError(result: ReturnType<typeof cli>, file: string, key: string, expected: string): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  const [message] = result.stderr.split('\n');
  expect(message).toContain(path.join(dir, file));
  expect(message).toContain(key);
  expect(message).toContain(expected);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  if (!existsSync(path.join(repo, 'dist', 'src', 'cli', 'run.js'))) throw new Error('dist/ is stale or missing: run `npm run build` first.');
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'honest-ui-options-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('config file', () => {
  it('is found by walking up from the working directory', async () => {
    await tree({ 'web/src/Signup.tsx': SIGNUP });
    expect(cli([], 'web').status).toBe(1);
    await tree({ 'honest-ui.config.json': { rules: { [RULE]: 'off' } } });
    expect(cli([], 'web')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('is read from the "honest-ui" key of package.json', async () => {
    await tree({ 'Signup.tsx': SIGNUP, 'package.json': { name: 'app', 'honest-ui': { rules: { [RULE]: 'warn' } } } });
    const result = cli(['-f', 'json']);
    expect(result.status).toBe(0);
    const [signup] = JSON.parse(result.stdout) as LintResult[];
    expect(signup?.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([[`honest-ui/${RULE}`, 1, 5, 9]]);
  });

  it('is the file named with --config, instead of the one found', async () => {
    await tree({ 'Signup.tsx': SIGNUP, 'honest-ui.config.json': { rules: { [RULE]: 'off' } }, 'ci/honest-ui.json': { extends: 'strict' } });
    expect(cli([]).status).toBe(0);
    expect(cli(['--config', 'ci/honest-ui.json']).status).toBe(1);
    expect(cli(['-c', 'ci/honest-ui.json']).status).toBe(1);
  });

  it('applies its ignores', async () => {
    await tree({ 'src/generated/Signup.tsx': SIGNUP, 'src/App.tsx': PLAIN, 'honest-ui.config.json': { ignores: ['generated/'] } });
    const result = cli(['-f', 'json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as LintResult[]).map((r) => r.filePath)).toEqual([path.join(dir, 'src', 'App.tsx')]);
  });

  describe('errors exit 2 and name the file, the key and what was expected', () => {
    it('bad JSON, with line and column', async () => {
      await tree({ 'honest-ui.config.json': '{\n  "rules": { "x": 1, }\n}\n', 'a.tsx': PLAIN });
      expectConfigError(cli([]), 'honest-ui.config.json', 'line 2, column', 'invalid JSON');
    });
    it('an unknown rule', async () => {
      await tree({ 'honest-ui.config.json': { rules: { 'no-such-rule': 'error' } }, 'a.tsx': PLAIN });
      expectConfigError(cli([]), 'honest-ui.config.json', '/rules/no-such-rule', `is not a known rule; known rules: ${RULE_IDS.join(', ')}`);
    });
    it('an option of the wrong type', async () => {
      const rule = ruleMeta('no-fine-print')!;
      await tree({ 'honest-ui.config.json': { rules: { [rule.id]: ['error', { minFontSize: '12px' }] } }, 'a.tsx': PLAIN });
      expectConfigError(cli([]), 'honest-ui.config.json', '/rules/no-fine-print/1/minFontSize', 'must be number');
    });
    it('an unknown key', async () => {
      await tree({ 'honest-ui.config.json': { ignore: ['dist'] }, 'a.tsx': PLAIN });
      expectConfigError(cli([]), 'honest-ui.config.json', '/ignore', 'is not a known key');
    });
    it('a bad setting in package.json', async () => {
      await tree({ 'package.json': { 'honest-ui': { settings: { components: { Toggle: 'swtich' } } } }, 'a.tsx': PLAIN });
      expectConfigError(cli([]), 'package.json', '/settings/components/Toggle', 'must be one of "button"');
    });
    it('a --config file that does not exist', async () => {
      await tree({ 'a.tsx': PLAIN });
      expectConfigError(cli(['--config', 'nope.json']), 'nope.json', 'nope.json', 'no such file');
    });
  });
});

describe('options', () => {
  it('--output-file writes the report there (creating directories) and nothing to stdout', async () => {
    await tree({ 'Signup.tsx': SIGNUP });
    const result = cli(['-f', 'json', '--output-file', 'reports/honest-ui.json']);
    expect(result).toEqual({ status: 1, stdout: '', stderr: '' });
    const [signup] = JSON.parse(readFileSync(path.join(dir, 'reports', 'honest-ui.json'), 'utf8')) as LintResult[];
    expect(signup?.errorCount).toBe(1);
    expect(cli(['-o', 'out.txt']).stdout).toBe('');
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toContain(`honest-ui/${RULE}`);
  });

  it('--max-warnings exits 1 when the warnings exceed it, counting warnings hidden by --quiet', async () => {
    await tree({ 'Signup.tsx': SIGNUP, 'honest-ui.config.json': { rules: { [RULE]: 'warn' } } });
    expect(cli([]).status).toBe(0);
    expect(cli(['--max-warnings', '1']).status).toBe(0);
    const over = cli(['--max-warnings', '0']);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('honest-ui: 1 warning found, more than --max-warnings 0.\n');
    expect(cli(['--max-warnings', '0', '--quiet']).status).toBe(1);
    const bad = cli(['--max-warnings', 'few']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^honest-ui: --max-warnings expects a whole number of 0 or more, not 'few'\./);
  });

  it('--explain prints the rule doc; an unknown rule exits 2', async () => {
    const doc = path.join(repo, 'docs', 'rules', `${RULE}.md`);
    const explained = cli(['--explain', RULE]);
    expect(explained.status).toBe(0);
    if (existsSync(doc)) {
      expect(explained.stdout.trimEnd()).toBe(readFileSync(doc, 'utf8').trimEnd());
    } else {
      // Until the doc is written, the catalogue entry stands in for it.
      expect(explained.stdout).toContain(`# honest-ui/${RULE}\n\n${ruleMeta(RULE)!.description}\n\n${ruleMeta(RULE)!.harm}\n`);
    }
    expect(cli(['--explain', `honest-ui/${RULE}`]).stdout).toBe(explained.stdout);
    const unknown = cli(['--explain', 'no-such-rule']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^honest-ui: unknown rule 'no-such-rule'; known rules: /);
  });

  it('--format sarif validates against the SARIF 2.1.0 schema, with the needs-review result as a note', async () => {
    await tree({ 'src/Signup.tsx': SIGNUP, 'src/Preferences.tsx': PREFERENCES });
    const result = cli(['--format', 'sarif']);
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout) as { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.level])).toEqual([
      ['src/Preferences.tsx', 'note'],
      ['src/Signup.tsx', 'error'],
    ]);
  });

  it('--format github and junit are available', async () => {
    await tree({ 'Signup.tsx': SIGNUP });
    expect(cli(['-f', 'github']).stdout).toMatch(/^::error file=Signup\.tsx,line=5,col=9,endLine=5,endColumn=\d+,title=honest-ui\/no-preselected-consent::The checkbox/);
    expect(cli(['-f', 'junit']).stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="honest-ui" tests="1" failures="1" errors="0"/);
  });

  it('--verbose lists needs-review results, counted by reason, and unfollowed imports on stderr, after an unchanged report', async () => {
    await tree({ 'src/Preferences.tsx': `import styles from 'design-system/styles.css';\n${PREFERENCES}` });
    const plain = cli(['-f', 'json']);
    const verbose = cli(['-f', 'json', '--verbose']);
    expect(verbose.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    expect(verbose.stderr).toMatch(
      new RegExp(`^honest-ui: 1 result needs review \\(the checker could not decide\\): 1 dynamic-expression\\.\\n  src${escape(path.sep)}Preferences\\.tsx:6:9  honest-ui/${RULE}  .*\\(dynamic-expression\\)\\n`),
    );
    expect(verbose.stderr).toContain(`honest-ui: 1 import could not be followed (styles from them are unknown):\n  src${path.sep}Preferences.tsx  'design-system/styles.css' (not-relative)\n`);
  });

  it('--verbose says how the files were handled: analysed, from the cache, or let go by the pre-filter unparsed', async () => {
    await tree({ 'src/Signup.tsx': SIGNUP, 'src/Plain.tsx': PLAIN, 'src/Other.tsx': PLAIN });
    expect(cli(['-f', 'json', '--verbose']).stderr).toContain('honest-ui: 3 files: 3 analysed, 0 from the cache, 2 without consent vocabulary (read, not parsed).\n');
    // The cache keeps what --verbose needs only from a --verbose run (a plain run stores less).
    cli(['-f', 'json', '--verbose', '--cache', '--cache-location', 'cache']);
    expect(cli(['-f', 'json', '--verbose', '--cache', '--cache-location', 'cache']).stderr).toContain('honest-ui: 3 files: 0 analysed, 3 from the cache, 2 without consent vocabulary (read, not parsed).\n');
  });

  it('--verbose counts the files whose consent words are all code, read unparsed or parsed, from a run and from the cache', async () => {
    // A share button that tracks consent in code only: its copy, read from its text, has none of those words.
    const share = `import { trackEvent } from '@/lib/analytics';\nexport function ShareButton({ onAccept, hasConsent }: { onAccept: () => void; hasConsent: boolean }) {\n  return <IconButton icon={<ShareIcon />} onClick={() => { if (hasConsent) trackEvent('share'); onAccept(); }} />;\n}\n`;
    // The same with a generic function type, which the scanner of copy does not follow: it is parsed, and let go
    // once its copy is read from the tree.
    const typedShare = `type Pick = <T>(items: T[]) => T;\n${share}`;
    await tree({ 'src/Signup.tsx': SIGNUP, 'src/ShareButton.tsx': share, 'src/TypedShareButton.tsx': typedShare });
    const line = '3 files: 3 analysed, 0 from the cache, 0 without consent vocabulary (read, not parsed), 2 with it only in code (1 read, not parsed; 1 parsed, not analysed).\n';
    expect(cli(['-f', 'json', '--verbose']).stderr).toContain(`honest-ui: ${line}`);
    cli(['-f', 'json', '--verbose', '--cache', '--cache-location', 'cache']);
    expect(cli(['-f', 'json', '--verbose', '--cache', '--cache-location', 'cache']).stderr).toContain(`honest-ui: ${line.replace('3 analysed, 0 from', '0 analysed, 3 from')}`);
  });
});

describe('progress', () => {
  async function runInProcess(stderrIsTTY: boolean) {
    let stderr = '';
    const status = await run([], { cwd: dir, isTTY: false, stderrIsTTY, stdout: () => {}, stderr: (s) => (stderr += s) });
    return { status, stderr };
  }

  it('shows files done / total on a TTY for many files, then clears its line; silent otherwise', async () => {
    await tree(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`src/File${String(i).padStart(3, '0')}.tsx`, PLAIN])));
    const tty = await runInProcess(true);
    expect(tty.status).toBe(0);
    expect(tty.stderr).toContain('\rhonest-ui: 2 / 200 files');
    expect(tty.stderr).toContain('\rhonest-ui: 200 / 200 files');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    // At most one redraw per percent (0% to 100%: 101), then the clearing carriage return.
    expect(tty.stderr.split('\r').length - 1).toBeLessThanOrEqual(102);
    expect(await runInProcess(false)).toEqual({ status: 0, stderr: '' });
  });

  it('stays silent for a small project even on a TTY', async () => {
    await tree({ 'a.tsx': PLAIN, 'b.tsx': PLAIN });
    expect(await runInProcess(true)).toEqual({ status: 0, stderr: '' });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
