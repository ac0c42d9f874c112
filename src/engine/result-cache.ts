/**
 * `--cache`: a file's results are reused when the file, every file its analysis read (the stylesheets and CSS
 * modules it imports, a Tailwind config, the package.json that says which Tailwind), the resolved config and
 * honest-ui's version are all unchanged. Editing a stylesheet therefore re-analyses every component that imports
 * it, and a file that was missing (a Tailwind config not there yet) is recorded as missing, so creating it counts
 * as a change too.
 *
 * The cache is an optimisation and never a source of errors: a file that can't be read, parsed or trusted is
 * ignored (every file is analysed), and one that can't be written is left as it was.
 */
import { sha1Hex } from '../hash.js';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageInfo } from '../package-info.js';
import type { ResolvedSettings } from '../settings/settings.js';
import type { RuleConfig } from './analyse.js';
import { sizeLimitFor } from './source-file.js';
import type { FileOutcome } from './parallel.js';
import type { FileDetails } from './project.js';
import type { LintMessage } from './types.js';
import { lazyRequire } from '../lazy-require.js';

/** fs/promises, loaded by a run with --cache (issue 14, start-up). */
const fsPromises = lazyRequire<typeof import('node:fs/promises')>('node:fs/promises');

/** The cache file inside the cache directory; versioned so a format change never reads an old file as new. */
const CACHE_FILE = 'results-v1.json';

/** `[path, content hash]`, or `[path, null]` for a file that was looked for and not there (or unreadable). */
export type ReadRecord = [string, string | null];

/**
 * How much detail an entry holds: 0 messages only, 1 also reviews and unresolved imports (`--verbose`, SARIF), 2
 * also the consent contexts (the HTML report). A run that wants more than an entry holds analyses the file again.
 */
export type DetailLevel = 0 | 1 | 2;

interface Entry {
  hash: string;
  reads: ReadRecord[];
  detail: DetailLevel;
  outcome: FileOutcome;
}

interface CacheFile {
  key: string;
  files: Record<string, Entry>;
}

export function contentHash(text: string | Buffer): string {
  return sha1Hex(text);
}

/** The default cache directory: under node_modules/.cache where there is a node_modules, as other tools do. */
export function defaultCacheLocation(cwd: string): string {
  return existsSync(path.join(cwd, 'node_modules')) ? path.join(cwd, 'node_modules', '.cache', 'honest-ui') : path.join(cwd, '.honest-ui-cache');
}

export interface CacheKeyInput {
  rules: RuleConfig;
  settings: ResolvedSettings;
  /** The config file the rules and settings came from; its text covers the lexicon extension, which is compiled. */
  configFile?: string | null;
  maxFileSize?: number;
  parser?: string;
}

/**
 * Everything besides a file's own inputs that its results depend on. The compiled lexicon is left out (it is built
 * from honest-ui's own lexicons, covered by the version, and the config's extension, covered by the config text).
 */
export function cacheKey(input: CacheKeyInput): string {
  const { lexicon: _lexicon, ...settings } = input.settings;
  let configText: string | null = null;
  if (input.configFile) {
    try {
      configText = readFileSync(input.configFile, 'utf8');
    } catch {
      configText = null;
    }
  }
  return contentHash(
    canonicalJson({
      version: packageInfo().version,
      rules: input.rules,
      settings,
      configFile: input.configFile ?? null,
      configText,
      maxFileSize: input.maxFileSize ?? null,
      parser: input.parser ?? null,
    }),
  );
}

/** JSON with sorted keys, Maps and Sets as sorted entries: equal values give equal text whatever their insertion order. */
function canonicalJson(value: unknown): string {
  const normalise = (item: unknown): unknown => {
    if (item instanceof Map) return { $map: [...item].map(([k, v]) => [String(k), normalise(v)]).sort((a, b) => compare(a[0] as string, b[0] as string)) };
    if (item instanceof Set) return { $set: [...item].map(normalise).map((v) => JSON.stringify(v)).sort(compare) };
    if (Array.isArray(item)) return item.map(normalise);
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(Object.keys(item).sort(compare).map((key) => [key, normalise((item as Record<string, unknown>)[key])]));
    }
    return typeof item === 'function' ? undefined : item;
  };
  return JSON.stringify(normalise(value));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isEntry(value: unknown): value is Entry {
  if (value === null || typeof value !== 'object') return false;
  const entry = value as Partial<Entry>;
  return (
    typeof entry.hash === 'string' &&
    typeof entry.detail === 'number' &&
    Array.isArray(entry.reads) &&
    entry.reads.every((read) => Array.isArray(read) && read.length === 2 && typeof read[0] === 'string' && (typeof read[1] === 'string' || read[1] === null)) &&
    entry.outcome !== null &&
    typeof entry.outcome === 'object' &&
    Array.isArray(entry.outcome.messages) &&
    entry.outcome.messages.every(isMessage) &&
    (entry.outcome.suppressedMessages === undefined || (Array.isArray(entry.outcome.suppressedMessages) && entry.outcome.suppressedMessages.every(isMessage))) &&
    (entry.outcome.details === undefined || isDetails(entry.outcome.details)) &&
    (entry.outcome.summary === undefined || isObject(entry.outcome.summary))
  );
}

/**
 * What the formatters read of a message without checking. The key covers honest-ui's version, but a build of the
 * same version, or a hand-edited file, may hold another shape: such an entry is ignored, never reported from.
 */
