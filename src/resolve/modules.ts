/**
 * Following an import: where a specifier written in one module points on disk (relative, a tsconfig `paths`
 * alias such as `@/components/Button`, or a package of the monorepo itself such as `@acme/ui`), and the module
 * read there, parsed as data (never executed). Every reader of other files (components, stylesheets, Tailwind configs, and in time constants, locale and theme files) asks
 * here, so there is one answer to "which file is this import" and one bounded cache of parsed modules.
 */
import { SizedCache } from './sized-cache.js';
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { parseWithTypescriptEstree, type ScriptParser } from '../parse/script.js';
import type { ParseResult } from '../parse/result.js';
import { lazyRequire } from '../lazy-require.js';
import { DEFAULT_MAX_SCRIPT_SIZE } from '../engine/source-file.js';
import { Workspaces } from './workspaces.js';

/** Loaded by the first tsconfig.json or jsconfig.json found: a project without one never needs it. */
const getTsconfig = lazyRequire<typeof import('get-tsconfig')>('get-tsconfig');

/**
 * Reads a file of the project as text, or undefined when it can't be read (or would be skipped: too large, binary).
 * A folder is read by its path with a trailing separator (`src/steps/`): its entries but hidden ones, one a line, a
 * folder's ending with `/` (folderListing), so a result that depended on what a folder holds is as fresh as the
 * listing (--cache).
 * A run's reader may also name the folder the run started in (`runRoot`: the checker's working folder, ESLint's
 * `cwd`): a file in no package (no package.json up its folders) belongs to that folder's project.
 */
export type ReadFile = ((absolutePath: string) => string | undefined) & { readonly runRoot?: string };

/** A run's reader, with the folder the run started in (see ReadFile). */
export function rootedReader(read: (absolutePath: string) => string | undefined, runRoot: string): ReadFile {
  return Object.assign((absolutePath: string) => read(absolutePath), { runRoot });
}

/** The extensions a script import may leave out, in the order bundlers and TypeScript try them. */
const EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js'];
const SCRIPT = /\.(?:tsx|ts|jsx|js|mjs|cjs|mts|cts)$/;
const STYLESHEET = /\.(?:css|scss|sass|less)$/;

/**
 * How much parsed code a cache keeps, in characters of source (an AST with its bindings takes about 22 bytes per
 * character since nodes share a line table: a heap snapshot of a whole-tree run holds 18 MB here). A design system's
 * shared components (buttons, switches) are used by most files and stay; a page component (analysed, or imported
 * once) is dropped when others need the room. Bounded by size rather than count, a project with a few huge modules
 * keeps no more memory than one with many small ones. The four apps' whole trees on Node 20 peaked at 306 MB with a
 * million characters and at 283-287 MB with this, in the same time (before the line tables); half of it, measured
 * since, needs no less memory and takes 40-70% longer (modules parsed again, and their garbage).
 */
const MAX_CACHED_SOURCE = 800_000;

/**
 * A module too large to share that budget with the rest (a quarter of it or more: generated GraphQL hooks, type
 * policies, a vendored SDK) is kept apart, in room for one module as large as a script the checker reads at all
 * (DEFAULT_MAX_SCRIPT_SIZE). saleor-dashboard's 1 MB `hooks.generated.ts`, which every screen's `useXQuery` import
 * leads to through `@dashboard/graphql`, did not fit the shared budget and was parsed again for each of 125 files:
 * 24 s and a 357 MB peak for the whole repository.
 */
const LARGE_MODULE = MAX_CACHED_SOURCE / 4;
const MAX_CACHED_LARGE_SOURCE = DEFAULT_MAX_SCRIPT_SIZE;

/**
 * Parsed modules by path, each with the text it was parsed from, so a module imported by many files is parsed once
 * (again when its text changes); least recently used first out. One per run (the checker) or per session (ESLint).
 */
export class ModuleCache {
  private readonly programs = new SizedCache<string, { text: string; program: TSESTree.Program | null }>(MAX_CACHED_SOURCE, (entry) => entry.text.length);
  private readonly large = new SizedCache<string, { text: string; program: TSESTree.Program | null }>(MAX_CACHED_LARGE_SOURCE, (entry) => entry.text.length);

  constructor(private readonly parse: ScriptParser = parseWithTypescriptEstree) {}

