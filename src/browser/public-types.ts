/**
 * The types `eslint-plugin-honest-ui/browser` publishes, written out on their own so the package ships two small
 * declaration files instead of the core's: they describe the same objects `auditPage` returns (ESLint's result
 * shape, with the audit's additions).
 */

export type BrowserRuleEntry = 'off' | 'warn' | 'error' | ['off' | 'warn' | 'error'] | ['off' | 'warn' | 'error', Record<string, unknown>];

export interface BrowserAuditOptions {
  /** `recommended` (default) or `strict`, as in the checker's config. */
  extends?: 'recommended' | 'strict';
  /** Rules as in the checker's config, with or without the `honest-ui/` prefix. */
  rules?: Record<string, BrowserRuleEntry>;
  /** The same settings as `settings['honest-ui']` in ESLint (validated: a typo throws, naming the key). */
  settings?: Record<string, unknown>;
  /** Screenshots of each consent context (for an HTML report). */
  screenshots?: boolean;
  /** Click a "Manage"/"Settings" choice once and audit the layer it opens (as `secondLayer`). */
  explore?: boolean;
  /** Wait for the network and the DOM to be still before reading the page (default true). */
  settle?: boolean;
}

/** ESLint's LintMessage, located by the element's CSS selector (`line` is its place in document order). */
export interface BrowserAuditMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  messageId?: string;
  data?: Record<string, string | number>;
  fatal?: true;
  selector?: string;
  webRequest?: { method: string; target: string };
}

export interface BrowserAuditReport {
  /** The page's URL (ESLint's filePath). */
  filePath: string;
  url: string;
  messages: BrowserAuditMessage[];
  suppressedMessages: BrowserAuditMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
  /** What the checks could not decide, with the reason. */
  reviews: Array<{ ruleId: string; reason: string; detail: string; loc: { start: { line: number; column: number }; end: { line: number; column: number } } }>;
  /** The consent contexts found, with their choices, controls, measured styles, selectors and boxes. */
  contexts: object[];
  secondLayer?: BrowserAuditReport;
}
