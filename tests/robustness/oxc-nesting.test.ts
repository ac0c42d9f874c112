// oxc-parser's native parser overflows its stack on deep nesting and kills the process with SIGSEGV
// (oxc-project/oxc#24375): such files must reach typescript-estree instead. Through the built bin (`npm test`
// builds first), on this thread and on workers, since a segfault is only visible from outside the process.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';
import { MAX_OXC_CHAIN, tooDeepForOxc } from '../../src/parse/nesting.js';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'bin/honest-ui.js');
let root: string;

const banner = `export function Banner() {
  return (
    <div role="dialog">
      <p>Want our weekly newsletter with tips and deals?</p>
      <button>Sign me up</button>
      <button>No, I prefer boring emails</button>
    </div>
  );
}
`;

// Each crashed oxc on a worker thread before the guard (the label puts it past the text pre-filter, which reads no
// comment that starts a line).
const deepFiles: Record<string, string> = {
  'Parens.js': `export const label = 'cookie consent';\nexport const x = ${'('.repeat(20_000)}1${')'.repeat(20_000)};\n`,
  'Arrays.js': `export const label = 'cookie consent';\nexport const x = ${'['.repeat(10_000)}${']'.repeat(10_000)};\n`,
  'Objects.js': `export const label = 'cookie consent';\nexport const x = ${'{a:'.repeat(10_000)}1${'}'.repeat(10_000)};\n`,
  'Chain.js': `export const label = 'cookie consent';\nexport const x = 1${'+1'.repeat(200_000)};\n`,
  'Tags.tsx': `export const label = 'cookie consent';\nexport const X = () => ${'<a>{'.repeat(4_000)}1${'}</a>'.repeat(4_000)};\n`,
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'honest-ui-oxc-nesting-'));
  await writeFile(path.join(root, 'Banner.tsx'), banner);
  for (const [name, text] of Object.entries(deepFiles)) await writeFile(path.join(root, name), text);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('deeply nested files and oxc-parser', () => {
  it.each([['1'], ['2']])('--jobs %s: no crash, each deep file is its own parse error, the other file is still checked', (jobs) => {
    const child = spawnSync(process.execPath, [bin, '--format', 'json', '--jobs', jobs, '.'], { cwd: root, encoding: 'utf8' });
    expect(child.signal).toBeNull();
    expect(child.stderr).toBe('');
    expect(child.status).toBe(1);
    const results = JSON.parse(child.stdout) as LintResult[];
    const byFile = new Map(results.map((result) => [path.basename(result.filePath), result.messages]));
    expect(byFile.get('Banner.tsx')).toEqual([expect.objectContaining({ ruleId: 'honest-ui/no-confirmshaming', line: 6, column: 7 })]);
    for (const name of Object.keys(deepFiles)) {
      const messages = byFile.get(name) ?? [];
      // typescript-estree either parses the file or says it is too deep; either way, one file's answer.
      expect(messages.every((message) => message.ruleId === null || message.ruleId.startsWith('honest-ui/')), name).toBe(true);
      expect(messages.filter((message) => message.fatal === true).length, name).toBeLessThanOrEqual(1);
    }
    expect(byFile.get('Parens.js')).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('Maximum call stack size exceeded') })]);
  });

  it('sends only the deep files to typescript-estree: real code, long flat lists and 5,000-deep JSX stay on oxc', () => {
    for (const text of Object.values(deepFiles)) expect(tooDeepForOxc(text)).toBe(true);
    expect(tooDeepForOxc(banner)).toBe(false);
    expect(tooDeepForOxc(`export const x = ${'('.repeat(800)}1${')'.repeat(800)};`)).toBe(false);
    expect(tooDeepForOxc(`export const x = ${'<div>'.repeat(5_000)}<p>We use cookies</p>${'</div>'.repeat(5_000)};`)).toBe(false);
    // Lists, sequences and object literals are flat in the tree, however long; so is a chain split by statements.
    expect(tooDeepForOxc(`export const x = [${Array.from({ length: 50_000 }, (_, n) => n).join(', ')}];`)).toBe(false);
    expect(tooDeepForOxc(`export const x = {${Array.from({ length: 50_000 }, (_, n) => `k${n}: ${n}`).join(', ')}};`)).toBe(false);
    expect(tooDeepForOxc(`let a = 0;${' a = a + 1;'.repeat(50_000)}`)).toBe(false);
    expect(tooDeepForOxc(`x = 1${'+1'.repeat(MAX_OXC_CHAIN - 1)};`)).toBe(false);
    expect(tooDeepForOxc(`x = 1${'+1'.repeat(MAX_OXC_CHAIN + 1)};`)).toBe(true);
    // Balanced nesting that returns to the top many times is not deep.
    expect(tooDeepForOxc(`f(${'(1)'.repeat(100_000)});`)).toBe(false);
  });
});