  /** Whether this cache parses with `parser`: then a file analysed in its own right shares its AST with importers. */
  parsesWith(parser: ScriptParser): boolean {
    return parser === this.parse;
  }

  /**
   * A file's parse, for analysing it in its own right, through the cache: a page component is parsed once, whether
   * it is analysed first or imported first. A syntax error is parsed again here, for its message (broken files are
   * rare).
   */
  parseResult(filePath: string, text: string): ParseResult<TSESTree.Program> {
    const program = this.program(filePath, text);
    return program ? { ok: true, value: program } : this.parse(text, filePath);
  }

  /**
   * Run one file's analysis with every module it reads kept parsed until it ends. The cache's budget is for what
   * files share; one analysis may read more than the budget holds (a 12,000-line App.tsx its actions import values
   * from): without this, each lookup there parsed it again, and the analysis, which keeps what it read (bindings
   * by program, rendered elements), held one AST per lookup until memory ran out. Nested analyses join the outer one.
   */
  pinned<T>(analysis: () => T): T {
    if (this.pins) return analysis();
    this.pins = new Map();
    try {
      return analysis();
    } finally {
      this.pins = undefined;
    }
  }

  private pins: Map<string, { text: string; program: TSESTree.Program | null }> | undefined;

  program(filePath: string, text: string): TSESTree.Program | undefined {
    // By path, holding the text it was parsed from: the same string again (a file cache hands out one string per
    // read) is one comparison, and a changed file (an editor's unsaved buffer, an edit between lint runs) misses.
    // No hash of the text: loading node:crypto was a tenth of a run of one small file.
    const large = text.length >= LARGE_MODULE;
    const cache = large ? this.large : this.programs;
    let entry = this.pins?.get(filePath) ?? cache.get(filePath);
    if (entry === undefined || entry.text !== text) {
      const parsed = this.parse(text, filePath);
      entry = { text, program: parsed.ok ? parsed.value : null };
      cache.set(filePath, entry);
      // A version of the other size is not this one.
      (large ? this.programs : this.large).delete(filePath);
    }
    this.pins?.set(filePath, entry);
    return entry.program ?? undefined;
  }
}

/** How many import look-ups a resolver remembers (a folder, a specifier and a path each). */
const MAX_RESOLVED = 4096;

/** Where a folder's `paths` aliases are declared (a JavaScript project's jsconfig.json), and its package's manifest. */
const TSCONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];
const MANIFEST_NAMES = ['package.json'];

/** Remembered `export *` look-ups (ModuleResolver.starHop), some 100 bytes each. */
const MAX_STAR_HOPS = 65_536;

/** Where an import leads: a file of the project (with its text), a package, or a project file that isn't there. */
export type ModuleResolution = { kind: 'file'; file: string; text: string } | { kind: 'package' } | { kind: 'missing' };

export function isRelativeSpecifier(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..';
}

/**
 * Resolves imports as one reader sees the files (ProjectCache.resolver: one per reader, i.e. per run, or per file
 * where the result cache must list each file's reads). Its tsconfig lookups are its own (an editor session's next
 * run sees tsconfig edits); parsed modules come from the shared ModuleCache.
 */
export class ModuleResolver {
  /** Paths matchers of the nearest tsconfig, by folder. */
  private readonly matchers = new Map<string, ((specifier: string) => string[]) | null>();
  private readonly byConfig = new Map<string, ((specifier: string) => string[]) | null>();
  /** The monorepo's own packages (`@acme/ui`), read through this resolver's reader. */
  private readonly workspaces: Workspaces;

  constructor(
    readonly readFile: ReadFile,
    private readonly modules: ModuleCache,
  ) {
    this.workspaces = new Workspaces(readFile);
  }

  /** The parsed module at a path, or undefined when it does not parse. */
  program(file: string, text: string): TSESTree.Program | undefined {
    return this.modules.program(file, text);
  }

  /**
   * Where each import led, by the importing folder and the specifier: files of one folder import the same modules
   * (`react`, `../hooks`, `@/lib/utils`), and trying the candidates again cost a path for each and a look-up in the
   * reader's cache. A remembered file is read again through the reader (its text as this run sees it); one that has
   * gone since is resolved afresh. A reader's run sees one state of the disk, so its misses hold as long as it does.
   */
  private readonly resolved = new Map<string, string | ModuleResolution>();

