/**
 * Where a project renders a component: for a value only the place a component is rendered decides, such as the
 * form a step of a wizard reads with react-hook-form's `useFormContext()` (the form of the nearest `<FormProvider>`
 * above it, react-hook-form.com/docs/useformcontext).
 *
 * The search covers the component's package (the folder of the nearest package.json), every script of it except
 * tests and stories, which render components in setups of their own. The scripts' imports are read from their text
 * once per run; only those whose imports lead to the component (through re-exports too) are parsed. One that names
 * it in any way but an import, an export, a type or a JSX tag (`const STEPS = [Consent, Review]`, `memo(...)`),
 * loads its module at run time (`lazy(() => import(...))`), reads it off a namespace (`steps.Consent`) or
 * re-exports it under another name renders it where the search cannot follow: the answer is then unknown, as it is
 * for a package too large to search. Folders are read through the run's reader (ReadFile: `dir/`), so a result that
 * depended on them is as fresh as they are.
 */
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import type { FileBindings, RenderSite } from '../model/bindings.js';
import { forEachChild, type Node } from '../model/estree.js';
import { importedNames } from './import-text.js';
import type { ModuleResolver, ReadFile } from './modules.js';

/** Scripts of a package searched at most; a larger package is not searched. */
const MAX_SCRIPTS = 10_000;
/** Folders listed at most. */
const MAX_FOLDERS = 4_000;
const SCRIPT = /\.(?:tsx|ts|jsx|js|mjs|cjs|mts|cts)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
/** Tests and stories render a component in a setup of their own, not where the app does. */
const NOT_THE_APP = /\.(?:test|spec|stories|story)\.[cm]?[jt]sx?$|(?:^|\/)(?:__tests__|__mocks__|__fixtures__)\//;

/** What the search reads modules with: the analysis's reader of other modules (src/resolve/values.ts). */
export interface RendererLookup {
  resolver: ModuleResolver;
  /** The module and name an import leads to, through re-exports; undefined for a package or what is not found. */
  declaredAt(fromFile: string, source: string, imported: string): { file: string | undefined; name: string | undefined } | undefined;
  bindingsFor(program: TSESTree.Program, file: string): FileBindings;
}

/**
 * Every element of the app that renders the component `name` declared in `file`, or undefined when that is not known,
 * or when more than `maxModules` modules (its own included) may render it: each is parsed, and kept parsed while the
 * analysis that asked lasts (a page layout rendered by 500 pages is not read for one of them).
 */
export function renderSites(lookup: RendererLookup, file: string, name: string, maxModules = Number.POSITIVE_INFINITY): RenderSite[] | undefined {
  const renderers = renderingModules(lookup, file, name);
  if (!renderers || renderers.length > maxModules) return undefined;
  const sites: RenderSite[] = [];
  for (const { script, locals } of renderers) {
    const text = lookup.resolver.readFile(script);
    const program = text === undefined ? undefined : lookup.resolver.program(script, text);
    const elements = program && renderingElements(program, locals);
    if (!program || !elements) return undefined;
    const bindings = lookup.bindingsFor(program, script);
    for (const ancestors of elements) sites.push({ bindings, ancestors });
  }
  return sites;
}

/**
 * The app's one element that renders the component `name` declared in `file`, where it has exactly one, outside
 * any handler (`onClick={() => open(<Step />)}` renders it later, if ever). Only in an app: a package that names an
 * entry point (`main`, `exports`...) is a library, whose components other packages render where this search does
 * not look. Modules are parsed only when the imports, read from their text, leave one module besides the
 * component's own that may render it.
 */
export function appRenderSite(lookup: RendererLookup, file: string, name: string): RenderSite | undefined {
  const manifest = lookup.resolver.nearest(path.dirname(file), ['package.json']);
  if (!manifest || isLibraryManifest(manifest.text)) return undefined;
  const renderers = renderingModules(lookup, file, name);
  if (!renderers || renderers.length > 2) return undefined;
  const sites = renderSites(lookup, file, name);
  const site = sites?.length === 1 ? sites[0] : undefined;
  if (!site) return undefined;
  const inHandler = site.ancestors.some((node) => (node as Node).type === 'JSXAttribute' && /^on[A-Z]/.test(attributeName(node as TSESTree.JSXAttribute)));
  return inHandler ? undefined : site;
}

