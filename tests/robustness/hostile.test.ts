/**
 * The built checker over a hostile corpus: the small files committed under fixtures/broken/ plus the large or
 * unrepresentable ones (a 5 MB minified stylesheet, a 2 MB one-line bundle, 5,000-deep JSX, binary, Latin-1, a
 * symlink loop, an unreadable file, an empty file, a directory named like a component) generated here. Each gets a
 * fatal parse message or a skip notice with its reason; every other file is still reported; the exit code is 0 or 1
 * and stderr never holds a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { DEFAULT_MAX_SCRIPT_SIZE, DEFAULT_MAX_STYLESHEET_SIZE } from '../../src/engine/source-file.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'bin', 'honest-ui.js');

/** A consent banner whose "Reject all" is drawn at 10px next to a 16px "Accept all": one finding on line 7, column 7. */
const BANNER = [
  '// An unbalanced cookie banner: the decline is drawn smaller.',
  'export function Banner() {',
  '  return (',
  "    <section className=\"cookie-banner\" style={{ background: '#ffffff', color: '#111111', fontSize: 16 }}>",
  '      <p>We use cookies to personalise ads and measure traffic.</p>',
  "      <button style={{ fontSize: 16, padding: '12px 24px', background: '#1d4ed8', color: '#ffffff' }}>Accept all</button>",
  "      <button style={{ fontSize: 10, padding: '12px 24px', background: '#1d4ed8', color: '#ffffff' }}>Reject all</button>",
  '    </section>',
  '  );',
  '}',
  '',
].join('\n');

const CLEAN = '// A clean component.\nexport const Clean = () => <p>Hello</p>;\n';

let dir: string;
const asRoot = process.getuid?.() === 0;

function write(relative: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  writeFileSync(path.join(dir, relative), content);
}

/** A cookie banner at the bottom of `depth` nested divs: a consent file, so the pre-filter lets it through. */
function deepJsx(depth: number): string {
  return `// ${depth}-deep JSX\nexport const Deep = () => (\n${'<div>'.repeat(depth)}<p>We use cookies</p><button>Accept</button>${'</div>'.repeat(depth)}\n);\n`;
}

/** ~size bytes of minified CSS on one line. */
function minifiedCss(size: number): string {
  const rule = (i: number) => `.c${i}{color:#${(i % 0xffffff).toString(16).padStart(6, '0')};padding:${i % 17}px ${i % 9}px}`;
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const text = rule(i);
    parts.push(text);
    length += text.length;
  }
  return parts.join('');
}

/** ~size bytes of bundler output on one line. */
function bundle(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const text = `var a${i}=function(b){return b+${i}};`;
    parts.push(text);
    length += text.length;
  }
  return parts.join('');
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function honestUi(args: string[]): Run {
  const child = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function byFile(results: LintResult[]): Map<string, LintMessage[]> {
  return new Map(results.map((r) => [path.relative(dir, r.filePath).split(path.sep).join('/'), r.messages]));
}

function expectNoStackTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'honest-ui-hostile-'));
  cpSync(path.join(repo, 'fixtures', 'broken'), path.join(dir, 'committed'), { recursive: true });
  write('Banner.tsx', BANNER);
  write('Clean.tsx', CLEAN);
  write('BomBanner.tsx', `\ufeff${BANNER}`);
  write('CrlfBanner.tsx', BANNER.replace(/\n/g, '\r\n'));
  write('Empty.tsx', '');
  write('huge.css', minifiedCss(DEFAULT_MAX_STYLESHEET_SIZE + 256 * 1024));
  write('bundle.js', bundle(2 * 1024 * 1024));
  // A vendored minified library under the size limit (papermark's public/vendor/handsontable.full.min.js): lines
  // of some 4,000 characters. Beside it a hand-written logo with a base64 image on one long line among ordinary ones.
  write('public/vendor/chart.min.js', Array.from({ length: 40 }, (_, i) => bundle(4000).replaceAll('var a', `var l${i}a`)).join('\n'));
  write('Logo.tsx', `// The app's logo, with its raster fallback inlined.\n${Array.from({ length: 400 }, (_, i) => `const part${i} = 'M${i} ${i}h1v1z';`).join('\n')}\nexport const FALLBACK = 'data:image/png;base64,${'iVBORw0KGgo'.repeat(6000)}';\nexport const Logo = () => <svg><path d={part1} /></svg>;\n`);
  write('Deep.tsx', deepJsx(5000));
  write('Binary.tsx', Buffer.concat([Buffer.from('// looks like source\n'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0]), Buffer.from('export const x = 1;\n')]));
  write('Latin1.tsx', Buffer.from('// caf\xe9 au lait\nexport const Cafe = () => <p>caf\xe9</p>;\n', 'latin1'));
  write('x.tsx/Inner.tsx', CLEAN);
  write('Unreadable.tsx', CLEAN);
  chmodSync(path.join(dir, 'Unreadable.tsx'), 0o000);
  mkdirSync(path.join(dir, 'nested'));
  write('nested/Nested.tsx', CLEAN);
  // A directory symlink back up the tree: following it would walk forever.
  symlinkSync('..', path.join(dir, 'nested', 'loop'), 'dir');
});