  /**
   * `export *` look-ups (components.ts, values.ts): by module and name, which of the module's star sources the name
   * was found through (its file, or its specifier), or null when none has it. A design system's barrel (`export * from './button'`, for each of a hundred
   * components) was walked again, each module scanned for the name, for every use of every one of its components.
   */
  private readonly starHops = new Map<string, Map<string, string | null>>();
  private starHopCount = 0;
  /**
   * Each module's `export *` sources, by path: a run sees one state of the disk, as the star hops above assume (and
   * no module text is kept alive here beyond the file cache's budget).
   */
  private readonly stars = new Map<string, string[]>();

  /** `walk` names the look-up (components and values each accept their own kind of answer). */
  starHop(walk: 'component' | 'value', file: string, name: string): string | null | undefined {
    return this.starHops.get(`${walk}:${file}`)?.get(name);
  }

  rememberStarHop(walk: 'component' | 'value', file: string, name: string, through: string | null): void {
    const key = `${walk}:${file}`;
    let byName = this.starHops.get(key);
    if (!byName) {
      // A bound on what a run keeps: a few names of each barrel a project's files import from.
      if (this.starHopCount >= MAX_STAR_HOPS) {
        this.starHops.clear();
        this.starHopCount = 0;
      }
      this.starHops.set(key, (byName = new Map()));
    }
    if (!byName.has(name)) this.starHopCount += 1;
    byName.set(name, through);
  }

  /**
   * Imported names found, in this run, not to be what a look-up wanted, by kind of look-up, module and name (see
   * ProjectValues.notA): a page calls a dozen hooks and helpers from the project's modules, each of which the
   * zustand look-up (model/sources.ts) follows to its declaration; on growthbook, 90,000 such look-ups had its
   * analyses parse a third of what they parsed (41.7 million characters of source for 12 million read), because
   * the modules that declare the hooks had left the parsed-module cache since the last page asked. A run sees one
   * state of the disk, as the star hops above assume. Bounded like them.
   */
  private readonly misses = new Set<string>();

  missed(kind: string, file: string, name: string): boolean {
    return this.misses.has(`${kind}:${file}\0${name}`);
  }

  rememberMiss(kind: string, file: string, name: string): void {
    if (this.misses.size >= MAX_STAR_HOPS) this.misses.clear();
    this.misses.add(`${kind}:${file}\0${name}`);
  }

  /** Which names each module's text writes (see mentions), by path, as the star sources are kept. */
  private readonly named = new Map<string, Map<string, boolean>>();

  /**
   * Whether a module's text writes `name` (mentions), remembered for the run: every file that imports from a
   * barrel asks the same of each module below it.
   */
  mentions(file: string, text: string, name: string): boolean {
    let byName = this.named.get(file);
    if (!byName) {
      if (this.named.size >= MAX_RESOLVED) this.named.delete(this.named.keys().next().value as string);
      this.named.set(file, (byName = new Map()));
    }
    let found = byName.get(name);
    if (found === undefined) byName.set(name, (found = mentions(text, name)));
    return found;
  }

  starSources(file: string, text: string): string[] {
    let sources = this.stars.get(file);
    if (sources === undefined) {
      sources = starSources(text);
      if (this.stars.size >= MAX_RESOLVED) this.stars.delete(this.stars.keys().next().value as string);
      this.stars.set(file, sources);
    }
    return sources;
  }

  /** By the names looked for: each folder's nearest file of those names (null: none up to the root). */
  private readonly nearestByNames = new Map<string, Map<string, string | null>>();

  /**
   * findUp through this resolver's reader, each folder's answer remembered: the folders of a project share their
   * package.json and tsconfig, and a walk up from each file (to the root, where there is none) cost a path and a
   * look-up per folder and name. The file is read again through the reader; one gone since is looked for afresh.
   */
  nearest(fromDir: string, names: readonly string[]): { file: string; text: string } | undefined {
    const key = names.join('\0');
    let byDir = this.nearestByNames.get(key);
    if (!byDir) this.nearestByNames.set(key, (byDir = new Map()));
    const walked: string[] = [];
    let found: { file: string; text: string } | undefined;
    for (let dir = fromDir; ; ) {
      const known = byDir.get(dir);
      if (known === null) break;
      if (known !== undefined) {
        const text = this.readFile(known);
        found = text === undefined ? findUp(dir, names, this.readFile) : { file: known, text };
        break;
      }
      walked.push(dir);
      for (const name of names) {
        const file = path.join(dir, name);
        const text = this.readFile(file);
        if (text !== undefined) {
          found = { file, text };
          break;
        }
      }
      const parent = path.dirname(dir);
      if (found || parent === dir) break;
      dir = parent;
    }
    for (const dir of walked) byDir.set(dir, found?.file ?? null);
    return found;
  }