function attributeName(attribute: TSESTree.JSXAttribute): string {
  return attribute.name.type === 'JSXIdentifier' ? attribute.name.name : attribute.name.name.name;
}

/** Fields of a package.json that make its package a library: an entry point for other packages to import. */
const ENTRY_POINTS = ['main', 'module', 'exports', 'types', 'typings', 'browser'];

export function isLibraryManifest(text: string): boolean {
  try {
    const manifest: unknown = JSON.parse(text);
    return typeof manifest !== 'object' || manifest === null || ENTRY_POINTS.some((field) => field in manifest);
  } catch {
    return true;
  }
}

/**
 * Whether the app may write the class `name` (or, for a CSS module's class, import the module `name` names: its
 * file name) on an element outside `file`: false only for a name `file` writes and no other script of its app
 * package does, nor the block a BEM element or modifier is built from (`consent-banner` of
 * `consent-banner__links`), nor the app's `index.html`. A class only a library's code puts on its elements
 * (`ProseMirror`, a library's static classes) is never written by the file, so it stays possible. In a library
 * package, its users render it elsewhere: possible. Used for a descendant selector that could only match through
 * ancestors of the file's root (src/css/resolve.ts).
 */
export function classWrittenElsewhere(resolver: ModuleResolver, file: string, name: string): boolean {
  const manifest = resolver.nearest(path.dirname(file), ['package.json']);
  if (!manifest || isLibraryManifest(manifest.text)) return true;
  const writers = packageWords(path.dirname(manifest.file), resolver.readFile);
  if (!writers || writers.get(name) !== file) return true;
  const block = name.split(/__|--/)[0] ?? name;
  return block !== name && writers.has(block) && writers.get(block) !== file;
}

/**
 * Whether any script of the app (or its `index.html`) writes the class `name`; true in a library package, or one too
 * large to read. A class no script writes is put on elements only by the library that owns it.
 */
export function classWrittenInApp(resolver: ModuleResolver, file: string, name: string): boolean {
  const manifest = resolver.nearest(path.dirname(file), ['package.json']);
  if (!manifest || isLibraryManifest(manifest.text)) return true;
  const writers = packageWords(path.dirname(manifest.file), resolver.readFile);
  return !writers || writers.has(name);
}

/** Runs of a class name's or a module file name's characters in code; `.` joined (`Banner.module.scss`), trimmed. */
const WORD = /[A-Za-z0-9_.-]+/g;

/** By reader, then package root: each word with a hyphen, underscore or dot to the one script that writes it, or null for several. */
const wordsByReader = new WeakMap<ReadFile, Map<string, Map<string, string | null> | null>>();

function packageWords(root: string, readFile: ReadFile): Map<string, string | null> | undefined {
  let byRoot = wordsByReader.get(readFile);
  if (!byRoot) wordsByReader.set(readFile, (byRoot = new Map()));
  let found = byRoot.get(root);
  if (found === undefined) {
    const scripts = packageScripts(root, readFile);
    found = null;
    if (scripts) {
      const words = new Map<string, string | null>();
      const pool = new Map<string, string>();
      const add = (word: string, writer: string): void => {
        const known = words.get(word);
        if (known === undefined) words.set(detached(pool, word), writer);
        else if (known !== writer) words.set(word, null);
      };
      // The page an app serves may set classes on <html> or <body> before any script runs.
      for (const script of [...scripts, path.join(root, 'index.html'), path.join(root, 'public', 'index.html')]) {
        const text = readFile(script);
        if (text === undefined) continue;
        for (const [match] of text.matchAll(WORD)) {
          const word = match.replace(/^\.+|\.+$/g, '');
          if (!/[-_.]/.test(word)) continue;
          add(word, script);
          const block = word.split(/__|--/)[0];
          if (block && block !== word) add(block, script);
        }
      }
      found = words;
    }
    byRoot.set(root, found);
  }
  return found ?? undefined;
}

type Renderers = Array<{ script: string; locals: Set<string> }>;

/**
 * What a script imports, read from its text once per run: enough to tell which scripts may render a component
 * without reading them again for each component looked for.
 */
