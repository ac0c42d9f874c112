/**
 * The stylesheets a module imports (`import './banner.css'`, `import s from './banner.module.css'`), read,
 * parsed and indexed once per content, for both the checker and the ESLint rules.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { StyleScope } from '../css/resolve.js';
import { indexStylesheet, type StyleSheetIndex } from '../css/stylesheet.js';
import type { UIModel } from '../model/types.js';
import { parseStylesheet } from '../parse/css.js';
import { TailwindCache, tailwindFor, type SheetText } from './tailwind.js';

export interface UnresolvedImport {
  source: string;
  reason: 'not-relative' | 'unreadable' | 'parse-error';
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

  index(filePath: string, text: string): StyleSheetIndex | null {
    const key = `${filePath}\0${createHash('sha1').update(text).digest('hex')}`;
    let entry = this.byHash.get(key);
    if (entry === undefined) {
      const parsed = parseStylesheet(text, filePath);
      entry = parsed.ok ? indexStylesheet(parsed.value, filePath) : null;
      this.byHash.set(key, entry);
    }
    return entry;
  }
}

/** Resolve a relative import to a path; package imports are outside what honest-ui reads. */
export function resolveRelative(fromFile: string, source: string): string | undefined {
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
    const index = cache.index(resolved, text);
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
