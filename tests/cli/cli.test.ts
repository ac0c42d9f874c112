import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import postcss from 'postcss';
import { run } from '../../src/cli/run.js';
import { HTML_STYLES } from '../../src/formatters/html-styles.js';
import * as analyse from '../../src/engine/analyse.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repo, 'bin', 'honest-ui.js');
const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };

// Calls through to the real analysis unless a test says otherwise (the --quiet test needs warnings).
vi.mock(import('../../src/engine/analyse.js'), async (importOriginal) => {
  const actual = await importOriginal();
  return { ...actual, analyseSourceInDetail: vi.fn(actual.analyseSourceInDetail) };
});
const analyseSource = vi.mocked(analyse.analyseSourceInDetail);

/** What the mock returns for a file with these messages and nothing else. */
function analysed(messages: LintMessage[]): analyse.SourceAnalysis {
  return { messages, suppressedMessages: [], reviews: [], unresolvedImports: [] };
}

// Not a consent UI, so no check has anything to say about it, whatever checks exist.
const VALID_TSX = 'export function Greeting() {\n  return <p className="greeting">Hello</p>;\n}\n';
// A consent component (its name says cookies) with a syntax error: a file without consent vocabulary is not parsed.
const BROKEN_TSX = 'export function CookieBanner() {\n  return <div>;\n}\n';
const VALID_CSS = '.banner { color: #222; }\n';
// A stand-in that the text pre-filter lets through, for tests that mock what the analysis returns.
const CONSENT_TSX = 'export const Notice = () => <p>We use cookies</p>;\n';
const BROKEN_CSS = '.banner { color: #222;\n';

let dir: string;

async function tree(files: Record<string, string>): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), text);
  }
}

