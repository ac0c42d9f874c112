/**
 * Analyse one source file: parse, build the model, resolve styles, run every enabled check, and return
 * ESLint-shaped messages. Parse failures become one fatal message (ESLint's convention).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { analyseProgram } from '../checks/analysis.js';
import type { FileAnalysis, Review } from '../checks/types.js';
import { parseWithTypescriptEstree, type ScriptParser } from '../parse/script.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { ruleMeta } from '../catalog/index.js';
import { RULE_PREFIX } from '../catalog/prefix.js';
import { MAX_JSX_DEPTH, TOO_DEEP } from '../model/build.js';
import type { UIModel } from '../model/types.js';
import { expandComponents } from './components.js';
import { summariseContexts, type ContextSummary } from './context-summary.js';
import { ComponentFindings } from './component-findings.js';
import { localeSuffix, onlyInLocale, otherLocales } from './locale-findings.js';
import { byPosition, interpolate, runChecks, type CheckedFinding } from './run-checks.js';
import type { ReadFile } from '../resolve/modules.js';
import { loadScope, ProjectCache, type UnresolvedImport } from '../resolve/stylesheets.js';
import { ProjectValues } from '../resolve/values.js';
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
  readFile: ReadFile;
  parser?: ScriptParser;
  /** Shared across the files of one run so that each stylesheet and imported module is parsed once. */
  cache?: ProjectCache;
  /** Also summarise the file's consent contexts (for the HTML report); off by default, as it costs a style pass. */
  summariseContexts?: boolean;
  /**
   * The pre-filter's second look, once the file is parsed (copy-text.ts): false when the words its UI can show
   * could start no finding, and the file is not analysed.
   */
  admits?: (program: TSESTree.Program) => boolean;
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
  /** The file was parsed, and its copy holds no word that could start a finding (SourceInput.admits): not analysed. */
  notAnalysed?: true;
  /**
   * Present when a checker-only rule summarised the file for its project pass: plain data, by rule id; and under
   * DISABLE_NEXT_LINE the file's suppressions naming checker-only rules, for their passes to apply (Suppression[]).
   */
  summaries?: Record<string, unknown>;
}

export { RULE_PREFIX };

export function analyseSourceInDetail(input: SourceInput): SourceAnalysis {
  const parser = input.parser ?? parseWithTypescriptEstree;
  // Parsed through the run's module cache when it parses the same way: a page component is parsed once, whether it
  // is analysed first or imported first.
  const parsed = input.cache?.modules.parsesWith(parser) ? input.cache.modules.parseResult(input.filePath, input.text) : parser(input.text, input.filePath);
  if (!parsed.ok) {
    return {
      messages: [{ ruleId: null, fatal: true, severity: 2, message: `Parsing error: ${parsed.error.message}`, line: parsed.error.line, column: parsed.error.column, nodeType: null }],
      suppressedMessages: [],
      reviews: [],
      unresolvedImports: [],
    };
  }
  if (input.admits?.(parsed.value) === false) return { messages: [], suppressedMessages: [], reviews: [], unresolvedImports: [], notAnalysed: true };
  const cache = input.cache ?? new ProjectCache();
  const parsedInput = { program: parsed.value, source: input.text, filePath: input.filePath, settings: input.settings, cache, readFile: input.readFile };
  const { analysis, unresolvedImports, locales } = analyseParsed(parsedInput);
  const components = new ComponentFindings(cache, input.settings, input.readFile, (file, text) => analyseModule(file, text, input.settings, cache, input.readFile));
  const checked = runChecks(analysis, input.rules, { findings: components, file: input.filePath });
  // Copy from message files: each other locale's copy, where settings ask for every locale.
  for (const locale of locales.read ? otherLocales(input.settings, locales.default) : []) {
    const other = analyseParsed({ ...parsedInput, locale }).analysis;
    const found = runChecks(other, input.rules, { findings: components, file: input.filePath }).findings;
    for (const f of onlyInLocale(checked.findings, found, input.filePath, locale)) checked.findings.push({ ...f, message: `${f.message}${localeSuffix(locale)}` });
    checked.findings.sort(byPosition);
  }
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

export interface ParsedInput {
  program: TSESTree.Program;
  source: string;
  filePath: string;
  settings: ResolvedSettings;
  cache: ProjectCache;
  readFile: ReadFile;
  /** The locale the copy is read in; the project's default when undefined. */
  locale?: string;
}

/**
 * The analysis of a parsed file, with the components it renders expanded and its stylesheets in scope: what every
 * check reads, for the checker, the ESLint rules and the components a use site renders (component-findings.ts).
 */
/** Whether a file shows translated messages, and then in which locale by default. */
export type ShownLocales = { read: true; default: string } | { read: false };

export function analyseParsed(input: ParsedInput): { analysis: FileAnalysis; unresolvedImports: UnresolvedImport[]; locales: ShownLocales } {
  return input.cache.modules.pinned(() => analyseParsedPinned(input));
}

function analyseParsedPinned(input: ParsedInput): { analysis: FileAnalysis; unresolvedImports: UnresolvedImport[]; locales: ShownLocales } {
  const resolver = input.cache.resolver(input.readFile);
  const values = new ProjectValues(resolver, { locales: input.cache.locales(input.readFile, input.settings.i18n), locale: input.locale });
  let unresolvedImports: UnresolvedImport[] = [];
  let unresolvedComponents: UnresolvedImport[] = [];
  const analysis = analyseProgram({
    program: input.program,
    source: input.source,
    settings: input.settings,
    file: input.filePath,
    external: values,
    expand: (model, program) => {
      unresolvedComponents = expandComponents(model, program, { filePath: input.filePath, resolver, settings: input.settings, values });
    },
    scopeFor: (model) => {
      const loaded = loadScope(model, input.filePath, resolver, input.cache, input.program);
      unresolvedImports = [...loaded.unresolved, ...unresolvedComponents];
      return loaded.scope;
    },
  });
  // The project's default locale only matters to a file that shows translated messages (finding it means looking
  // for message files under every convention).
  const locales: ShownLocales = values.messagesRead > 0 ? { read: true, default: values.locale ?? values.defaultLocale(input.filePath) } : { read: false };
  return { analysis, unresolvedImports, locales };
}

/** A module a use site renders, analysed on its own (component-findings.ts); undefined when it does not parse. */
export function analyseModule(file: string, text: string, settings: ResolvedSettings, cache: ProjectCache, readFile: ReadFile): FileAnalysis | undefined {
  const program = cache.modules.program(file, text);
  return program ? analyseParsed({ program, source: text, filePath: file, settings, cache, readFile }).analysis : undefined;
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
