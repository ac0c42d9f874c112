/**
 * Reading a file the checker was asked to analyse, defensively: a repository can hold anything under a source
 * file's name (a minified bundle, a binary asset renamed .tsx, a file in a legacy encoding, a file the user may
 * not read). Each of those becomes a skip notice with a reason instead of a crash, a hang or a garbled parse.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isStylesheetFile } from '../parse/css.js';

/**
 * Default size limits, in bytes. Hand-written components are a few KB to a few hundred KB; a script over 1 MiB
 * is a bundle or generated code (a 2 MB single-line bundle is typical), which holds no reviewable consent UI and
 * only costs parse time and memory. Stylesheets get more room because a project's compiled framework CSS (a full
 * Tailwind development build is about 3.5 MB) is still a real input to the cascade; 5 MiB covers it.
 */
export const DEFAULT_MAX_SCRIPT_SIZE = 1024 * 1024;
export const DEFAULT_MAX_STYLESHEET_SIZE = 5 * 1024 * 1024;

/** How much of a file is searched for a NUL byte: git's own binary heuristic (buffer_is_binary) looks at 8000 bytes. */
const BINARY_SNIFF_BYTES = 8 * 1024;

export type SkipReason = 'too-large' | 'minified' | 'binary' | 'not-utf8' | 'unreadable' | 'not-a-file';

/**
 * A script this long whose lines average this many characters is minified or generated: papermark's vendored
 * `handsontable.full.min.js` (889 KB in 40 lines) took the repository's run from 266 MB to 347 MB and 2 s more, for
 * no UI anyone reviews. Hand-written components stay far below (on fifteen public repositories, a logo of SVG paths
 * averages 582 characters a line; a vendored bundle 13,000 and more), a base64 image on one line of a component
 * among it does not move the average much.
 */
export const MINIFIED_MIN_SIZE = 64 * 1024;
export const MINIFIED_LINE_LENGTH = 1000;

export type SourceRead = { ok: true; text: string } | { ok: false; reason: SkipReason; message: string };

/** The limit for this file: the one given (`--max-file-size`) for every file, or the default for its kind. */
export function sizeLimitFor(filePath: string, maxFileSize: number | undefined): number {
  if (maxFileSize !== undefined) return maxFileSize;
  return isStylesheetFile(filePath) ? DEFAULT_MAX_STYLESHEET_SIZE : DEFAULT_MAX_SCRIPT_SIZE;
}

/**
 * A file's text, or why it is skipped: for the files analysed in their own right and for those they import (a
 * component, a stylesheet, a message file).
 */
export function readSourceFileSync(filePath: string, maxFileSize?: number): SourceRead {
  if (filePath.endsWith(path.sep)) {
    const listing = folderListing(filePath);
    return listing === undefined ? missing(filePath) : { ok: true, text: listing };
  }
  const limit = sizeLimitFor(filePath, maxFileSize);
  let bytes: Buffer;
  try {
    // Imports are looked up by trying candidates (`.tsx`, `.ts`, `index.*`): most do not exist, and a missing file
    // is answered without building an exception for it.
    const stats = statSync(filePath, { throwIfNoEntry: false });
    if (!stats) return missing(filePath);
    const early = checkStats(stats, limit);
    if (early) return early;
    bytes = readFileSync(filePath);
  } catch (error) {
    return unreadable(error);
  }
  const read = decode(bytes, limit);
  // With the default limits only: a size given on the command line checks whatever is under it.
  if (read.ok && maxFileSize === undefined && !isStylesheetFile(filePath)) {
    const lineLength = averageLineLength(read.text);
    if (lineLength !== undefined) return minified(lineLength);
  }
  return read;
}

/**
 * A folder read as a file (its path ends with the separator, see ReadFile): its entries in code-unit order, one a
 * line, a folder's name ending with `/`. Hidden entries (`.git`, a cache folder made by the run itself) are left
 * out. Undefined when it is not a folder that can be listed.
 */
export function folderListing(dir: string): string | undefined {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .join('\n');
  } catch {
    return undefined;
  }
}

/** The average length of a line of a script at least MINIFIED_MIN_SIZE long, when it is over MINIFIED_LINE_LENGTH. */
function averageLineLength(text: string): number | undefined {
  if (text.length < MINIFIED_MIN_SIZE) return undefined;
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lines++;
    // Enough lines that the average is already short: a hand-written file stops counting early.
    if (text.length / lines <= MINIFIED_LINE_LENGTH) return undefined;
  }
  return Math.round(text.length / lines);
}

function minified(lineLength: number): SourceRead {
  return {
    ok: false,
    reason: 'minified',
    message: `File skipped: its lines average ${lineLength} characters, so it is minified or generated (a bundle holds no UI to review); give --max-file-size to check it.`,
  };
}

function checkStats(stats: { isFile(): boolean; size: number }, limit: number): SourceRead | undefined {
  // A FIFO or device under a source name would block or never end; only regular files are read.
  if (!stats.isFile()) return { ok: false, reason: 'not-a-file', message: 'File skipped: it is not a regular file.' };
  if (stats.size > limit) return tooLarge(stats.size, limit);
  return undefined;
}

/** One decoder for every file (decode() without `stream` keeps no state between calls). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer, limit: number): SourceRead {
  // The file may have grown between stat and read.
  if (bytes.length > limit) return tooLarge(bytes.length, limit);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { ok: false, reason: 'binary', message: 'File skipped: it looks binary (a NUL byte in its first 8 KB), not like source code.' };
  }
  try {
    // fatal: invalid UTF-8 throws instead of becoming U+FFFD, so a Latin-1 file is not analysed as garbled text.
    // The decoder strips a UTF-8 byte order mark (ignoreBOM is false), as ESLint does, so columns start after it.
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8', message: 'File skipped: it is not valid UTF-8; save it as UTF-8 to have it checked.' };
  }
}

function tooLarge(size: number, limit: number): SourceRead {
  return {
    ok: false,
    reason: 'too-large',
    message: `File skipped: it is ${size} bytes, over the ${limit}-byte limit (files that large are bundles or generated code); raise the limit with --max-file-size to check it.`,
  };
}

function missing(filePath: string): SourceRead {
  return { ok: false, reason: 'unreadable', message: `File skipped: it cannot be read (ENOENT: no such file or directory, stat '${filePath}').` };
}

function unreadable(error: unknown): SourceRead {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: 'unreadable', message: `File skipped: it cannot be read (${detail}).` };
}
