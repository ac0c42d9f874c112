import type { ConsentAnalysis } from '../context/detect.js';
import type { StyleSource } from '../css/resolve.js';
import type { Range, SourceLocation, UIElement, UIModel, UnresolvedReason } from '../model/types.js';
import type { ResolvedSettings } from '../settings/settings.js';
import type { PageActivity } from '../browser/tracking-types.js';

/** Everything a check reads, built once per file and shared by every check. */
export interface FileAnalysis {
  model: UIModel;
  consent: ConsentAnalysis;
  /** The static StyleResolver in the checker and ESLint; the browser's computed values in an audit. */
  styles: StyleSource;
  settings: ResolvedSettings;
  /** The file's text, where the caller has it: suggestions that remove code tidy the whitespace around it. */
  source?: string | undefined;
  /**
   * In a browser audit only: what the page fetched and stored before any choice, and whether an element is drawn
   * on screen. Audit-only rules read it; a static analysis has none.
   */
  page?: (PageActivity & { shown(element: UIElement): boolean }) | undefined;
}

export interface SuggestionData {
  messageId: string;
  data: Record<string, string | number>;
  fix: { range: Range; text: string };
}

/** A failure: what is wrong, where, and the measured data the message interpolates. */
export interface Finding {
  ruleId: string;
  messageId: string;
  data: Record<string, string | number>;
  element: UIElement;
  loc: SourceLocation;
  range: Range;
  suggestions?: SuggestionData[];
  /** Tells apart findings one check makes on the same element with the same message (one per tracker on a prompt). */
  distinct?: string;
}

/** A result the check could not decide: incomplete, with the reason (axe-core's third value). */
export interface Review {
  ruleId: string;
  element: UIElement;
  loc: SourceLocation;
  reason: UnresolvedReason;
  detail: string;
}

export interface CheckOutput {
  findings: Finding[];
  reviews: Review[];
  /** A checker-only rule's plain-data digest of the file, for its project pass (see project.ts). */
  summary?: unknown;
}

/** A pure check: (file analysis, options) → findings and needs-review results. */
export type Check<Options extends object> = (analysis: FileAnalysis, options: Options) => CheckOutput;