interface ScriptImports {
  script: string;
  /** `[source, imported, local]`: `imported` is `default` for a default import. */
  imports: Array<[string, string, string]>;
  /** The last path segment of each module it loads at run time (`import('./steps/ConsentStep')`, `require(...)`). */
  loads: string[];
  /** Whether it imports a module of the project as a namespace (`import * as steps from './steps'`). */
  namespaces: boolean;
  /** `[source, local, exported]` of each `export { local as exported } from source`. */
  reexports: Array<[string, string, string]>;
}

/** By reader, then package root: its scripts' imports, or null for a package too large to search. */
const importsByReader = new WeakMap<ReadFile, Map<string, ScriptImports[] | null>>();
/** By reader, then component: the modules that render it (paths and names only, no module held), or null. */
const renderersByReader = new WeakMap<ReadFile, Map<string, Renderers | null>>();

function renderingModules(lookup: RendererLookup, file: string, name: string): Renderers | undefined {
  const readFile = lookup.resolver.readFile;
  let byComponent = renderersByReader.get(readFile);
  if (!byComponent) renderersByReader.set(readFile, (byComponent = new Map()));
  const key = `${file}\0${name}`;
  let found = byComponent.get(key);
  if (found === undefined) byComponent.set(key, (found = searchRenderers(lookup, file, name) ?? null));
  return found ?? undefined;
}

const LOADED = /\b(?:import|require)\s*\(\s*['"]([^'"\n]+)['"]/g;
const REEXPORT = /\bexport\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"\n]+)['"]/g;
/** A package's specifier (`react`, `@mantine/core`), as opposed to the project's own (`./steps`, `@/signup`, `~/ui`). */
const PACKAGE_SPECIFIER = /^(?:@[\w.-]+\/)?[\w.-]+(?:\/|$)/;

/** A specifier's last path segment without its extension: what a module path names (`./steps/ConsentStep.js` → ConsentStep). */
function segmentOf(specifier: string): string {
  return (specifier.split('/').pop() ?? '').replace(/\.[cm]?[jt]sx?$/, '');
}

/**
 * `text` as a string of its own, one per distinct value in `pool`. A regular expression's match is a slice of the
 * string it searched, and V8 keeps that whole string alive for it: what the search keeps of every script of a
 * package (its imports, the class names it writes) would keep every script's text (on civitai, 5,464 of them: about
 * 70 MB at the run's peak).
 */
function detached(pool: Map<string, string>, text: string): string {
  let own = pool.get(text);
  if (own === undefined) {
    own = ` ${text}`.slice(1);
    pool.set(own, own);
  }
  return own;
}

function scriptImports(script: string, text: string, pool: Map<string, string>): ScriptImports {
  const { whole, locals } = importedNames(text);
  const own = (part: string): string => detached(pool, part);
  const imports: Array<[string, string, string]> = [];
  for (const [source, byName] of locals) for (const [imported, local] of byName) imports.push([own(source), own(imported), own(local)]);
  const reexports: Array<[string, string, string]> = [];
  for (const [, names, source] of text.matchAll(REEXPORT)) {
    for (const specifier of (names ?? '').split(',')) {
      const [local, exported = local] = specifier.trim().split(/\s+as\s+/).map((part) => part.trim());
      if (local && exported) reexports.push([own(source as string), own(local), own(exported)]);
    }
  }
  const loads = [...text.matchAll(LOADED)].map((match) => own(segmentOf(match[1] as string)));
  return { script, imports, loads, namespaces: [...whole].some((source) => !PACKAGE_SPECIFIER.test(source)), reexports };
}

function packageImports(root: string, readFile: ReadFile): ScriptImports[] | undefined {
  let byRoot = importsByReader.get(readFile);
  if (!byRoot) importsByReader.set(readFile, (byRoot = new Map()));
  let found = byRoot.get(root);
  if (found === undefined) {
    const scripts = packageScripts(root, readFile);
    const pool = new Map<string, string>();
    found = scripts?.flatMap((script) => {
      const text = readFile(script);
      return text === undefined ? [] : [scriptImports(script, text, pool)];
    }) ?? null;
    byRoot.set(root, found);
  }
  return found ?? undefined;
}