afterAll(() => {
  chmodSync(path.join(dir, 'Unreadable.tsx'), 0o644);
  rmSync(dir, { recursive: true, force: true });
});

describe('the built checker on a hostile corpus', () => {
  let run: Run;
  let files: Map<string, LintMessage[]>;

  beforeAll(() => {
    run = honestUi(['--format', 'json', '.']);
    files = byFile(JSON.parse(run.stdout) as LintResult[]);
  });

  it('exits 1 (there are parse errors and findings), without a stack trace', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expectNoStackTrace(run);
  });

  it('reports every checkable file once, and nothing else (no directory, no file through the loop)', () => {
    const committed = Object.keys(JSON.parse(readFileSync(path.join(repo, 'fixtures', 'broken', 'expected.json'), 'utf8')) as object).map((f) => `committed/${f}`);
    expect([...files.keys()].sort()).toEqual(
      [
        ...committed,
        'Banner.tsx',
        'BomBanner.tsx',
        'Clean.tsx',
        'CrlfBanner.tsx',
        'Deep.tsx',
        'Empty.tsx',
        'Binary.tsx',
        'Latin1.tsx',
        'Unreadable.tsx',
        'bundle.js',
        'Logo.tsx',
        'public/vendor/chart.min.js',
        'huge.css',
        'nested/Nested.tsx',
        'x.tsx/Inner.tsx',
      ].sort(),
    );
  });

  it('skips a stylesheet over the limit and a bundle over the limit, with the sizes and the way out', () => {
    for (const [file, limit] of [['huge.css', DEFAULT_MAX_STYLESHEET_SIZE], ['bundle.js', DEFAULT_MAX_SCRIPT_SIZE]] as const) {
      const messages = files.get(file);
      expect(messages, file).toHaveLength(1);
      expect(messages?.[0]).toMatchObject({ ruleId: null, severity: 1, line: 1, column: 1, data: { reason: 'too-large' } });
      expect(messages?.[0]?.fatal).toBeUndefined();
      expect(messages?.[0]?.message).toContain(`over the ${limit}-byte limit`);
      expect(messages?.[0]?.message).toContain('--max-file-size');
    }
  });

  it('skips a minified script under the size limit, saying why and the way out, and checks a long line among short ones', () => {
    expect(files.get('public/vendor/chart.min.js')).toEqual([
      expect.objectContaining({ ruleId: null, severity: 1, data: { reason: 'minified' }, message: expect.stringMatching(/lines average \d+ characters.*--max-file-size/) }),
    ]);
    expect(files.get('Logo.tsx')).toEqual([]);
    // A size given on the command line checks whatever is under it.
    const checked = honestUi(['--format', 'json', '--max-file-size', String(1024 * 1024), 'public/vendor/chart.min.js']);
    expect(byFile(JSON.parse(checked.stdout) as LintResult[]).get('public/vendor/chart.min.js')).toEqual([]);
  });

  it('skips a binary file and a file that is not UTF-8, saying why', () => {
    expect(files.get('Binary.tsx')).toEqual([
      expect.objectContaining({ ruleId: null, severity: 1, data: { reason: 'binary' }, message: expect.stringMatching(/binary/) }),
    ]);
    expect(files.get('Latin1.tsx')).toEqual([
      expect.objectContaining({ ruleId: null, severity: 1, data: { reason: 'not-utf8' }, message: expect.stringMatching(/not valid UTF-8/) }),
    ]);
  });

  it('reports 5,000-deep JSX with one notice that the part below the depth limit was not analysed', () => {
    // oxc parses any depth (typescript-estree, and so ESLint, gives up with a parse error at about 700 levels);
    // the model builder stops at MAX_JSX_DEPTH and says so.
    const messages = files.get('Deep.tsx');
    expect(messages).toEqual([expect.objectContaining({ ruleId: null, severity: 1, data: { reason: 'too-deep' } })]);
  });

  it('reports an unreadable file as skipped (as root, which may read anything, it is analysed)', () => {
    const messages = files.get('Unreadable.tsx');
    if (asRoot) expect(messages).toEqual([]);
    else expect(messages).toEqual([expect.objectContaining({ ruleId: null, severity: 1, data: { reason: 'unreadable' }, message: expect.stringMatching(/cannot be read/) })]);
  });

  it('strips a BOM and reads CRLF files, so findings keep their line and column', () => {
    for (const file of ['Banner.tsx', 'BomBanner.tsx', 'CrlfBanner.tsx']) {
      expect(files.get(file)?.map((m) => [m.ruleId, m.line, m.column, m.endLine]), file).toEqual([['honest-ui/no-unbalanced-choices', 7, 7, 7]]);
    }
  });

  it('checks an empty file, the import cycle and the self-importing stylesheet without complaint', () => {
    for (const file of ['Empty.tsx', 'Clean.tsx', 'nested/Nested.tsx', 'x.tsx/Inner.tsx', 'committed/CycleA.tsx', 'committed/CycleB.tsx', 'committed/self-import.css']) {
      expect(files.get(file), file).toEqual([]);
    }
  });

  it('reports the committed broken files as their manifest says', () => {
    const manifest = JSON.parse(readFileSync(path.join(repo, 'fixtures', 'broken', 'expected.json'), 'utf8')) as Record<string, Array<{ line: number; fatal?: boolean }>>;
    for (const [file, expected] of Object.entries(manifest)) {
      const messages = files.get(`committed/${file}`) ?? [];
      expect(messages.map((m) => [m.line, m.fatal === true]), file).toEqual(expected.map((e) => [e.line, e.fatal === true]));
    }
  });
});

