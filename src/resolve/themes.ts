/**
 * A project's own theme for a component library, read as data (never executed): the options object given to the
 * library's theme factory (`createTheme({...})`, `extendTheme({...})`, `createSystem(...)`) or to its provider
 * (`<ConfigProvider theme={{ token: {...} }}>`), wherever the app defines it: in the file itself, in the app's
 * entry modules and the modules they import (where providers are set up), or in a conventional theme module
 * (`src/theme.ts`, `theme/index.ts`). Literal objects, strings, numbers and constants are followed, across
 * imports too; anything else (a function call, a colour helper, a computed key) is UNREADABLE where it stands.
 * Two themes for one library that disagree on a value leave it unknown: which one a page gets is run-time state.
 */
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { LIBRARIES } from '../libraries/index.js';
import { hasUnreadable } from '../libraries/theme-data.js';
import { UNREADABLE, type LibraryModule, type ThemeData, type ThemeDatum, type ThemeOverrides } from '../libraries/types.js';
import { calleeName, forEachChild, jsxTagName, literalData, propertyKeyName, unwrapExpression, type Node } from '../model/estree.js';
import type { ModuleResolver } from './modules.js';
import { locOf } from '../parse/locations.js';

/** Where theme modules conventionally live, relative to the app folder. */
const THEME_STEMS = ['src/theme', 'src/theme/index', 'src/theme/theme', 'src/styles/theme', 'src/lib/theme', 'src/config/theme', 'theme', 'theme/index', 'styles/theme', 'lib/theme', 'app/theme', 'src/app/theme'];
const ENTRY_STEMS = ['src/main', 'src/index', 'src/App', 'app/layout', 'app/providers', 'src/app/layout', 'src/app/providers', 'pages/_app', 'src/pages/_app', 'main', 'index', 'App'];
const EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js'];
/** Import hops followed to read a value defined in another module. */
const MAX_HOPS = 3;
const MAX_DEPTH = 24;

interface Module {
  file: string;
  program: TSESTree.Program;
}

/** A theme found in the project: the library, its options as data, and where. */
interface FoundTheme {
  library: LibraryModule;
  options: ThemeData | typeof UNREADABLE;
  source: string;
}

function topLevelConstants(program: TSESTree.Program): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const statement of program.body) {
    const declaration = (statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement) as Node | null;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier' && declarator.init) out.set(declarator.id.name, declarator.init);
  }
  return out;
}

function importOf(program: TSESTree.Program, local: string): { source: string; imported: string } | undefined {
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.local.name !== local) continue;
      const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.type === 'ImportNamespaceSpecifier' ? '*' : specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
      return { source: String(statement.source.value), imported };
    }
  }
  return undefined;
}

/** The expression a module exports under a name (`export const theme = ...`, `export default ...`). */
function exportedExpression(program: TSESTree.Program, name: string): Node | undefined {
  const constants = topLevelConstants(program);
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && name === 'default') {
      const declaration = statement.declaration as Node;
      return declaration.type === 'Identifier' ? (constants.get(declaration.name) ?? declaration) : declaration;
    }
    if (statement.type === 'ExportNamedDeclaration') {
      if (statement.declaration?.type === 'VariableDeclaration') {
        for (const d of statement.declaration.declarations) if (d.id.type === 'Identifier' && d.id.name === name && d.init) return d.init;
      }
      for (const specifier of statement.specifiers) {
        const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
        const local = specifier.local.type === 'Identifier' ? specifier.local.name : String(specifier.local.value);
        if (exported === name && !statement.source) return constants.get(local);
      }
    }
  }
  return undefined;
}

function deepMerge(a: ThemeData, b: ThemeData): ThemeData {
  const out: Record<string, ThemeDatum> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const current = out[key];
    out[key] = isData(current) && isData(value) ? deepMerge(current, value) : value;
  }
  return out;
}