/** Run the built bin, as a user would. */
function cli(...args: string[]) {
  const child = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** Run `run()` in-process, capturing its output. */
async function runInProcess(args: string[], isTTY = false) {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { cwd: dir, isTTY, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { status, stdout, stderr };
}

function expectUsageError(result: { status: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).toContain('--help');
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(2); // the message, then the hint
}

beforeAll(() => {
  if (!existsSync(path.join(repo, 'dist', 'src', 'cli', 'run.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it in pretest).');
  }
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'honest-ui-cli-'));
});

afterEach(async () => {
  analyseSource.mockReset();
  const actual = await vi.importActual<typeof analyse>('../../src/engine/analyse.js');
  analyseSource.mockImplementation(actual.analyseSourceInDetail);
  await rm(dir, { recursive: true, force: true });
});

describe('the built bin', () => {
  it('prints help and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const result = cli(flag);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Usage: honest-ui');
      expect(result.stdout).toContain('--format');
      expect(result.stdout).toContain('Exit codes');
    }
  });

  it("prints package.json's version and exits 0", () => {
    for (const flag of ['--version', '-v']) {
      const result = cli(flag);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${manifest.version}\n`);
    }
  });

  it('exits 2 on an unknown option, without a stack trace', () => {
    expectUsageError(cli('--frmat', 'json'), /^honest-ui: Unknown option '--frmat'/);
  });

  it('exits 2 on an unknown format', () => {
    expectUsageError(cli('--format', 'xml'), /^honest-ui: unknown format 'xml'; use one of stylish, json/);
  });

  it('exits 2 on a missing path', async () => {
    await tree({ 'a.tsx': VALID_TSX });
    expectUsageError(cli('a.tsx', 'no-such-dir'), /^honest-ui: no such file or directory: no-such-dir/);
  });

  it('exits 1 and reports broken files as fatal, still checking the valid ones', async () => {
    await tree({ 'src/Broken.tsx': BROKEN_TSX, 'src/Valid.tsx': VALID_TSX, 'src/broken.css': BROKEN_CSS, 'src/valid.css': VALID_CSS });
    const result = cli('--format', 'json');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const results = JSON.parse(result.stdout) as LintResult[];

    expect(results.map((r) => r.filePath)).toEqual(
      ['src/Broken.tsx', 'src/Valid.tsx', 'src/broken.css', 'src/valid.css'].map((file) => path.join(dir, file)),
    );
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(
        ['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'suppressedMessages', 'usedDeprecatedRules', 'warningCount'],
      );
    }
    const [brokenTsx, validTsx, brokenCss] = results;
    expect(brokenTsx).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0 });
    expect(brokenTsx?.messages).toEqual([
      // The stray `}` on line 3 is where typescript-estree gives up on the unclosed <div>.
      expect.objectContaining({ ruleId: null, fatal: true, severity: 2, line: 3, message: expect.stringMatching(/^Parsing error: /) }),
    ]);
    expect(validTsx?.messages.filter((m) => m.fatal)).toEqual([]);
    expect(brokenCss?.messages).toEqual([
      expect.objectContaining({ ruleId: null, fatal: true, severity: 2, line: 1, column: 1, message: 'Parsing error: Unclosed block' }),
    ]);
  });

  it('prints the stylish report by default, with paths relative to the working directory', async () => {
    await tree({ 'src/Broken.tsx': BROKEN_TSX, 'src/Valid.tsx': VALID_TSX });
    const result = cli();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`\nsrc${path.sep}Broken.tsx\n  3:`);
    expect(result.stdout).toContain('error  Parsing error:');
    expect(result.stdout).toContain('\u2716 1 problem (1 error, 0 warnings)');
    expect(result.stdout).not.toContain('\u001b['); // stdout is a pipe: no colours
  });

  it("writes the HTML report's stylesheet compacted, with the same rules and declarations as its source", async () => {
    await tree({ 'src/Valid.tsx': VALID_TSX });
    const page = cli('--format', 'html', 'src').stdout;
    const inlined = /<style>([^<]*)<\/style>/.exec(page)?.[1] ?? '';
    expect(inlined.length).toBeLessThan(HTML_STYLES.length * 0.9);
    const declarations = (css: string) => {
      const found: string[] = [];
      postcss.parse(css).walkDecls((decl) => {
        const parent = decl.parent as { selector?: string; params?: string };
        found.push(`${(parent.selector ?? parent.params ?? '').replace(/\s*,\s*/g, ',').replace(/\s+/g, ' ')} { ${decl.prop}: ${decl.value.replace(/\s*,\s*/g, ',')} }`);
      });
      return found;
    };
    expect(declarations(inlined)).toEqual(declarations(HTML_STYLES));
    expect(declarations(inlined).length).toBeGreaterThan(50);
  });

  it('exits 0 with no output on a clean directory, and only checks the paths given', async () => {
    await tree({ 'clean/Valid.tsx': VALID_TSX, 'clean/valid.css': VALID_CSS, 'dirty/Broken.tsx': BROKEN_TSX, 'node_modules/x/broken.js': 'let =' });
    const result = cli('clean');
    expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(cli('clean', '--format', 'json').stdout).toContain('Valid.tsx');
  });
});

describe('run() in-process', () => {
  it('returns the same exit codes as the bin', async () => {
    await tree({ 'ok/Valid.tsx': VALID_TSX, 'bad/Broken.tsx': BROKEN_TSX });
    expect((await runInProcess(['--help'])).status).toBe(0);
    expect(await runInProcess(['--version'])).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
    expect((await runInProcess(['ok'])).status).toBe(0);
    expect((await runInProcess(['ok', 'bad'])).status).toBe(1);
    expectUsageError(await runInProcess(['--nope']), /Unknown option '--nope'/);
    expectUsageError(await runInProcess(['-f', 'xml']), /unknown format 'xml'/);
    expectUsageError(await runInProcess(['--format']), /argument missing/);
    expectUsageError(await runInProcess(['ok', 'gone']), /no such file or directory: gone/);
  });

  it('checks the working directory when no paths are given', async () => {
    await tree({ 'sub/Broken.tsx': BROKEN_TSX });
    const result = await runInProcess(['-f', 'json']);
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as LintResult[]).map((r) => r.filePath)).toEqual([path.join(dir, 'sub', 'Broken.tsx')]);
  });

  it('uses colours only when stdout is a terminal', async () => {
    await tree({ 'Broken.tsx': BROKEN_TSX });
    expect((await runInProcess([], true)).stdout).toContain('\u001b[31merror');
    expect((await runInProcess([], false)).stdout).not.toContain('\u001b[');
  });

  it('--quiet drops warnings from the output and the counts, and keeps the exit code of the errors', async () => {
    await tree({ 'a.tsx': CONSENT_TSX, 'b.tsx': CONSENT_TSX });
    analyseSource.mockImplementation((input) =>
      analysed(
        input.filePath.endsWith('a.tsx')
          ? [
              { ruleId: 'honest-ui/no-fine-print', severity: 1, message: 'Small print.', line: 1, column: 1 },
              { ruleId: 'honest-ui/no-preselected-consent', severity: 2, message: 'Pre-checked.', line: 2, column: 3 },
            ]
          : [{ ruleId: 'honest-ui/no-fine-print', severity: 1, message: 'Small print.', line: 1, column: 1 }],
      ),
    );

    const loud = await runInProcess(['-f', 'json']);
    expect(loud.status).toBe(1);
    expect((JSON.parse(loud.stdout) as LintResult[]).map((r) => [r.errorCount, r.warningCount])).toEqual([[1, 1], [0, 1]]);

    const quiet = await runInProcess(['-f', 'json', '--quiet']);
    expect(quiet.status).toBe(1);
    const results = JSON.parse(quiet.stdout) as LintResult[];
    expect(results.map((r) => [r.errorCount, r.warningCount, r.messages.length])).toEqual([[1, 0, 1], [0, 0, 0]]);
    expect(results[0]?.messages[0]?.ruleId).toBe('honest-ui/no-preselected-consent');

    const quietStylish = await runInProcess(['--quiet']);
    expect(quietStylish.stdout).toContain('\u2716 1 problem (1 error, 0 warnings)');
    expect(quietStylish.stdout).not.toContain('Small print');
  });

  it('exits 0 when there are only warnings', async () => {
    await tree({ 'a.tsx': CONSENT_TSX });
    analyseSource.mockReturnValue(analysed([{ ruleId: 'honest-ui/no-fine-print', severity: 1, message: 'Small print.', line: 1, column: 1 }]));
    const result = await runInProcess([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\u2716 1 problem (0 errors, 1 warning)');
    expect((await runInProcess(['--quiet'])).stdout).toBe('');
  });

  it('reports an unexpected exception as one line and exits 2', async () => {
    await tree({ 'Broken.tsx': BROKEN_TSX });
    let stderr = '';
    const status = await run([], {
      cwd: dir,
      isTTY: false,
      stdout: () => {
        throw new Error('write EPIPE');
      },
      stderr: (s) => (stderr += s),
    });
    expect(status).toBe(2);
    expect(stderr).toBe('honest-ui: internal error: write EPIPE\n');
  });
});
