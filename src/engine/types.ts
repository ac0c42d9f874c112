/**
 * Results in ESLint's shape (`ESLint.LintResult` / `Linter.LintMessage`), so every ESLint formatter, reporter and
 * CI integration reads honest-ui's JSON without an adapter.
 */
export type Severity = 0 | 1 | 2;

export interface Suggestion {
  desc: string;
  messageId?: string;
  fix: { range: [number, number]; text: string };
}

export interface LintMessage {
  /** `honest-ui/<id>`, or null for a fatal parse error. */
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, as ESLint reports columns. */
  column: number;
  endLine?: number;
  endColumn?: number;
  messageId?: string;
  /** The measured data the message interpolates (sizes, colours, contrast ratios). */
  data?: Record<string, string | number>;
  fatal?: true;
  suggestions?: Suggestion[];
  nodeType?: string | null;
  /**
   * A browser audit's findings are on a rendered page (the result's filePath is its URL): the CSS selector of the
   * element, and `line` is the element's place in document order rather than a source line.
   */
  selector?: string;
  /** A browser audit's finding about a request the page made (SARIF's webRequest). */
  webRequest?: { method: string; target: string };
}

/**
 * Why a finding was not reported: ESLint's `LintSuppression`. `directive` is an inline comment
 * (`honest-ui-disable-next-line`) with its reason, as ESLint records an `eslint-disable` comment; `file` is the
 * baseline, as ESLint 9 records its bulk suppressions file (eslint-suppressions.json), with an empty justification.
 */
export interface LintSuppression {
  kind: 'directive' | 'file';
  justification: string;
}

/** ESLint's `SuppressedLintMessage`: the message as it would have been reported, and what suppressed it. */
export interface SuppressedLintMessage extends LintMessage {
  suppressions: LintSuppression[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  /** Findings suppressed by a comment or the baseline: in no count, no exit code and no format but json and sarif. */
  suppressedMessages: SuppressedLintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
  source?: string;
}

export function summarise(filePath: string, messages: LintMessage[], suppressedMessages: SuppressedLintMessage[] = []): LintResult {
  const errors = messages.filter((m) => m.severity === 2);
  return {
    filePath,
    messages,
    suppressedMessages,
    errorCount: errors.length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: messages.length - errors.length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

/** ESLint's order: by line, then column, then rule id (fatal messages, with no rule, first). */
export function sortMessages<M extends LintMessage>(messages: readonly M[]): M[] {
  return [...messages].sort((a, b) => a.line - b.line || a.column - b.column || compare(a.ruleId ?? '', b.ruleId ?? ''));
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