function isMessage(value: unknown): boolean {
  if (!isObject(value)) return false;
  const message = value as Partial<LintMessage>;
  return (
    (message.ruleId === null || typeof message.ruleId === 'string') &&
    (message.severity === 1 || message.severity === 2) &&
    typeof message.message === 'string' &&
    Number.isInteger(message.line) &&
    Number.isInteger(message.column)
  );
}

function isDetails(value: unknown): boolean {
  if (!isObject(value)) return false;
  const details = value as Partial<Record<keyof FileDetails, unknown>>;
  const objects = (list: unknown) => Array.isArray(list) && list.every(isObject);
  return objects(details.reviews) && objects(details.unresolvedImports) && (details.contexts === undefined || objects(details.contexts));
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export class ResultCache {
  private readonly files: Record<string, Entry>;
  /** Content hashes of the analysed files, taken at lookup, so a stored entry names the text that was analysed. */
  private readonly hashes = new Map<string, string>();
  /** Hashes of dependencies, by path, for this run: one stylesheet read by a hundred files is hashed once. */
  private readonly dependencyHashes = new Map<string, string | null>();

  private constructor(
    private readonly filePath: string,
    private readonly key: string,
    stored: CacheFile | undefined,
    private readonly maxFileSize: number | undefined,
  ) {
    this.files = stored?.key === key ? stored.files : {};
  }

  /** Open the cache in `location` (a directory); a missing, unreadable or corrupt cache file means an empty cache. */
  static open(location: string, key: string, maxFileSize: number | undefined): ResultCache {
    const filePath = path.join(location, CACHE_FILE);
    let stored: CacheFile | undefined;
    try {
      const parsed = JSON.parse(readFileSync(filePath, 'utf8')) as unknown;
      if (parsed !== null && typeof parsed === 'object' && typeof (parsed as CacheFile).key === 'string') {
        const files = (parsed as CacheFile).files;
        if (files !== null && typeof files === 'object' && !Array.isArray(files)) {
          stored = { key: (parsed as CacheFile).key, files: Object.fromEntries(Object.entries(files).filter(([, entry]) => isEntry(entry))) };
        }
      }
    } catch {
      stored = undefined;
    }
    return new ResultCache(filePath, key, stored, maxFileSize);
  }

  /**
   * The stored outcome for this file when it and everything it read are unchanged, else undefined.
   * `readDependency` is the run's own reader (it caches texts), so checking a stylesheet costs one read per run.
   */
  async lookup(filePath: string, detail: DetailLevel, readDependency: (filePath: string) => string | undefined): Promise<FileOutcome | undefined> {
    let hash: string;
    try {
      // A file the checker would skip for its size is not worth reading to hash; it is analysed (and skipped) again.
      if ((await fsPromises().stat(filePath)).size > sizeLimitFor(filePath, this.maxFileSize)) return undefined;
      hash = contentHash(await fsPromises().readFile(filePath));
    } catch {
      return undefined;
    }
    this.hashes.set(filePath, hash);
    const entry = this.files[filePath];
    if (!entry || entry.hash !== hash || entry.detail < detail) return undefined;
    for (const [dependency, expected] of entry.reads) {
      if (this.dependencyHash(dependency, readDependency) !== expected) return undefined;
    }
    return entry.outcome;
  }

  private dependencyHash(filePath: string, read: (filePath: string) => string | undefined): string | null {
    let hash = this.dependencyHashes.get(filePath);
    if (hash === undefined) {
      const text = read(filePath);
      hash = text === undefined ? null : contentHash(text);
      this.dependencyHashes.set(filePath, hash);
    }
    return hash;
  }

  /** Record a fresh outcome; files whose hash was not taken at lookup (unreadable, too large) are not stored. */
  store(filePath: string, detail: DetailLevel, outcome: FileOutcome, reads: ReadRecord[]): void {
    const hash = this.hashes.get(filePath);
    if (hash === undefined) return;
    this.files[filePath] = { hash, reads, detail, outcome };
  }

  /** Write the cache, dropping entries of files that no longer exist. Failing to write is not an error. */
  save(): void {
    const files: Record<string, Entry> = {};
    for (const [filePath, entry] of Object.entries(this.files)) if (this.hashes.has(filePath) || existsSync(filePath)) files[filePath] = entry;
    try {
      mkdirSync(path.dirname(this.filePath), { recursive: true });
      // Written aside and renamed, so an interrupted run never leaves half a cache file behind.
      const temporary = `${this.filePath}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ key: this.key, files } satisfies CacheFile));
      renameSync(temporary, this.filePath);
    } catch {
      // A read-only checkout or a full disk: the next run analyses everything, which is correct, only slower.
    }
  }
}

/**
 * Collects what one file's analysis read, as ReadRecords. Hashes are remembered per path and text, so a
 * stylesheet shared by many components is hashed once per thread.
 */
export class ReadRecorder {
  private readonly known = new Map<string, { text: string | undefined; hash: string | null }>();
  private current = new Map<string, string | null>();

  readonly onRead = (filePath: string, text: string | undefined): void => {
    let entry = this.known.get(filePath);
    if (!entry || entry.text !== text) {
      entry = { text, hash: text === undefined ? null : contentHash(text) };
      this.known.set(filePath, entry);
    }
    this.current.set(filePath, entry.hash);
  };

  /** The reads since the last call, sorted by path. */
  take(): ReadRecord[] {
    const reads = [...this.current].sort((a, b) => compare(a[0], b[0]));
    this.current = new Map();
    return reads;
  }
}
