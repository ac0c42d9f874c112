/**
 * The recorded figures (tests/accuracy/baseline.json) and the ratchet over them: overall precision and recall and
 * each rule's recall may not drop below what is recorded, the corpus may not shrink, and raising the figures is
 * recorded with `npm run accuracy -- --update`, which also rewrites the README's figures block from them.
 */
import type { Figures, ReviewFigures, Summary } from './score.js';

/** The floor: the corpus is part of the product, and fewer cases than this measure too little. */
export const MINIMUM_CASES = 80;

/** The figures are deterministic; this only absorbs float noise from a different order of additions. */
export const EPSILON = 1e-9;

/** The figures recorded overall and for each rule, with the counts they come from. */
export interface RecordedFigures {
  precision: number | null;
  recall: number | null;
  needsReviewShare: number | null;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  reviewedContexts: number;
}

export interface Baseline extends RecordedFigures {
  cases: number;
  contexts: number;
  cleanCases: number;
  cleanCasesWithFinding: number;
  rules: Record<string, RecordedFigures>;
}

export function baselineOf(summary: Summary): Baseline {
  const { overall } = summary;
  return {
    cases: summary.cases,
    ...recorded(overall),
    contexts: overall.contexts,
    cleanCases: overall.cleanCases,
    cleanCasesWithFinding: overall.cleanCasesWithFinding,
    rules: Object.fromEntries(Object.entries(summary.rules).map(([id, rule]) => [id, recorded(rule)])),
  };
}

function recorded(figures: Figures & ReviewFigures): RecordedFigures {
  const { precision, recall, needsReviewShare, truePositives, falsePositives, falseNegatives, reviewedContexts } = figures;
  return { precision, recall, needsReviewShare, truePositives, falsePositives, falseNegatives, reviewedContexts };
}

/** Reads and checks the shape of a recorded baseline; throws with the file named when it is not one. */
export function parseBaseline(text: string, where: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const isFigure = (v: unknown) => v === null || (typeof v === 'number' && v >= 0 && v <= 1);
  const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where} is not a JSON object`);
  const record = value as Record<string, unknown>;
  for (const key of ['precision', 'recall', 'needsReviewShare']) if (!isFigure(record[key])) problems.push(`${key} must be a number from 0 to 1 or null`);
  for (const key of ['cases', 'truePositives', 'falsePositives', 'falseNegatives', 'contexts', 'reviewedContexts', 'cleanCases', 'cleanCasesWithFinding']) {
    if (!isCount(record[key])) problems.push(`${key} must be a whole number`);
  }
  const rules = record.rules;
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) problems.push('rules must be an object');
  else {
    for (const [id, rule] of Object.entries(rules as Record<string, unknown>)) {
      const entry = (typeof rule === 'object' && rule !== null ? rule : {}) as Record<string, unknown>;
      for (const key of ['precision', 'recall', 'needsReviewShare']) if (!isFigure(entry[key])) problems.push(`rules.${id}.${key} must be a number from 0 to 1 or null`);
      for (const key of ['truePositives', 'falsePositives', 'falseNegatives', 'reviewedContexts']) if (!isCount(entry[key])) problems.push(`rules.${id}.${key} must be a whole number`);
    }
  }
  if (problems.length > 0) throw new Error(`${where} is not a recorded baseline: ${problems.join('; ')}`);
  return value as Baseline;
}

export function serialiseBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

export interface RatchetResult {
  /** Why the test fails: a figure below the record, a smaller corpus. */
  failures: string[];
  /** What moved the other way: figures above the record (record them), the needs-review share. */
  notes: string[];
}

/** The ratchet: what the current figures lose against the recorded ones. */
export function ratchet(recorded: Baseline, current: Baseline): RatchetResult {
  const notes = gains(recorded, current);
  if (recorded.cases === 0) {
    // The recorded "no corpus yet" state: it holds only while there is no corpus.
    return current.cases === 0
      ? { failures: [], notes: ['no accuracy corpus and no recorded figures yet'] }
      : { failures: [`the corpus has ${current.cases} cases but the recorded figures are of an empty corpus: record them with \`npm run accuracy -- --update\``], notes };
  }
  const failures = [...tooFewCases(current.cases), ...losses(recorded, current)];
  return { failures, notes };
}

