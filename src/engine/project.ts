/**
 * Analyse a project: discover its files, analyse each one, and return one ESLint-shaped result per file.
 * A file that cannot be read or parsed becomes a fatal message on that file (ESLint's convention) and the run
 * goes on with the others.
 */
import { parseStylesheet, isStylesheetFile } from '../parse/css.js';
import type { ResolvedSettings } from '../settings/settings.js';
import type { Review } from '../checks/types.js';
import { analyseSource, analyseSourceInDetail, type RuleConfig } from './analyse.js';
import { discoverFiles, type DiscoverOptions } from './discover.js';
import { readSourceFile, readSourceFileSync, type SkipReason } from './source-file.js';
import { StylesheetCache, type UnresolvedImport } from './stylesheets.js';
import { summarise, type LintMessage, type LintResult } from './types.js';

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
  /** Called after each file, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Files larger than this many bytes are skipped with a notice (`--max-file-size`); by default 1 MiB for scripts
   * and 5 MiB for stylesheets (see source-file.ts for why).
   */
  maxFileSize?: number;
}

export interface FileDetails {
  /**
   * Without the model element each review is about: details are kept for the whole run, and an element holds its
   * file's whole model and AST, so keeping it would keep every file's AST alive at once.
   */
  reviews: Array<Omit<Review, 'element'>>;
  unresolvedImports: UnresolvedImport[];
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
  const { files, missing } = await discoverFiles({ cwd: options.cwd, paths: options.paths, ignores: options.ignores });
  if (missing.length > 0) throw new MissingPathsError(missing);

  const cache = new FileCache(options.maxFileSize);
  // One for the run: a stylesheet imported by a hundred components is parsed and indexed once.
  const stylesheets = new StylesheetCache();
  const results: LintResult[] = [];
  for (const filePath of files) {
    results.push(summarise(filePath, sortMessages(await analyseFile(filePath, options, cache, stylesheets))));
    options.onProgress?.(results.length, files.length);
  }
  return results.sort((a, b) => compare(a.filePath, b.filePath));
}

async function analyseFile(filePath: string, options: ProjectOptions, files: FileCache, stylesheets: StylesheetCache): Promise<LintMessage[]> {
  const read = await files.readAsync(filePath);
  if (!read.ok) return [skipped(read.reason, read.message)];
  const text = read.text;

  if (isStylesheetFile(filePath)) {
    const parsed = parseStylesheet(text, filePath);
    return parsed.ok ? [] : [fatal(`Parsing error: ${parsed.error.message}`, parsed.error.line, parsed.error.column)];
  }

  try {
    const input = { filePath, text, settings: options.settings, rules: options.rules, stylesheets, readFile: (absolutePath: string) => files.readSync(absolutePath) };
    if (!options.onDetails) return analyseSource(input);
    const { messages, reviews, unresolvedImports } = analyseSourceInDetail(input);
    if (reviews.length > 0 || unresolvedImports.length > 0) {
      options.onDetails(filePath, { reviews: reviews.map(({ element: _element, ...review }) => review), unresolvedImports });
    }
    return messages;
  } catch (error) {
    // A crash in a check must not cost the user the results for every other file. It is reported on the file
    // as a fatal error (so the run fails and the file is named) rather than swallowed.
    return [fatal(`honest-ui internal error while analysing this file: ${errorMessage(error)}`)];
  }
}

/**
 * File contents read during one run, so a stylesheet (or a Tailwind config, a package.json) read for twenty
 * components is read once. A component's own text is not kept: it is needed while that component is analysed and
 * no longer, and keeping every script would hold the whole project in memory at once.
 */
class FileCache {
  private readonly texts = new Map<string, string | undefined>();

  constructor(private readonly maxFileSize: number | undefined) {}

  async readAsync(filePath: string) {
    const read = await readSourceFile(filePath, this.maxFileSize);
    if (isStylesheetFile(filePath)) this.texts.set(filePath, read.ok ? read.text : undefined);
    return read;
  }

  /** An imported file's text, or undefined when it can't be read or would be skipped (too large, binary...). */
  readSync(filePath: string): string | undefined {
    if (this.texts.has(filePath)) return this.texts.get(filePath);
    const read = readSourceFileSync(filePath, this.maxFileSize);
    const text = read.ok ? read.text : undefined;
    this.texts.set(filePath, text);
    return text;
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

/** ESLint's order: by line, then column, then rule id (fatal messages, with no rule, first). */
function sortMessages(messages: LintMessage[]): LintMessage[] {
  return [...messages].sort(
    (a, b) => a.line - b.line || a.column - b.column || compare(a.ruleId ?? '', b.ruleId ?? ''),
  );
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
