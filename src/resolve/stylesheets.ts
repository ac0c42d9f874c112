/**
 * The stylesheets a module imports (`import './banner.css'`, `import s from './banner.module.css'`), read,
 * parsed and indexed once per content, for both the checker and the ESLint rules.
 */
import { sha1Hex } from '../hash.js';
import { applyThemeDefaults, createComponentStyles } from '../css/library-styles.js';
import type { StyleScope } from '../css/resolve.js';
import { flattenScss } from '../css/scss.js';
import { indexStylesheet, type StyleSheetIndex } from '../css/stylesheet.js';
import type { UIModel } from '../model/types.js';
import { isScssFile, parseStylesheet } from '../parse/css.js';
import type { ScriptParser } from '../parse/script.js';
import { Locales, type I18nSettings } from './locales.js';
import { LIBRARIES } from '../libraries/index.js';
import type { TSESTree } from '@typescript-eslint/types';
import { EntryCache } from './entries.js';
import { librarySheets } from './library-sheets.js';
import { classWrittenElsewhere } from './renderers.js';
import { ThemeCache } from './themes.js';
import { ModuleCache, ModuleResolver, type ReadFile } from './modules.js';
import { TailwindCache, tailwindFor, type SheetText } from './tailwind.js';

export interface UnresolvedImport {
  source: string;
  reason: 'not-relative' | 'unreadable' | 'parse-error' | 'unresolved-component';
  /** Why, where the reason alone doesn't say (a component rendered from a value, an import cycle). */
  detail?: string;
}

export interface LoadedScope {
  scope: Omit<StyleScope, 'rootFontSize'>;
  unresolved: UnresolvedImport[];
}

/**
 * Everything read from other files as data during one run (the checker) or session (ESLint), by content: indexed
 * stylesheets, Tailwind configs and themes, parsed modules. A stylesheet imported by a hundred components is parsed
 * once; a file edited during a session is read again because its content changed.
 */
export class ProjectCache {
  private readonly byHash = new Map<string, StyleSheetIndex | null>();
  /** Tailwind configs and themes, parsed once per content like the sheets. */
  readonly tailwind = new TailwindCache();
  /** Parsed modules (components, and whatever else an import leads to). */
  readonly modules: ModuleCache;
  /** The global stylesheets each app's entry modules import. */
  readonly entries = new EntryCache();
  /** The project's own themes for the component libraries it uses. */
  readonly themes = new ThemeCache();

  /**
   * `parser` parses imported modules: the checker passes its own (oxc), so a component is parsed as the files
   * that use it are; ESLint's adapter passes oxc too, loaded on first use (the default is typescript-estree).
   */
  constructor(parser?: ScriptParser) {
    this.modules = new ModuleCache(parser);
  }

  /**
   * The project's translated messages as `readFile` sees the files (parsed catalogs are shared). One per reader and
   * settings: a reader is one run's view of the files (the checker's file cache; in ESLint, the adapter's run), so
   * the projects it finds by folder (their root, configuration and default locale) are as fresh as the files it
   * reads, and each folder's project is looked for once per run rather than once per file.
   */
  locales(readFile: ReadFile, settings: I18nSettings = NO_I18N): Locales {
    let bySettings = this.localesByReader.get(readFile);
    if (!bySettings) this.localesByReader.set(readFile, (bySettings = new WeakMap()));
    let locales = bySettings.get(settings);
    if (!locales) bySettings.set(settings, (locales = new Locales(readFile, settings, this.modules)));
    return locales;
  }

  /**
   * A resolver reading through `readFile` and parsing into this cache. One per reader, as for locales: the nearest
   * tsconfig's `paths` it keeps by folder are looked up once per run (findUp per folder) rather than once per import.
   */
  resolver(readFile: ReadFile): ModuleResolver {
    let resolver = this.resolvers.get(readFile);
    if (!resolver) this.resolvers.set(readFile, (resolver = new ModuleResolver(readFile, this.modules)));
    return resolver;
  }

  private readonly localesByReader = new WeakMap<ReadFile, WeakMap<I18nSettings, Locales>>();
  private readonly resolvers = new WeakMap<ReadFile, ModuleResolver>();