function isData(value: ThemeDatum | undefined): value is ThemeData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads expressions of one module as theme data, following constants and imports. */
class DataReader {
  constructor(
    private readonly resolver: ModuleResolver,
    private readonly factories: ReadonlySet<string>,
    /** Local names of the library's own default theme (`defaultConfig`): the base the project's options extend. */
    private readonly defaults: ReadonlySet<string> = new Set(),
  ) {}

  read(node: Node, module: Module, depth = 0, hops = 0): ThemeDatum {
    if (depth > MAX_DEPTH) return UNREADABLE;
    const value = unwrapExpression(node);
    switch (value.type) {
      case 'Literal':
      case 'TemplateLiteral':
      case 'UnaryExpression': {
        const literal = literalData(value);
        return literal === undefined ? UNREADABLE : literal;
      }
      case 'ArrayExpression':
        return value.elements.map((element) => (element && element.type !== 'SpreadElement' ? this.read(element as Node, module, depth + 1, hops) : UNREADABLE));
      case 'ObjectExpression': {
        let out: ThemeData = {};
        for (const property of value.properties) {
          if (property.type === 'SpreadElement') {
            const spread = this.read(property.argument as Node, module, depth + 1, hops);
            if (!isData(spread)) return UNREADABLE;
            out = { ...out, ...spread };
            continue;
          }
          const key = property.computed ? undefined : propertyKeyName(property);
          if (key === undefined) return UNREADABLE;
          out = { ...out, [key]: property.kind === 'init' && !property.method ? this.read(property.value as Node, module, depth + 1, hops) : UNREADABLE };
        }
        return out;
      }
      case 'Identifier':
        return this.identifier(value.name, module, depth, hops);
      case 'CallExpression': {
        // A nested factory call (`createTheme(base, { ... })`, `defineConfig({...})`): its arguments deep-merged.
        const callee = calleeName(value) ?? '';
        if (!this.factories.has(callee)) return UNREADABLE;
        let merged: ThemeData = {};
        for (const argument of value.arguments) {
          const read = argument.type === 'SpreadElement' ? UNREADABLE : this.read(argument as Node, module, depth + 1, hops);
          if (!isData(read)) return UNREADABLE;
          merged = deepMerge(merged, read);
        }
        return merged;
      }
      default:
        return UNREADABLE;
    }
  }

  private identifier(name: string, module: Module, depth: number, hops: number): ThemeDatum {
    if (this.defaults.has(name)) return {};
    const local = topLevelConstants(module.program).get(name);
    if (local) return this.read(local, module, depth + 1, hops);
    const imported = importOf(module.program, name);
    if (!imported || hops >= MAX_HOPS) return UNREADABLE;
    const target = this.resolver.resolve(module.file, imported.source);
    if (target.kind !== 'file') return UNREADABLE;
    const program = this.resolver.program(target.file, target.text);
    const expression = program && exportedExpression(program, imported.imported);
    return expression && program ? this.read(expression, { file: target.file, program }, depth + 1, hops + 1) : UNREADABLE;
  }
}

