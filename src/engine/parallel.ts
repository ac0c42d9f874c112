/**
 * Analysing a project's files: from the result cache (`--cache`) where a file and everything it read are
 * unchanged, then on worker threads across the machine's cores when there are enough files to pay for starting
 * them, else on this thread. Each worker holds its own file and stylesheet caches. Whichever way a file went, its
 * result is the same and lands in the same place: outcomes are put back in file order before anyone sees them.
 *
 * Workers run the built JavaScript (dist/): under vitest this module is TypeScript source that a worker thread
 * could not load, so there files are analysed on this thread and the parallel path is tested through dist.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ParserName } from '../parse/oxc.js';
import type { RuleConfig } from './analyse.js';
import type { FileDetails, ProjectOptions } from './project.js';
import { cacheKey, ReadRecorder, ResultCache, type DetailLevel, type ReadRecord } from './result-cache.js';
import { summarise, type LintMessage, type LintResult, type SuppressedLintMessage } from './types.js';
import { lazyRequire } from '../lazy-require.js';

/** worker_threads, loaded by a run that starts workers (a run of a few files never does: issue 14, start-up). */
const workerThreads = lazyRequire<typeof import('node:worker_threads')>('node:worker_threads');

/** What analysing one file gives: plain data, so it can cross from a worker and be stored in the cache. */
export interface FileOutcome {
  /** In ESLint's order. */
  messages: LintMessage[];
  /** Findings an inline comment suppressed, in ESLint's order; absent when there are none. */
  suppressedMessages?: SuppressedLintMessage[];
  details?: FileDetails;
  /** The checker-only rules' digest of the file, for their project pass. */
  summary?: Record<string, unknown>;
  /** The text pre-filter found no word that could start a finding: the file was read, not parsed. */
  notParsed?: true;
  /**
   * The file's copy holds no word that could start a finding: not analysed. `'read'`: its copy was read from its text
   * (lexical-copy.ts), and it was not parsed; `'parsed'`: from the parsed file (copy-text.ts).
   */
  notAnalysed?: 'read' | 'parsed';
}

/** One thread's analyser (see createFileAnalyser in project.ts). */
export interface FileAnalyser {
  /** `onRead` is told of every other file the analysis reads, for the result cache. */
  analyse(filePath: string, onRead?: (filePath: string, text: string | undefined) => void): Promise<FileOutcome>;
  /** Reads a file through this analyser's file cache. */
  readSync(filePath: string): string | undefined;
}

/** How a run went, for `--verbose` and for tests that must tell a cache hit from an analysis without timing. */
export interface RunStats {
  files: number;
  analysed: number;
  fromCache: number;
  /** Files (analysed now or earlier, from the cache) that the text pre-filter let go without parsing. */
  notParsed: number;
  /** Files (now or earlier) whose copy held no word that could start a finding: not analysed. */
  notAnalysed: number;
  /** ... of which this many were not parsed either: their copy was read from their text. */
  notAnalysedUnparsed: number;
  /** Worker threads used; 0 when every file was analysed on the calling thread. */
  workers: number;
}

/**
 * With no `--jobs`, workers start from this many files to analyse: each one loads the checker and its parsers
 * (a few hundred milliseconds), and a smaller run is over before that pays off.
 */
export const PARALLEL_MIN_FILES = 400;
/** ... and each worker gets at least this many files, so a modest run on a many-core machine starts few. */
const MIN_FILES_PER_WORKER = 200;
/**
 * ... and only on machines with this many cores. Each worker holds its own parser, lexicon and caches (about
 * 100 MB), and the text pre-filter leaves little parsing to share: on two cores, measured by the bench, two
 * workers took longer than one thread and needed half again the memory. `--jobs` still asks for them anywhere.
 */
const MIN_CORES_BY_DEFAULT = 4;

/** Sent to each worker: the options that are plain data. The settings are rebuilt from the config file there. */
export interface WorkerInit {
  cwd: string;
  rules: RuleConfig;
  configFile: string | null;
  parser: ParserName | undefined;
  maxFileSize: number | undefined;
  detail: DetailLevel;
  recordReads: boolean;
}

export interface WorkerOutcome {
  outcome: FileOutcome;
  reads: ReadRecord[] | undefined;
}

const WORKER_URL = new URL('./parallel-worker.js', import.meta.url);

/** Workers need the compiled worker module next to this one: true when running from dist, false from source. */
function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js') && existsSync(fileURLToPath(WORKER_URL));
}

/**
 * How many workers for `count` files: `jobs` when given (1 means none), else by the machine and the file count.
 * Never more than the files, nor more than the machine's cores (at least two, so the parallel path can be asked
 * for anywhere): each worker holds its own parser and caches, about 100 MB, so `--jobs 99` on a laptop would
 * cost gigabytes and gain nothing.
 */
export function workerCount(count: number, jobs: number | undefined): number {
  if (jobs !== undefined) return jobs > 1 ? Math.min(jobs, count, Math.max(2, availableParallelism())) : 0;
  if (count < PARALLEL_MIN_FILES || availableParallelism() < MIN_CORES_BY_DEFAULT) return 0;
  const workers = Math.min(availableParallelism(), Math.floor(count / MIN_FILES_PER_WORKER));
  return workers > 1 ? workers : 0;
}

