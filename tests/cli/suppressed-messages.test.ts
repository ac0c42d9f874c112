/**
 * Suppressed findings are kept, as ESLint keeps them: in each result's suppressedMessages (an inline comment as
 * `{ kind: 'directive', justification: <reason> }`, the baseline as ESLint 9's bulk suppressions `{ kind: 'file',
 * justification: '' }`), out of the counts and the exit code, and in SARIF as suppressed results. Through run(),
 * in-process, so the checker's whole pipeline (project pass, cache, baseline, formatters) is what is tested.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { LintResult } from '../../src/engine/types.js';
import { FINGERPRINT_KEY } from '../../src/formatters/sarif.js';
import { sarifSchemaErrors } from '../formatters/sarif-validator.js';

/** Two pre-checked consent boxes: no-preselected-consent errors on lines 5 and 6. */
const CONSENT = `export function Consent() {
  return (
    <form>
      <p>We use cookies for analytics and marketing.</p>
      <label><input type="checkbox" name="analytics" defaultChecked /> Analytics cookies</label>
      <label><input type="checkbox" name="marketing" defaultChecked /> Marketing cookies</label>
      <button type="submit">Save</button>
    </form>
  );
}
`;

/** The analytics box (line 6 once the comment is in) suppressed with a reason. */
const SUPPRESSED = CONSENT.replace(
  '      <label><input type="checkbox" name="analytics"',
  '      {/* honest-ui-disable-next-line no-preselected-consent -- legal approved: exempt analytics (LEGAL-7) */}\n      <label><input type="checkbox" name="analytics"',
);

/** A prompt with `first` then `second` as its two choices; the root element is on line 3, after `comment` on line 4. */
function prompt(name: string, first: string, second: string, comment = ''): string {
  return `export function ${name}() {
  return (
${comment}    <div role="dialog">
      <p>We and our partners use cookies for advertising.</p>
      <button>${first}</button>
      <button>${second}</button>
    </div>
  );
}
`;
}
const CCO_COMMENT = '    // honest-ui-disable-next-line consistent-choice-order -- the training prompt follows the platform dialog order\n';

let dir: string;

async function write(relative: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
  await writeFile(path.join(dir, relative), text);
}

async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { cwd: dir, isTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

async function json(...args: string[]): Promise<{ status: number; results: LintResult[] }> {
  const { status, stdout } = await cli('--format', 'json', ...args);
  return { status, results: JSON.parse(stdout) as LintResult[] };
}

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; justification?: string; status?: string }>;
}

async function sarifResults(...args: string[]): Promise<SarifResult[]> {
  const { stdout } = await cli('--format', 'sarif', ...args);
  const log = JSON.parse(stdout) as { runs: Array<{ results: SarifResult[] }> };
  expect(sarifSchemaErrors(log)).toEqual([]);
  return log.runs[0]?.results ?? [];
}

