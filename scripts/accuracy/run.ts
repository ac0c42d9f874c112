/** Score the corpus: validate every case, run the checker on each, match and summarise. */
import { RULE_IDS } from '../../src/catalog/index.js';
import { loadCorpus, CorpusError } from './cases.js';
import { relativeFile, ruleIdOf, runStrict } from './check.js';
import type { Reported } from './match.js';
import { scoreCase, summarise, type CaseOutcome, type CaseScore, type ContextAt, type ReviewAt, type Summary } from './score.js';

export interface ScoredCorpus {
  summary: Summary;
  cases: CaseScore[];
  warnings: string[];
}

export interface ScoreOptions {
  /** `--case` globs over case ids; every case when empty. */
  only?: readonly string[];
}

/** Throws a CorpusError when a case is malformed or a file of a case could not be analysed. */
export async function scoreCorpus(casesDir: string, options: ScoreOptions = {}): Promise<ScoredCorpus> {
  const corpus = loadCorpus(casesDir, { ruleIds: RULE_IDS, ...(options.only ? { only: options.only } : {}) });
  const scored: CaseScore[] = [];
  const problems: string[] = [];
  for (const corpusCase of corpus.cases) {
    const { outcome, errors } = await checkCase(corpusCase.dir);
    problems.push(...errors.map((error) => `${corpusCase.id}: ${error}`));
    scored.push(scoreCase(corpusCase, outcome));
  }
  if (problems.length > 0) throw new CorpusError(problems);
  return { summary: summarise(scored, RULE_IDS), cases: scored, warnings: corpus.warnings };
}

/**
 * The checker's findings, needs-review results and consent contexts in one case folder, with files relative to
 * it. A message without a rule (a parse error, a skipped file) is an error of the case: part of it went unscored.
 */
export async function checkCase(dir: string): Promise<{ outcome: CaseOutcome; errors: string[] }> {
  const { results, details } = await runStrict(dir, { jobs: 1 });
  const reported: Reported[] = [];
  const errors: string[] = [];
  for (const result of results) {
    const file = relativeFile(dir, result.filePath);
    for (const message of result.messages) {
      const rule = ruleIdOf(message);
      if (rule) reported.push({ rule, file, line: message.line, column: message.column, message: message.message });
      else errors.push(`${file}:${message.line}: ${message.message} (the case must be analysable; if the code is valid, this is a bug in honest-ui)`);
    }
  }
  const reviews: ReviewAt[] = [];
  const contexts: ContextAt[] = [];
  for (const [filePath, found] of [...details].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = relativeFile(dir, filePath);
    for (const review of found.reviews) reviews.push({ rule: review.ruleId, file, line: review.loc.start.line, reason: review.reason, detail: review.detail });
    for (const context of found.contexts ?? []) contexts.push({ file, line: context.line, endLine: context.endLine, element: context.element });
  }
  return { outcome: { reported, reviews, contexts }, errors };
}