/** Theme factory calls and provider props of a library in a module, read as data. */
function themesIn(module: Module, library: LibraryModule, resolver: ModuleResolver): FoundTheme[] {
  const spec = library.themeSpec;
  if (!spec) return [];
  // Only names the module imports from the library: a local `createTheme` is somebody else's.
  const fromLibrary = new Map<string, string>();
  for (const statement of module.program.body) {
    if (statement.type !== 'ImportDeclaration' || !library.matches(String(statement.source.value))) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier') fromLibrary.set(specifier.local.name, specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value));
    }
  }
  if (fromLibrary.size === 0) return [];
  const factories = new Set([...fromLibrary].filter(([, imported]) => spec.factories.includes(imported)).map(([local]) => local));
  // A factory call met in another module the value is imported from is read too, by the factory's own name.
  const defaults = new Set([...fromLibrary].filter(([, imported]) => spec.defaults?.includes(imported)).map(([local]) => local));
  const reader = new DataReader(resolver, new Set([...factories, ...spec.factories, ...(spec.helpers ?? [])]), defaults);
  const found: FoundTheme[] = [];
  const source = (node: Node): string => `${path.basename(module.file)}:${locOf(node).start.line}`;
  const stack: Node[] = [module.program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'CallExpression' && factories.has(calleeName(node) ?? '')) {
      const options = reader.read(node, module);
      found.push({ library, options: isData(options) ? options : UNREADABLE, source: source(node) });
      continue;
    }
    if (node.type === 'JSXOpeningElement') {
      const imported = fromLibrary.get(jsxTagName(node.name));
      const props = imported ? spec.providers[imported] : undefined;
      const names: readonly string[] = props === undefined ? [] : typeof props === 'string' ? [props] : props;
      const attribute = node.attributes.find((a): a is TSESTree.JSXAttribute => a.type === 'JSXAttribute' && typeof a.name.name === 'string' && names.includes(a.name.name));
      const expression = attribute?.value?.type === 'JSXExpressionContainer' && attribute.value.expression.type !== 'JSXEmptyExpression' ? (attribute.value.expression as Node) : undefined;
      // A provider given a factory's result (`theme={theme}`) is the factory call, read where it is made; one given
      // a theme imported through an alias that leads nowhere (`@/theme` without `paths`) is the one found by name
      // among the conventional theme modules, if any.
      if (expression && !(expression.type === 'Identifier' && (factoryBound(expression.name, module, factories) || unfollowedAlias(expression.name, module, resolver)))) {
        const options = reader.read(expression, module);
        found.push({ library, options: isData(options) ? options : UNREADABLE, source: source(node) });
      }
    }
    forEachChild(node, (child) => stack.push(child));
  }
  return found;
}