const line = (result: SarifResult) => result.locations[0]?.physicalLocation.region.startLine;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'honest-ui-suppressed-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an inline suppression', () => {
  it('moves the finding to suppressedMessages with its reason, out of the counts and the exit code', async () => {
    await write('Consent.tsx', SUPPRESSED);
    const { status, results } = await json();
    expect(status).toBe(1);
    const [result] = results;
    expect(result?.messages.map((m) => [m.line, m.ruleId])).toEqual([[7, 'honest-ui/no-preselected-consent']]);
    expect(result?.suppressedMessages).toEqual([
      expect.objectContaining({
        ruleId: 'honest-ui/no-preselected-consent',
        severity: 2,
        line: 6,
        messageId: expect.any(String),
        message: expect.stringContaining("'Analytics cookies'"),
        suppressions: [{ kind: 'directive', justification: 'legal approved: exempt analytics (LEGAL-7)' }],
      }),
    ]);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 0, fatalErrorCount: 0 });

    // Suppressing the other box too: nothing is reported, the run passes, both are still there, suppressed.
    await write('Consent.tsx', SUPPRESSED.replace('      <label><input type="checkbox" name="marketing"', '      {/* honest-ui-disable-next-line no-preselected-consent -- also approved */}\n      <label><input type="checkbox" name="marketing"'));
    const both = await json();
    expect(both.status).toBe(0);
    expect(both.results[0]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    expect(both.results[0]?.suppressedMessages.map((m) => [m.line, m.suppressions])).toEqual([
      [6, [{ kind: 'directive', justification: 'legal approved: exempt analytics (LEGAL-7)' }]],
      [8, [{ kind: 'directive', justification: 'also approved' }]],
    ]);
  });

  it('lists every comment that covers the finding', async () => {
    await write(
      'Consent.tsx',
      SUPPRESSED.replace('      <label><input type="checkbox" name="analytics"', '      {/* honest-ui-disable-next-line honest-ui/no-preselected-consent -- second opinion */}\n      <label><input type="checkbox" name="analytics"'),
    );
    // Two comments, one above the other: only the one on the line before covers it; the first is unused.
    const { results } = await json();
    expect(results[0]?.suppressedMessages.map((m) => m.suppressions)).toEqual([[{ kind: 'directive', justification: 'second opinion' }]]);
    expect(results[0]?.messages.map((m) => [m.line, m.ruleId, m.severity])).toEqual([
      [5, 'honest-ui/no-preselected-consent', 1],
      [8, 'honest-ui/no-preselected-consent', 2],
    ]);
  });

  it('is kept by the result cache', async () => {
    await write('Consent.tsx', SUPPRESSED);
    const first = await json('--cache');
    const again = await json('--cache', '--verbose');
    expect(again.results).toEqual(first.results);
    expect(again.results[0]?.suppressedMessages).toHaveLength(1);
  });

  it('--quiet drops suppressed warnings as it drops reported ones', async () => {
    await write('honest-ui.config.json', JSON.stringify({ rules: { 'no-preselected-consent': 'warn' } }));
    await write('Consent.tsx', SUPPRESSED);
    expect((await json()).results[0]?.suppressedMessages).toHaveLength(1);
    expect((await json('--quiet')).results[0]).toMatchObject({ messages: [], suppressedMessages: [], warningCount: 0 });
  });
});

