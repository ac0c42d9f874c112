/**
 * Analyse one source file: parse, build the model, resolve styles, run every enabled check, and return
 * ESLint-shaped messages. Parse failures become one fatal message (ESLint's convention).
 */
import { analyseProgram } from '../checks/analysis.js';
import type { Review } from '../checks/types.js';
import { parseWithTypescriptEstree, type ScriptParser } from '../parse/script.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { ruleMeta } from '../catalog/index.js';
import { MAX_JSX_DEPTH, TOO_DEEP } from '../model/build.js';
import type { UIModel } from '../model/types.js';
import { expandComponents } from './components.js';
import { summariseContexts, type ContextSummary } from './context-summary.js';
import { interpolate, runChecks, type CheckedFinding } from './run-checks.js';
import { loadScope, StylesheetCache, type UnresolvedImport } from './stylesheets.js';
import { DISABLE_NEXT_LINE, suppressedByDirectives, suppressInFile } from './suppressions.js';
import type { LintMessage, SuppressedLintMessage } from './types.js';

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
  /** Also summarise the file's consent contexts (for the HTML report); off by default, as it costs a style pass. */
  summariseContexts?: boolean;
}

export interface SourceAnalysis {
  messages: LintMessage[];
  /** Findings an `honest-ui-disable-next-line` comment silenced, with its reason (ESLint's suppressedMessages). */
  suppressedMessages: SuppressedLintMessage[];
  /** Results the checks could not decide, with reasons (shown in verbose mode). */
  reviews: Review[];
  unresolvedImports: UnresolvedImport[];
  /** Present when `summariseContexts` was asked for. */
  contexts?: ContextSummary[];
  /**
   * Present when a checker-only rule summarised the file for its project pass: plain data, by rule id; and under
   * DISABLE_NEXT_LINE the file's suppressions naming checker-only rules, for their passes to apply (Suppression[]).
   */
  summaries?: Record<string, unknown>;
}

export const RULE_PREFIX = 'honest-ui/';

export function analyseSourceInDetail(input: SourceInput): SourceAnalysis {
  const parser = input.parser ?? parseWithTypescriptEstree;
  const parsed = parser(input.text, input.filePath);
  if (!parsed.ok) {
    return {
      messages: [{ ruleId: null, fatal: true, severity: 2, message: `Parsing error: ${parsed.error.message}`, line: parsed.error.line, column: parsed.error.column, nodeType: null }],
      suppressedMessages: [],
      reviews: [],
      unresolvedImports: [],
    };
  }
  const cache = input.stylesheets ?? new StylesheetCache();
  let unresolvedImports: UnresolvedImport[] = [];
  let unresolvedComponents: UnresolvedImport[] = [];
  const analysis = analyseProgram({
    program: parsed.value,
    source: input.text,
    settings: input.settings,
    expand: (model, program) => {
      unresolvedComponents = expandComponents(model, program, { filePath: input.filePath, readFile: input.readFile, cache: cache.components, settings: input.settings });
    },
    scopeFor: (model) => {
      const loaded = loadScope(model, input.filePath, input.readFile, cache);
      unresolvedImports = [...loaded.unresolved, ...unresolvedComponents];
      return loaded.scope;
    },
  });
  const checked = runChecks(analysis, input.rules);
  const reviews = checked.reviews;
  // `honest-ui-disable-next-line` comments: suppressed findings are set aside; broken or unused comments are reported.
  const suppression = suppressInFile(parsed.value.comments, checked.findings, input.rules.keys());
  const toMessage = (f: CheckedFinding): LintMessage => ({
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
  });
  const messages = [...suppression.findings.map(toMessage), ...suppression.messages, ...tooDeepNotice(analysis.model)];
  const summaries = suppression.deferred.length > 0 ? { ...checked.summaries, [DISABLE_NEXT_LINE]: suppression.deferred } : checked.summaries;
  return {
    messages,
    suppressedMessages: suppression.suppressed.map(({ finding, by }) => suppressedByDirectives(toMessage(finding), by)),
    reviews,
    unresolvedImports,
    ...(input.summariseContexts ? { contexts: summariseContexts(analysis) } : {}),
    ...(Object.keys(summaries).length > 0 ? { summaries } : {}),
  };
}

export function analyseSource(input: SourceInput): LintMessage[] {
  return analyseSourceInDetail(input).messages;
}

/**
 * JSX nested deeper than the model builder follows (MAX_JSX_DEPTH) was not analysed: one warning without a rule,
 * at the first place the cut was made, so the report says a part of the file went unseen instead of passing it
 * as clean. (typescript-estree gives up long before; oxc parses any depth.)
 */
function tooDeepNotice(model: UIModel): LintMessage[] {
  const cut = model.elements.find((element) => element.name === TOO_DEEP) ?? model.elements.flatMap((element) => element.children).find((child) => child.kind === 'text' && !child.text.known && child.text.reason === 'too-deep');
  if (!cut) return [];
  return [{
    ruleId: null,
    severity: 1,
    message: `JSX nested more than ${MAX_JSX_DEPTH} levels deep: the part below that depth was not analysed.`,
    line: cut.loc.start.line,
    column: cut.loc.start.column + 1,
    nodeType: null,
    data: { reason: 'too-deep' },
  }];
}
