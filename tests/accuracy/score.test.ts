// Figures from matched cases: precision, recall, per rule and per tag, the needs-review share and the lists of misses.
import { describe, expect, it } from 'vitest';
import type { Label, Reported } from '../../scripts/accuracy/match.js';
import { needsReview, scoreCase, summarise, type CaseInput, type ContextAt, type ReviewAt } from '../../scripts/accuracy/score.js';

const label = (rule: string, line: number, file = 'src/A.tsx'): Label => ({ rule, file, line, why: `${rule} at ${line}` });
const report = (rule: string, line: number, file = 'src/A.tsx'): Reported => ({ rule, file, line, column: 3, message: `${rule} reported at ${line}` });
const context = (line: number, endLine: number, file = 'src/A.tsx'): ContextAt => ({ file, line, endLine, element: 'div' });
const review = (rule: string, line: number, file = 'src/A.tsx'): ReviewAt => ({ rule, file, line, reason: 'css-variable', detail: `${rule} undecided at ${line}` });
const input = (id: string, findings: Label[], tags: string[] = [], debatable: Label[] = []): CaseInput => ({ id, title: id, tags, findings, debatable });

const RULES = ['no-fine-print', 'no-hidden-decline', 'no-preselected-consent'];

describe('needsReview', () => {
  it('counts a context as needing review when a review lies within its lines, in its file', () => {
    const contexts = [context(10, 20), context(30, 40), context(10, 20, 'src/B.tsx')];
    const result = needsReview(contexts, [review('no-fine-print', 10), review('no-fine-print', 20), review('no-hidden-decline', 29), review('no-hidden-decline', 41), review('no-fine-print', 15, 'src/C.tsx')]);
    expect(result.contexts).toBe(3);
    expect(result.reviewedContexts).toBe(1); // only the first: 29 and 41 fall just outside the second, C.tsx has no context
    expect(result.reviewedContextsByRule).toEqual({ 'no-fine-print': 1 });
    expect(result.reviews).toBe(5);
    expect(result.reviewsByRule).toEqual({ 'no-fine-print': 3, 'no-hidden-decline': 2 });
    expect(result.reviewsOutsideContexts).toBe(3);
  });

  it('counts a context once however many reviews it has, and a review inside nested contexts for each', () => {
    const result = needsReview([context(1, 50), context(10, 20)], [review('no-fine-print', 12), review('no-fine-print', 13), review('no-hidden-decline', 14)]);
    expect(result.reviewedContexts).toBe(2);
    expect(result.reviewedContextsByRule).toEqual({ 'no-fine-print': 2, 'no-hidden-decline': 2 });
    expect(result.reviewsOutsideContexts).toBe(0);
  });

  it('has nothing to count without contexts', () => {
    expect(needsReview([], [])).toEqual({ contexts: 0, reviewedContexts: 0, reviewedContextsByRule: {}, reviews: 0, reviewsByRule: {}, reviewsOutsideContexts: 0 });
  });
});

describe('summarise', () => {
  const cases = [
    // 2 TP (fine print, hidden decline), 1 FN (preselected), 1 FP (fine print elsewhere), 1 debatable match.
    scoreCase(input('one', [label('no-fine-print', 10), label('no-hidden-decline', 20), label('no-preselected-consent', 30)], ['lib:mui', 'lang:en'], [label('no-fine-print', 50)]), {
      reported: [report('no-fine-print', 11), report('no-hidden-decline', 20), report('no-fine-print', 40), report('no-fine-print', 52)],
      reviews: [review('no-fine-print', 12), review('no-hidden-decline', 70)],
      contexts: [context(5, 35), context(60, 80)],
    }),
    // Clean, and stays clean.
    scoreCase(input('two', [], ['clean', 'lang:en']), { reported: [], reviews: [], contexts: [context(1, 9)] }),
    // Clean, but gains a finding.
    scoreCase(input('three', [], ['clean', 'lib:mui']), { reported: [report('no-preselected-consent', 4)], reviews: [review('no-preselected-consent', 4)], contexts: [context(1, 9)] }),
  ];
  const summary = summarise(cases, RULES);

  it('counts overall precision and recall', () => {
    expect(summary.cases).toBe(3);
    expect(summary.overall).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 1, debatable: 1 });
    expect(summary.overall.precision).toBeCloseTo(2 / 4, 12);
    expect(summary.overall.recall).toBeCloseTo(2 / 3, 12);
  });

  it('counts each rule on its own: recall per rule, null where nothing was expected or reported', () => {
    expect(summary.rules['no-fine-print']).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0, debatable: 1, precision: 0.5, recall: 1 });
    expect(summary.rules['no-hidden-decline']).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 });
    expect(summary.rules['no-preselected-consent']).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1, precision: 0, recall: 0 });
    const empty = summarise([], RULES);
    expect(empty.rules['no-fine-print']).toMatchObject({ precision: null, recall: null, needsReviewShare: null });
    expect(empty.overall).toMatchObject({ precision: null, recall: null, needsReviewShare: null });
  });

  it('gives the needs-review share: contexts with at least one needs-review result, over all contexts found', () => {
    expect(summary.overall).toMatchObject({ contexts: 4, reviewedContexts: 3, reviews: 3, reviewsOutsideContexts: 0 });
    expect(summary.overall.needsReviewShare).toBe(3 / 4);
    expect(summary.rules['no-fine-print']).toMatchObject({ reviewedContexts: 1, reviews: 1, needsReviewShare: 1 / 4 });
    expect(summary.rules['no-hidden-decline']?.needsReviewShare).toBe(1 / 4);
  });

  it('breaks the figures down by tag, with the clean cases that gained a finding', () => {
    expect(summary.overall).toMatchObject({ cleanCases: 2, cleanCasesWithFinding: 1 });
    expect(summary.tags['clean']).toMatchObject({ cases: 2, cleanCases: 2, cleanCasesWithFinding: 1, truePositives: 0, falsePositives: 1, precision: 0, recall: null });
    expect(summary.tags['lib:mui']).toMatchObject({ cases: 2, truePositives: 2, falsePositives: 2, falseNegatives: 1, cleanCasesWithFinding: 1 });
    expect(summary.tags['lang:en']).toMatchObject({ cases: 2, truePositives: 2, falsePositives: 1, cleanCases: 1, cleanCasesWithFinding: 0 });
    expect(Object.keys(summary.tags)).toEqual(['clean', 'lang:en', 'lib:mui']);
  });

  it('lists every false positive and false negative with case, file, line, rule and message', () => {
    expect(summary.falsePositives).toEqual([
      { case: 'one', file: 'src/A.tsx', line: 40, rule: 'no-fine-print', message: 'no-fine-print reported at 40' },
      { case: 'three', file: 'src/A.tsx', line: 4, rule: 'no-preselected-consent', message: 'no-preselected-consent reported at 4' },
    ]);
    expect(summary.falseNegatives).toEqual([{ case: 'one', file: 'src/A.tsx', line: 30, rule: 'no-preselected-consent', message: 'no-preselected-consent at 30' }]);
  });
});
