/**
 * The stylesheets a module imports (`import './banner.css'`, `import s from './banner.module.css'`), read,
 * parsed and indexed once per content, for both the checker and the ESLint rules.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { StyleScope } from '../css/resolve.js';
import { flattenScss, type ReadFile } from '../css/scss.js';
import { indexStylesheet, type StyleSheetIndex } from '../css/stylesheet.js';
import type { UIModel } from '../model/types.js';
import { isScssFile, parseStylesheet } from '../parse/css.js';
import type { ScriptParser } from '../parse/script.js';
import { ComponentCache } from './components.js';
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

/** Indexed sheets by content hash: the same file imported by a hundred components is parsed once. */
export class StylesheetCache {
  private readonly byHash = new Map<string, StyleSheetIndex | null>();
  /** Tailwind configs and themes, parsed once per content like the sheets. */
  readonly tailwind = new TailwindCache();
  /** Component modules (src/engine/components.ts), parsed once per content like the sheets. */
  readonly components: ComponentCache;

  /**
   * `parser` parses imported components: the checker passes its own (oxc), so a component is parsed as the files
   * that use it are; ESLint's adapter leaves the default, typescript-estree, which is what ESLint gave the rules.
   */
  constructor(parser?: ScriptParser) {
    this.components = new ComponentCache(parser);
  }

  /** SCSS by content, with the partials it read: the entry is stale once one of them changes. */
  private readonly scss = new Map<string, { index: StyleSheetIndex | null; dependencies: Array<{ file: string; text: string | undefined }> }>();

  index(filePath: string, text: string, readFile?: ReadFile): StyleSheetIndex | null {
    const key = `${filePath}\0${createHash('sha1').update(text).digest('hex')}`;
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

/** Resolve a relative import to a path; package imports are outside what honest-ui reads. */
export function resolveRelative(fromFile: string, source: string): string | undefined {
  // Stylesheets of components in other folders are in scope by absolute path (src/engine/components.ts).
  if (path.isAbsolute(source)) return source;
  if (!source.startsWith('./') && !source.startsWith('../') && !source.startsWith('/')) return undefined;
  return path.resolve(path.dirname(fromFile), source);
}

export function loadScope(model: UIModel, filePath: string, readFile: (absolutePath: string) => string | undefined, cache: StylesheetCache): LoadedScope {
  const unresolved: UnresolvedImport[] = [];
  const globalTexts: SheetText[] = [];
  const load = (source: string, global = false): StyleSheetIndex | undefined => {
    const resolved = resolveRelative(filePath, source);
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
  const globalSheets = model.stylesheets.map((source) => load(source, true)).filter((s): s is StyleSheetIndex => !!s);
  const moduleSheets = new Map<string, StyleSheetIndex>();
  for (const source of new Set(model.cssModules.values())) {
    const sheet = load(source);
    if (sheet) moduleSheets.set(source, sheet);
  }
  const utilityClasses = tailwindFor(filePath, readFile, globalTexts, cache.tailwind);
  return { scope: { globalSheets, moduleSheets, utilityClasses }, unresolved };
}