/** Why `--update` will not record `current` over `recorded`; losses are allowed with --allow-lower. */
export function updateRefusals(recorded: Baseline | undefined, current: Baseline, options: { allowLower: boolean }): string[] {
  const refusals = current.cases === 0 ? [] : tooFewCases(current.cases);
  if (recorded && !options.allowLower) refusals.push(...losses(recorded, current).map((loss) => `${loss} (pass --allow-lower to record it anyway, and say why in the commit)`));
  return refusals;
}

function tooFewCases(cases: number): string[] {
  return cases < MINIMUM_CASES ? [`the corpus has ${cases} ${cases === 1 ? 'case' : 'cases'}, fewer than the ${MINIMUM_CASES} it must have`] : [];
}

/** Every ratcheted figure that is below its record. */
function losses(recorded: Baseline, current: Baseline): string[] {
  const found: string[] = [];
  if (current.cases < recorded.cases) found.push(`the corpus has ${current.cases} cases, fewer than the ${recorded.cases} recorded`);
  for (const [name, before, after] of ratcheted(recorded, current)) {
    if (before !== null && (after === null || after < before - EPSILON)) found.push(`${name} dropped from ${formatFigure(before)} to ${after === null ? 'nothing to measure' : formatFigure(after)}`);
  }
  return found;
}

function gains(recorded: Baseline, current: Baseline): string[] {
  const found = ratcheted(recorded, current)
    .filter(([, before, after]) => after !== null && (before === null || after > before + EPSILON))
    .map(([name, before, after]) => `${name} rose from ${before === null ? 'nothing' : formatFigure(before)} to ${formatFigure(after as number)}: record it with \`npm run accuracy -- --update\``);
  const [before, after] = [recorded.needsReviewShare, current.needsReviewShare];
  if (before !== after && (before === null || after === null || Math.abs(before - after) > EPSILON)) {
    found.push(`the needs-review share moved from ${before === null ? 'nothing' : formatFigure(before)} to ${after === null ? 'nothing' : formatFigure(after)} (lower is better; not ratcheted)`);
  }
  return found;
}

/** [name, recorded, current] for overall precision, overall recall and every rule's recall. */
function ratcheted(recorded: Baseline, current: Baseline): Array<[string, number | null, number | null]> {
  const rules = [...new Set([...Object.keys(recorded.rules), ...Object.keys(current.rules)])].sort();
  return [
    ['overall precision', recorded.precision, current.precision],
    ['overall recall', recorded.recall, current.recall],
    ...rules.map((id): [string, number | null, number | null] => [`${id} recall`, recorded.rules[id]?.recall ?? null, current.rules[id]?.recall ?? null]),
  ];
}

export function formatFigure(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

export const README_START = '<!-- accuracy-figures:start (generated from tests/accuracy/baseline.json by `npm run accuracy -- --update`; do not edit) -->';
export const README_END = '<!-- accuracy-figures:end -->';

/** The README's figures block (between the markers) for a recorded baseline. */
export function renderFigures(baseline: Baseline): string {
  if (baseline.cases === 0) {
    return 'No figures are recorded yet: the corpus (`tests/accuracy/cases/`) has not landed. The first `npm run accuracy -- --update` on a corpus of at least 80 cases records them here.';
  }
  const cell = (value: number | null, numerator: number, denominator: number) => (value === null ? '–' : `${formatFigure(value)} (${numerator}/${denominator})`);
  const row = (name: string, r: RecordedFigures) =>
    `| ${name} | ${cell(r.precision, r.truePositives, r.truePositives + r.falsePositives)} | ${cell(r.recall, r.truePositives, r.truePositives + r.falseNegatives)} | ${cell(r.needsReviewShare, r.reviewedContexts, baseline.contexts)} |`;
  return [
    `Scored on ${baseline.cases} cases, ${baseline.cleanCases} of them clean (${baseline.cleanCasesWithFinding} of those gained a false finding); ${baseline.contexts} consent contexts found.`,
    '',
    '| | precision | recall | needs-review share |',
    '| --- | --- | --- | --- |',
    row('**overall**', baseline),
    ...Object.entries(baseline.rules)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, rule]) => row(`\`${id}\``, rule)),
  ].join('\n');
}

/** The README with its figures block replaced; throws when the markers are missing. */
export function withFigures(readme: string, baseline: Baseline): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md has no figures block (${README_START} … ${README_END})`);
  return `${readme.slice(0, start + README_START.length)}\n${renderFigures(baseline)}\n${readme.slice(end)}`;
}
