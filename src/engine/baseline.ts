/**
 * A baseline: the findings a legacy codebase already has, recorded so that a run fails only on new ones.
 *
 * Entries are matched by the same fingerprint SARIF gives as partialFingerprints (rule, file relative to the project
 * root, normalised source of the element, and its order among identical elements), never by line, so an unrelated
 * edit above a finding does not make it new. The file is JSON sorted by file, rule and fingerprint, so rewriting an
 * unchanged baseline changes nothing and a shrinking one shows as deleted lines in review.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lazyValidator } from '../settings/ajv.js';
import { describeSchemaError } from '../settings/settings.js';
import { BaselineError } from '../errors.js';
import { findingsInOrder, fingerprints } from './fingerprint.js';
import { sortMessages, summarise, type LintMessage, type LintResult, type SuppressedLintMessage } from './types.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Relative to the project root, with `/` separators on every platform. */
  file: string;
  ruleId: string;
  fingerprint: string;
  /** For people reading the file; not used for matching (it holds measured data, which may change). */
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

export { BaselineError };

const EXPECTED = `{ "version": ${BASELINE_VERSION}, "findings": [{ "file", "ruleId", "fingerprint", "message" }, ...] } as --baseline-write writes it`;

const baselineValidator = lazyValidator({
  type: 'object',
  required: ['version', 'findings'],
  additionalProperties: false,
  properties: {
    version: { const: BASELINE_VERSION },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'ruleId', 'fingerprint', 'message'],
        additionalProperties: false,
        properties: {
          file: { type: 'string', minLength: 1 },
          ruleId: { type: 'string', minLength: 1 },
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{32}$' },
          message: { type: 'string' },
        },
      },
    },
  },
}, { allErrors: false, strict: true });

export function readBaseline(filePath: string): Baseline {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file (create it with --baseline-write)' : errorMessage(error);
    throw new BaselineError(`cannot read baseline ${filePath}: ${reason}.`, filePath);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BaselineError(`baseline ${filePath} is not valid JSON (${errorMessage(error)}); expected ${EXPECTED}.`, filePath);
  }
  const validate = baselineValidator();
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const { key, message } = first ? describeSchemaError(first, '') : { key: '', message: 'is invalid' };
    throw new BaselineError(`baseline ${filePath}: ${key || '/'} ${message}; expected ${EXPECTED}.`, filePath);
  }
  return value as Baseline;
}

/** The text of a baseline file: stable order, two-space JSON, a final newline. */
export function serialiseBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** A baseline of every rule finding in `results` (parse errors and skipped files are not findings: never recorded). */
export function createBaseline(results: readonly LintResult[], root: string, readSource: SourceReader): Baseline {
  const findings = results.flatMap((result) => fingerprinted(result, root, readSource).map(({ entry }) => entry));
  return { version: BASELINE_VERSION, findings: findings.sort(compareEntries) };
}

export type SourceReader = (filePath: string) => string | undefined;

export interface BaselineOutcome {
  /**
   * The results with the findings the baseline knows moved to suppressedMessages, counts recomputed: as ESLint 9
   * does with its bulk suppressions file, `{ kind: 'file', justification: '' }`.
   */
  results: LintResult[];
  /** How many findings the baseline matched. */
  matched: number;
  /** Entries for files this run analysed (or that are gone) that no longer occur. */
  fixed: BaselineEntry[];
}

export function applyBaseline(results: readonly LintResult[], baseline: Baseline, root: string, readSource: SourceReader): BaselineOutcome {
  const remaining = new Map(baseline.findings.map((entry) => [entryKey(entry), entry]));
  let matched = 0;
  const filtered = results.map((result) => {
    const known = new Set<LintMessage>();
    for (const { message, entry } of fingerprinted(result, root, readSource)) {
      if (remaining.delete(entryKey(entry))) known.add(message);
    }
    if (known.size === 0) return result;
    matched += known.size;
    const suppressed = [...known].map((message): SuppressedLintMessage => ({ ...message, suppressions: [{ kind: 'file', justification: '' }] }));
    return {
      ...summarise(result.filePath, result.messages.filter((message) => !known.has(message)), sortMessages([...result.suppressedMessages, ...suppressed])),
      ...(result.source !== undefined ? { source: result.source } : {}),
    };
  });
  // A file outside this run's paths says nothing about its entries; a file that is gone has fixed them all.
  const analysed = new Set(results.map((result) => relativePath(root, result.filePath)));
  const fixed = [...remaining.values()].filter((entry) => analysed.has(entry.file) || !existsSync(path.resolve(root, entry.file)));
  return { results: filtered, matched, fixed };
}

/**
 * Each reported rule message of a result with its baseline entry, fingerprinted as SARIF's partialFingerprints are:
 * over the suppressed findings too, so suppressing one of two identical elements changes the other's identity in
 * neither.
 */
function fingerprinted(result: LintResult, root: string, readSource: SourceReader): Array<{ message: LintMessage; entry: BaselineEntry }> {
  const reported = new Set(result.messages.filter((message) => message.ruleId !== null));
  if (reported.size === 0) return [];
  const file = relativePath(root, result.filePath);
  const all = findingsInOrder(result);
  const prints = fingerprints(file, result.source ?? readSource(result.filePath), all);
  return all.flatMap((message, index) =>
    reported.has(message) ? [{ message, entry: { file, ruleId: message.ruleId, fingerprint: prints[index] ?? '', message: message.message } }] : [],
  );
}

function relativePath(root: string, filePath: string): string {
  return path.relative(root, filePath).split(path.sep).join('/');
}

function entryKey(entry: BaselineEntry): string {
  return `${entry.file}\u0000${entry.fingerprint}`;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint);
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
