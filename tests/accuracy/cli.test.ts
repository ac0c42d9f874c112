// `npm run accuracy` end to end, in-process, on corpora of its own made from the bundled fixture projects: the
// checker really runs; the labels are derived from what it reports, so these tests pin the scorer, not the checker.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { README_END, README_START } from '../../scripts/accuracy/baseline.js';
import { main, type AccuracyPaths } from '../../scripts/accuracy/cli.js';
import type { Label, Reported } from '../../scripts/accuracy/match.js';
import { checkCase } from '../../scripts/accuracy/run.js';
import { tempProjects } from '../helpers/temp-project.js';

const repo = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(repo, 'fixtures', 'projects', 'cookie-consent-app');
const project = tempProjects('accuracy-cli');

interface Expect {
  title: string;
  tags: string[];
  findings: Label[];
  debatable?: Label[];
}

/** A corpus folder with the fixture copied into each case and the case's own expect.json. */
function corpus(cases: Record<string, Expect>): AccuracyPaths {
  const root = project({ 'README.md': `# App\n\n${README_START}\nold\n${README_END}\n` });
  for (const [id, expectation] of Object.entries(cases)) {
    const dir = path.join(root, 'cases', id);
    cpSync(FIXTURE, dir, { recursive: true });
    rmSync(path.join(dir, 'expected.json'));
    writeFileSync(path.join(dir, 'expect.json'), JSON.stringify(expectation));
  }
  return { cases: path.join(root, 'cases'), baseline: path.join(root, 'baseline.json'), readme: path.join(root, 'README.md'), json: path.join(root, 'out', 'report.json') };
}

async function run(argv: string[], paths: AccuracyPaths, cwd = path.dirname(paths.cases)) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, paths);
  return { code, stdout, stderr };
}

let reported: Reported[] = [];
/** Labels two lines away from what the checker reports: inside the tolerance. */
const labelsOf = (findings: Reported[]): Label[] => findings.map((f) => ({ rule: f.rule, file: f.file, line: f.line > 2 ? f.line - 2 : f.line + 2, why: `expected ${f.rule}` }));
const missed: Label = { rule: 'no-false-urgency', file: 'src/EqualBanner.tsx', line: 1, why: 'a label nothing reports' };

beforeAll(async () => {
  const copy = path.join(project({}), 'copy');
  cpSync(FIXTURE, copy, { recursive: true });
  reported = [...(await checkCase(copy)).outcome.reported];
  // The fixture is a bad and a good banner: the scorer tests below need findings to match.
  expect(reported.length).toBeGreaterThanOrEqual(2);
});

