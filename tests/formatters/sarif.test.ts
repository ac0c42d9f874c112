import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPOSITORY_URL as RULES_REPOSITORY_URL } from '../../rules/create-rule.js';
import { presetRules, RULES } from '../../src/catalog/index.js';
import { analyseProject, type FileDetails } from '../../src/engine/project.js';
import { summarise, type LintResult } from '../../src/engine/types.js';
import { FINGERPRINT_KEY, REPOSITORY_URL, sarif } from '../../src/formatters/sarif.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';
import { standard } from '../../src/standards/index.js';
import { sarifSchemaErrors } from './sarif-validator.js';

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, unknown>;
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; rules: { id: string; helpUri: string; help: { text: string; markdown: string }; shortDescription: { text: string }; fullDescription: { text: string }; properties: { tags: string[]; precision: string } }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
    results: SarifResult[];
  }[];
}

const SIGNUP = [
  'export function Signup() {',
  '  return (',
  '    <form>',
  '      <label>',
  '        <input type="checkbox" name="marketing" defaultChecked /> Send me marketing emails',
  '      </label>',
  '      <button type="submit">Sign up</button>',
  '    </form>',
  '  );',
  '}',
  '',
].join('\n');

// The checked state comes from a prop: the check cannot decide, so it is a needs-review result, not a finding.
const PREFERENCES = [
  'export function Preferences({ prefs }: { prefs: { marketing: boolean } }) {',
  '  return (',
  '    <form>',
  '      <label>',
  '        <input type="checkbox" name="marketing" checked={prefs.marketing} onChange={() => {}} /> Send me marketing emails',
  '      </label>',
  '      <button type="submit">Save</button>',
  '    </form>',
  '  );',
  '}',
  '',
].join('\n');

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'honest-ui-sarif-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(relative: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
  await writeFile(path.join(dir, relative), text);
}

