/**
 * Which files exist, answered from directory listings. Following imports and finding message files means trying
 * many paths that do not exist: `./Button` as `.tsx`, `.ts`, `/index.tsx`...; a project's locale files under every
 * convention (`locales/de/translation.json`, `messages/de.json`, `src/lang/de.json`) for every built-in language.
 * On four public apps a run asked the file system about some 38,000 paths, nearly all missing, which cost more than
 * parsing. A directory is listed once per run instead (the folders the file discovery walked come with their
 * listings), and a path whose folder does not list it is known missing without a system call; a folder its parent
 * does not list is never read at all.
 *
 * The listing only rules paths out: a listed name is still read (and checked) by readSourceFileSync. One index per
 * run (the checker's file cache), so files created during the run are the only ones it can miss, as with the texts
 * that cache keeps.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { SizedCache } from '../resolve/sized-cache.js';

/** Names kept in listings, in all (about 10 MB at most): far more than the folders a run reads from. */
const MAX_LISTED_NAMES = 200_000;
/** What one listing costs beyond its names, in the same unit. */
const LISTING_ENTRY_SIZE = 8;

/**
 * On file systems that ignore case (macOS and Windows by default), `./button` opens `Button.tsx`: names are compared
 * without case there, so the index never rules out a file the system would open.
 */
const IGNORES_CASE = process.platform === 'darwin' || process.platform === 'win32';
const fold = IGNORES_CASE ? (name: string): string => name.toLowerCase() : (name: string): string => name;

export class DirectoryIndex {
  /** Folder path → its names (folded), or null when the folder does not exist or cannot be listed as one. */
  private readonly listings = new SizedCache<string, ReadonlySet<string> | null>(MAX_LISTED_NAMES, (names) => LISTING_ENTRY_SIZE + (names?.size ?? 0));

  /** False when the file certainly does not exist; true when it may (its folder lists it, or could not be listed). */
  mayExist(filePath: string): boolean {
    const dir = path.dirname(filePath);
    if (dir === filePath) return true;
    const names = this.list(dir);
    return names === undefined || (names !== null && names.has(fold(path.basename(filePath))));
  }

  /** A folder's names as a listing made earlier in the run gave them (the file discovery's walk). */
  seed(dir: string, names: readonly string[]): void {
    this.listings.set(dir, new Set(names.map(fold)));
  }

  /** A folder's names; null when it does not exist; undefined when it exists but cannot be read (then nothing is ruled out). */
  private list(dir: string): ReadonlySet<string> | null | undefined {
    if (this.listings.has(dir)) return this.listings.get(dir) ?? null;
    if (!this.mayExist(dir)) {
      this.listings.set(dir, null);
      return null;
    }
    let names: ReadonlySet<string> | null;
    try {
      names = new Set(readdirSync(dir).map(fold));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Missing, or a file where a folder was expected: nothing under it exists. Any other failure (permissions,
      // too many open files) decides nothing: the path is tried as it would be without the index.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return undefined;
      names = null;
    }
    this.listings.set(dir, names);
    return names;
  }
}
