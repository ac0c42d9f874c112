/**
 * Inline suppressions: `// honest-ui-disable-next-line <rule>[, <rule>] -- <reason>` (in JSX
 * `{/* honest-ui-disable-next-line <rule> -- <reason> *\/}`) silences those rules' findings that start on the next
 * line. Shared by the checker and the ESLint rules, so one comment means the same thing to both.
 *
 * A suppression is accountable: it must name its rules and give a reason, and one that suppresses nothing is
 * reported, so a stale comment cannot silently hide a future finding on that line.
 */
import { RULE_IDS, ruleMeta } from '../catalog/index.js';
import { RULE_PREFIX } from '../catalog/prefix.js';
import type { SourceLocation } from '../model/types.js';
import type { LintMessage, SuppressedLintMessage } from './types.js';

export const DISABLE_NEXT_LINE = 'honest-ui-disable-next-line';

/** ESLint's convention for the description of a directive: after `--` set off by whitespace. */
const REASON_SEPARATOR = '--';

/** A comment as ESLint's SourceCode and typescript-estree give it (`value` without the `//` or the `/* *\/`). */
export interface CommentLike {
  type: string;
  value: string;
  loc: SourceLocation;
}

export interface Suppression {
  /** Where the comment is, for reports about it. */
  loc: SourceLocation;
  /** The line whose findings it suppresses. */
  line: number;
  /** Known rule ids it names, without the `honest-ui/` prefix, each once. */
  rules: readonly string[];
  reason: string;
}

/**
 * A comment that is not a usable suppression. These are not findings of any rule (ESLint reports a broken
 * `eslint-disable` with no rule id); the checker reports them as rule-less warnings.
 */
export interface SuppressionProblem {
  loc: SourceLocation;
  message: string;
}

export interface ParsedSuppressions {
  suppressions: Suppression[];
  problems: SuppressionProblem[];
}

/** A suppression that silenced nothing of one rule it names: reported under that rule's id. */
export interface UnusedSuppression {
  ruleId: string;
  loc: SourceLocation;
  message: string;
}

const EMPTY: ParsedSuppressions = { suppressions: [], problems: [] };

/** Read the suppression comments of a file. `knownRules` are rule ids without the prefix. */
export function parseSuppressions(comments: readonly CommentLike[], knownRules: readonly string[]): ParsedSuppressions {
  const known = new Set(knownRules);
  let parsed: ParsedSuppressions | undefined;
  for (const comment of comments) {
    // Cheap test first: nearly every comment in a project is not ours.
    if (!comment.value.includes('honest-ui-')) continue;
    const result = parseComment(comment, known);
    if (!result) continue;
    parsed ??= { suppressions: [], problems: [] };
    if ('line' in result) parsed.suppressions.push(result.suppression);
    parsed.problems.push(...result.problems);
  }
  return parsed ?? EMPTY;
}

type CommentResult = { line: number; suppression: Suppression; problems: SuppressionProblem[] } | { problems: SuppressionProblem[] };

function parseComment(comment: CommentLike, known: ReadonlySet<string>): CommentResult | undefined {
  const text = comment.value.trim();
  const directive = firstWord(text);
  const loc = comment.loc;
  if (directive !== DISABLE_NEXT_LINE) {
    // Only what looks like a misspelt directive is flagged; prose that mentions honest-ui is left alone.
    if (!/^honest-ui-(?:disable|enable)/.test(directive)) return undefined;
    return { problems: [{ loc, message: `'${directive}' is not an honest-ui directive: put '${DISABLE_NEXT_LINE} <rule> -- <reason>' on the line before the finding.` }] };
  }

  const rest = text.slice(directive.length);
  const separator = reasonSeparator(rest);
  const ruleList = separator < 0 ? rest : rest.slice(0, separator);
  const reason = separator < 0 ? '' : rest.slice(separator + REASON_SEPARATOR.length).trim();
  const named = ruleList
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

  const problems: SuppressionProblem[] = [];
  const rules: string[] = [];
  for (const name of named) {
    const id = name.startsWith(RULE_PREFIX) ? name.slice(RULE_PREFIX.length) : name;
    if (!known.has(id)) {
      problems.push({ loc, message: `${DISABLE_NEXT_LINE} names '${name}', which is not an honest-ui rule; it suppresses nothing for it.` });
    } else if (!rules.includes(id)) {
      rules.push(id);
    }
  }
  if (named.length === 0) {
    problems.push({ loc, message: `${DISABLE_NEXT_LINE} must name the rules it suppresses, as in '${DISABLE_NEXT_LINE} no-fine-print -- <reason>'; it suppresses nothing.` });
    return { problems };
  }
  if (reason === '') {
    problems.push({ loc, message: `${DISABLE_NEXT_LINE} needs a reason after ' -- ' (why the finding is acceptable, for reviewers); it suppresses nothing until it has one.` });
    return { problems };
  }
  if (rules.length === 0) return { problems };
  const line = loc.end.line + 1;
  return { line, suppression: { loc, line, rules, reason }, problems };
}

/** The first whitespace-delimited word. */
function firstWord(text: string): string {
  const end = text.search(/\s/);
  return end < 0 ? text : text.slice(0, end);
}