/** Analyse the temp project for real and format it as SARIF. */
async function sarifOf(): Promise<SarifLog> {
  const details = new Map<string, FileDetails>();
  const results = await analyseProject({
    cwd: dir,
    paths: ['.'],
    settings: DEFAULT_SETTINGS,
    rules: presetRules('strict'),
    onDetails: (filePath, found) => details.set(filePath, found),
  });
  const text = sarif(results, { cwd: dir, color: false, toolVersion: '1.2.3', details });
  return JSON.parse(text) as SarifLog;
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with findings, notes and a file that cannot be parsed', async () => {
    await write('src/Signup.tsx', SIGNUP);
    await write('src/Preferences.tsx', PREFERENCES);
    await write('src/Broken.tsx', 'export const CookieBanner = () => <div>;\n');
    const log = await sarifOf();
    expect(sarifSchemaErrors(log)).toEqual([]);

    const run = log.runs[0]!;
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('honest-ui');
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.ruleId, r.level])).toEqual([
      ['src/Preferences.tsx', 'honest-ui/no-preselected-consent', 'note'],
      ['src/Signup.tsx', 'honest-ui/no-preselected-consent', 'error'],
    ]);
    const note = run.results[0]!;
    expect(note.message.text).toMatch(/^Needs review: .*\(dynamic-expression\)\.$/);
    expect(note.properties).toEqual({ needsReview: true });

    // The parse error is the tool's problem with a file, not a rule's finding.
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
    expect(run.invocations[0]!.toolExecutionNotifications[0]!.level).toBe('error');
    expect(run.invocations[0]!.toolExecutionNotifications[0]!.message.text).toMatch(/^Parsing error/);
  });

  it('reports each finding with its rule index, a relative %SRCROOT% location and an exact region', async () => {
    await write('src/Signup.tsx', SIGNUP);
    const run = (await sarifOf()).runs[0]!;
    const [result] = run.results;
    expect(result).toBeDefined();
    expect(run.tool.driver.rules[result!.ruleIndex!]!.id).toBe(result!.ruleId);
    expect(result!.message.text).toMatch(/^The checkbox for 'Send me marketing emails' \(marketing\) is on by default/);
    expect(result!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'src/Signup.tsx', uriBaseId: '%SRCROOT%' },
          region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 66 },
        },
      },
    ]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(dir).href}/` } });
  });

  it('describes every rule in the catalogue: help, docs link, standards as tags, high precision', () => {
    const log = JSON.parse(sarif([], { cwd: dir, color: false })) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const descriptors = log.runs[0]!.tool.driver.rules;
    expect(descriptors.map((d) => d.id)).toEqual(RULES.map((rule) => `honest-ui/${rule.id}`));
    for (const [index, rule] of RULES.entries()) {
      const descriptor = descriptors[index]!;
      expect(descriptor.shortDescription.text).toBe(rule.description);
      expect(descriptor.fullDescription.text).toBe(rule.harm);
      expect(descriptor.helpUri).toBe(`${RULES_REPOSITORY_URL}/blob/main/docs/rules/${rule.id}.md`);
      expect(descriptor.help.text).toContain(rule.harm);
      expect(descriptor.help.markdown).toContain(`[Rule documentation](${descriptor.helpUri})`);
      expect(descriptor.properties).toEqual({ tags: rule.standards.map((id) => standard(id).short), precision: 'high' });
      for (const id of rule.standards) expect(descriptor.help.markdown).toContain(`](${standard(id).url})`);
    }
    // The docs URL is the one the ESLint rules link to (src/ cannot import rules/, so it is spelled twice).
    expect(REPOSITORY_URL).toBe(RULES_REPOSITORY_URL);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('keeps fingerprints when unrelated edits shift lines, and changes them when the element changes', async () => {
    await write('src/Signup.tsx', SIGNUP);
    const before = (await sarifOf()).runs[0]!.results;

    // Two lines above the component and re-indentation of the reported line: same finding.
    await write('src/Signup.tsx', `import './signup.css';\n// A form.\n${SIGNUP.replace('        <input', '          <input')}`);
    const shifted = (await sarifOf()).runs[0]!.results;
    expect(shifted[0]!.locations[0]!.physicalLocation.region.startLine).toBe(7);
    expect(shifted[0]!.partialFingerprints).toEqual(before[0]!.partialFingerprints);
    expect(before[0]!.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);

    // A different element (another purpose) is a different finding.
    await write('src/Signup.tsx', SIGNUP.replace('name="marketing"', 'name="newsletter"'));
    const changed = (await sarifOf()).runs[0]!.results;
    expect(changed).toHaveLength(1);
    expect(changed[0]!.partialFingerprints).not.toEqual(before[0]!.partialFingerprints);
  });

  it('tells identical findings in one file apart, and the same element in another file apart', () => {
    const line = '<input type="checkbox" defaultChecked /> Marketing';
    const source = `${line}\n${line}\n`;
    const message = (row: number) => ({ ruleId: 'honest-ui/no-preselected-consent', severity: 2 as const, message: 'm', line: row, column: 1 });
    const results: LintResult[] = [
      { ...summarise(path.join(dir, 'a.tsx'), [message(1), message(2)]), source },
      { ...summarise(path.join(dir, 'b.tsx'), [message(1)]), source },
    ];
    const log = JSON.parse(sarif(results, { cwd: dir, color: false })) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const prints = log.runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(3);
  });

  it('gives files outside the project root an absolute URI and keeps warnings and skipped files apart', () => {
    const outside = path.resolve(dir, '..', 'elsewhere', 'Banner.tsx');
    const results: LintResult[] = [
      summarise(outside, [{ ruleId: 'honest-ui/no-fine-print', severity: 1, message: 'Small print.', line: 2, column: 3 }]),
      summarise(path.join(dir, 'bundle.js'), [{ ruleId: null, severity: 1, message: 'Skipped: too large.', line: 1, column: 1, nodeType: null }]),
    ];
    const log = JSON.parse(sarif(results, { cwd: dir, color: false })) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.results[0]!.level).toBe('warning');
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(outside).href });
    expect(run.invocations[0]).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [
        {
          level: 'warning',
          message: { text: 'Skipped: too large.' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'bundle.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1 } } }],
        },
      ],
    });
  });

  it('the validator rejects an invalid log (so a passing validation means something)', () => {
    const log = JSON.parse(sarif([], { cwd: dir, color: false })) as { runs: { results: unknown[] }[] };
    log.runs[0]!.results.push({ message: { text: 'x' }, level: 'severe' });
    expect(sarifSchemaErrors(log)).not.toEqual([]);
    // Formats are checked too: informationUri must be a URI.
    const valid = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'https://example.com/' } } }] };
    expect(sarifSchemaErrors(valid)).toEqual([]);
    expect(sarifSchemaErrors({ ...valid, runs: [{ tool: { driver: { name: 'x', informationUri: 'not a uri' } } }] })).not.toEqual([]);
  });
});
