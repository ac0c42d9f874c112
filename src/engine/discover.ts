/**
 * Find the files the checker reads: scripts and stylesheets under the given paths, minus what git would ignore.
 *
 * This is a manual directory walk rather than a tinyglobby glob, because git's ignore rules are hierarchical:
 * a `.gitignore` applies to its own directory and below, a deeper one can re-include (`!pattern`) what a
 * shallower one excluded, and an ignored directory is never entered (so a `.gitignore` inside it has no effect
 * and its contents cannot be re-included). Applying the rules while descending gives exactly those semantics and
 * never reads ignored trees such as a large `build/`; a glob would walk everything first and filter afterwards,
 * with every nested `.gitignore` re-rooted by hand.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { isScriptFile } from '../parse/script.js';
import { isStylesheetFile } from '../parse/css.js';
import { lazyRequire } from '../lazy-require.js';
import { isInside } from '../paths.js';

/** Loaded by the first `.gitignore` or config `ignores` read: a run over named files outside git needs none. */
const ignore = lazyRequire<typeof import('ignore')>('ignore');

export interface DiscoverOptions {
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /** Files or directories, relative to `cwd` or absolute. Defaults to `['.']`. */
  paths?: readonly string[];
  /**
   * The config's `ignores`: .gitignore-syntax patterns relative to `base` (the config file's directory). Unlike
   * .gitignore they apply to files named on the command line too, because pre-commit hooks and CI scripts name
   * files one by one and a generated file must stay ignored there.
   */
  ignores?: { base: string; patterns: readonly string[] };
}

export interface DiscoveredFiles {
  /** Absolute paths of the files to check, sorted and without duplicates. */
  files: string[];
  /** The paths given that do not exist, as they were given. */
  missing: string[];
  /**
   * Every folder the walk listed, by absolute path, with the names in it: the run's directory index starts from
   * them rather than listing the same folders again (project.ts).
   */
  listings: Map<string, string[]>;
}

/** Directories never worth entering, whatever .gitignore says: dependencies and git's own database. */
const ALWAYS_SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/** Whether the checker reads this file: a script (but not a declaration file) or a stylesheet. */
export function isCheckableFile(filePath: string): boolean {
  if (/\.d\.[mc]?ts$/.test(filePath)) return false;
  return isScriptFile(filePath) || isStylesheetFile(filePath);
}

export async function discoverFiles(options: DiscoverOptions): Promise<DiscoveredFiles> {
  const cwd = path.resolve(options.cwd);
  const paths = options.paths && options.paths.length > 0 ? options.paths : ['.'];
  const rules = new GitignoreRules(configIgnores(options.ignores));
  const found = new Set<string>();
  const missing: string[] = [];
  const listings = new Map<string, string[]>();

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const stats = statOf(absolute);
    if (!stats) {
      missing.push(given);
    } else if (stats.isDirectory()) {
      const root = findGitRoot(absolute) ?? (isInside(cwd, absolute) ? cwd : absolute);
      walk(absolute, root, rules, found, listings);
    } else if (stats.isFile() && isCheckableFile(absolute)) {
      // A file named explicitly is checked even when .gitignore covers it (the user asked for it), but not when
      // the config ignores it (see DiscoverOptions.ignores).
      if (!rules.ignoredByConfig(absolute, false)) found.add(absolute);
    }
  }

  return { files: [...found].sort(), missing, listings };
}

/**
 * Synchronous, as the checker's reads are (project.ts): on a two-core machine the promise API's round trips through
 * libuv's threads left the main thread idle for a tenth of a run over a thousand files, with nothing else to do.
 */
