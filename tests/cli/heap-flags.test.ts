/**
 * bin/heap-flags.js: on Node 22+, a large run starts again with Node 20's young generation (issue 14: peak
 * memory on whole apps); a small one, and one whose user sized the heap, runs as started.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isLargeRun, SEMI_SPACE_MB, youngGenerationFlags } from '../../bin/heap-flags.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FLAG = `--max-semi-space-size=${SEMI_SPACE_MB}`;
const kinds: Record<string, 'file' | 'directory'> = { src: 'directory', '.': 'directory', 'src/ConsentBanner.tsx': 'file', 'src/Checkout.tsx': 'file' };
const on = (nodeMajor: number, extra: { execArgv?: string[]; nodeOptions?: string } = {}) => ({ nodeMajor, execArgv: [], nodeOptions: '', kindOf: (arg: string) => kinds[arg], ...extra });

describe('youngGenerationFlags', () => {
  it('asks for nothing on Node 20, whose young generation is already that size', () => {
    expect(youngGenerationFlags(['src'], on(20))).toEqual([]);
    expect(youngGenerationFlags([], on(20))).toEqual([]);
  });

  it('on Node 22 and 24, starts a run over a folder or the current folder again', () => {
    expect(youngGenerationFlags(['src'], on(24))).toEqual([FLAG]);
    expect(youngGenerationFlags(['.', '--format', 'sarif', '-o', 'honest-ui.sarif'], on(22))).toEqual([FLAG]);
    // No path at all: the current folder. An option's value ('json') is no path.
    expect(youngGenerationFlags([], on(24))).toEqual([FLAG]);
    expect(youngGenerationFlags(['--format', 'json'], on(24))).toEqual([FLAG]);
  });

  it('leaves a run of named files alone: a save hook or lint-staged would pay a second start-up for nothing', () => {
    expect(youngGenerationFlags(['src/ConsentBanner.tsx'], on(24))).toEqual([]);
    expect(youngGenerationFlags(['--format', 'json', 'src/ConsentBanner.tsx', 'src/Checkout.tsx'], on(24))).toEqual([]);
    // A folder among them makes it a large run again.
    expect(youngGenerationFlags(['src/ConsentBanner.tsx', 'src'], on(24))).toEqual([FLAG]);
  });

  it('leaves --version, --help and the browser audit alone', () => {
    for (const args of [['--version'], ['-h'], ['audit', 'https://shop.example']]) expect(youngGenerationFlags(args, on(24))).toEqual([]);
  });

  it('never overrides a heap the user sized, and never starts again twice (the flag is then in execArgv)', () => {
    expect(youngGenerationFlags(['src'], on(24, { nodeOptions: '--max-old-space-size=4096' }))).toEqual([]);
    expect(youngGenerationFlags(['src'], on(24, { execArgv: ['--max-semi-space-size=32'] }))).toEqual([]);
    expect(youngGenerationFlags(['src'], on(24, { execArgv: [FLAG] }))).toEqual([]);
    expect(youngGenerationFlags(['src'], on(24, { nodeOptions: '--heap-growing-percent=50' }))).toEqual([]);
  });
});

describe('isLargeRun: which runs get the heap growth factor, on every Node', () => {
  const kindOf = (arg: string) => kinds[arg];
  it('is a run over a folder, or the current folder', () => {
    expect(isLargeRun(['src'], kindOf)).toBe(true);
    expect(isLargeRun([], kindOf)).toBe(true);
    expect(isLargeRun(['--format', 'json'], kindOf)).toBe(true);
    expect(isLargeRun(['src/ConsentBanner.tsx', 'src'], kindOf)).toBe(true);
  });

  it('is not a run of named files, --version, --help or the browser audit (none of them loads node:v8)', () => {
    expect(isLargeRun(['src/ConsentBanner.tsx', 'src/Checkout.tsx'], kindOf)).toBe(false);
    for (const args of [['--version'], ['-h'], ['audit', 'https://shop.example']]) expect(isLargeRun(args, kindOf)).toBe(false);
  });
});

describe('the command line, started again or not', () => {
  it('prints the same report and exits with the same code on this Node (CI runs it on 20 and 24)', () => {
    const args = [path.join(repo, 'bin/honest-ui.js'), 'fixtures/no-hidden-decline', '--format', 'json'];
    const asStarted = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: `--max-semi-space-size=${SEMI_SPACE_MB}` } });
    const maybeAgain = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(asStarted.status).toBe(1);
    expect(maybeAgain.status).toBe(asStarted.status);
    expect(JSON.parse(maybeAgain.stdout)).toEqual(JSON.parse(asStarted.stdout));
  });
});
