/**
 * Component libraries that style with a stylesheet of their own (Bootstrap): its rules, kept as CSS text in the
 * library's module, join a file's scope wherever the app depends on the library or imports its stylesheet, as the
 * page's first stylesheet (the app's own load after it and win ties).
 */
import { LIBRARIES } from '../libraries/index.js';
import type { LibraryModule } from '../libraries/types.js';
import { indexStylesheet, type StyleSheetIndex } from '../css/stylesheet.js';
import { parseStylesheet } from '../parse/css.js';
import type { ReadFile } from './modules.js';
import { appPackages } from './packages.js';

const indexed = new Map<string, StyleSheetIndex | null>();

function sheetOf(library: LibraryModule): StyleSheetIndex | undefined {
  const spec = library.stylesheet;
  if (!spec) return undefined;
  let sheet = indexed.get(library.id);
  if (sheet === undefined) {
    const parsed = parseStylesheet(spec.css, spec.file);
    sheet = parsed.ok ? indexStylesheet(parsed.value, spec.file) : null;
    indexed.set(library.id, sheet);
  }
  return sheet ?? undefined;
}

/** The library stylesheets in scope for a file, given the stylesheet sources it and its app's entries import. */
export function librarySheets(filePath: string, imports: readonly string[], readFile: ReadFile): StyleSheetIndex[] {
  const withSheets = LIBRARIES.filter((library) => library.stylesheet);
  if (withSheets.length === 0) return [];
  let dependencies: ReadonlyMap<string, string> | undefined;
  const out: StyleSheetIndex[] = [];
  for (const library of withSheets) {
    const spec = library.stylesheet;
    if (!spec) continue;
    const imported = imports.some((source) => spec.imports.test(source));
    dependencies ??= imported ? new Map() : appPackages(filePath, readFile).dependencies;
    if (!imported && !spec.packages.some((name) => dependencies?.has(name))) continue;
    const sheet = sheetOf(library);
    if (sheet) out.push(sheet);
  }
  return out;
}