describe('skip notices and the exit code', () => {
  it('exits 0 when the only messages are skip notices: a skipped file is named, not a failure', () => {
    const run = honestUi(['huge.css', 'Binary.tsx', 'Latin1.tsx', 'Empty.tsx', 'x.tsx']);
    expect(run.status).toBe(0);
    expectNoStackTrace(run);
    expect(run.stdout).toContain('huge.css');
    expect(run.stdout).toContain('Binary.tsx');
    expect(run.stdout).toContain('Latin1.tsx');
    expect(run.stdout).toContain('3 problems (0 errors, 3 warnings)');
  });

  it('--max-file-size raises the limit: the 5 MB stylesheet is then parsed and clean', () => {
    const run = honestUi(['--format', 'json', '--max-file-size', String(16 * 1024 * 1024), 'huge.css']);
    expect(run.status).toBe(0);
    expectNoStackTrace(run);
    const files = byFile(JSON.parse(run.stdout) as LintResult[]);
    expect(files.get('huge.css')).toEqual([]);
  });

  it('--max-file-size lowers the limit for every kind of file', () => {
    const run = honestUi(['--format', 'json', '--max-file-size', '100', 'Banner.tsx', 'Clean.tsx']);
    expect(run.status).toBe(0);
    const files = byFile(JSON.parse(run.stdout) as LintResult[]);
    expect(files.get('Banner.tsx')).toEqual([expect.objectContaining({ data: { reason: 'too-large' }, message: expect.stringContaining('over the 100-byte limit') })]);
    expect(files.get('Clean.tsx')).toEqual([]);
  });

  it('rejects a --max-file-size that is not a whole number of bytes as a usage error', () => {
    const run = honestUi(['--max-file-size', '1MB', 'Clean.tsx']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--max-file-size takes a whole number of bytes');
    expectNoStackTrace(run);
  });
});