  /** SCSS by content, with the partials it read: the entry is stale once one of them changes. */
  private readonly scss = new Map<string, { index: StyleSheetIndex | null; dependencies: Array<{ file: string; text: string | undefined }> }>();

  index(filePath: string, text: string, readFile?: ReadFile): StyleSheetIndex | null {
    const key = `${filePath}\0${sha1Hex(text)}`;
    if (isScssFile(filePath)) return this.indexScss(key, filePath, text, readFile ?? (() => undefined));
    let entry = this.byHash.get(key);
    if (entry === undefined) {
      const parsed = parseStylesheet(text, filePath);
      entry = parsed.ok ? indexStylesheet(parsed.value, filePath) : null;
      this.byHash.set(key, entry);
    }
    return entry;
  }

  private indexScss(key: string, filePath: string, text: string, readFile: ReadFile): StyleSheetIndex | null {
    const cached = this.scss.get(key);
    if (cached && cached.dependencies.every((d) => readFile(d.file) === d.text)) return cached.index;
    const parsed = parseStylesheet(text, filePath);
    if (!parsed.ok) {
      this.scss.set(key, { index: null, dependencies: [] });
      return null;
    }
    const flat = flattenScss(parsed.value, filePath, readFile);
    const index = indexStylesheet(flat.root, filePath, flat.unknown);
    this.scss.set(key, { index, dependencies: flat.dependencies });
    return index;
  }
}

const NO_I18N: I18nSettings = {};

/** Package stylesheets a library's built-in sheet stands for. */
const LIBRARY_SHEET_SOURCES = LIBRARIES.flatMap((library) => (library.stylesheet ? [library.stylesheet.imports] : []));

export function loadScope(model: UIModel, filePath: string, resolver: ModuleResolver, cache: ProjectCache, program?: TSESTree.Program): LoadedScope {
  const readFile = resolver.readFile;
  const unresolved: UnresolvedImport[] = [];
  const globalTexts: SheetText[] = [];
  const load = (source: string, global = false): StyleSheetIndex | undefined => {
    const resolved = resolver.stylesheetPath(filePath, source);
    if (!resolved) {
      unresolved.push({ source, reason: 'not-relative' });
      return undefined;
    }
    const text = readFile(resolved);
    if (text === undefined) {
      unresolved.push({ source, reason: 'unreadable' });
      return undefined;
    }
    if (global) globalTexts.push({ path: resolved, text });
    const index = cache.index(resolved, text, readFile);
    if (!index) unresolved.push({ source, reason: 'parse-error' });
    return index ?? undefined;
  };
  // The app's global stylesheets (its entry's imports) load first, then the ones this file and its components import.
  const entry = cache.entries.sheetsFor(filePath, resolver);
  const own = model.stylesheets.map((source) => resolver.stylesheetPath(filePath, source) ?? source);
  // A library's own stylesheet (Bootstrap) comes before them all; a package stylesheet it stands for is not missing.
  const libraryImports = [...model.stylesheets, ...entry.packageSheets];
  const library = librarySheets(filePath, libraryImports, readFile);
  const standIn = (source: string): boolean => library.length > 0 && LIBRARY_SHEET_SOURCES.some((pattern) => pattern.test(source));
  const sources = [...entry.sheets.filter((sheet) => !own.includes(sheet)), ...model.stylesheets.filter((source) => !standIn(source))];
  const globalSheets = [...library, ...sources.map((source) => load(source, true)).filter((s): s is StyleSheetIndex => !!s)];
  const moduleSheets = new Map<string, StyleSheetIndex>();
  for (const source of new Set(model.cssModules.values())) {
    const sheet = load(source);
    if (sheet) moduleSheets.set(source, sheet);
  }
  const utilityClasses = tailwindFor(filePath, resolver, globalTexts, cache.tailwind);
  const libraries = new Set(model.elements.flatMap((element) => (element.library ? [element.library.id] : [])));
  const themes = program ? cache.themes.themesFor(filePath, program, libraries, resolver) : new Map();
  applyThemeDefaults(model, themes);
  const components = createComponentStyles(themes, libraries);
  const classElsewhere = (name: string): boolean => classWrittenElsewhere(resolver, filePath, name);
  return { scope: { globalSheets, moduleSheets, utilityClasses, components, documentRoot: entry.documentRoot, classElsewhere }, unresolved };
}