/** Index of the `--` that starts the reason: preceded by whitespace and followed by whitespace or the end. */
function reasonSeparator(text: string): number {
  for (let index = text.indexOf(REASON_SEPARATOR); index >= 0; index = text.indexOf(REASON_SEPARATOR, index + 1)) {
    const before = text[index - 1];
    const after = text[index + REASON_SEPARATOR.length];
    if (before !== undefined && /\s/.test(before) && (after === undefined || /\s/.test(after))) return index;
  }
  return -1;
}

/** A finding a suppression silenced, with every suppression that covers it (ESLint lists each directive). */
export interface SuppressedFinding<F> {
  finding: F;
  by: Suppression[];
}

/**
 * Set aside the findings that a suppression silences, and list the suppressions that silenced nothing for one of
 * the `enabledRules` they name. A rule that is not enabled says nothing about a suppression naming it: the same
 * comment serves the checker and ESLint, which may enable different rules.
 */
export function applySuppressions<F extends { ruleId: string; loc: SourceLocation }>(
  parsed: ParsedSuppressions,
  findings: readonly F[],
  enabledRules: Iterable<string>,
): { kept: F[]; suppressed: Array<SuppressedFinding<F>>; unused: UnusedSuppression[] } {
  if (parsed.suppressions.length === 0) return { kept: [...findings], suppressed: [], unused: [] };
  const byLine = new Map<number, Suppression[]>();
  for (const suppression of parsed.suppressions) byLine.set(suppression.line, [...(byLine.get(suppression.line) ?? []), suppression]);
  const used = new Set<string>();
  const kept: F[] = [];
  const suppressed: Array<SuppressedFinding<F>> = [];
  for (const finding of findings) {
    const covering = (byLine.get(finding.loc.start.line) ?? []).filter((s) => s.rules.includes(finding.ruleId));
    for (const suppression of covering) used.add(usageKey(suppression, finding.ruleId));
    if (covering.length === 0) kept.push(finding);
    else suppressed.push({ finding, by: covering });
  }
  const enabled = new Set(enabledRules);
  const unused: UnusedSuppression[] = [];
  for (const suppression of parsed.suppressions) {
    for (const ruleId of suppression.rules) {
      if (!enabled.has(ruleId) || used.has(usageKey(suppression, ruleId))) continue;
      unused.push({
        ruleId,
        loc: suppression.loc,
        message: `${DISABLE_NEXT_LINE} suppresses nothing: ${RULE_PREFIX}${ruleId} reports nothing on line ${suppression.line}. Remove the rule from the comment, so it cannot hide a future finding there.`,
      });
    }
  }
  return { kept, suppressed, unused };
}

function usageKey(suppression: Suppression, ruleId: string): string {
  return `${suppression.loc.start.line}:${suppression.loc.start.column}:${ruleId}`;
}

/**
 * The checker's side: set aside the suppressed findings of a parsed file and turn what is wrong with its
 * suppression comments into warnings (rule-less for a broken comment; under the rule for an unused one, as ESLint
 * reports it). Checker-only rules find across files, after this file's pass: the suppressions naming them are
 * returned as `deferred` (plain data, narrowed to those rules) for their project pass to apply.
 */
export function suppressInFile<F extends { ruleId: string; loc: SourceLocation }>(
  comments: readonly CommentLike[] | undefined,
  findings: readonly F[],
  enabledRules: Iterable<string>,
): { findings: F[]; suppressed: Array<SuppressedFinding<F>>; messages: LintMessage[]; deferred: Suppression[] } {
  const parsed = parseSuppressions(comments ?? [], RULE_IDS);
  const enabled = [...enabledRules];
  const projectRules = new Set(enabled.filter((id) => ruleMeta(id)?.checkerOnly === true));
  const { kept, suppressed, unused } = applySuppressions(
    parsed,
    findings,
    enabled.filter((id) => !projectRules.has(id)),
  );
  const deferred = parsed.suppressions.flatMap((suppression) => {
    const rules = suppression.rules.filter((id) => projectRules.has(id));
    return rules.length > 0 ? [{ ...suppression, rules }] : [];
  });
  const messages: LintMessage[] = [...parsed.problems.map((problem) => warning(null, problem.message, problem.loc)), ...unusedWarnings(unused)];
  return { findings: kept, suppressed, messages, deferred };
}

/** Unused suppressions as the checker reports them: warnings under the rule they name. */
export function unusedWarnings(unused: readonly UnusedSuppression[]): LintMessage[] {
  return unused.map((entry) => warning(`${RULE_PREFIX}${entry.ruleId}`, entry.message, entry.loc));
}

/** A message the directives silenced, in ESLint's shape: one `directive` entry per comment, its reason the justification. */
export function suppressedByDirectives(message: LintMessage, by: readonly Suppression[]): SuppressedLintMessage {
  return { ...message, suppressions: by.map((suppression) => ({ kind: 'directive', justification: suppression.reason })) };
}

function warning(ruleId: string | null, message: string, loc: SourceLocation): LintMessage {
  return { ruleId, severity: 1, message, line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1, nodeType: null };
}