  /** A module of the project an import names, or what else it is. */
  resolve(fromFile: string, source: string): ModuleResolution {
    const dir = path.dirname(fromFile);
    const key = `${isRelativeSpecifier(source) || path.isAbsolute(source) ? dir : this.scopeOf(dir)}\0${source}`;
    const known = this.resolved.get(key);
    if (typeof known === 'string') {
      const text = this.readFile(known);
      if (text !== undefined) return { kind: 'file', file: known, text };
    } else if (known) {
      return known;
    }
    const found = this.search(fromFile, source);
    if (this.resolved.size >= MAX_RESOLVED) this.resolved.delete(this.resolved.keys().next().value as string);
    this.resolved.set(key, found.kind === 'file' ? found.file : found);
    return found;
  }

  /** Each folder's scope (see scopeOf), remembered while the folders of a project are analysed. */
  private readonly scopes = new Map<string, string>();

  /**
   * What a package specifier's resolution depends on besides itself (see bases): the nearest tsconfig (its `paths`),
   * package.json (the `@/` alias) and workspace root. The folders of a project share one, so `react` or
   * `@/lib/utils` is looked for once per project rather than once per folder (on the bench's sample: 556 searches
   * for package specifiers instead of 2,941, and 1,979 candidate lists made instead of 4,364).
   */
  private scopeOf(dir: string): string {
    let scope = this.scopes.get(dir);
    if (scope === undefined) {
      scope = `${this.nearest(dir, TSCONFIG_NAMES)?.file ?? ''}\0${this.nearest(dir, MANIFEST_NAMES)?.file ?? ''}\0${this.workspaces.rootOf(dir) ?? ''}`;
      if (this.scopes.size >= MAX_RESOLVED) this.scopes.clear();
      this.scopes.set(dir, scope);
    }
    return scope;
  }

