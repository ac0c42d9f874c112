/**
 * Adopting honest-ui on a legacy codebase, through the built bin: baselines (--baseline-write, --baseline) and
 * inline `honest-ui-disable-next-line` suppressions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repo, 'bin', 'honest-ui.js');

/** Two pre-checked consent boxes: two no-preselected-consent findings, on lines 5 and 6. */
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

let dir: string;

async function write(relative: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
  await writeFile(path.join(dir, relative), text);
}

function cli(...args: string[]) {
  const child = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function json(...args: string[]): { status: number | null; stderr: string; messages: Array<{ line: number; ruleId: string | null; severity: number; message: string }> } {
  const result = cli('--format', 'json', ...args);
  const results = JSON.parse(result.stdout) as LintResult[];
  return { status: result.status, stderr: result.stderr, messages: results.flatMap((r) => r.messages.map(({ line, ruleId, severity, message }) => ({ line, ruleId, severity, message }))) };
}

beforeAll(() => {
  if (!existsSync(path.join(repo, 'dist', 'src', 'cli', 'run.js'))) throw new Error('dist/ is missing or stale: run `npm run build` first.');
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'honest-ui-adopt-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--baseline-write and --baseline', () => {
  it('records the findings, then fails only on new ones, whatever lines shift', async () => {
    await write('src/Consent.tsx', CONSENT);
    expect(cli('src').status).toBe(1);

    const written = cli('--baseline-write', 'honest-ui-baseline.json', 'src');
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe('honest-ui: wrote 2 findings to the baseline honest-ui-baseline.json; run with --baseline honest-ui-baseline.json to fail only on new ones.\n');
    const baseline = JSON.parse(await readFile(path.join(dir, 'honest-ui-baseline.json'), 'utf8')) as { version: number; findings: Array<{ file: string; ruleId: string; fingerprint: string; message: string }> };
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((f) => [f.file, f.ruleId])).toEqual([
      ['src/Consent.tsx', 'honest-ui/no-preselected-consent'],
      ['src/Consent.tsx', 'honest-ui/no-preselected-consent'],
    ]);
    expect(baseline.findings.map((f) => f.fingerprint)).toEqual([...baseline.findings.map((f) => f.fingerprint)].sort());

    // Unrelated code above the form moves both findings down three lines and re-indents nothing: still known.
    await write('src/Consent.tsx', `import { useState } from 'react';\n\nconst unused = 1;\n${CONSENT}`);
    const shifted = json('--baseline', 'honest-ui-baseline.json', '--verbose', 'src');
    expect(shifted.status).toBe(0);
    expect(shifted.messages).toEqual([]);
    expect(shifted.stderr).toContain('honest-ui: 2 findings are in the baseline honest-ui-baseline.json and not reported.\n');
    expect(shifted.stderr).not.toContain('fixed');

    // Rewriting an unchanged baseline changes nothing: the file is stable.
    const before = await readFile(path.join(dir, 'honest-ui-baseline.json'), 'utf8');
    cli('--baseline-write', 'honest-ui-baseline.json', 'src');
    expect(await readFile(path.join(dir, 'honest-ui-baseline.json'), 'utf8')).toBe(before);
  });

  it('reports a fixed finding so the baseline can shrink, and fails on a new one', async () => {
    await write('src/Consent.tsx', CONSENT);
    await write('src/Other.tsx', CONSENT.replace('Consent()', 'Other()'));
    cli('--baseline-write', 'baseline.json', 'src');

    // The analytics box is fixed (unchecked by default); a new pre-checked box appears.
    await write(
      'src/Consent.tsx',
      CONSENT.replace('name="analytics" defaultChecked', 'name="analytics"').replace(
        '      <button',
        '      <label><input type="checkbox" name="partners" defaultChecked /> Share with advertising partners</label>\n      <button',
      ),
    );
    const result = json('--baseline', 'baseline.json', 'src');
    expect(result.status).toBe(1);
    expect(result.messages).toEqual([{ line: 7, ruleId: 'honest-ui/no-preselected-consent', severity: 2, message: expect.stringContaining("'Share with advertising partners'") }]);
    expect(result.stderr).toBe(
      'honest-ui: 1 baseline entry no longer occurs (fixed): src/Consent.tsx honest-ui/no-preselected-consent; rewrite the baseline with --baseline-write to shrink it.\n',
    );
  });

  it('tells identical elements in one file apart by their order', async () => {
    const twice = CONSENT.replace('name="marketing"', 'name="analytics"').replace('Marketing cookies', 'Analytics cookies');
    await write('Consent.tsx', twice);
    cli('--baseline-write', 'baseline.json');
    const baseline = JSON.parse(await readFile(path.join(dir, 'baseline.json'), 'utf8')) as { findings: Array<{ fingerprint: string }> };
    expect(new Set(baseline.findings.map((f) => f.fingerprint)).size).toBe(2);

    // A third identical box is new, although its element is the same text as two known ones.
    await write('Consent.tsx', twice.replace('      <button', '      <label><input type="checkbox" name="analytics" defaultChecked /> Analytics cookies</label>\n      <button'));
    const result = json('--baseline', 'baseline.json');
    expect(result.status).toBe(1);
    expect(result.messages.map((m) => m.line)).toEqual([7]);
  });

  it('says nothing about entries for files this run did not look at; a deleted file counts as fixed', async () => {
    await write('a/Consent.tsx', CONSENT);
    await write('b/Consent.tsx', CONSENT);
    cli('--baseline-write', 'baseline.json');
    expect(cli('--baseline', 'baseline.json', 'a')).toMatchObject({ status: 0, stderr: '' });
    await rm(path.join(dir, 'b', 'Consent.tsx'));
    expect(cli('--baseline', 'baseline.json', 'a').stderr).toMatch(/^honest-ui: 2 baseline entries no longer occur \(fixed\): b\/Consent\.tsx honest-ui\/no-preselected-consent, b\/Consent\.tsx honest-ui\/no-preselected-consent;/);
  });

  it('keeps paths relative to the project root (the config file directory) when run from a subdirectory', async () => {
    await write('honest-ui.config.json', '{}');
    await write('src/Consent.tsx', CONSENT);
    cli('--baseline-write', 'baseline.json', 'src');
    const baseline = JSON.parse(await readFile(path.join(dir, 'baseline.json'), 'utf8')) as { findings: Array<{ file: string }> };
    expect(baseline.findings.map((f) => f.file)).toEqual(['src/Consent.tsx', 'src/Consent.tsx']);
    const child = spawnSync(process.execPath, [bin, '--baseline', '../baseline.json', '.'], { cwd: path.join(dir, 'src'), encoding: 'utf8' });
    expect(child.status).toBe(0);
    expect(child.stderr).toBe('');
  });

  it('exits 2 naming the file and what was expected for a missing or malformed baseline', async () => {
    await write('Consent.tsx', CONSENT);
    const missing = cli('--baseline', 'nope.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`cannot read baseline ${path.join(dir, 'nope.json')}: no such file (create it with --baseline-write).`);

    const cases: Array<[string, RegExp]> = [
      ['{ not json', /is not valid JSON .*expected \{ "version": 1, "findings": \[/],
      ['{ "version": 2, "findings": [] }', /baseline .*bad\.json: \/version must be equal to constant; expected \{ "version": 1/],
      ['{ "version": 1, "findings": [{ "file": "a.tsx", "ruleId": "honest-ui/no-fine-print", "fingerprint": "xyz", "message": "" }] }', /\/findings\/0\/fingerprint must match pattern/],
      ['{ "version": 1, "findings": [], "extra": true }', /\/extra is not a known key/],
    ];
    for (const [text, pattern] of cases) {
      await write('bad.json', text);
      const result = cli('--baseline', 'bad.json');
      expect(result.status, text).toBe(2);
      expect(result.stdout, text).toBe('');
      expect(result.stderr, text).toMatch(pattern);
      expect(result.stderr, text).toContain(path.join(dir, 'bad.json'));
    }
  });

  it('refuses --baseline together with --baseline-write', async () => {
    await write('Consent.tsx', CONSENT);
    const result = cli('--baseline', 'a.json', '--baseline-write', 'b.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/not both/);
    expect(existsSync(path.join(dir, 'b.json'))).toBe(false);
  });

  // json and sarif list them as suppressed: tests/cli/suppressed-messages.test.ts.
  it('leaves baselined findings out of every other format', async () => {
    await write('Consent.tsx', CONSENT);
    cli('--baseline-write', 'baseline.json');
    for (const format of ['stylish', 'github', 'junit']) {
      const result = cli('--format', format, '--baseline', 'baseline.json');
      expect(result.status, format).toBe(0);
      expect(result.stdout, format).not.toContain('Analytics cookies');
    }
  });
});

describe('honest-ui-disable-next-line in the checker', () => {
  it('suppresses the named rule on the next line only, with a reason, in JSX and script comments', async () => {
    await write(
      'Consent.tsx',
      CONSENT.replace(
        '      <label><input type="checkbox" name="analytics"',
        '      {/* honest-ui-disable-next-line honest-ui/no-preselected-consent -- legal approved: exempt analytics */}\n      <label><input type="checkbox" name="analytics"',
      ),
    );
    const result = json();
    expect(result.status).toBe(1);
    expect(result.messages).toEqual([{ line: 7, ruleId: 'honest-ui/no-preselected-consent', severity: 2, message: expect.stringContaining("'Marketing cookies'") }]);
  });

  it('reports a suppression without a reason (and honours it not), an unknown rule, and an unused one', async () => {
    await write(
      'Consent.tsx',
      CONSENT.replace('      <label><input type="checkbox" name="analytics"', '      {/* honest-ui-disable-next-line no-preselected-consent */}\n      <label><input type="checkbox" name="analytics"').replace(
        '      <button',
        '      {/* honest-ui-disable-next-line no-preselected-consent, no-such-rule -- approved */}\n      <button',
      ),
    );
    const result = json();
    expect(result.status).toBe(1);
    expect(result.messages).toEqual([
      { line: 5, ruleId: null, severity: 1, message: expect.stringMatching(/^honest-ui-disable-next-line needs a reason after ' -- '/) },
      { line: 6, ruleId: 'honest-ui/no-preselected-consent', severity: 2, message: expect.stringContaining("'Analytics cookies'") },
      { line: 7, ruleId: 'honest-ui/no-preselected-consent', severity: 2, message: expect.stringContaining("'Marketing cookies'") },
      { line: 8, ruleId: null, severity: 1, message: "honest-ui-disable-next-line names 'no-such-rule', which is not an honest-ui rule; it suppresses nothing for it." },
      {
        line: 8,
        ruleId: 'honest-ui/no-preselected-consent',
        severity: 1,
        message: 'honest-ui-disable-next-line suppresses nothing: honest-ui/no-preselected-consent reports nothing on line 9. Remove the rule from the comment, so it cannot hide a future finding there.',
      },
    ]);
  });

  it('says nothing of a suppression for a rule the config turns off', async () => {
    await write('honest-ui.config.json', JSON.stringify({ rules: { 'no-fine-print': 'off' } }));
    await write('Greeting.tsx', 'export const Greeting = () => (\n  <div>\n    {/* honest-ui-disable-next-line no-fine-print -- checked by the ESLint run */}\n    <p>Hello</p>\n  </div>\n);\n');
    expect(cli()).toMatchObject({ status: 0, stdout: '' });
  });
});

it('documents the baseline and suppressions in --help', () => {
  expect(cli('--help').stdout).toContain('--baseline-write <file>');
  expect(cli('--help').stdout).toMatch(/--baseline <file>[\s\S]*honest-ui-disable-next-line no-fine-print -- legal approved copy/);
});
