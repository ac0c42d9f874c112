/**
 * From matched cases to figures: precision and recall overall, per rule and per tag, and the needs-review share.
 * Pure functions of their input, so the figures are deterministic and unit-testable without the checker.
 */
import { matchCase, type CaseMatch, type Label, type Reported } from './match.js';

/** A needs-review result, with its file relative to the case folder. */
export interface ReviewAt {
  rule: string;
  file: string;
  line: number;
  reason: string;
  detail: string;
}

/** A consent context the checker found (one that offers a choice or holds a control), by its lines. */
export interface ContextAt {
  file: string;
  /** The line of the context root's opening tag. */
  line: number;
  /** The line where the context root ends. */
  endLine: number;
  element: string;
}

export interface CaseInput {
  id: string;
  title: string;
  tags: readonly string[];
  findings: readonly Label[];
  debatable: readonly Label[];
}

export interface CaseOutcome {
  reported: readonly Reported[];
  reviews: readonly ReviewAt[];
  contexts: readonly ContextAt[];
}

export interface NeedsReview {
  contexts: number;
  /** Contexts with at least one needs-review result inside them. */
  reviewedContexts: number;
  /** The same, by the rule of the needs-review result. */
  reviewedContextsByRule: Record<string, number>;
  reviews: number;
  reviewsByRule: Record<string, number>;
  /** Needs-review results in no context: counted, but they make no context "needs review". */
  reviewsOutsideContexts: number;
}

export interface CaseScore {
  id: string;
  title: string;
  tags: string[];
  /** The case expects no finding (its `findings` array is empty). */
  clean: boolean;
  match: CaseMatch;
  needsReview: NeedsReview;
  reviews: ReviewAt[];
}

export interface Figures {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Reported findings that matched only a debatable entry. */
  debatable: number;
  /** TP / (TP + FP); null when nothing was reported. */
  precision: number | null;
  /** TP / (TP + FN); null when nothing was expected. */
  recall: number | null;
}

export interface ReviewFigures {
  contexts: number;
  reviewedContexts: number;
  /** reviewedContexts / contexts; null when no context was found. */
  needsReviewShare: number | null;
}

export interface RuleFigures extends Figures, ReviewFigures {
  reviews: number;
}

export interface TagFigures extends Figures, ReviewFigures {
  cases: number;
  cleanCases: number;
  /** Clean cases with at least one false positive. */
  cleanCasesWithFinding: number;
}

/** One false positive or false negative, for a developer to read. */
export interface Miss {
  case: string;
  file: string;
  line: number;
  rule: string;
  /** The checker's message (false positive) or the label's `why` (false negative). */
  message: string;
}

export interface Summary {
  cases: number;
  overall: Figures & ReviewFigures & { reviews: number; reviewsOutsideContexts: number; cleanCases: number; cleanCasesWithFinding: number };
  rules: Record<string, RuleFigures>;
  tags: Record<string, TagFigures>;
  falsePositives: Miss[];
  falseNegatives: Miss[];
}

export function scoreCase(input: CaseInput, outcome: CaseOutcome): CaseScore {
  return {
    id: input.id,
    title: input.title,
    tags: [...input.tags],
    clean: input.findings.length === 0,
    match: matchCase(input.findings, input.debatable, outcome.reported),
    needsReview: needsReview(outcome.contexts, outcome.reviews),
    reviews: [...outcome.reviews],
  };
}

/**
 * The needs-review share's numerator and denominator for one case. A context needs review when a needs-review
 * result lies inside it: same file, and the result's line is within the context root's lines (from its opening
 * tag to its end). A result inside nested contexts counts for each of them.
 */