  private search(fromFile: string, source: string): ModuleResolution {
    for (const base of this.bases(fromFile, source)) {
      // ESM TypeScript imports name the emitted file: `./Button.js` is `./Button.tsx` on disk.
      const stem = base.replace(/\.jsx?$/, '');
      const candidates = [...(SCRIPT.test(base) ? [base] : []), ...EXTENSIONS.map((ext) => stem + ext), ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`))];
      for (const candidate of candidates) {
        const text = this.readFile(candidate);
        if (text !== undefined) return { kind: 'file', file: candidate, text };
      }
    }
    // A `paths` alias that leads nowhere may still be a package (a catch-all `"*"` pattern maps every import).
    return isRelativeSpecifier(source) ? { kind: 'missing' } : { kind: 'package' };
  }

  /**
   * Whether a specifier names the project's own code, found or not: relative or absolute, a `paths` alias, the `@/`
   * or `~/` alias, or a package of the monorepo. An alias that leads nowhere resolves as a package (see search), but
   * it is no package's code.
   */
  namesProject(fromFile: string, source: string): boolean {
    if (isRelativeSpecifier(source) || path.isAbsolute(source) || /^(?:[@~]\/|#)/.test(source)) return true;
    return (this.aliasMatcher(fromFile)?.(source).length ?? 0) > 0 || this.workspaces.bases(fromFile, source).length > 0;
  }

  /** By tsconfig: a matcher of its `paths` alone, without the `baseUrl` that maps every package specifier too. */
  private readonly aliasMatchers = new Map<string, ((specifier: string) => string[]) | null>();

  private aliasMatcher(fromFile: string): ((specifier: string) => string[]) | null {
    const found = this.nearest(path.dirname(fromFile), TSCONFIG_NAMES);
    if (!found) return null;
    let matcher = this.aliasMatchers.get(found.file);
    if (matcher === undefined) {
      try {
        const config = getTsconfig().parseTsconfig(found.file, new Map());
        const { baseUrl: _baseUrl, ...compilerOptions } = config.compilerOptions ?? {};
        matcher = compilerOptions.paths ? getTsconfig().createPathsMatcher({ path: found.file, config: { ...config, compilerOptions } }) : null;
      } catch {
        matcher = null;
      }
      this.aliasMatchers.set(found.file, matcher);
    }
    return matcher;
  }

  /** A stylesheet import as an absolute path (relative, absolute, or through `paths`); undefined for a package's. */
  stylesheetPath(fromFile: string, source: string): string | undefined {
    if (path.isAbsolute(source)) return source;
    if (isRelativeSpecifier(source)) return path.resolve(path.dirname(fromFile), source);
    // An alias must lead to a file: with a `baseUrl`, every package specifier also maps into the project.
    return this.bases(fromFile, source).find((base) => STYLESHEET.test(base) && this.readFile(base) !== undefined);
  }

  /**
   * Where an import points on disk: relative, a tsconfig `paths` alias, or a workspace package of the monorepo
   * (workspaces.ts). Empty for an installed package. The `@/` (and `~/`)
   * alias Vite and Next.js projects set up (`@` → `./src`, or the app folder: vite.config's `resolve.alias` as the
   * Vite and shadcn/ui docs write it, create-next-app's `paths`) is tried there too when no `paths` entry leads to
   * a file: a bundler's alias honest-ui does not read.
   */
  private bases(fromFile: string, source: string): string[] {
    if (isRelativeSpecifier(source)) return [path.resolve(path.dirname(fromFile), source)];
    const mapped = this.pathsMatcher(fromFile)?.(source) ?? [];
    const alias = /^[@~]\/(.+)$/.exec(source)?.[1];
    const manifest = alias === undefined ? undefined : this.nearest(path.dirname(fromFile), MANIFEST_NAMES);
    if (alias !== undefined && manifest) {
      const app = path.dirname(manifest.file);
      return [...mapped, path.join(app, 'src', alias), path.join(app, alias)];
    }
    // A package of the monorepo itself (`@acme/ui/button`), where no `paths` entry says otherwise.
    return [...mapped, ...(path.isAbsolute(source) ? [] : this.workspaces.bases(fromFile, source))];
  }

  /** One matcher per tsconfig, however many folders it governs. */
  private matcherOf(tsconfig: string): ((specifier: string) => string[]) | null {
    let matcher = this.byConfig.get(tsconfig);
    if (matcher === undefined) this.byConfig.set(tsconfig, (matcher = getTsconfig().createPathsMatcher({ path: tsconfig, config: getTsconfig().parseTsconfig(tsconfig, new Map()) })));
    return matcher;
  }

  private pathsMatcher(fromFile: string): ((specifier: string) => string[]) | null {
    const dir = path.dirname(fromFile);
    let matcher = this.matchers.get(dir);
    if (matcher === undefined) {
      try {
        // The nearest tsconfig.json, or jsconfig.json where a JavaScript project (Next.js, Create React App, Vite)
        // declares its aliases. get-tsconfig reads it as JSON with comments and follows `extends`; nothing is executed.
        const found = this.nearest(dir, TSCONFIG_NAMES);
        matcher = found ? this.matcherOf(found.file) : null;
      } catch {
        matcher = null;
      }
      this.matchers.set(dir, matcher);
    }
    return matcher;
  }
}

/**
 * The nearest of `names` walking up from a folder, stopping after the folder that holds `stopAt` (a package
 * boundary, e.g. `package.json`) or at the file system root. The folder holding `stopAt` is searched too.
 */
export function findUp(fromDir: string, names: readonly string[], readFile: ReadFile, stopAt?: string): { file: string; text: string } | undefined {
  for (let dir = fromDir; ; ) {
    for (const name of names) {
      const file = path.join(dir, name);
      const text = readFile(file);
      if (text !== undefined) return { file, text };
    }
    if (stopAt !== undefined && readFile(path.join(dir, stopAt)) !== undefined) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Whether a module's text names `name` as a whole word (it can export it only then, stars aside). */
export function mentions(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if ((before === undefined || !/[\w$]/.test(before)) && (after === undefined || !/[\w$]/.test(after))) return true;
  }
  return false;
}

/** The sources of `export * from '...'` in a module's text (not `export * as ns`). */
export function starSources(text: string): string[] {
  return [...text.matchAll(/\bexport\s*\*\s*from\s*['"]([^'"\n]+)['"]/g)].map((match) => match[1] as string);
}

