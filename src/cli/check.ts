/**
 * A check run of the command line: the config, the analysis, the baseline and the report. run.ts loads this module
 * only for a run that checks files, so that `--version` and `--help` load none of the engine (issue 14, start-up).
 */
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { packageInfo } from '../package-info.js';
import { RULE_PREFIX } from '../catalog/prefix.js';
import type { ParserName } from '../parse/oxc.js';
import { defaultCacheLocation } from '../engine/result-cache.js';
import type { RunStats } from '../engine/parallel.js';
import { analyseProject, MissingPathsError, type FileDetails } from '../engine/project.js';
import type { LintMessage, LintResult } from '../engine/types.js';
import { summarise } from '../engine/types.js';
import { FORMATTER_NAMES, isFormatterName, loadFormatter } from '../formatters/names.js';
import type { BaselineOptions } from './baseline.js';
import { EXIT_ERRORS, EXIT_OK, parseMaxWarnings, UsageError, writeReport, type CliIo, type ParsedArguments } from './run.js';

/** Progress is worth showing from this many files: below it a run takes about a second. */
const PROGRESS_MIN_FILES = 200;

/** Check the paths the arguments name and report: the exit code. */
export async function check(values: ParsedArguments['values'], positionals: readonly string[], io: CliIo): Promise<number> {
  const formatName = values.format ?? 'stylish';
  if (!isFormatterName(formatName)) {
    throw new UsageError(`unknown format '${formatName}'; use one of ${FORMATTER_NAMES.join(', ')}.`);
  }
  const maxWarnings = values['max-warnings'] === undefined ? undefined : parseMaxWarnings(values['max-warnings']);
  if (values.baseline !== undefined && values['baseline-write'] !== undefined) {
    throw new UsageError('use --baseline to check against a baseline or --baseline-write to record one, not both.');
  }

  const config = loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configPath: values.config } : {}) });
  // Needs-review results are only shown by --verbose, SARIF and HTML; the plain path stays the plain path otherwise.
  const details = values.verbose || formatName === 'sarif' || formatName === 'html' ? new Map<string, FileDetails>() : undefined;
  const progress = io.stderrIsTTY === true ? progressReporter(io) : undefined;

  let results: LintResult[];
  let stats: RunStats | undefined;
  try {
    results = await analyseProject({
      cwd: io.cwd,
      paths: positionals.length > 0 ? positionals : ['.'],
      settings: config.settings,
      rules: config.rules,
      ignores: config.ignores,
      ...(details ? { onDetails: (filePath: string, found: FileDetails) => details.set(filePath, found) } : {}),
      ...(formatName === 'html' ? { summariseContexts: true } : {}),
      ...(progress ? { onProgress: progress.update } : {}),
      ...(values['max-file-size'] !== undefined ? { maxFileSize: parseByteCount(values['max-file-size']) } : {}),
      ...(values.parser !== undefined ? { parser: parseParserName(values.parser) } : {}),
      ...(values.jobs !== undefined ? { jobs: parseJobs(values.jobs) } : {}),
      ...(values.cache ? { cache: { location: path.resolve(io.cwd, values['cache-location'] ?? defaultCacheLocation(io.cwd)) } } : {}),
      configFile: config.filePath ?? null,
      ...(values.verbose ? { onStats: (found: RunStats) => (stats = found) } : {}),
    });
  } catch (error) {
    if (error instanceof MissingPathsError) {
      throw new UsageError(`no such file or directory: ${error.paths.join(', ')}`);
    }
    throw error;
  } finally {
    progress?.done();
  }

  // Before anything counts findings: those the baseline knows are not reported in any format or exit code.
  if (values.baseline !== undefined || values['baseline-write'] !== undefined) results = await applyBaselineOptions(results, {
    baseline: values.baseline,
    write: values['baseline-write'],
    cwd: io.cwd,
    root: config.filePath !== undefined ? path.dirname(config.filePath) : io.cwd,
    verbose: values.verbose === true,
    stderr: io.stderr,
  });

  // Counted before --quiet drops them, as ESLint does: --quiet hides warnings, it does not forgive them.
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (values.quiet) results = results.map(errorsOnly);

  const outputFile = values['output-file'];
  const format = await loadFormatter(formatName);
  const output = format(results, {
    cwd: io.cwd,
    // A file is not a terminal: no escape codes in it.
    color: io.isTTY && outputFile === undefined,
    toolVersion: packageInfo().version,
    ...(details ? { details } : {}),
    ...(outputFile !== undefined ? { reportDirectory: path.dirname(path.resolve(io.cwd, outputFile)) } : {}),
  });
  const text = output === '' || output.endsWith('\n') ? output : `${output}\n`;
  if (outputFile !== undefined) writeReport(path.resolve(io.cwd, outputFile), text);
  else if (text !== '') io.stdout(text);

  if (values.verbose && details) io.stderr(verboseReport(details, io.cwd));
  if (stats) io.stderr(statsLine(stats));

  if (results.some((result) => result.errorCount > 0)) return EXIT_ERRORS;
  if (maxWarnings !== undefined && warningCount > maxWarnings) {
    io.stderr(`honest-ui: ${warningCount} ${warningCount === 1 ? 'warning' : 'warnings'} found, more than --max-warnings ${maxWarnings}.\n`);
    return EXIT_ERRORS;
  }
  return EXIT_OK;
}

