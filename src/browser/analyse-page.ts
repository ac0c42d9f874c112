/**
 * Analyse a rendered page: its snapshot becomes the core's UI model (dom-model.ts) with the browser's computed
 * styles (dom-styles.ts), consent contexts are found and classified by the same lexicons as in source, and the
 * same checks run. Findings become ESLint-shaped messages located by the page URL and a CSS selector.
 */
import type { FileAnalysis, Review } from '../checks/types.js';
import { analyseConsent } from '../context/detect.js';
import type { RuleConfig } from '../engine/analyse.js';
import { RULE_PREFIX } from '../engine/analyse.js';
import { summariseContexts, type ContextSummary } from '../engine/context-summary.js';
import { runChecks, type CheckedFinding } from '../engine/run-checks.js';
import type { LintMessage } from '../engine/types.js';
import type { UIElement } from '../model/types.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { buildDomModel, selectorOf } from './dom-model.js';
import { DomStyles, type Placement } from './dom-styles.js';
import type { PageSnapshot } from './snapshot.js';
import type { PageActivity } from './tracking-types.js';

export interface PageAnalysis {
  analysis: FileAnalysis;
  styles: DomStyles;
  messages: LintMessage[];
  reviews: Review[];
  /** The consent contexts as the HTML report draws them, with each one's element and its choices' places. */
  contexts: ContextSummary[];
  /** Per-file summaries of project rules (consistent-choice-order), compared across the audited pages. */
  summaries: Record<string, unknown>;
}

export interface AnalyseSnapshotInput {
  snapshot: PageSnapshot;
  settings: ResolvedSettings;
  rules: RuleConfig;
  /** What the page fetched and stored, for no-tracking-before-consent. */
  activity?: PageActivity | undefined;
}

export function analyseSnapshot(input: AnalyseSnapshotInput): PageAnalysis {
  const { model, entries } = buildDomModel(input.snapshot, input.settings);
  const consent = analyseConsent(model, { settings: input.settings, lexicon: input.settings.lexicon });
  const styles = new DomStyles(input.snapshot, entries);
  const analysis: FileAnalysis = {
    model,
    consent,
    styles,
    settings: input.settings,
    ...(input.activity ? { page: { ...input.activity, shown: (element: UIElement) => styles.placement(element)?.shown ?? false } } : {}),
  };
  const checked = runChecks(analysis, input.rules);
  return {
    analysis,
    styles,
    messages: checked.findings.map(toMessage),
    reviews: checked.reviews,
    contexts: summariseContexts(analysis).map((summary) => withPlaces(summary, model.elements, styles)),
    summaries: checked.summaries,
  };
}

/** A finding as ESLint's message, located by its element's selector; `line` is the element's place in document order. */
export function toMessage(finding: CheckedFinding): LintMessage {
  return {
    ruleId: `${RULE_PREFIX}${finding.ruleId}`,
    severity: finding.severity,
    message: finding.message,
    line: finding.loc.start.line,
    column: 1,
    endLine: finding.element.loc.end.line,
    endColumn: 1,
    messageId: finding.messageId,
    data: finding.data,
    nodeType: null,
    selector: selectorOf(finding.element),
    ...(finding.data.kind === 'request' && typeof finding.data.request === 'string' ? { webRequest: { method: String(finding.data.method ?? 'GET'), target: finding.data.request } } : {}),
  };
}

/** The selectors and boxes of a context and its choices, for the report's screenshots. */
function withPlaces(summary: ContextSummary, elements: readonly UIElement[], styles: DomStyles): ContextSummary {
  const at = (line: number): UIElement | undefined => elements[line - 1];
  const place = (line: number): { selector: string; placement?: Placement } => {
    const element = at(line);
    const placement = element ? styles.placement(element) : undefined;
    return { selector: element ? selectorOf(element) : '', ...(placement ? { placement } : {}) };
  };
  const root = place(summary.line);
  return {
    ...summary,
    selector: root.selector,
    ...(root.placement ? { box: root.placement.box, shown: root.placement.shown } : {}),
    choices: summary.choices.map((choice) => {
      const found = place(choice.line);
      return { ...choice, selector: found.selector, ...(found.placement ? { box: found.placement.box, shown: found.placement.shown, belowFold: found.placement.belowFold } : {}) };
    }),
    controls: summary.controls.map((control) => {
      const found = place(control.line);
      return { ...control, selector: found.selector, ...(found.placement ? { box: found.placement.box, shown: found.placement.shown, belowFold: found.placement.belowFold } : {}) };
    }),
  };
}
