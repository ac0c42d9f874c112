/**
 * Global stylesheets: what an app's entry module imports (`app/layout.tsx` → `./globals.css`, `src/main.tsx` →
 * `./index.css`) styles every page of the app. Entries are found by the conventions of the frameworks that have
 * them (Next.js App Router `app/layout`, Pages Router `pages/_app`, Vite `src/main`, Create React App
 * `src/index`), in the app's folder: the one holding the nearest package.json above the file.
 *
 * A shadcn/ui project also says where its global stylesheet is: `components.json`'s `tailwind.css` (the file
 * `npx shadcn init` writes the theme tokens into, ui.shadcn.com/docs/components-json#tailwindcss).
 *
 * The entry also renders the document: `<html className="dark">` in a Next.js root layout (`pages/_document`'s
 * `<Html>`, Remix's `app/root`, Vite's `index.html`) draws every page of the app with the stylesheets' `.dark` values
 * and, where Tailwind's dark mode follows that class, its `dark:` utilities (documentRoot). Only what is certain on
 * the first render counts: a class written as a constant, in an app where nothing switches it at run time (a theme
 * provider of next-themes or remix-themes, or a script that sets the root's classes).
 *
 * Choice: an entry's stylesheets apply to every file of its app folder, rather than only to the components the
 * entry reaches through imports. Reaching would need the reverse import graph of the whole app for every file
 * (the ESLint rules see one file at a time); a file of the app folder that the entry does not reach is rare (a
 * story, a test, a second app without its own package.json), and its classes are still the app's classes.
 */
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import type { DocumentRoot, RootElementState } from '../css/resolve.js';
import { forEachChild, type Node } from '../model/estree.js';
import type { ModuleResolver } from './modules.js';

/**
 * Entry modules by convention, relative to the app folder, most specific first: Next.js (App Router layout, Pages
 * Router `_app` and `_document`), Remix and React Router (`app/root`), Vite and Create React App.
 */
const ENTRY_STEMS = ['app/layout', 'src/app/layout', 'pages/_app', 'src/pages/_app', 'pages/_document', 'src/pages/_document', 'app/root', 'src/main', 'src/index', 'main', 'index'];
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
  /** `<html>` and `<body>` as the entries render them, where that is certain (see the module's comment). */
  documentRoot?: DocumentRoot;
}

/** Helpers that join class names (`cn('dark', font.variable)`): their string arguments are sure to be classes. */
const CLASS_HELPERS = new Set(['cn', 'clsx', 'classnames', 'classNames', 'cx', 'twMerge', 'twJoin']);
/** Attributes that are no state of the root a stylesheet could ask for. */
const NOT_STATE = new Set(['className', 'class', 'style', 'suppressHydrationWarning', 'children', 'key', 'ref']);

/** The classes a `className` value certainly holds: its constant words, and those of a class helper's string arguments. */
function sureClasses(node: Node, out: Set<string>): void {
  if (node.type === 'JSXExpressionContainer') {
    if (node.expression.type !== 'JSXEmptyExpression') sureClasses(node.expression as Node, out);
  } else if (node.type === 'Literal') {
    if (typeof node.value === 'string') for (const word of node.value.split(/\s+/)) if (word) out.add(word);
  } else if (node.type === 'TemplateLiteral') {
    // `${font.variable} dark`: a word that touches an expression (`${x}dark`) is only part of a class.
    node.quasis.forEach((quasi, i) => {
      const words = (quasi.value.cooked ?? '').split(/\s+/);
      words.forEach((word, j) => {
        if (word && !(j === 0 && i > 0) && !(j === words.length - 1 && i < node.quasis.length - 1)) out.add(word);
      });
    });
  } else if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && CLASS_HELPERS.has(node.callee.name)) {
    for (const argument of node.arguments) if (argument.type === 'Literal' || argument.type === 'TemplateLiteral') sureClasses(argument, out);
  }
}

/** What one opening tag says of its element: sure classes, and attributes written as strings. */
function stateOf(opening: TSESTree.JSXOpeningElement): RootElementState {
  const classes = new Set<string>();
  const attributes = new Map<string, string>();
  for (const attribute of opening.attributes) {
    if (attribute.type !== 'JSXAttribute' || attribute.name.type !== 'JSXIdentifier') continue;
    const name = attribute.name.name;
    const value = attribute.value;
    if (name === 'className' || name === 'class') {
      if (value) sureClasses(value as Node, classes);
      continue;
    }
    if (NOT_STATE.has(name)) continue;
    const literal = value?.type === 'JSXExpressionContainer' ? value.expression : value;
    if (literal?.type === 'Literal' && typeof literal.value === 'string') attributes.set(name, literal.value);
  }
  return { classes, attributes };
}

/** What every one of several renderings of an element certainly has. */
function common(states: readonly RootElementState[]): RootElementState {
  const [first, ...rest] = states;
  if (!first) return { classes: new Set(), attributes: new Map() };
  return {
    classes: new Set([...first.classes].filter((name) => rest.every((state) => state.classes.has(name)))),
    attributes: new Map([...first.attributes].filter(([name, value]) => rest.every((state) => state.attributes.get(name) === value))),
  };
}

/** `<html>` (or next/document's `<Html>`) and `<body>` in a module: each rendering's state, or none. */
function rootElements(program: TSESTree.Program): { html: RootElementState[]; body: RootElementState[] } {
  const html: RootElementState[] = [];
  const body: RootElementState[] = [];
  const documentHtml = program.body.some((s) => s.type === 'ImportDeclaration' && s.source.value === 'next/document' && s.specifiers.some((spec) => spec.local.name === 'Html'));
  const stack: Node[] = [program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'JSXOpeningElement' && node.name.type === 'JSXIdentifier') {
      const name = node.name.name;
      if (name === 'html' || (name === 'Html' && documentHtml)) html.push(stateOf(node));
      else if (name === 'body') body.push(stateOf(node));
    }
    forEachChild(node, (child) => stack.push(child));
  }
  return { html, body };
}