/** `--baseline` and `--baseline-write`: their module (and its schema validator) is loaded only when they are given. */
async function applyBaselineOptions(results: LintResult[], options: BaselineOptions): Promise<LintResult[]> {
  const { withBaseline } = await import('./baseline.js');
  return withBaseline(results, options);
}

/** `files done / total` on one rewritten stderr line, for runs long enough to wonder about. */
function progressReporter(io: CliIo): { update: (done: number, total: number) => void; done: () => void } {
  let shown = false;
  let lastPercent = -1;
  return {
    update(done, total) {
      if (total < PROGRESS_MIN_FILES) return;
      const percent = Math.floor((done / total) * 100);
      if (percent === lastPercent && done !== total) return; // at most a hundred redraws, however many files
      lastPercent = percent;
      shown = true;
      io.stderr(`\rhonest-ui: ${done} / ${total} files`);
    },
    done() {
      if (shown) io.stderr('\r\u001b[K'); // clear the line so the report starts clean
    },
  };
}

/** `--verbose`: how the files were handled, so a reader of the log knows what a clean result rests on. */
function statsLine(stats: RunStats): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const parts = [
    `${stats.analysed} analysed${stats.workers > 0 ? ` on ${plural(stats.workers, 'worker thread', 'worker threads')}` : ''}`,
    `${stats.fromCache} from the cache`,
    `${stats.notParsed} without consent vocabulary (read, not parsed)`,
    ...(stats.notAnalysed > 0 ? [`${stats.notAnalysed} with it only in code (${stats.notAnalysedUnparsed} read, not parsed; ${stats.notAnalysed - stats.notAnalysedUnparsed} parsed, not analysed)`] : []),
  ];
  return `honest-ui: ${plural(stats.files, 'file', 'files')}: ${parts.join(', ')}.\n`;
}

/** `--verbose`: what the checks could not decide, and imports that could not be followed, on stderr. */
function verboseReport(details: ReadonlyMap<string, FileDetails>, cwd: string): string {
  const files = [...details.keys()].sort();
  const relative = (filePath: string) => path.relative(cwd, filePath) || filePath;
  const reviews = files.flatMap((file) =>
    (details.get(file)?.reviews ?? []).map(
      (review) => `  ${relative(file)}:${review.loc.start.line}:${review.loc.start.column + 1}  ${RULE_PREFIX}${review.ruleId}  ${review.detail} (${review.reason})`,
    ),
  );
  const imports = files.flatMap((file) =>
    (details.get(file)?.unresolvedImports ?? []).map((entry) => `  ${relative(file)}  '${entry.source}' (${entry.reason}${entry.detail ? `: ${entry.detail}` : ''})`),
  );
  const lines = [
    reviews.length === 0 ? 'honest-ui: nothing needs review.' : `honest-ui: ${reviews.length} ${reviews.length === 1 ? 'result needs' : 'results need'} review (the checker could not decide): ${reviewsByReason(details)}.`,
    ...reviews,
    imports.length === 0 ? 'honest-ui: every import was followed.' : `honest-ui: ${imports.length} ${imports.length === 1 ? 'import' : 'imports'} could not be followed (styles from them are unknown):`,
    ...imports,
  ];
  return `${lines.join('\n')}\n`;
}

/** Needs-review results counted by reason, most first: `3 dynamic-expression, 1 translation`. */
function reviewsByReason(details: ReadonlyMap<string, FileDetails>): string {
  const counts = new Map<string, number>();
  for (const file of details.values()) for (const review of file.reviews) counts.set(review.reason, (counts.get(review.reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([reason, count]) => `${count} ${reason}`).join(', ');
}

/** `--quiet`: drop warnings from the messages and from the counts, as ESLint's --quiet does. */
export function errorsOnly(result: LintResult): LintResult {
  // As ESLint's --quiet: suppressed warnings go too.
  const isError = (message: LintMessage) => message.severity === 2;
  return summarise(result.filePath, result.messages.filter(isError), result.suppressedMessages.filter(isError));
}

/** `--parser oxc|typescript-estree`: oxc is the default; typescript-estree parses exactly as the ESLint rules see code. */
function parseParserName(text: string): ParserName {
  if (text === 'oxc' || text === 'typescript-estree') return text;
  throw new UsageError(`--parser takes 'oxc' or 'typescript-estree', not '${text}'.`);
}

/** `--max-file-size <bytes>`: a whole number of bytes. */
/** `--jobs <n>`: worker threads, 1 or more (1: none). */
function parseJobs(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`--jobs takes a whole number of 1 or more, not '${text}'.`);
  }
  return Number(text);
}

function parseByteCount(text: string): number {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`--max-file-size takes a whole number of bytes, not '${text}'.`);
  }
  return Number(text);
}

