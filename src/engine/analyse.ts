/**
 * Analyse one source file: parse, build the model, resolve styles, run every enabled check, and return
 * ESLint-shaped messages. Parse failures become one fatal message (ESLint's convention).
 */
import { analyseProgram } from '../checks/analysis.js';
import type { Review } from '../checks/types.js';
import { parseWithTypescriptEstree, type ScriptParser } from '../parse/script.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { ruleMeta } from '../catalog/index.js';
import { interpolate, runChecks } from './run-checks.js';
import { loadScope, StylesheetCache, type UnresolvedImport } from './stylesheets.js';
import type { LintMessage } from './types.js';

export interface RuleSetting {
  severity: 1 | 2;
  options: Record<string, unknown>;
}

/** Enabled rules by id (without the `honest-ui/` prefix). */
export type RuleConfig = ReadonlyMap<string, RuleSetting>;

export interface SourceInput {
  /** Absolute path of the file. */
  filePath: string;
  text: string;
  settings: ResolvedSettings;
  rules: RuleConfig;
  /** Reads an imported file (a stylesheet, a component) from disk, or undefined when it can't be read. */
  readFile: (absolutePath: string) => string | undefined;
  parser?: ScriptParser;
  /** Shared across the files of one run so that each stylesheet is parsed once. */
  stylesheets?: StylesheetCache;
}

export interface SourceAnalysis {
  messages: LintMessage[];
  /** Results the checks could not decide, with reasons (shown in verbose mode). */
  reviews: Review[];
  unresolvedImports: UnresolvedImport[];
}

export const RULE_PREFIX = 'honest-ui/';

export function analyseSourceInDetail(input: SourceInput): SourceAnalysis {
  const parser = input.parser ?? parseWithTypescriptEstree;
  const parsed = parser(input.text, input.filePath);
  if (!parsed.ok) {
    return {
      messages: [{ ruleId: null, fatal: true, severity: 2, message: `Parsing error: ${parsed.error.message}`, line: parsed.error.line, column: parsed.error.column, nodeType: null }],
      reviews: [],
      unresolvedImports: [],
    };
  }
  const cache = input.stylesheets ?? new StylesheetCache();
  let unresolvedImports: UnresolvedImport[] = [];
  const analysis = analyseProgram({
    program: parsed.value,
    settings: input.settings,
    scopeFor: (model) => {
      const loaded = loadScope(model, input.filePath, input.readFile, cache);
      unresolvedImports = loaded.unresolved;
      return loaded.scope;
    },
  });
  const { findings, reviews } = runChecks(analysis, input.rules);
  const messages: LintMessage[] = findings.map((f) => ({
    ruleId: `${RULE_PREFIX}${f.ruleId}`,
    severity: f.severity,
    message: f.message,
    line: f.loc.start.line,
    column: f.loc.start.column + 1,
    endLine: f.loc.end.line,
    endColumn: f.loc.end.column + 1,
    messageId: f.messageId,
    data: f.data,
    nodeType: 'JSXOpeningElement',
    ...(f.suggestions?.length
      ? {
          suggestions: f.suggestions.map((s) => ({
            desc: interpolate(ruleMeta(f.ruleId)?.messages[s.messageId] ?? s.messageId, s.data),
            messageId: s.messageId,
            fix: { range: [s.fix.range[0], s.fix.range[1]] as [number, number], text: s.fix.text },
          })),
        }
      : {}),
  }));
  return { messages, reviews, unresolvedImports };
}

export function analyseSource(input: SourceInput): LintMessage[] {
  return analyseSourceInDetail(input).messages;
}
