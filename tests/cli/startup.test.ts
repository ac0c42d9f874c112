/**
 * Start-up (issue 14): the command line loads only what a run needs. These tests assert which modules a run of the
 * built bin loads, never how long it takes: `--version` loads none of honest-ui's modules, `--help` no engine, rule,
 * formatter, lexicon or heavy dependency; a check of one component loads the chosen formatter only, and no ajv, postcss or
 * typescript-estree. A static import of any of them in the CLI's path makes them fail. The package is a bundle
 * (scripts/bundle-dist.mjs): the files a run loads are read as the source modules bundled into them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceModules } from '../helpers/bundle.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const bin = path.join(repo, 'bin', 'honest-ui.js');
const moduleLog = pathToFileURL(path.join(here, 'module-log.mjs')).href;

/** Dependencies only a check that needs them may load. */
const HEAVY_PACKAGES = ['ajv', 'postcss', 'postcss-scss', 'postcss-selector-parser', 'postcss-value-parser', '@typescript-eslint/typescript-estree', 'typescript', 'oxc-parser', 'culori', 'ignore', 'get-tsconfig', 'tailwind-merge', 'entities'];
const FORMATTERS = ['stylish', 'json', 'sarif', 'github', 'junit', 'html'];

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'honest-ui-startup-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  /**
   * Every module loaded: honest-ui's as the source modules bundled into the files it loaded (`src/cli/run.ts`),
   * dependencies as paths relative to the repository (`node_modules/ajv/...`).
   */
  modules: string[];
}

/** Run the built bin in `dir` with the module log on. */
function runBin(args: string[]): Run {
  const log = path.join(dir, 'modules.log');
  rmSync(log, { force: true });
  const result = spawnSync(process.execPath, ['--import', moduleLog, bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, HONEST_UI_MODULE_LOG: log, NODE_OPTIONS: '' },
  });
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const modules = lines.map((line) => (line.startsWith('file:') ? fileURLToPath(line) : line)).map((file) => (path.isAbsolute(file) ? path.relative(repo, file).split(path.sep).join('/') : file));
  return { status: result.status, stdout: result.stdout, modules: sourceModules(new Set(modules)) };
}

function packagesLoaded(run: Run): string[] {
  return HEAVY_PACKAGES.filter((name) => run.modules.some((file) => file.startsWith(`node_modules/${name}/`)));
}

function formattersLoaded(run: Run): string[] {
  return FORMATTERS.filter((name) => run.modules.includes(`src/formatters/${name}.ts`));
}

const CONSENT_TSX = 'export function Newsletter() {\n  return <label><input type="checkbox" /> Email me offers and marketing</label>;\n}\n';