/** An import through a project alias (`@/`, `~/`, `#`) that resolves to no file: not a package, just not followed. */
function unfollowedAlias(name: string, module: Module, resolver: ModuleResolver): boolean {
  const imported = importOf(module.program, name);
  return imported !== undefined && /^(?:@\/|~\/|#)/.test(imported.source) && resolver.resolve(module.file, imported.source).kind !== 'file';
}

/** Whether a module-level constant holds the result of a factory call of this module (read at the call). */
function factoryBound(name: string, module: Module, factories: ReadonlySet<string>): boolean {
  const init = topLevelConstants(module.program).get(name);
  const value = init && unwrapExpression(init);
  return value?.type === 'CallExpression' && factories.has(calleeName(value) ?? '');
}

/** The options of several themes for one library as one: a value on which they disagree is UNREADABLE. */
function agree(themes: readonly FoundTheme[]): ThemeData | typeof UNREADABLE {
  const readable = themes.map((theme) => theme.options);
  if (readable.some((options) => options === UNREADABLE)) return UNREADABLE;
  const merge = (values: ThemeDatum[]): ThemeDatum => {
    if (values.every((value) => isData(value))) {
      const keys = new Set(values.flatMap((value) => Object.keys(value as ThemeData)));
      return Object.fromEntries([...keys].map((key) => [key, merge(values.map((value) => (value as ThemeData)[key] ?? UNREADABLE))]));
    }
    const first = values[0];
    // Read twice (the theme module, and the provider that imports it), a list is equal by content.
    const same = (a: ThemeDatum | undefined, b: ThemeDatum | undefined): boolean => a === b || (Array.isArray(a) && Array.isArray(b) && !hasUnreadable(a) && !hasUnreadable(b) && JSON.stringify(a) === JSON.stringify(b));
    return values.every((value) => same(value, first)) && first !== undefined ? first : UNREADABLE;
  };
  return merge(readable as ThemeDatum[]) as ThemeData;
}

/** Project themes by app folder and the texts they were read from, for one run or session. */
export class ThemeCache {
  private readonly byApp = new Map<string, { texts: Array<string | undefined>; themes: Map<string, ThemeOverrides> }>();

  /** The project's own themes for the libraries `used` (by id) that the file at `filePath` renders. */
  themesFor(filePath: string, program: TSESTree.Program, used: ReadonlySet<string>, resolver: ModuleResolver): Map<string, ThemeOverrides> {
    const libraries = LIBRARIES.filter((library) => used.has(library.id) && library.themeSpec);
    if (libraries.length === 0) return new Map();
    const manifest = resolver.nearest(path.dirname(filePath), ['package.json']);
    const app = manifest ? path.dirname(manifest.file) : path.dirname(filePath);
    const candidates = [...ENTRY_STEMS, ...THEME_STEMS].flatMap((stem) => EXTENSIONS.map((ext) => path.join(app, stem + ext)));
    const texts = candidates.map((file) => resolver.readFile(file));
    const key = `${app}\0${[...used].sort().join(',')}`;
    let appThemes = this.byApp.get(key);
    if (!appThemes || !appThemes.texts.every((text, i) => text === texts[i])) {
      const modules: Module[] = [];
      const seen = new Set<string>();
      const add = (file: string, text: string, followImports: boolean): void => {
        if (seen.has(file)) return;
        seen.add(file);
        const parsed = resolver.program(file, text);
        if (!parsed) return;
        modules.push({ file, program: parsed });
        if (!followImports) return;
        // Providers are set up in a module the entry imports (`./providers`, `./App`): one level down.
        for (const statement of parsed.body) {
          if (statement.type !== 'ImportDeclaration') continue;
          const target = resolver.resolve(file, String(statement.source.value));
          if (target.kind === 'file') add(target.file, target.text, false);
        }
      };
      candidates.forEach((file, i) => {
        const text = texts[i];
        if (text !== undefined) add(file, text, ENTRY_STEMS.some((stem) => file.startsWith(path.join(app, stem) + '.')));
      });
      appThemes = { texts, themes: readThemes(modules, libraries, resolver) };
      this.byApp.set(key, appThemes);
    }
    // A theme defined in the file itself joins the app's.
    const own = readThemes([{ file: filePath, program }], libraries, resolver);
    const combined = new Map(appThemes.themes);
    for (const [id, theme] of own) combined.set(id, theme);
    // The major version, for a library whose default theme differs by it.
    for (const library of LIBRARIES) {
      if (!used.has(library.id) || !library.versions || !manifest) continue;
      const version = majorVersion(manifest.text, library.versions.packages);
      if (version === undefined) continue;
      const theme = combined.get(library.id);
      combined.set(library.id, theme ? { ...theme, version } : { values: new Map(), source: 'package.json', version });
    }
    return combined;
  }
}

/** The major version a package.json asks for, of the first of `packages` it names (`^2.8.0`, `~3.2`, `3.x`). */
function majorVersion(text: string, packages: readonly string[]): number | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    const deps = (json as Record<string, unknown>)[field];
    if (typeof deps !== 'object' || deps === null) continue;
    for (const name of packages) {
      const range = (deps as Record<string, unknown>)[name];
      const major = typeof range === 'string' ? /(\d+)/.exec(range)?.[1] : undefined;
      if (major !== undefined) return Number(major);
    }
  }
  return undefined;
}

function readThemes(modules: readonly Module[], libraries: readonly LibraryModule[], resolver: ModuleResolver): Map<string, ThemeOverrides> {
  const out = new Map<string, ThemeOverrides>();
  for (const library of libraries) {
    const found = modules.flatMap((module) => themesIn(module, library, resolver));
    if (found.length === 0 || !library.themeSpec) continue;
    const options = agree(found);
    const source = found.map((theme) => theme.source).join(', ');
    out.set(library.id, options === UNREADABLE ? { values: new Map(), opaque: `${source} is not plain data`, source } : library.themeSpec.read(options, source));
  }
  return out;
}