describe('the baseline', () => {
  it("moves known findings to suppressedMessages as ESLint's bulk suppressions do", async () => {
    await write('Consent.tsx', CONSENT);
    await cli('--baseline-write', 'baseline.json');
    await write('Consent.tsx', SUPPRESSED);
    const { status, results } = await json('--baseline', 'baseline.json');
    expect(status).toBe(0);
    expect(results[0]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    // The inline suppression is the reason given for the analytics box; the marketing one is known to the baseline.
    expect(results[0]?.suppressedMessages.map((m) => [m.line, m.suppressions])).toEqual([
      [6, [{ kind: 'directive', justification: 'legal approved: exempt analytics (LEGAL-7)' }]],
      [7, [{ kind: 'file', justification: '' }]],
    ]);
  });

  it('keeps a finding known when an identical twin is suppressed inline', async () => {
    const twins = CONSENT.replace('name="marketing"', 'name="analytics"').replace('Marketing cookies', 'Analytics cookies');
    await write('Consent.tsx', twins);
    await cli('--baseline-write', 'baseline.json');
    await write('Consent.tsx', twins.replace('      <label>', '      {/* honest-ui-disable-next-line no-preselected-consent -- approved */}\n      <label>'));
    const { status, results } = await json('--baseline', 'baseline.json');
    expect(status).toBe(0);
    expect(results[0]?.suppressedMessages.map((m) => m.suppressions[0]?.kind)).toEqual(['directive', 'file']);
  });
});

describe('SARIF', () => {
  it('emits suppressed results with inSource and external suppressions, schema-valid, fingerprints unchanged', async () => {
    await write('Consent.tsx', CONSENT);
    await write('Other.tsx', CONSENT.replace('Consent()', 'Other()'));
    const plain = await sarifResults();
    expect(plain.every((result) => result.suppressions === undefined)).toBe(true);

    await cli('--baseline-write', 'baseline.json', 'Other.tsx');
    await write('Consent.tsx', SUPPRESSED);
    const results = await sarifResults('--baseline', 'baseline.json');
    expect(results.map((result) => [result.locations[0] && line(result), result.suppressions])).toEqual([
      [6, [{ kind: 'inSource', justification: 'legal approved: exempt analytics (LEGAL-7)' }]],
      [7, undefined],
      [5, [{ kind: 'external' }]],
      [6, [{ kind: 'external' }]],
    ]);
    // Suppressing a finding does not change its identity: code scanning matches it to the alert it was.
    expect(results.map((result) => result.partialFingerprints[FINGERPRINT_KEY])).toEqual(plain.map((result) => result.partialFingerprints[FINGERPRINT_KEY]));
  });

  it('other formats leave suppressed findings out', async () => {
    // The message's own wording, once per finding (the HTML report still draws the suppressed box in its context).
    const findings = (text: string) => text.split('(defaultChecked)').length - 1;
    for (const format of ['stylish', 'github', 'junit', 'html']) {
      await write('Consent.tsx', CONSENT);
      const both = findings((await cli('--format', format)).stdout);
      await write('Consent.tsx', SUPPRESSED);
      const { stdout } = await cli('--format', format);
      expect(both, format).toBeGreaterThan(0);
      expect(findings(stdout) * 2, format).toBe(both);
      expect(stdout, format).toContain('Marketing cookies');
    }
  });
});

describe('consistent-choice-order (a project pass)', () => {
  // In the strict preset only: turned on here.
  beforeEach(() => write('honest-ui.config.json', JSON.stringify({ rules: { 'consistent-choice-order': 'warn' } })));

  it('is suppressed by a comment above the prompt, and the suppressed prompt still counts for the majority', async () => {
    await write('A.tsx', prompt('A', 'Accept', 'Decline'));
    await write('B.tsx', prompt('B', 'Accept all', 'Reject all'));
    await write('C.tsx', prompt('C', 'Decline', 'Accept'));
    const before = await json();
    expect(before.results.flatMap((r) => r.messages.map((m) => [path.basename(r.filePath), m.line, m.ruleId]))).toEqual([['C.tsx', 3, 'honest-ui/consistent-choice-order']]);

    await write('C.tsx', prompt('C', 'Decline', 'Accept', CCO_COMMENT));
    const { status, results } = await json();
    expect(status).toBe(0);
    expect(results.map((r) => r.messages)).toEqual([[], [], []]);
    const c = results.find((r) => r.filePath.endsWith('C.tsx'));
    expect(c).toMatchObject({ warningCount: 0, errorCount: 0 });
    expect(c?.suppressedMessages).toEqual([
      expect.objectContaining({
        ruleId: 'honest-ui/consistent-choice-order',
        line: 4,
        messageId: 'flippedOrder',
        data: expect.objectContaining({ majorityCount: 2, total: 3 }),
        suppressions: [{ kind: 'directive', justification: 'the training prompt follows the platform dialog order' }],
      }),
    ]);

    const sarif = await sarifResults();
    expect(sarif.map((result) => [result.ruleId, result.suppressions])).toEqual([
      ['honest-ui/consistent-choice-order', [{ kind: 'inSource', justification: 'the training prompt follows the platform dialog order' }]],
    ]);
  });

  it('reports a suppression that suppresses nothing: above a majority prompt, or in a file without one', async () => {
    await write('A.tsx', prompt('A', 'Accept', 'Decline', CCO_COMMENT));
    await write('B.tsx', prompt('B', 'Accept all', 'Reject all'));
    await write('Notes.tsx', `export const Notes = () => (\n  <div>\n    {/* honest-ui-disable-next-line consistent-choice-order -- stale */}\n    <p>We use cookies.</p>\n  </div>\n);\n`);
    const { status, results } = await json();
    expect(status).toBe(0);
    expect(results.flatMap((r) => r.messages.map((m) => [path.basename(r.filePath), m.line, m.ruleId, m.severity, m.message]))).toEqual([
      ['A.tsx', 3, 'honest-ui/consistent-choice-order', 1, expect.stringMatching(/^honest-ui-disable-next-line suppresses nothing: honest-ui\/consistent-choice-order reports nothing on line 4\./)],
      ['Notes.tsx', 3, 'honest-ui/consistent-choice-order', 1, expect.stringMatching(/reports nothing on line 4\./)],
    ]);
    expect(results.flatMap((r) => r.suppressedMessages)).toEqual([]);
  });

  it('says nothing of such a suppression when the rule is off', async () => {
    await write('honest-ui.config.json', JSON.stringify({ rules: { 'consistent-choice-order': 'off' } }));
    await write('A.tsx', prompt('A', 'Accept', 'Decline', CCO_COMMENT));
    expect(await cli()).toMatchObject({ status: 0, stdout: '' });
  });
});

it('says in --help where suppressed findings go', async () => {
  expect((await cli('--help')).stdout).toMatch(/honest-ui-disable-next-line[\s\S]*json lists them in\nsuppressedMessages and sarif as suppressed results/);
});