function searchRenderers(lookup: RendererLookup, file: string, name: string): Renderers | undefined {
  const { resolver } = lookup;
  const manifest = resolver.nearest(path.dirname(file), ['package.json']);
  const scripts = manifest && packageImports(path.dirname(manifest.file), resolver.readFile);
  const own = resolver.readFile(file);
  // Exported under a name of its own (`export { ConsentStep as Step }`), it may be imported by that name anywhere.
  if (!scripts || own === undefined || new RegExp(`\\bexport\\s*\\{[^}]*(?<![\\w$])${name.replace(/\$/g, '\\$')}\\s+as\\s+(?!default\\b)`).test(own)) return undefined;
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  const segment = stem === 'index' ? path.basename(path.dirname(file)) : stem;
  const leadsHere = (script: string, source: string, imported: string): boolean => {
    const declared = lookup.declaredAt(script, source, imported);
    return declared?.file === file && declared.name === name;
  };
  const renderers: Renderers = [{ script: file, locals: new Set([name]) }];
  for (const { script, imports, loads, namespaces, reexports } of scripts) {
    if (script === file) continue;
    // Loaded at run time (`lazy(() => import('./ConsentStep'))`), or read off a namespace (`steps.ConsentStep`):
    // rendered where this does not follow.
    if (loads.includes(segment) || (namespaces && resolver.readFile(script)?.includes(`.${name}`))) return undefined;
    // Re-exported under another name, it may be imported by that name anywhere.
    if (reexports.some(([source, local, exported]) => exported !== name && (local === name || local === 'default') && leadsHere(script, source, local))) return undefined;
    const locals = new Set<string>();
    for (const [source, imported, local] of imports) {
      if ((imported === name || (imported === 'default' && segmentOf(source) === segment)) && leadsHere(script, source, imported)) locals.add(local);
    }
    if (locals.size > 0) renderers.push({ script, locals });
  }
  return renderers;
}

/**
 * Whether a script of the app names `file` in a specifier (an import or re-export of any kind, `require`, `import()`):
 * false only when every script of its app package was read and none does; undefined in a library package, or one
 * too large to read. A specifier is resolved only where it ends in the file's name (its folder's, for an index).
 */
export function importedByApp(lookup: RendererLookup, file: string): boolean | undefined {
  let byFile = importedByReader.get(lookup.resolver.readFile);
  if (!byFile) importedByReader.set(lookup.resolver.readFile, (byFile = new Map()));
  if (!byFile.has(file)) byFile.set(file, searchImporters(lookup, file));
  return byFile.get(file);
}

/** By reader, then file: whether the app imports it (importedByApp), once per run. */
const importedByReader = new WeakMap<ReadFile, Map<string, boolean | undefined>>();

function searchImporters(lookup: RendererLookup, file: string): boolean | undefined {
  const { resolver } = lookup;
  const manifest = resolver.nearest(path.dirname(file), ['package.json']);
  if (!manifest || isLibraryManifest(manifest.text)) return undefined;
  const scripts = packageImports(path.dirname(manifest.file), resolver.readFile);
  if (!scripts) return undefined;
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  const segment = stem === 'index' ? path.basename(path.dirname(file)) : stem;
  for (const { script } of scripts) {
    const text = script === file ? undefined : resolver.readFile(script);
    if (text === undefined || !text.includes(segment)) continue;
    for (const [, , specifier = ''] of text.matchAll(QUOTED)) {
      if (segmentOf(specifier) !== segment) continue;
      const target = resolver.resolve(script, specifier);
      if (target.kind === 'file' && target.file === file) return true;
    }
  }
  return false;
}

