/**
 * Nothing from the analysed project is executed and nothing is written into it: project files that would leave
 * a marker file if they were required or imported (a Tailwind config, a .js component and the module it imports,
 * an .eslintrc.js and eslint.config.js beside honest-ui.config.json, a postcss.config.js) never run, and the
 * project's directory listing is the same after a run, apart from the --output-file asked for. Report paths are
 * the ones given (absolute in JSON, relative in stylish); a path outside the project named on the command line is
 * analysed, but a directory symlink pointing out of the tree is not followed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'bin', 'honest-ui.js');

let base: string;
let project: string;
let markers: string;
let outside: string;

/** CommonJS and ESM code that leaves a marker named `name` when executed. */
const cjsMarker = (name: string) => `require('node:fs').writeFileSync(${JSON.stringify(path.join(markers, name))}, 'executed');\n`;
const esmMarker = (name: string) => `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(path.join(markers, name))}, 'executed');\n`;

const BANNER = `
export function Banner() {
  return (
    <section className="cookie-banner" style={{ background: '#ffffff', color: '#111111', fontSize: 16 }}>
      <p>We use cookies to personalise ads and measure traffic.</p>
      <button style={{ fontSize: 16, padding: '12px 24px', background: '#1d4ed8', color: '#ffffff' }}>Accept all</button>
      <button style={{ fontSize: 10, padding: '12px 24px', background: '#1d4ed8', color: '#ffffff' }}>Reject all</button>
    </section>
  );
}
`;

function write(root: string, relative: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), text);
}

/** Every entry under `root` (links not followed) with its kind, size and modification time. */
function listing(root: string, skip: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(root, full);
      if (skip.has(relative)) continue;
      const stats = statSync(full, { throwIfNoEntry: false });
      out.push(`${relative} ${entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'dir' : 'file'} ${stats?.size ?? '-'} ${stats?.mtimeMs ?? '-'}`);
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(root);
  return out.sort();
}

function honestUi(args: string[], cwd = project) {
  const child = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'honest-ui-safety-'));
  project = path.join(base, 'project');
  markers = path.join(base, 'markers');
  outside = path.join(base, 'outside');
  mkdirSync(markers);
  write(project, 'package.json', JSON.stringify({ name: 'victim', type: 'commonjs', dependencies: { tailwindcss: '3.4.0' } }));
  write(project, 'honest-ui.config.json', '{}\n');
  write(project, 'tailwind.config.js', `${cjsMarker('tailwind.config.js')}module.exports = { content: ['./src/**/*.js'], theme: { extend: {} } };\n`);
  write(project, 'postcss.config.js', `${cjsMarker('postcss.config.js')}module.exports = {};\n`);
  write(project, '.eslintrc.js', `${cjsMarker('.eslintrc.js')}module.exports = {};\n`);
  write(project, 'eslint.config.mjs', `${esmMarker('eslint.config.mjs')}export default [];\n`);
  write(project, 'src/side-effect.js', cjsMarker('side-effect.js'));
  write(project, 'src/Banner.js', `import './side-effect.js';\n${cjsMarker('Banner.js')}${BANNER}`);
  write(project, 'src/Clean.mjs', `${esmMarker('Clean.mjs')}export const Clean = () => <p>Hello</p>;\n`);
  write(outside, 'Outside.tsx', `// outside the project${BANNER}`);
  // A directory symlink from inside the project to a tree outside it.
  symlinkSync(outside, path.join(project, 'src', 'linked'), 'dir');
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('safety of the checker', () => {
  it('executes nothing from the project and writes nothing into it', () => {
    const before = listing(project);
    const run = honestUi(['--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    // The run really analysed the .js component (and the config files, as data): it found the banner.
    const results = JSON.parse(run.stdout) as LintResult[];
    expect(results.find((r) => r.filePath === path.join(project, 'src', 'Banner.js'))?.messages.map((m) => m.ruleId)).toContain('honest-ui/no-unbalanced-choices');
    expect(readdirSync(markers)).toEqual([]);
    expect(listing(project)).toEqual(before);
  });

  it('writes only the --output-file asked for', () => {
    const before = listing(project);
    const run = honestUi(['--format', 'json', '--output-file', 'report.json', 'src']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(readdirSync(markers)).toEqual([]);
    expect(listing(project, new Set(['report.json']))).toEqual(before);
    expect(statSync(path.join(project, 'report.json')).size).toBeGreaterThan(0);
    rmSync(path.join(project, 'report.json'));
  });

  it('reports the paths given: absolute in JSON, relative to the working directory in stylish', () => {
    const json = honestUi(['--format', 'json', 'src/Banner.js']);
    expect((JSON.parse(json.stdout) as LintResult[]).map((r) => r.filePath)).toEqual([path.join(project, 'src', 'Banner.js')]);
    const stylish = honestUi(['src/Banner.js']);
    expect(stylish.stdout.split('\n')[1]).toBe(path.join('src', 'Banner.js'));
  });

  it('does not follow a directory symlink out of the tree', () => {
    const run = honestUi(['--format', 'json', '.']);
    const files = (JSON.parse(run.stdout) as LintResult[]).map((r) => path.relative(project, r.filePath).split(path.sep).join('/'));
    expect(files.sort()).toEqual(['eslint.config.mjs', 'postcss.config.js', 'src/Banner.js', 'src/Clean.mjs', 'src/side-effect.js', 'tailwind.config.js', '.eslintrc.js'].sort());
    expect(files.some((file) => file.includes('Outside'))).toBe(false);
  });

  it('analyses a file outside the project when it is named explicitly, and reports it by its real path', () => {
    const run = honestUi(['--format', 'json', path.join('..', 'outside', 'Outside.tsx')]);
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as LintResult[];
    expect(results.map((r) => r.filePath)).toEqual([path.join(outside, 'Outside.tsx')]);
    expect(results[0]?.messages.map((m) => m.ruleId)).toEqual(['honest-ui/no-unbalanced-choices']);
    expect(readdirSync(markers)).toEqual([]);
  });
});
