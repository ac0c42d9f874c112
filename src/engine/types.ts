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
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
  source?: string;
}

export function summarise(filePath: string, messages: LintMessage[]): LintResult {
  const errors = messages.filter((m) => m.severity === 2);
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: errors.length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: messages.length - errors.length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}
