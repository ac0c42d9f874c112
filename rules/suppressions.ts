/**
 * `honest-ui-disable-next-line` in ESLint, with the core's parser (src/engine/suppressions.ts) so a comment means
 * the same to the rules as to the checker.
 *
 * ESLint runs each rule on its own and a plugin cannot report without a rule id, so: each rule drops its own
 * suppressed findings and reports a suppression naming it that silenced nothing (only that rule knows, with its
 * options as configured); a broken comment (no reason, no rule, an unknown rule) is reported once per file by the
 * first honest-ui rule to run on it. These reports carry no messageId: they are about the comment, not the rule's
 * catalogue messages.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { RULE_IDS } from '../src/catalog/index.js';
import type { SourceLocation } from '../src/model/types.js';
import { applySuppressions, parseSuppressions, type ParsedSuppressions } from '../src/engine/suppressions.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** ESLint accepts `message` in place of `messageId`; typescript-eslint's types only describe the latter. */
type ReportWithMessage = (descriptor: { loc: SourceLocation; message: string }) => void;

const parsedBySource = new WeakMap<object, ParsedSuppressions>();
const brokenReported = new WeakSet<object>();

/** The findings of rule `ruleId` that no suppression silences, reporting what is wrong with the suppressions. */
export function unsuppressed<F extends { ruleId: string; loc: SourceLocation }>(context: AnyContext, ruleId: string, findings: readonly F[]): F[] {
  const sourceCode = context.sourceCode;
  let parsed = parsedBySource.get(sourceCode);
  if (!parsed) {
    parsed = parseSuppressions(sourceCode.getAllComments(), RULE_IDS);
    parsedBySource.set(sourceCode, parsed);
  }
  const report = (loc: SourceLocation, message: string) => (context.report as unknown as ReportWithMessage).call(context, { loc, message });
  const { kept, unused } = applySuppressions(parsed, findings, [ruleId]);
  for (const entry of unused) report(entry.loc, entry.message);
  if (!brokenReported.has(sourceCode)) {
    brokenReported.add(sourceCode);
    for (const problem of parsed.problems) report(problem.loc, problem.message);
  }
  return kept;
}