function walk(directory: string, root: string, rules: GitignoreRules, found: Set<string>, listings: Map<string, string[]>): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  listings.set(directory, entries.map((entry) => entry.name));
  // Whether this folder has a .gitignore is in its listing: the rules look for one in every folder they cover.
  if (!entries.some((entry) => entry.name.toLowerCase() === '.gitignore')) rules.noGitignoreIn(directory);
  for (const entry of entries) {
    const absolute = path.join(directory, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links to files inside the tree, but not to directories (a link back up the tree would loop forever)
      // and not out of the tree: a link to ~/.ssh or another checkout is not part of this project, and its path
      // would leak into reports. A file outside the project is checked only when named on the command line.
      const target = statOf(absolute);
      isDirectory = false;
      isFile = (target?.isFile() ?? false) && isInside(realRoot(root), realPath(absolute));
    }
    if (isDirectory) {
      if (ALWAYS_SKIPPED_DIRECTORIES.has(entry.name)) continue;
      if (rules.ignores(root, absolute, true)) continue;
      walk(absolute, root, rules, found, listings);
    } else if (isFile && isCheckableFile(absolute)) {
      if (rules.ignores(root, absolute, false)) continue;
      found.add(absolute);
    }
  }
}

const realRoots = new Map<string, string>();

/** The root with its own symlinks resolved (on macOS /tmp is /private/tmp), once per root. */
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) realRoots.set(root, (real = realPath(root)));
  return real;
}

/** A path's stats, or undefined when it cannot be read (missing, a dangling link, no permission). */
function statOf(absolute: string): Stats | undefined {
  try {
    return statSync(absolute, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A path with its symlinks resolved, or as given when that fails (a dangling link, a loop). */
function realPath(absolute: string): string {
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/**
 * The `.gitignore` files between a root and a path, each read once per run. Patterns in a `.gitignore` are
 * relative to its own directory; deeper files take precedence over shallower ones, as in git.
 */
class GitignoreRules {
  private readonly byDirectory = new Map<string, Ignore | null>();

  constructor(private readonly config?: { base: string; rules: Ignore }) {}

  /** Whether the config's `ignores` cover this path; paths outside the config's directory never are. */
  ignoredByConfig(absolute: string, isDirectory: boolean): boolean {
    if (!this.config || !isInside(this.config.base, absolute) || absolute === this.config.base) return false;
    return this.config.rules.ignores(posixRelative(this.config.base, absolute, isDirectory));
  }

  ignores(root: string, absolute: string, isDirectory: boolean): boolean {
    if (this.ignoredByConfig(absolute, isDirectory)) return true;
    let ignored = false;
    for (const directory of ancestorsFrom(root, absolute)) {
      const rules = this.load(directory);
      if (!rules) continue;
      // `ignore` wants a posix path relative to the .gitignore's directory; directories end in a slash so that
      // directory-only patterns such as `build/` match them.
      const result = rules.test(posixRelative(directory, absolute, isDirectory));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /** A folder listed without a `.gitignore`: nothing to read there (a failed read per folder costs an exception). */
  noGitignoreIn(directory: string): void {
    if (!this.byDirectory.has(directory)) this.byDirectory.set(directory, null);
  }

  private load(directory: string): Ignore | null {
    let rules = this.byDirectory.get(directory);
    if (rules === undefined) {
      try {
        rules = ignore()().add(readFileSync(path.join(directory, '.gitignore'), 'utf8'));
      } catch {
        rules = null;
      }
      this.byDirectory.set(directory, rules);
    }
    return rules;
  }
}

function configIgnores(ignores: DiscoverOptions['ignores']): { base: string; rules: Ignore } | undefined {
  if (!ignores || ignores.patterns.length === 0) return undefined;
  return { base: path.resolve(ignores.base), rules: ignore()().add([...ignores.patterns]) };
}

/** A posix path relative to `directory`, as `ignore` wants it; directories end in a slash so `build/` matches them. */
function posixRelative(directory: string, absolute: string, isDirectory: boolean): string {
  return path.relative(directory, absolute).split(path.sep).join('/') + (isDirectory ? '/' : '');
}

/** The directories from `root` down to the parent of `absolute`, root first. */
function ancestorsFrom(root: string, absolute: string): string[] {
  const directories: string[] = [];
  for (let directory = path.dirname(absolute); isInside(root, directory); directory = path.dirname(directory)) {
    directories.unshift(directory);
    if (directory === root) break;
  }
  return directories;
}

/** The nearest directory at or above `start` that holds `.git` (a directory, or a file in a worktree). */
function findGitRoot(start: string): string | undefined {
  for (let directory = start; ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, '.git'))) return directory;
    if (path.dirname(directory) === directory) return undefined;
  }
}
