/**
 * The project passes of checker-only rules: after every file is analysed, each enabled rule's pass reads the
 * summaries its per-file check returned (plain data, see checks/project.ts) and reports findings on files, in
 * ESLint's message shape. A finding under an `honest-ui-disable-next-line` comment naming the rule is suppressed
 * here, as the per-file pass suppresses its own: the file's comments are long gone, so each file's summary carries
 * its suppressions naming checker-only rules (line, rules, reason) under DISABLE_NEXT_LINE.
 */
import path from 'node:path';
import { ruleMeta } from '../catalog/index.js';
import { reportFlippedOrders } from '../checks/consistent-choice-order.js';
import type { ProjectPass } from '../checks/project.js';
import type { SourceLocation } from '../model/types.js';
import { RULE_PREFIX, type RuleConfig } from './analyse.js';
import { interpolate, resolveOptions } from './run-checks.js';
import { applySuppressions, DISABLE_NEXT_LINE, suppressedByDirectives, unusedWarnings, type Suppression } from './suppressions.js';
import type { LintMessage, SuppressedLintMessage } from './types.js';

/** By rule id; each pass reads the summaries of its own rule's check. */
export const PROJECT_PASSES: ReadonlyMap<string, ProjectPass<never, never>> = new Map<string, ProjectPass<never, never>>([
  ['consistent-choice-order', reportFlippedOrders as ProjectPass<never, never>],
]);

/** Summaries by file, then by rule id, as the per-file checks returned them (and the suppressions, see above). */
export type ProjectSummaries = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

/** What the project passes add to one file: findings (and unused suppressions) to report, and suppressed findings. */
export interface ProjectMessages {
  messages: LintMessage[];
  suppressedMessages: SuppressedLintMessage[];
}

/** Run the enabled rules' project passes: messages by file path. */
export function runProjectPasses(summaries: ProjectSummaries, rules: RuleConfig, cwd: string): Map<string, ProjectMessages> {
  const byFile = new Map<string, ProjectMessages>();
  const entry = (filePath: string): ProjectMessages => {
    const found = byFile.get(filePath) ?? { messages: [], suppressedMessages: [] };
    byFile.set(filePath, found);
    return found;
  };
  for (const [id, setting] of rules) {
    const pass = PROJECT_PASSES.get(id);
    const meta = ruleMeta(id);
    if (!pass || !meta) continue;
    const files = [...summaries]
      .filter(([, byRule]) => id in byRule)
      .map(([filePath, byRule]) => ({ filePath, displayPath: path.relative(cwd, filePath).split(path.sep).join('/'), summary: byRule[id] as never }));
    const found = new Map<string, LintMessage[]>();
    for (const finding of pass(files, resolveOptions(meta, setting.options) as never)) {
      found.set(finding.filePath, [
        ...(found.get(finding.filePath) ?? []),
        {
          ruleId: `${RULE_PREFIX}${id}`,
          severity: setting.severity,
          message: interpolate(meta.messages[finding.messageId] ?? finding.messageId, finding.data),
          ...finding.loc,
          messageId: finding.messageId,
          data: finding.data,
          nodeType: 'JSXOpeningElement',
        },
      ]);
    }
    // Every file with a suppression naming this rule is looked at, so one that suppresses nothing is reported.
    for (const [filePath, byRule] of summaries) {
      const messages = found.get(filePath) ?? [];
      const suppressions = ((byRule[DISABLE_NEXT_LINE] ?? []) as Suppression[]).filter((suppression) => suppression.rules.includes(id));
      if (messages.length === 0 && suppressions.length === 0) continue;
      const { kept, suppressed, unused } = applySuppressions({ suppressions, problems: [] }, messages.map((message) => ({ ruleId: id, loc: lintLoc(message), message })), [id]);
      const file = entry(filePath);
      file.messages.push(...kept.map((finding) => finding.message), ...unusedWarnings(unused));
      file.suppressedMessages.push(...suppressed.map(({ finding, by }) => suppressedByDirectives(finding.message, by)));
    }
  }
  return byFile;
}

/** A message's place as the model gives it (0-based columns), which suppressions match on. */
function lintLoc(message: LintMessage): SourceLocation {
  return {
    start: { line: message.line, column: message.column - 1 },
    end: { line: message.endLine ?? message.line, column: (message.endColumn ?? message.column) - 1 },
  };
}