describe('npm run accuracy', () => {
  it('scores each case, prints the figures and every miss, and writes the same as JSON', async () => {
    const paths = corpus({
      all: { title: 'every finding labelled', tags: ['lib:react-cookie-consent', 'lang:en'], findings: labelsOf(reported) },
      missed: { title: 'one finding unlabelled, one label unreported', tags: ['lib:react-cookie-consent'], findings: [...labelsOf(reported.slice(1)), missed] },
      arguable: { title: 'every finding debatable', tags: ['clean'], findings: [], debatable: labelsOf(reported) },
    });
    const { code, stdout, stderr } = await run([], paths);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const n = reported.length;
    const first = reported[0] as Reported;
    expect(stdout).toContain('honest-ui accuracy: 3 cases');
    expect(stdout).toContain(`false positives (1):\n  missed  ${first.file}:${first.line}  ${first.rule}  ${first.message}\n`);
    expect(stdout).toContain(`false negatives (1):\n  missed  src/EqualBanner.tsx:1  no-false-urgency  a label nothing reports\n`);
    expect(stdout).toContain('clean cases that gained a finding: 0 of 1');
    expect(stdout).toMatch(/^by tag:$/m);
    expect(stdout).toContain('ratchet: no recorded figures');

    const json = JSON.parse(readFileSync(paths.json, 'utf8'));
    expect(json.summary.cases).toBe(3);
    expect(json.summary.overall).toMatchObject({ truePositives: 2 * n - 1, falsePositives: 1, falseNegatives: 1, debatable: n, cleanCases: 1, cleanCasesWithFinding: 0 });
    expect(json.summary.overall.precision).toBeCloseTo((2 * n - 1) / (2 * n), 12);
    expect(json.summary.tags.clean).toMatchObject({ cases: 1, truePositives: 0, falsePositives: 0, debatable: n });
    expect(json.summary.falseNegatives).toEqual([{ case: 'missed', file: 'src/EqualBanner.tsx', line: 1, rule: 'no-false-urgency', message: 'a label nothing reports' }]);
    // The share is computed from the contexts and reviews the checker reported for each case.
    const contexts = json.cases.reduce((sum: number, c: { needsReview: { contexts: number } }) => sum + c.needsReview.contexts, 0);
    expect(contexts).toBeGreaterThan(0);
    expect(json.summary.overall.contexts).toBe(contexts);
    expect(json.summary.overall.needsReviewShare).toBe(json.summary.overall.reviewedContexts / contexts);
  });

  it('--case scores a subset and does not compare it with the record; --json is relative to where npm was called', async () => {
    const paths = corpus({ 'mui-one': { title: 'a', tags: [], findings: labelsOf(reported) }, 'antd-two': { title: 'b', tags: [], findings: [] } });
    const { code, stdout } = await run(['--case', 'mui-*', '--json', 'here/r.json', '--verbose'], paths, path.dirname(paths.readme));
    expect(code).toBe(0);
    expect(stdout).toContain('honest-ui accuracy: 1 case ');
    expect(stdout).toContain('mui-one: a');
    expect(stdout).not.toContain('antd-two');
    expect(stdout).toContain('ratchet: not compared (--case scores a subset).');
    expect(JSON.parse(readFileSync(path.join(path.dirname(paths.readme), 'here', 'r.json'), 'utf8')).only).toEqual(['mui-*']);
    expect((await run(['--case', 'vue-*'], paths)).code).toBe(2);
  });

  it('--cases scores another folder of labelled cases, never against the record, and cannot update it', async () => {
    const recordedCorpus = corpus({ 'mui-one': { title: 'a', tags: [], findings: labelsOf(reported) } });
    const heldOut = corpus({ 'held-one': { title: 'held out', tags: [], findings: [missed] }, 'held-two': { title: 'b', tags: ['clean'], findings: labelsOf(reported) } });
    const { code, stdout } = await run(['--cases', heldOut.cases], recordedCorpus);
    expect(code).toBe(0);
    expect(stdout).toContain('honest-ui accuracy: 2 cases');
    expect(stdout).toContain('held-one  src/EqualBanner.tsx:1  no-false-urgency');
    expect(stdout).not.toContain('mui-one');
    expect(stdout).toContain('ratchet: not compared (--cases scores another folder).');
    expect((await run(['--cases', heldOut.cases, '--update'], recordedCorpus)).code).toBe(2);
  });

  it('fails loudly on a malformed case or a file that cannot be analysed', async () => {
    const paths = corpus({ broken: { title: 'a', tags: [], findings: [{ ...missed, file: 'src/Gone.tsx' }] } });
    const malformed = await run([], paths);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('broken: expect.json: findings[0]: no such file "src/Gone.tsx"');

    const unparsable = corpus({ unparsable: { title: 'a', tags: [], findings: [] } });
    writeFileSync(path.join(unparsable.cases, 'unparsable', 'src', 'Broken.tsx'), 'export const Banner = () => <div>Accept cookies</span>;\n');
    const failed = await run([], unparsable);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/unparsable: src\/Broken\.tsx:1: Parsing error/);
  });

  it('rejects wrong usage', async () => {
    const paths = corpus({});
    expect((await run(['--update', '--case', 'x'], paths)).code).toBe(2);
    expect((await run(['--allow-lower'], paths)).code).toBe(2);
    expect((await run(['--nope'], paths)).code).toBe(2);
    const help = await run(['--help'], paths);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--allow-lower');
  });

  it('--update records the figures and the README block, refuses a small corpus, and the ratchet then holds them', { timeout: 300_000 }, async () => {
    const small = corpus({ one: { title: 'a', tags: [], findings: labelsOf(reported) } });
    const refusedSmall = await run(['--update'], small);
    expect(refusedSmall.code).toBe(2);
    expect(refusedSmall.stderr).toContain('fewer than the 80 it must have');
    expect(existsSync(small.baseline)).toBe(false);

    const cases: Record<string, Expect> = {};
    for (let index = 0; index < 80; index++) cases[`case-${String(index).padStart(2, '0')}`] = { title: `case ${index}`, tags: [], findings: labelsOf(reported) };
    const paths = corpus(cases);
    const updated = await run(['--update'], paths);
    expect(updated.stderr).toBe('');
    expect(updated.code).toBe(0);
    const baseline = JSON.parse(readFileSync(paths.baseline, 'utf8'));
    expect(baseline).toMatchObject({ cases: 80, precision: 1, recall: 1, truePositives: 80 * reported.length });
    expect(readFileSync(paths.readme, 'utf8')).toContain(`${README_START}\nScored on 80 cases`);

    expect((await run([], paths)).stdout).toContain('ratchet: no figure is below the record.');

    // One label moved out of reach (to line 1, four or more lines from its finding): a true positive becomes a
    // false positive and a false negative.
    const far = reported.findIndex((f) => f.line >= 5);
    expect(far).toBeGreaterThanOrEqual(0);
    const moved = { title: 'moved', tags: [], findings: labelsOf(reported).map((label, index) => (index === far ? { ...label, line: 1 } : label)) };
    writeFileSync(path.join(paths.cases, 'case-00', 'expect.json'), JSON.stringify(moved));
    const dropped = await run([], paths);
    expect(dropped.code).toBe(1);
    expect(dropped.stderr).toContain('overall precision dropped from 100.0%');
    expect(dropped.stderr).toContain('overall recall dropped from 100.0%');
    expect(dropped.stderr).toContain(`${(reported[far] as Reported).rule} recall dropped from 100.0%`);

    const refused = await run(['--update'], paths);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--allow-lower');
    expect(JSON.parse(readFileSync(paths.baseline, 'utf8')).precision).toBe(1);
    expect((await run(['--update', '--allow-lower'], paths)).code).toBe(0);
    expect(JSON.parse(readFileSync(paths.baseline, 'utf8')).precision).toBeLessThan(1);
    expect((await run([], paths)).code).toBe(0);
  });
});
