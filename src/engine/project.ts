/**
 * Analyse a project: discover its files, analyse each one, and return one ESLint-shaped result per file.
 * A file that cannot be read or parsed becomes a fatal message on that file (ESLint's convention) and the run
 * goes on with the others.
 */
import { parseStylesheet, isStylesheetFile } from '../parse/css.js';
import type { ResolvedSettings } from '../settings/settings.js';
import type { Review } from '../checks/types.js';
import { loadScriptParser, type ParserName } from '../parse/oxc.js';
import type { ScriptParser } from '../parse/script.js';
import type { ReadFile } from '../resolve/modules.js';
import type { TSESTree } from '@typescript-eslint/types';
import { passesWithBorrowedCopy } from './borrowed-copy.js';
import { copyText } from './copy-text.js';
import { lexicalCopy } from './lexical-copy.js';
import { prefilterForRules, rendersNothing } from './prefilter.js';
import { analyseSourceInDetail, type RuleConfig } from './analyse.js';
import type { ContextSummary } from './context-summary.js';
import { discoverFiles, type DiscoverOptions } from './discover.js';
import { analyseFiles, type FileAnalyser, type RunStats } from './parallel.js';
import { runProjectPasses } from './project-checks.js';
import { SizedCache } from '../resolve/sized-cache.js';
import { DirectoryIndex } from './directory-index.js';
import { readSourceFileSync, type SkipReason } from './source-file.js';
import { ProjectCache, type UnresolvedImport } from '../resolve/stylesheets.js';
import { rootedReader } from '../resolve/modules.js';
import { sortMessages, summarise, type LintMessage, type LintResult, type SuppressedLintMessage } from './types.js';

export interface ProjectOptions {
  cwd: string;
  /** Files or directories to check; `['.']` when empty. */
  paths: readonly string[];
  settings: ResolvedSettings;
  rules: RuleConfig;
  /** The config's ignore patterns (see DiscoverOptions.ignores). */
  ignores?: DiscoverOptions['ignores'];
  /**
   * Called with what each file's checks could not decide and the imports that could not be followed, for
   * `--verbose` and SARIF notes. A side channel, so the results keep ESLint's exact shape; details are only
   * collected when someone listens.
   */
  onDetails?: (filePath: string, details: FileDetails) => void;
  /** Also pass each file's consent contexts to onDetails, with their styles as resolved (the HTML report). */
  summariseContexts?: boolean;
  /** The script parser: oxc-parser by default (typescript-estree where oxc's native binding is unavailable). */
  parser?: ParserName;
  /** Called after each file, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Files larger than this many bytes are skipped with a notice (`--max-file-size`); by default 1 MiB for scripts
   * and 5 MiB for stylesheets (see source-file.ts for why).
   */
  maxFileSize?: number;
  /**
   * The text pre-filter (src/engine/prefilter.ts): files without a word that could start a finding are not
   * parsed. On by default; off only to prove, in tests, that it changes no result.
   */
  prefilter?: boolean;
  /** Worker threads (`--jobs`): 1 analyses on this thread; by default, the machine's cores once a run is large enough. */
  jobs?: number;
  /** `--cache`: reuse the results of files that, with everything they read, are unchanged (see result-cache.ts). */
  cache?: { location: string };
  /**
   * The config file `settings` and `rules` came from, or null for none (the defaults). Worker threads rebuild the
   * settings from it (a compiled lexicon can't be sent to a thread) and the cache keys on its text; when it is not
   * given, files are analysed on this thread.
   */
  configFile?: string | null;
  /** Called once at the end with how many files were analysed, came from the cache, and how many workers ran. */
  onStats?: (stats: RunStats) => void;
}

export interface FileDetails {
  /**
   * Without the model element each review is about: details are kept for the whole run, and an element holds its
   * file's whole model and AST, so keeping it would keep every file's AST alive at once.
   */
  reviews: Array<Omit<Review, 'element'>>;
  unresolvedImports: UnresolvedImport[];
  /** Only when `summariseContexts` was asked for: plain data, no model elements, for the same reason. */
  contexts?: ContextSummary[];
}

/** Thrown when a path given to check does not exist: a usage error, not a finding. */
export class MissingPathsError extends Error {
  constructor(readonly paths: readonly string[]) {
    super(`No such file or directory: ${paths.join(', ')}`);
    this.name = 'MissingPathsError';
  }
}

/**
 * Analyse every file under `paths`. Rejects with a MissingPathsError when a given path does not exist (the
 * caller decides whether that is a usage error); never rejects because of a file's contents.
 */
