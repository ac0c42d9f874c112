/**
 * Analyse a project: discover its files, analyse each one, and return one ESLint-shaped result per file.
 * A file that cannot be read or parsed becomes a fatal message on that file (ESLint's convention) and the run
 * goes on with the others.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseStylesheet, isStylesheetFile } from '../parse/css.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { analyseSource, type RuleConfig } from './analyse.js';
import { discoverFiles } from './discover.js';
import { summarise, type LintMessage, type LintResult } from './types.js';

export interface ProjectOptions {
  cwd: string;
  /** Files or directories to check; `['.']` when empty. */
  paths: readonly string[];
  settings: ResolvedSettings;
  rules: RuleConfig;
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
  const { files, missing } = await discoverFiles({ cwd: options.cwd, paths: options.paths });
  if (missing.length > 0) throw new MissingPathsError(missing);

  const cache = new FileCache();
  const results: LintResult[] = [];
  for (const filePath of files) {
    results.push(summarise(filePath, sortMessages(await analyseFile(filePath, options, cache))));
  }
  return results.sort((a, b) => compare(a.filePath, b.filePath));
}

async function analyseFile(filePath: string, options: ProjectOptions, files: FileCache): Promise<LintMessage[]> {
  let text: string;
  try {
    text = await files.readAsync(filePath);
  } catch (error) {
    return [fatal(`Cannot read file: ${errorMessage(error)}`)];
  }

  if (isStylesheetFile(filePath)) {
    const parsed = parseStylesheet(text, filePath);
    return parsed.ok ? [] : [fatal(`Parsing error: ${parsed.error.message}`, parsed.error.line, parsed.error.column)];
  }

  try {
    return analyseSource({
      filePath,
      text,
      settings: options.settings,
      rules: options.rules,
      readFile: (absolutePath) => files.readSync(absolutePath),
    });
  } catch (error) {
    // A crash in a check must not cost the user the results for every other file. It is reported on the file
    // as a fatal error (so the run fails and the file is named) rather than swallowed.
    return [fatal(`honest-ui internal error while analysing this file: ${errorMessage(error)}`)];
  }
}

/** File contents read during one run, so a stylesheet imported by twenty components is read once. */
class FileCache {
  private readonly texts = new Map<string, string | undefined>();

  async readAsync(filePath: string): Promise<string> {
    const text = await readFile(filePath, 'utf8');
    this.texts.set(filePath, text);
    return text;
  }

  readSync(filePath: string): string | undefined {
    if (this.texts.has(filePath)) return this.texts.get(filePath);
    let text: string | undefined;
    try {
      text = readFileSync(filePath, 'utf8');
    } catch {
      text = undefined;
    }
    this.texts.set(filePath, text);
    return text;
  }
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
