/**
 * The project passes of checker-only rules: after every file is analysed, each enabled rule's pass reads the
 * summaries its per-file check returned (plain data, see checks/project.ts) and reports findings on files, in
 * ESLint's message shape.
 */
import path from 'node:path';
import { ruleMeta } from '../catalog/index.js';
import { reportFlippedOrders } from '../checks/consistent-choice-order.js';
import type { ProjectPass } from '../checks/project.js';
import { RULE_PREFIX, type RuleConfig } from './analyse.js';
import { interpolate, resolveOptions } from './run-checks.js';
import type { LintMessage } from './types.js';

/** By rule id; each pass reads the summaries of its own rule's check. */
export const PROJECT_PASSES: ReadonlyMap<string, ProjectPass<never, never>> = new Map<string, ProjectPass<never, never>>([
  ['consistent-choice-order', reportFlippedOrders as ProjectPass<never, never>],
]);

/** Whether a rule with a project pass is enabled, so per-file summaries are worth collecting. */
export function hasProjectPasses(rules: RuleConfig): boolean {
  return [...rules.keys()].some((id) => PROJECT_PASSES.has(id));
}

/** Summaries by file, then by rule id, as the per-file checks returned them. */
export type ProjectSummaries = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

/** Run the enabled rules' project passes: messages by file path. */
export function runProjectPasses(summaries: ProjectSummaries, rules: RuleConfig, cwd: string): Map<string, LintMessage[]> {
  const messages = new Map<string, LintMessage[]>();
  for (const [id, setting] of rules) {
    const pass = PROJECT_PASSES.get(id);
    const meta = ruleMeta(id);
    if (!pass || !meta) continue;
    const files = [...summaries]
      .filter(([, byRule]) => id in byRule)
      .map(([filePath, byRule]) => ({ filePath, displayPath: path.relative(cwd, filePath).split(path.sep).join('/'), summary: byRule[id] as never }));
    for (const found of pass(files, resolveOptions(meta, setting.options) as never)) {
      const list = messages.get(found.filePath) ?? [];
      list.push({
        ruleId: `${RULE_PREFIX}${id}`,
        severity: setting.severity,
        message: interpolate(meta.messages[found.messageId] ?? found.messageId, found.data),
        ...found.loc,
        messageId: found.messageId,
        data: found.data,
        nodeType: 'JSXOpeningElement',
      });
      messages.set(found.filePath, list);
    }
  }
  return messages;
}