export function needsReview(contexts: readonly ContextAt[], reviews: readonly ReviewAt[]): NeedsReview {
  const inside = (context: ContextAt, review: ReviewAt) => review.file === context.file && review.line >= context.line && review.line <= context.endLine;
  const reviewedContextsByRule: Record<string, number> = {};
  let reviewedContexts = 0;
  for (const context of contexts) {
    const rules = new Set(reviews.filter((review) => inside(context, review)).map((review) => review.rule));
    if (rules.size > 0) reviewedContexts++;
    for (const rule of rules) reviewedContextsByRule[rule] = (reviewedContextsByRule[rule] ?? 0) + 1;
  }
  const reviewsByRule: Record<string, number> = {};
  for (const review of reviews) reviewsByRule[review.rule] = (reviewsByRule[review.rule] ?? 0) + 1;
  return {
    contexts: contexts.length,
    reviewedContexts,
    reviewedContextsByRule,
    reviews: reviews.length,
    reviewsByRule,
    reviewsOutsideContexts: reviews.filter((review) => !contexts.some((context) => inside(context, review))).length,
  };
}

/** Figures over scored cases; `ruleIds` lists every rule, so a rule nobody labelled or reported still has a row. */
export function summarise(cases: readonly CaseScore[], ruleIds: readonly string[]): Summary {
  const rules: Record<string, RuleFigures> = {};
  for (const rule of [...ruleIds].sort()) {
    const only = (entry: { rule: string }) => entry.rule === rule;
    const figures = figuresOf(cases.map((c) => ({
      truePositives: c.match.truePositives.filter((pair) => only(pair.expected)).length,
      falsePositives: c.match.falsePositives.filter(only).length,
      falseNegatives: c.match.falseNegatives.filter(only).length,
      debatable: c.match.debatable.filter((pair) => only(pair.reported)).length,
    })));
    const contexts = sum(cases, (c) => c.needsReview.contexts);
    const reviewedContexts = sum(cases, (c) => c.needsReview.reviewedContextsByRule[rule] ?? 0);
    rules[rule] = { ...figures, contexts, reviewedContexts, needsReviewShare: ratio(reviewedContexts, contexts), reviews: sum(cases, (c) => c.needsReview.reviewsByRule[rule] ?? 0) };
  }

  const tags: Record<string, TagFigures> = {};
  for (const tag of [...new Set(cases.flatMap((c) => c.tags))].sort()) {
    const tagged = cases.filter((c) => c.tags.includes(tag));
    tags[tag] = { cases: tagged.length, ...caseFigures(tagged) };
  }

  return {
    cases: cases.length,
    overall: {
      ...caseFigures(cases),
      reviews: sum(cases, (c) => c.needsReview.reviews),
      reviewsOutsideContexts: sum(cases, (c) => c.needsReview.reviewsOutsideContexts),
    },
    rules,
    tags,
    falsePositives: cases.flatMap((c) => c.match.falsePositives.map((found) => miss(c, found, found.message))),
    falseNegatives: cases.flatMap((c) => c.match.falseNegatives.map((label) => miss(c, label, label.why))),
  };
}

/** precision and recall, or null where the denominator is 0 (no claim either way). */
export function figuresOf(counts: ReadonlyArray<Omit<Figures, 'precision' | 'recall'>>): Figures {
  const truePositives = sum(counts, (c) => c.truePositives);
  const falsePositives = sum(counts, (c) => c.falsePositives);
  const falseNegatives = sum(counts, (c) => c.falseNegatives);
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    debatable: sum(counts, (c) => c.debatable),
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
  };
}

function caseFigures(cases: readonly CaseScore[]): Figures & ReviewFigures & { cleanCases: number; cleanCasesWithFinding: number } {
  const contexts = sum(cases, (c) => c.needsReview.contexts);
  const reviewedContexts = sum(cases, (c) => c.needsReview.reviewedContexts);
  const clean = cases.filter((c) => c.clean);
  return {
    ...figuresOf(cases.map((c) => ({
      truePositives: c.match.truePositives.length,
      falsePositives: c.match.falsePositives.length,
      falseNegatives: c.match.falseNegatives.length,
      debatable: c.match.debatable.length,
    }))),
    contexts,
    reviewedContexts,
    needsReviewShare: ratio(reviewedContexts, contexts),
    cleanCases: clean.length,
    cleanCasesWithFinding: clean.filter((c) => c.match.falsePositives.length > 0).length,
  };
}

function miss(scored: CaseScore, entry: { file: string; line: number; rule: string }, message: string): Miss {
  return { case: scored.id, file: entry.file, line: entry.line, rule: entry.rule, message };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