/** A string in one kind of quotes on one line: where a specifier may be. */
const QUOTED = /(['"`])([^'"`\n]*)\1/g;

/** The scripts of the package rooted at `root`, read through `readFile`; undefined when there are too many. */
export function packageScripts(root: string, readFile: (absolutePath: string) => string | undefined): string[] | undefined {
  const scripts: string[] = [];
  const folders = [root];
  for (let listed = 0; listed < folders.length; listed++) {
    if (listed >= MAX_FOLDERS) return undefined;
    const dir = folders[listed] as string;
    const listing = readFile(`${dir}${path.sep}`);
    if (listing === undefined) continue;
    for (const name of listing.split('\n')) {
      if (name === '' || name.startsWith('.') || name === 'node_modules/') continue;
      if (name.endsWith('/')) folders.push(path.join(dir, name.slice(0, -1)));
      else if (SCRIPT.test(name) && !DECLARATION.test(name)) {
        const file = path.join(dir, name);
        if (NOT_THE_APP.test(path.relative(root, file).split(path.sep).join('/'))) continue;
        scripts.push(file);
        if (scripts.length > MAX_SCRIPTS) return undefined;
      }
    }
  }
  return scripts;
}

/**
 * The JSX elements of `program` whose tag is one of `locals`, each with its ancestors (outermost first, ending with
 * the element's own JSXElement, or with the call that renders it as a function: `return ConsentSection()`);
 * undefined when a name is used in any other way that can render it. Names that only declare, import, export or type
 * it are not uses. A constant that holds it, alone or as a branch (`const Dashboard = full ? FullDashboard :
 * ReferralDashboard`), renders it where its own elements are.
 */
export function renderingElements(program: TSESTree.Program, locals: ReadonlySet<string>): Node[][] | undefined {
  const sites: Node[][] = [];
  const aliases = new Set<string>();
  let elsewhere = false;
  // `names` are looked for; constants that keep one are collected on the first walk, and a constant kept in
  // another is not followed.
  const walk = (node: Node, ancestors: Node[], names: ReadonlySet<string>, collecting: boolean): void => {
    if (elsewhere) return;
    if ((node.type === 'Identifier' || node.type === 'JSXIdentifier') && names.has(node.name)) {
      const parent = ancestors[ancestors.length - 1];
      const grandparent = ancestors[ancestors.length - 2];
      const alias = collecting ? aliasOf(node, ancestors) : undefined;
      if (parent?.type === 'JSXOpeningElement' && parent.name === node && grandparent) sites.push([...ancestors.slice(0, -1)]);
      // Called as a function (`return ConsentSection()`), it renders what it returns where the call is.
      else if (parent?.type === 'CallExpression' && parent.callee === node) sites.push([...ancestors]);
      else if (alias !== undefined && !locals.has(alias)) aliases.add(alias);
      else if (!notAUse(node, parent)) elsewhere = true;
      return;
    }
    ancestors.push(node);
    forEachChild(node, (child) => walk(child, ancestors, names, collecting));
    ancestors.pop();
  };
  walk(program as Node, [], locals, true);
  // The constants' elements, once all are known: a constant comes before its elements, but not always its function.
  if (aliases.size > 0) walk(program as Node, [], aliases, false);
  return elsewhere ? undefined : sites;
}

/**
 * The constant a component's name is kept in, where the name is its whole value or a branch of it (`const Dashboard
 * = full ? FullDashboard : ReferralDashboard`, `const Step = StepForm`); undefined anywhere else.
 */
function aliasOf(node: Node, ancestors: readonly Node[]): string | undefined {
  let child: Node = node;
  for (let at = ancestors.length - 1; at >= 0; at--) {
    const step = ancestors[at] as Node;
    if (step.type === 'ConditionalExpression' && (step.consequent === child || step.alternate === child)) {
      child = step;
      continue;
    }
    if (step.type === 'VariableDeclarator' && step.init === child && step.id.type === 'Identifier') {
      const declaration = ancestors[at - 1];
      return declaration?.type === 'VariableDeclaration' && declaration.kind === 'const' ? step.id.name : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Whether a name's occurrence only declares, imports, exports or types it, or is some other thing's key. */
function notAUse(node: Node, parent: Node | undefined): boolean {
  if (!parent) return false;
  switch (parent.type) {
    case 'JSXClosingElement':
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ExportSpecifier':
    case 'TSTypeQuery':
    case 'TSTypeReference':
    case 'TSQualifiedName':
      return true;
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
    case 'VariableDeclarator':
      return parent.id === node;
    case 'ExportDefaultDeclaration':
      return true;
    case 'Property':
      return parent.key === node && !parent.computed && !parent.shorthand;
    case 'MemberExpression':
      return parent.property === node && !parent.computed;
    case 'JSXAttribute':
      return parent.name === node;
    default:
      return false;
  }
}