export async function analyseProject(options: ProjectOptions): Promise<LintResult[]> {
  const { files, missing, listings } = await discoverFiles({ cwd: options.cwd, paths: options.paths, ignores: options.ignores });
  if (missing.length > 0) throw new MissingPathsError(missing);

  // summaries: what checker-only rules keep of each file for their project pass, plain data by file and rule id.
  const { results, summaries } = await analyseFiles(files, options, () => createFileAnalyser(options, listings));
  const projectMessages = runProjectPasses(summaries, options.rules, options.cwd);
  return results
    .map((result) => {
      const added = projectMessages.get(result.filePath);
      return added
        ? summarise(result.filePath, sortMessages([...result.messages, ...added.messages]), sortMessages([...result.suppressedMessages, ...added.suppressedMessages]))
        : result;
    })
    .sort((a, b) => compare(a.filePath, b.filePath));
}

/**
 * One thread's analyser, with its own caches: the calling thread's in a serial run, each worker's in a parallel
 * one (parallel.ts). One for the run: a stylesheet imported by a hundred components is parsed and indexed once.
 */
export async function createFileAnalyser(options: ProjectOptions, listings?: ReadonlyMap<string, readonly string[]>): Promise<FileAnalyser> {
  const parser = (await loadScriptParser(options.parser)).parse;
  const files = new FileCache(options.maxFileSize, listings);
  const cache = new ProjectCache(parser);
  // The run's reader. What the core looks up through a reader (each folder's tsconfig paths and i18n project) it
  // keeps per reader (ProjectCache), once per run. With the result cache on, each file gets a reader of its own
  // instead: its result must list every file its analysis read, those lookups included.
  const runReader = rootedReader((absolutePath) => files.readSync(absolutePath), options.cwd);
  return {
    readSync: (filePath) => files.readSync(filePath),
    async analyse(filePath, onRead) {
      const summaries = new Map<string, Record<string, unknown>>();
      let details: FileDetails | undefined;
      const capturing = options.onDetails ? { ...options, onDetails: (_: string, found: FileDetails) => (details = found) } : options;
      files.onRead = onRead;
      try {
        const suppressed: SuppressedLintMessage[] = [];
        const readFile = onRead ? rootedReader((absolutePath) => files.readSync(absolutePath), options.cwd) : runReader;
        const analysed = await analyseFile(filePath, capturing, files, readFile, cache, parser, summaries, suppressed);
        if (analysed === NOT_PARSED) return { messages: [], notParsed: true };
        if (analysed === COPY_IN_CODE) return { messages: [], notAnalysed: 'read' };
        if (analysed === NOT_ANALYSED) return { messages: [], notAnalysed: 'parsed' };
        const messages = sortMessages(analysed);
        const summary = summaries.get(filePath);
        return { messages, ...(suppressed.length > 0 ? { suppressedMessages: sortMessages(suppressed) } : {}), ...(details ? { details } : {}), ...(summary ? { summary } : {}) };
      } finally {
        files.onRead = undefined;
      }
    },
  };
}

/** What analyseFile gives for a file the text pre-filter let go: no messages, and not parsed. */
const NOT_PARSED = Symbol('not parsed');
/** ... for a file whose copy, read from its text, holds no such word (lexical-copy.ts): not parsed either. */
const COPY_IN_CODE = Symbol('copy in code');
/** ... and for a file parsed, whose copy holds no such word (copy-text.ts). */
const NOT_ANALYSED = Symbol('not analysed');

