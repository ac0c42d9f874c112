/**
 * Global stylesheets: what an app's entry module imports (`app/layout.tsx` → `./globals.css`, `src/main.tsx` →
 * `./index.css`) styles every page of the app. Entries are found by the conventions of the frameworks that have
 * them (Next.js App Router `app/layout`, Pages Router `pages/_app`, Vite `src/main`, Create React App
 * `src/index`), in the app's folder: the one holding the nearest package.json above the file.
 *
 * A shadcn/ui project also says where its global stylesheet is: `components.json`'s `tailwind.css` (the file
 * `npx shadcn init` writes the theme tokens into, ui.shadcn.com/docs/components-json#tailwindcss).
 *
 * Choice: an entry's stylesheets apply to every file of its app folder, rather than only to the components the
 * entry reaches through imports. Reaching would need the reverse import graph of the whole app for every file
 * (the ESLint rules see one file at a time); a file of the app folder that the entry does not reach is rare (a
 * story, a test, a second app without its own package.json), and its classes are still the app's classes.
 */
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import type { ModuleResolver } from './modules.js';

/** Entry modules by convention, relative to the app folder, most specific first. */
const ENTRY_STEMS = ['app/layout', 'src/app/layout', 'pages/_app', 'src/pages/_app', 'src/main', 'src/index', 'main', 'index'];
const ENTRY_EXTENSIONS = ['.tsx', '.jsx', '.ts', '.js'];
const STYLESHEET = /\.(?:css|scss|sass|less)$/;
const CSS_MODULE = /\.module\.(?:css|scss|sass|less)$/;

export interface EntrySheets {
  /** The entry modules read, for explanations. */
  entries: string[];
  /** Absolute paths of the stylesheets they import for their side effects, in import order. */
  sheets: string[];
  /** Stylesheets they import from packages (`bootstrap/dist/css/bootstrap.min.css`), as written. */
  packageSheets: string[];
}

/** The side-effect stylesheet imports of a parsed module (`import './globals.css'`). */
function stylesheetImports(program: TSESTree.Program): string[] {
  const out: string[] = [];
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const source = String(statement.source.value);
    if (STYLESHEET.test(source) && !CSS_MODULE.test(source) && statement.specifiers.length === 0) out.push(source);
  }
  return out;
}

/** `components.json`'s `tailwind.css`, as an absolute path. */
function shadcnStylesheet(text: string | undefined, app: string): string | undefined {
  if (text === undefined) return undefined;
  try {
    const css = (JSON.parse(text) as { tailwind?: { css?: unknown } }).tailwind?.css;
    return typeof css === 'string' && STYLESHEET.test(css) ? path.resolve(app, css) : undefined;
  } catch {
    return undefined;
  }
}

/** Entry stylesheets per app folder and entry text, for one run or session. */
export class EntryCache {
  private readonly byApp = new Map<string, { texts: Array<string | undefined>; result: EntrySheets }>();

  /** The global stylesheets of the app `filePath` belongs to (none when the file is itself an entry: its imports are its own). */
  sheetsFor(filePath: string, resolver: ModuleResolver): EntrySheets {
    const readFile = resolver.readFile;
    const manifest = resolver.nearest(path.dirname(filePath), ['package.json']);
    if (!manifest) return { entries: [], sheets: [], packageSheets: [] };
    const app = path.dirname(manifest.file);
    const candidates = ENTRY_STEMS.flatMap((stem) => ENTRY_EXTENSIONS.map((ext) => path.join(app, stem + ext)));
    const texts = [...candidates, path.join(app, 'components.json')].map((file) => readFile(file));
    const cached = this.byApp.get(app);
    let result: EntrySheets;
    if (cached && cached.texts.every((text, i) => text === texts[i])) result = cached.result;
    else {
      result = { entries: [], sheets: [], packageSheets: [] };
      candidates.forEach((file, i) => {
        const text = texts[i];
        if (text === undefined) return;
        const program = resolver.program(file, text);
        if (!program) return;
        const sources = stylesheetImports(program);
        const sheets = sources.map((source) => resolver.stylesheetPath(file, source)).filter((sheet): sheet is string => sheet !== undefined);
        result.packageSheets.push(...sources.filter((source) => resolver.stylesheetPath(file, source) === undefined));
        if (sheets.length === 0) return;
        result.entries.push(file);
        for (const sheet of sheets) if (!result.sheets.includes(sheet)) result.sheets.push(sheet);
      });
      const declared = shadcnStylesheet(texts[candidates.length], app);
      if (declared && readFile(declared) !== undefined && !result.sheets.includes(declared)) {
        result.entries.push(path.join(app, 'components.json'));
        result.sheets.unshift(declared);
      }
      this.byApp.set(app, { texts, result });
    }
    return result.entries.includes(filePath) ? { entries: [], sheets: [], packageSheets: result.packageSheets } : result;
  }
}
