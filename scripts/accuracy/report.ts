/** The scorer's report for people (stdout) and for tools (the JSON file). */
import { formatFigure } from './baseline.js';
import { LINE_TOLERANCE } from './match.js';
import type { ScoredCorpus } from './run.js';
import type { CaseScore, Figures, Miss, Summary } from './score.js';

export function textReport(scored: ScoredCorpus, options: { verbose: boolean }): string {
  const { summary } = scored;
  const lines: string[] = [
    `honest-ui accuracy: ${summary.cases} ${summary.cases === 1 ? 'case' : 'cases'} (strict preset at default options; a finding matches a label of the same rule and file within ±${LINE_TOLERANCE} lines)`,
    '',
  ];
  if (options.verbose) lines.push(...scored.cases.flatMap(caseLines), '');

  lines.push(...figureLines(summary), ...missLines('false positives', summary.falsePositives), ...missLines('false negatives', summary.falseNegatives));
  if (scored.warnings.length > 0) lines.push(`warnings (${scored.warnings.length}):`, ...scored.warnings.map((warning) => `  ${warning}`), '');
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/** The figures without the lists of misses: per rule, overall, needs-review share, clean cases and per tag. */
export function figureLines(summary: Summary): string[] {
  const ruleRows = Object.entries(summary.rules)
    .filter(([, rule]) => rule.truePositives + rule.falsePositives + rule.falseNegatives + rule.debatable + rule.reviews > 0)
    .map(([id, rule]) => [id, ...figureCells(rule), share(rule.reviewedContexts, rule.contexts)]);
  const lines = [
    ...table(
      ['rule', 'TP', 'FP', 'FN', 'debatable', 'precision', 'recall', 'contexts needing review'],
      [...ruleRows, ['overall', ...figureCells(summary.overall), share(summary.overall.reviewedContexts, summary.overall.contexts)]],
    ),
    '',
    `needs-review share: ${share(summary.overall.reviewedContexts, summary.overall.contexts)} of the consent contexts found have at least one needs-review result (${summary.overall.reviews} ${summary.overall.reviews === 1 ? 'result' : 'results'}, ${summary.overall.reviewsOutsideContexts} outside any context)`,
    `clean cases that gained a finding: ${summary.overall.cleanCasesWithFinding} of ${summary.overall.cleanCases}`,
    '',
  ];

  const tagRows = Object.entries(summary.tags).map(([tag, figures]) => [
    tag,
    String(figures.cases),
    ...figureCells(figures),
    figures.cleanCases === 0 ? '–' : `${figures.cleanCasesWithFinding}/${figures.cleanCases}`,
    share(figures.reviewedContexts, figures.contexts),
  ]);
  if (tagRows.length > 0) {
    lines.push('by tag:', ...table(['tag', 'cases', 'TP', 'FP', 'FN', 'debatable', 'precision', 'recall', 'clean with a finding', 'contexts needing review'], tagRows), '');
  }
  return lines;
}

/** The JSON report: the summary, then every case with its matches, misses and needs-review results. */
export function jsonReport(scored: ScoredCorpus, extra: Record<string, unknown> = {}): string {
  const report = {
    tool: 'honest-ui accuracy scorer',
    preset: 'strict',
    lineTolerance: LINE_TOLERANCE,
    ...extra,
    summary: scored.summary,
    warnings: scored.warnings,
    cases: scored.cases.map((c) => ({
      id: c.id,
      title: c.title,
      tags: c.tags,
      clean: c.clean,
      truePositives: c.match.truePositives,
      falsePositives: c.match.falsePositives,
      falseNegatives: c.match.falseNegatives,
      debatable: c.match.debatable,
      needsReview: c.needsReview,
      reviews: c.reviews,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function caseLines(c: CaseScore): string[] {
  const { match, needsReview } = c;
  return [
    `${c.id}: ${c.title}`,
    `  TP ${match.truePositives.length}, FP ${match.falsePositives.length}, FN ${match.falseNegatives.length}, debatable ${match.debatable.length}; contexts ${needsReview.contexts}, needing review ${needsReview.reviewedContexts}`,
    ...match.truePositives.map(({ reported, expected }) => `  TP  ${reported.file}:${reported.line}  ${reported.rule}  (label at line ${expected.line})`),
    ...match.debatable.map(({ reported, debatable }) => `  ~   ${reported.file}:${reported.line}  ${reported.rule}  (debatable at line ${debatable.line}: ${debatable.why})`),
    ...match.falsePositives.map((found) => `  FP  ${found.file}:${found.line}  ${found.rule}  ${found.message}`),
    ...match.sameElement.map((found) => `  =   ${found.file}:${found.line}  ${found.rule}  (another message on the same element) ${found.message}`),
    ...match.falseNegatives.map((label) => `  FN  ${label.file}:${label.line}  ${label.rule}  ${label.why}`),
    ...c.reviews.map((review) => `  ?   ${review.file}:${review.line}  ${review.rule}  ${review.detail} (${review.reason})`),
  ];
}

function missLines(title: string, misses: readonly Miss[]): string[] {
  if (misses.length === 0) return [`${title}: none`, ''];
  return [`${title} (${misses.length}):`, ...misses.map((m) => `  ${m.case}  ${m.file}:${m.line}  ${m.rule}  ${m.message}`), ''];
}

function figureCells(figures: Figures): string[] {
  return [
    String(figures.truePositives),
    String(figures.falsePositives),
    String(figures.falseNegatives),
    String(figures.debatable),
    figures.precision === null ? '–' : formatFigure(figures.precision),
    figures.recall === null ? '–' : formatFigure(figures.recall),
  ];
}

function share(numerator: number, denominator: number): string {
  return denominator === 0 ? '–' : `${formatFigure(numerator / denominator)} (${numerator}/${denominator})`;
}

/** Columns padded to their widest cell; numbers right-aligned. */
function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (row: readonly string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [format(header), ...rows.map(format)];
}