/** `<html class="dark">` and `<body ...>` in an HTML entry (Vite's `index.html`), read as text. */
function htmlRootElements(text: string): { html: RootElementState[]; body: RootElementState[] } {
  const read = (tag: string): RootElementState[] => {
    const opening = new RegExp(`<${tag}\\b([^>]*)>`, 'i').exec(text);
    if (!opening) return [];
    const classes = new Set<string>();
    const attributes = new Map<string, string>();
    for (const match of (opening[1] ?? '').matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const [, name = '', double, single] = match;
      const value = double ?? single ?? '';
      if (name.toLowerCase() === 'class') for (const word of value.split(/\s+/)) if (word) classes.add(word);
      else if (name.toLowerCase() !== 'style') attributes.set(name, value);
    }
    return [{ classes, attributes }];
  };
  return { html: read('html'), body: read('body') };
}

/**
 * A theme switcher that rewrites the root's classes or attributes before the first paint or after: next-themes' and
 * remix-themes' `ThemeProvider` (a stored or system preference replaces the class the layout wrote), or a script of
 * the entry's own that sets them.
 */
const THEME_PROVIDER = /\bThemeProvider\b[^;]*?from\s*['"](?:next-themes|remix-themes|@wits\/next-themes)['"]/;
const ROOT_SCRIPT = /\bdocumentElement\b|\bsetAttribute\s*\(\s*['"]data-theme|\bdocument\.body\.classList/;
/** Import specifiers, to look for a theme provider in what the entry renders. */
const IMPORT_SOURCE = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"\n]+)['"]/g;
/** How far and how wide the entry's imports are searched for a theme provider. */
const PROVIDER_DEPTH = 2;
const MAX_SEARCHED = 64;

/** Whether an entry, or a module it imports (PROVIDER_DEPTH deep), switches the root's theme at run time. */
function switchesTheme(file: string, text: string, resolver: ModuleResolver): boolean {
  const seen = new Set([file]);
  let level: Array<{ file: string; text: string }> = [{ file, text }];
  for (let depth = 0; depth <= PROVIDER_DEPTH && level.length > 0; depth++) {
    const next: Array<{ file: string; text: string }> = [];
    for (const module of level) {
      if (THEME_PROVIDER.test(module.text) || ROOT_SCRIPT.test(module.text)) return true;
      for (const match of module.text.matchAll(IMPORT_SOURCE)) {
        const source = match[1] ?? '';
        if (STYLESHEET.test(source) || seen.size >= MAX_SEARCHED) continue;
        const target = resolver.resolve(module.file, source);
        if (target.kind !== 'file' || seen.has(target.file)) continue;
        seen.add(target.file);
        next.push({ file: target.file, text: target.text });
      }
    }
    level = next;
  }
  // A search cut short could have missed one: nothing is then certain.
  return seen.size >= MAX_SEARCHED;
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

/**
 * The root elements every entry that renders them agrees on; undefined when none does, or when something switches
 * the theme at run time.
 */
function documentRootOf(candidates: readonly string[], texts: ReadonlyArray<string | undefined>, indexHtml: string, resolver: ModuleResolver): DocumentRoot | undefined {
  const html: RootElementState[] = [];
  const body: RootElementState[] = [];
  const sources: string[] = [];
  for (const [i, file] of candidates.entries()) {
    const text = texts[i];
    if (text === undefined || !/<(?:html|Html)\b/.test(text)) continue;
    const program = resolver.program(file, text);
    const found = program ? rootElements(program) : undefined;
    if (!found || found.html.length === 0) continue;
    html.push(...found.html);
    body.push(...found.body);
    sources.push(file);
  }
  const page = resolver.readFile(indexHtml);
  const fromPage = page === undefined ? undefined : htmlRootElements(page);
  if (page !== undefined && fromPage && fromPage.html.length > 0) {
    // An inline script of the page that sets the root's theme (a stored preference read before the first paint).
    if (/<script\b[^>]*>[^<]*(?:documentElement|classList)/i.test(page)) return undefined;
    html.push(...fromPage.html);
    body.push(...fromPage.body);
    sources.push(indexHtml);
  }
  if (sources.length === 0) return undefined;
  // Every entry of the app (a Pages Router `_app` beside the `_document` that renders `<Html>`, Vite's `main.tsx`
  // under its `index.html`) may mount a theme provider.
  for (const [i, file] of candidates.entries()) {
    const text = texts[i];
    if (text !== undefined && switchesTheme(file, text, resolver)) return undefined;
  }
  return { html: common(html), body: common(body), source: sources.join(', ') };
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
    const indexHtml = path.join(app, 'index.html');
    const texts = [...candidates, path.join(app, 'components.json'), indexHtml].map((file) => readFile(file));
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
      result.documentRoot = documentRootOf(candidates, texts, indexHtml, resolver);
      const declared = shadcnStylesheet(texts[candidates.length], app);
      if (declared && readFile(declared) !== undefined && !result.sheets.includes(declared)) {
        result.entries.push(path.join(app, 'components.json'));
        result.sheets.unshift(declared);
      }
      this.byApp.set(app, { texts, result });
    }
    if (!result.entries.includes(filePath)) return result;
    return { entries: [], sheets: [], packageSheets: result.packageSheets, ...(result.documentRoot ? { documentRoot: result.documentRoot } : {}) };
  }
}
