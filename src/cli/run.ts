/**
 * The checker's command line: `run(argv, io) → exit code`. Everything the process touches comes in through `io`,
 * so tests call it in-process and the bin stays three lines.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageInfo } from '../package-info.js';
import { RULE_IDS, ruleMeta } from '../catalog/index.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { BaselineError } from '../engine/baseline.js';
import { RULE_PREFIX } from '../engine/analyse.js';
import type { ParserName } from '../parse/oxc.js';
import { defaultCacheLocation } from '../engine/result-cache.js';
import type { RunStats } from '../engine/parallel.js';
import { analyseProject, MissingPathsError, type FileDetails } from '../engine/project.js';
import type { LintMessage, LintResult } from '../engine/types.js';
import { summarise } from '../engine/types.js';
import { FORMATTER_NAMES, getFormatter } from '../formatters/index.js';
import { SettingsError } from '../settings/settings.js';
import { standard } from '../standards/index.js';
import { withBaseline } from './baseline.js';
import { helpText } from './help.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal: colours are used only then. */
  isTTY: boolean;
  /** Whether stderr is a terminal: progress is shown only then. */
  stderrIsTTY?: boolean;
}

/** Progress is worth showing from this many files: below it a run takes about a second. */
const PROGRESS_MIN_FILES = 200;

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** A mistake in how honest-ui was called: one line on stderr, exit 2. */
export class UsageError extends Error {}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runOrThrow(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SettingsError || error instanceof ConfigError || error instanceof BaselineError) {
      io.stderr(`honest-ui: ${withoutPrefix(error.message)}\nRun 'honest-ui --help' for usage.\n`);
      return EXIT_USAGE;
    }
    // Never a stack trace: one line that says what went wrong.
    io.stderr(`honest-ui: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}

async function runOrThrow(argv: readonly string[], io: CliIo): Promise<number> {
  // The browser audit is its own command, loaded only when asked for: the checker never loads a browser driver.
  if (argv[0] === 'audit') {
    const { runAudit } = await import('./audit.js');
    return runAudit(argv.slice(1), io);
  }
  const { values, positionals } = parseArguments(argv);

  if (values.help) {
    io.stdout(helpText());
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout(`${packageInfo().version}\n`);
    return EXIT_OK;
  }

  if (values.explain !== undefined) {
    io.stdout(explain(values.explain));
    return EXIT_OK;
  }

  const formatName = values.format ?? 'stylish';
  const format = getFormatter(formatName);
  if (!format) {
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
  results = withBaseline(results, {
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

export function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number of 0 or more, not '${value}'.`);
  return Number(value);
}

export function writeReport(filePath: string, text: string): void {
  try {
    mkdirSync(path.dirname(filePath), { recursive: true });
    writeFileSync(filePath, text);
  } catch (error) {
    throw new UsageError(`cannot write --output-file ${filePath}: ${error instanceof Error ? error.message : String(error)}`);
  }
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
    reviews.length === 0 ? 'honest-ui: nothing needs review.' : `honest-ui: ${reviews.length} ${reviews.length === 1 ? 'result needs' : 'results need'} review (the checker could not decide):`,
    ...reviews,
    imports.length === 0 ? 'honest-ui: every import was followed.' : `honest-ui: ${imports.length} ${imports.length === 1 ? 'import' : 'imports'} could not be followed (styles from them are unknown):`,
    ...imports,
  ];
  return `${lines.join('\n')}\n`;
}

/** `--explain <rule>`: the rule's doc from docs/rules, or its catalogue entry when the doc is not there. */
function explain(given: string): string {
  const id = given.startsWith(RULE_PREFIX) ? given.slice(RULE_PREFIX.length) : given;
  const meta = ruleMeta(id);
  if (!meta) throw new UsageError(`unknown rule '${given}'; known rules: ${RULE_IDS.join(', ')}.`);
  try {
    const doc = readFileSync(path.join(packageInfo().root, 'docs', 'rules', `${id}.md`), 'utf8');
    return doc.endsWith('\n') ? doc : `${doc}\n`;
  } catch {
    const standards = meta.standards.map(standard).map((s) => `- ${s.short}: ${s.title} (${s.weight}) ${s.url}`);
    return `# ${RULE_PREFIX}${id}\n\n${meta.description}\n\n${meta.harm}\n\nStandards:\n${standards.join('\n')}\n`;
  }
}

/** The options the checker and `honest-ui audit` share: what to report, and how. */
export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'output-file': { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseArguments(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ...REPORT_OPTIONS,
        explain: { type: 'string' },
        'max-file-size': { type: 'string' },
        baseline: { type: 'string' },
        'baseline-write': { type: 'string' },
        parser: { type: 'string' },
        jobs: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs's own messages name the option ("Unknown option '--frmat'"); keep them, on one line.
    throw new UsageError(error instanceof Error ? firstLine(error.message) : String(error));
  }
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

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

/** SettingsError messages already start with `honest-ui: `; don't say it twice. */
export function withoutPrefix(message: string): string {
  return message.replace(/^honest-ui: /, '');
}