describe.each([['--version'], ['-v']])('honest-ui %s', (flag) => {
  it("answers from package.json, loading none of honest-ui's modules and no dependency", () => {
    const run = runBin([flag]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version}\n`);
    expect(run.modules.filter((file) => /^(?:src|rules|dist|node_modules)\//.test(file))).toEqual([]);
    // The bin and its heap flags, and nothing else of the package.
    expect(run.modules.filter((file) => file.startsWith('bin/')).sort()).toEqual(['bin/heap-flags.js', 'bin/honest-ui.js']);
  });

  it('gives what run() gives a program that asks for the version', async () => {
    const { run } = (await import(pathToFileURL(path.join(repo, 'dist/src/cli/run.js')).href)) as { run: (args: string[], io: object) => Promise<number> };
    let out = '';
    expect(await run([flag], { cwd: dir, stdout: (text: string) => (out += text), stderr: () => {}, isTTY: false })).toBe(0);
    expect(runBin([flag]).stdout).toBe(out);
  });
});

describe.each([['--help'], ['--version', '--format', 'json']])('honest-ui %s', (...flags) => {
  it('loads the CLI and nothing of the engine, the rules, the formatters, the lexicons or heavy dependencies', () => {
    const run = runBin(flags);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toBe('');
    expect(run.modules).toContain('src/cli/run.ts');
    expect(packagesLoaded(run)).toEqual([]);
    const own = run.modules.filter((file) => /^(?:src|rules)\//.test(file));
    expect(own.filter((file) => /^(?:src\/(?:engine|checks|model|context|css|parse|resolve|settings|config|catalog\/(?!prefix\.ts))|rules)\//.test(file))).toEqual([]);
    // The list of formatter names (for --help) and no formatter.
    expect(own.filter((file) => file.startsWith('src/formatters/'))).toEqual(['src/formatters/names.ts']);
  });
});

describe('checking one small file', () => {
  it('loads the engine and the default formatter, not ajv, postcss, typescript-estree or the other formatters', async () => {
    await writeFile(path.join(dir, 'Newsletter.tsx'), CONSENT_TSX);
    const run = runBin(['Newsletter.tsx']);
    expect(run.status).toBe(0);
    expect(run.modules).toContain('src/engine/project.ts');
    expect(run.modules.some((file) => file.startsWith('node_modules/oxc-parser/'))).toBe(true);
    // oxc parses it; nothing validates, there are no styles, no colour but hex (culori reads the other notations),
    // no .gitignore, no tsconfig, no merged class list and no character reference.
    expect(packagesLoaded(run)).toEqual(['oxc-parser']);
    expect(formattersLoaded(run)).toEqual(['stylish']);
    // Nor Node's modules it does not need: no hash (no stylesheet, module or message file is read), no child process,
    // no promise-based file reads (--cache), no heap flags (a named file).
    expect(run.modules).toContain('node:fs');
    expect(run.modules.filter((name) => ['node:crypto', 'node:child_process', 'node:fs/promises', 'node:v8'].includes(name))).toEqual([]);
  });

  it('loads culori for a colour that is not hex, and not for hex', async () => {
    const banner = (color: string): string => `export function Banner() {\n  return <div role="dialog"><p>We use cookies for analytics.</p><button style={{ color: '${color}', background: '#ffffff' }}>Accept all</button><button>Reject all</button></div>;\n}\n`;
    await writeFile(path.join(dir, 'Banner.tsx'), banner('#1f2937'));
    expect(packagesLoaded(runBin(['Banner.tsx']))).not.toContain('culori');
    await writeFile(path.join(dir, 'Banner.tsx'), banner('rebeccapurple'));
    expect(packagesLoaded(runBin(['Banner.tsx']))).toContain('culori');
  });

  it('loads what a project\'s files call for, when they do: ignore, get-tsconfig, tailwind-merge, entities', async () => {
    await writeFile(path.join(dir, '.gitignore'), 'dist/\n');
    await writeFile(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }\n');
    await writeFile(path.join(dir, 'utils.ts'), "export const cn = (...classes: string[]) => classes.join(' ');\n");
    const banner = [
      "import { cn } from '@/utils';",
      'export function Newsletter({ compact }: { compact: boolean }) {',
      "  return <label className={cn('text-sm', compact && 'text-xs')}><input type=\"checkbox\" /> Email me offers &amp; marketing</label>;",
      '}',
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'Newsletter.tsx'), banner);
    const run = runBin(['.']);
    expect(run.status).toBe(0);
    expect(packagesLoaded(run)).toEqual(expect.arrayContaining(['ignore', 'get-tsconfig', 'tailwind-merge', 'entities']));
  });

  it('loads the chosen formatter only', async () => {
    await writeFile(path.join(dir, 'Newsletter.tsx'), CONSENT_TSX);
    const run = runBin(['--format', 'json', 'Newsletter.tsx']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
    expect(formattersLoaded(run)).toEqual(['json']);
  });

  it('loads postcss for a stylesheet, and ajv for a config file to validate (the log sees what is required lazily)', async () => {
    await writeFile(path.join(dir, 'banner.css'), '.banner { color: #222; }\n');
    await writeFile(path.join(dir, 'honest-ui.config.json'), '{ "extends": "recommended" }\n');
    const run = runBin(['banner.css']);
    expect(run.status).toBe(0);
    expect(packagesLoaded(run)).toEqual(expect.arrayContaining(['postcss', 'ajv']));
    expect(packagesLoaded(run)).not.toContain('@typescript-eslint/typescript-estree');
  });
});
