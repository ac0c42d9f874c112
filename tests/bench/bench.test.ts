// A smoke test of `npm run bench` on a tiny corpus: that it runs every measurement and reports every target. It
// asserts the report's structure, never a timing: timings belong to a quiet machine, not to a test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.mjs';

const repo = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'honest-ui-bench-test-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run bench', () => {
  it('generates the same corpus from the same seed, with consent UIs among ordinary code', () => {
    const a = generateCorpus(path.join(scratch, 'a'), { files: 400 });
    const b = generateCorpus(path.join(scratch, 'b'), { files: 400 });
    expect(a.files).toHaveLength(400);
    expect(b).toEqual(a);
    for (const file of a.files.slice(0, 50)) expect(readFileSync(path.join(scratch, 'b', file), 'utf8')).toBe(readFileSync(path.join(scratch, 'a', file), 'utf8'));
    expect(a.consent).toBeGreaterThan(0);
    expect(a.consent / a.files.length).toBeLessThan(0.1);
  });

  it('measures every tool on the same files, in rounds, and reports each target as PASS or FAIL', () => {
    const json = path.join(scratch, 'summary.json');
    const child = spawnSync(process.execPath, [path.join(repo, 'bench/run.mjs'), '--files', '40', '--runs', '2', '--json', json], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    for (const label of ['checker', 'ESLint + honest-ui recommended', 'ESLint, no rules', 'ESLint + jsx-a11y recommended', 'typescript-estree parse only']) {
      expect(child.stdout).toContain(label);
    }
    for (const target of ['checkerSpeedup', 'honestUiOverIdleRules', 'peakMemory', 'linearGrowth', 'memoryGrowth', 'prefilter', 'version', 'smallFile']) {
      expect(child.stdout).toMatch(new RegExp(`(PASS|FAIL)  ${target} `));
    }
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.corpus).toMatchObject({ files: 40, generated: true });
    expect(summary.checkerGrowth.map((g: { files: number }) => g.files)).toEqual([10, 20, 40]);
    for (const measurement of Object.values(summary.measurements) as Array<{ files: number; ms: number; maxRssBytes: number }>) {
      expect(measurement.files).toBe(40);
      expect(measurement.ms).toBeGreaterThan(0);
      expect(measurement.maxRssBytes).toBeGreaterThan(0);
    }
    // The corpus holds consent UIs that break the rules: the checker and the ESLint rules both find them.
    expect(summary.measurements.checker.problems).toBeGreaterThan(0);
    expect(summary.measurements.eslintHonestUi.problems).toBeGreaterThan(0);
    // The pre-filter lets most of the ordinary code go; the consent UIs are parsed.
    expect(summary.corpus.parsed).toBeGreaterThan(0);
    expect(summary.corpus.parsed).toBeLessThan(40);
    expect(summary.startUp.versionSeconds).toBeGreaterThan(0);
    expect(summary.startUp.smallFileSeconds).toBeGreaterThan(0);
    // Rounds: every tool ran twice, and a ratio pairs the runs of one round (the lower of two rounds' ratios).
    expect(child.stderr).toContain('eslint-idle-rules on 40 files (round 2 of 2)');
    const runsOf = (name: string) => (summary.measurements[name] as { runs: number[] }).runs;
    expect(runsOf('eslintHonestUi')).toHaveLength(2);
    const perRound = runsOf('eslintHonestUi').map((ms, round) => ms / (runsOf('eslintIdleRules')[round] as number));
    expect(summary.ratios.honestUiOverIdleRules).toBeCloseTo(Math.min(...perRound), 10);
    const speedups = runsOf('eslintJsxA11y').map((ms, round) => ms / (runsOf('checker')[round] as number));
    expect(summary.targets.checkerSpeedup.value).toBeCloseTo(Math.min(...speedups), 10);
    expect(typeof summary.pass).toBe('boolean');
    // A generated corpus is removed unless --keep.
    expect(() => readFileSync(path.join(summary.corpus.dir, 'package.json'))).toThrow();
  }, 300_000);

  it('--checker-only measures the checker, the pre-filter and start-up, and leaves ESLint out; --runs keeps the median run', () => {
    const json = path.join(scratch, 'checker-only.json');
    const child = spawnSync(process.execPath, [path.join(repo, 'bench/run.mjs'), '--files', '40', '--checker-only', '--runs', '3', '--json', json], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout).not.toContain('ESLint');
    expect(child.stdout).toMatch(/(PASS|FAIL) {2}prefilter /);
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(Object.keys(summary.measurements)).toEqual(['checker']);
    expect(Object.keys(summary.targets)).not.toContain('checkerSpeedup');
    expect(child.stdout).toContain('median of 3 runs');
    expect(summary.runs).toBe(3);
    const { ms, runs } = summary.measurements.checker as { ms: number; runs: number[] };
    expect(runs).toHaveLength(3);
    expect(ms).toBe([...runs].sort((a, b) => a - b)[1]);
  }, 180_000);

  it('refuses a --runs that is not a whole number of at least 1', () => {
    const child = spawnSync(process.execPath, [path.join(repo, 'bench/run.mjs'), '--files', '40', '--runs', '0'], { encoding: 'utf8' });
    expect(child.status).toBe(2);
    expect(child.stderr).toContain('--runs takes a whole number');
  });
});