function detailLevel(options: ProjectOptions): DetailLevel {
  if (!options.onDetails) return 0;
  return options.summariseContexts ? 2 : 1;
}

/**
 * Analyse `files` (sorted), giving their results in the same order and their checker-only summaries by file.
 * `createAnalyser` makes this thread's analyser; workers make their own.
 */
export async function analyseFiles(files: readonly string[], options: ProjectOptions, createAnalyser: () => Promise<FileAnalyser>): Promise<{ results: LintResult[]; summaries: Map<string, Record<string, unknown>> }> {
  const analyser = await createAnalyser();
  const detail = detailLevel(options);
  const cache = options.cache ? ResultCache.open(options.cache.location, cacheKey(options), options.maxFileSize) : undefined;
  const outcomes: Array<FileOutcome | undefined> = new Array<FileOutcome | undefined>(files.length);
  let done = 0;
  const finish = (index: number, outcome: FileOutcome, reads: ReadRecord[] | undefined) => {
    outcomes[index] = outcome;
    const filePath = files[index];
    if (cache && reads && filePath !== undefined) cache.store(filePath, detail, outcome, reads);
    done += 1;
    options.onProgress?.(done, files.length);
  };

  const pending: number[] = [];
  for (const [index, filePath] of files.entries()) {
    const hit = cache ? await cache.lookup(filePath, detail, (dependency) => analyser.readSync(dependency)) : undefined;
    if (hit) finish(index, hit, undefined);
    else pending.push(index);
  }
  const fromCache = files.length - pending.length;

  // Workers rebuild the settings from the config file; without one named, they could not, so this thread works.
  const workers = options.configFile !== undefined && workersAvailable() ? workerCount(pending.length, options.jobs) : 0;
  let serial = pending;
  if (workers > 0) {
    const init: WorkerInit = {
      cwd: options.cwd,
      rules: options.rules,
      configFile: options.configFile ?? null,
      parser: options.parser,
      maxFileSize: options.maxFileSize,
      detail,
      recordReads: cache !== undefined,
    };
    serial = await runOnWorkers(pending.map((index) => files[index] as string), workers, init, (position, result) => finish(pending[position] as number, result.outcome, result.reads));
    serial = serial.map((position) => pending[position] as number);
  }
  const recorder = cache ? new ReadRecorder() : undefined;
  for (const index of serial) {
    const outcome = await analyser.analyse(files[index] as string, recorder?.onRead);
    finish(index, outcome, recorder?.take());
  }
  cache?.save();
  const notParsed = outcomes.filter((outcome) => outcome?.notParsed).length;
  const notAnalysed = outcomes.filter((outcome) => outcome?.notAnalysed).length;
  const notAnalysedUnparsed = outcomes.filter((outcome) => outcome?.notAnalysed === 'read').length;
  options.onStats?.({ files: files.length, analysed: pending.length, fromCache, notParsed, notAnalysed, notAnalysedUnparsed, workers });

  const results: LintResult[] = [];
  const summaries = new Map<string, Record<string, unknown>>();
  for (const [index, filePath] of files.entries()) {
    const outcome = outcomes[index] as FileOutcome;
    if (outcome.details) options.onDetails?.(filePath, outcome.details);
    if (outcome.summary) summaries.set(filePath, outcome.summary);
    results.push(summarise(filePath, outcome.messages, outcome.suppressedMessages));
  }
  return { results, summaries };
}

/**
 * Hand `files` to `count` workers in small batches (a worker asks for more when it finishes one, so a slow
 * file holds up no one). Resolves with the positions of files a failed worker never finished, for this thread
 * to analyse: a worker that dies (out of memory, say) costs time, never results.
 */
function runOnWorkers(files: readonly string[], count: number, init: WorkerInit, onOutcome: (position: number, result: WorkerOutcome) => void): Promise<number[]> {
  const batchSize = Math.max(1, Math.min(32, Math.floor(files.length / (count * 8))));
  let next = 0;
  let live = count;
  const unfinished: number[] = [];
  return new Promise((resolve) => {
    for (let n = 0; n < count; n += 1) {
      const worker = new (workerThreads().Worker)(WORKER_URL, { workerData: init });
      let batch: number[] = [];
      let received = 0;
      const feed = () => {
        received = 0;
        if (next >= files.length) {
          batch = [];
          void worker.terminate();
          return;
        }
        const end = Math.min(next + batchSize, files.length);
        batch = Array.from({ length: end - next }, (_, offset) => next + offset);
        next = end;
        worker.postMessage(batch.map((position) => files[position]));
      };
      worker.on('message', (result: WorkerOutcome) => {
        onOutcome(batch[received] as number, result);
        received += 1;
        if (received === batch.length) feed();
      });
      // Handled at exit, with whatever the worker left unfinished.
      worker.on('error', () => {});
      worker.once('exit', () => {
        unfinished.push(...batch.slice(received));
        batch = [];
        live -= 1;
        if (live > 0) return;
        // Every worker gone: files never handed out (all workers failed early) are this thread's too.
        for (; next < files.length; next += 1) unfinished.push(next);
        resolve(unfinished.sort((a, b) => a - b));
      });
      feed();
    }
  });
}