async function analyseFile(filePath: string, options: ProjectOptions, files: FileCache, readFile: ReadFile, cache: ProjectCache, parser: ScriptParser, summaries: Map<string, Record<string, unknown>>, suppressed: SuppressedLintMessage[]): Promise<LintMessage[] | typeof NOT_PARSED | typeof COPY_IN_CODE | typeof NOT_ANALYSED> {
  const read = files.readOwn(filePath);
  if (!read.ok) return [skipped(read.reason, read.message)];
  const text = read.text;

  if (isStylesheetFile(filePath)) {
    const parsed = parseStylesheet(text, filePath);
    return parsed.ok ? [] : [fatal(`Parsing error: ${parsed.error.message}`, parsed.error.line, parsed.error.column)];
  }
  // Components such a file renders are still read and parsed when a consent file that uses them is analysed. A file
  // that shows copy from other files (constants, message files) passes when that copy does.
  let admits: ((program: TSESTree.Program) => boolean) | undefined;
  if (options.prefilter !== false) {
    if (rendersNothing(filePath, text)) return NOT_PARSED;
    const prefilter = prefilterForRules(options.settings, options.rules);
    if (!prefilter(text) && !passesWithBorrowedCopy(text, filePath, prefilter, readFile, cache, options.settings)) return NOT_PARSED;
    // The file's copy, which the vocabulary must be in: read from the text where the scanner is sure of it, else
    // from the parsed file.
    const copy = lexicalCopy(text);
    if (copy !== undefined && !prefilter(text, copy) && !passesWithBorrowedCopy(text, filePath, prefilter, readFile, cache, options.settings, copy)) return COPY_IN_CODE;
    admits = (program) => {
      const copy = copyText(program);
      return prefilter(text, copy) || passesWithBorrowedCopy(text, filePath, prefilter, readFile, cache, options.settings, copy);
    };
  }

  try {
    const input = { filePath, text, parser, settings: options.settings, rules: options.rules, cache, readFile, summariseContexts: options.summariseContexts === true, admits };
    const { messages, suppressedMessages, reviews, unresolvedImports, contexts, summaries: summary, notAnalysed } = analyseSourceInDetail(input);
    if (notAnalysed) return NOT_ANALYSED;
    suppressed.push(...suppressedMessages);
    if (summary) summaries.set(filePath, summary);
    if (!options.onDetails) return messages;
    if (reviews.length > 0 || unresolvedImports.length > 0 || (contexts?.length ?? 0) > 0) {
      options.onDetails(filePath, { reviews: reviews.map(({ element: _element, ...review }) => review), unresolvedImports, ...(contexts?.length ? { contexts } : {}) });
    }
    return messages;
  } catch (error) {
    // A crash in a check must not cost the user the results for every other file. It is reported on the file
    // as a fatal error (so the run fails and the file is named) rather than swallowed.
    return [fatal(`honest-ui internal error while analysing this file: ${errorMessage(error)}`)];
  }
}

/**
 * How much text the file cache keeps, in characters (about 16 MB): every stylesheet, config and shared component a
 * run keeps reading, while a project's thousands of files are not all held at once. A miss counts as a short entry.
 */
const MAX_CACHED_TEXT = 8_000_000;
const PATH_ENTRY_SIZE = 64;

/**
 * File contents read during one run, so a stylesheet (or a Tailwind config, a package.json) read for twenty
 * components is read once. A component's own text is not kept: it is needed while that component is analysed and
 * no longer, and keeping every script would hold the whole project in memory at once.
 */
class FileCache {
  /** Texts (and misses: most import candidates do not exist) by path, bounded by their size (MAX_CACHED_TEXT). */
  private readonly texts = new SizedCache<string, string | null>(MAX_CACHED_TEXT, (text) => PATH_ENTRY_SIZE + (text?.length ?? 0));
  /** Told of every file read for the file being analysed, for the result cache's list of what a result depends on. */
  onRead: ((filePath: string, text: string | undefined) => void) | undefined;

  /** Which paths can exist at all: most import and message-file candidates are ruled out without a system call. */
  private readonly directories = new DirectoryIndex();

  /** `listings`: the folders the file discovery listed, so the index need not list them again. */
  constructor(
    private readonly maxFileSize: number | undefined,
    listings?: ReadonlyMap<string, readonly string[]>,
  ) {
    if (listings) for (const [dir, names] of listings) this.directories.seed(dir, names);
  }

  /**
   * The text of a file analysed in its own right. Read synchronously, like everything the analysis reads: on a
   * two-core machine, reading a real project's files ahead on libuv's threads (open, stat, read and close as four
   * round trips each) took three to four times as long as reading them in turn, from the page cache, and competed
   * with the thread doing the parsing.
   */
  readOwn(filePath: string) {
    const read = readSourceFileSync(filePath, this.maxFileSize);
    if (isStylesheetFile(filePath)) this.texts.set(filePath, read.ok ? read.text : null);
    return read;
  }

  /** An imported file's text, or undefined when it can't be read or would be skipped (too large, binary...). */
  readSync(filePath: string): string | undefined {
    // One lookup: null is a file known not to be readable, undefined one not tried yet.
    let text = this.texts.get(filePath);
    if (text === undefined) {
      // A path its folder's listing rules out is answered by the index again next time: only what was read (or
      // tried and failed) is kept, so the cache's room goes to texts rather than to missing import candidates.
      if (this.directories.mayExist(filePath)) {
        const read = readSourceFileSync(filePath, this.maxFileSize);
        text = read.ok ? read.text : null;
        this.texts.set(filePath, text);
      } else {
        text = null;
      }
    }
    this.onRead?.(filePath, text ?? undefined);
    return text ?? undefined;
  }
}

/** A file the checker did not analyse, and why: a warning without a rule, so the file is named but the run passes. */
function skipped(reason: SkipReason, message: string): LintMessage {
  return { ruleId: null, severity: 1, message, line: 1, column: 1, nodeType: null, data: { reason } };
}

function fatal(message: string, line = 1, column = 1): LintMessage {
  return { ruleId: null, fatal: true, severity: 2, message, line, column, nodeType: null };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
