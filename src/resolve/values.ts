/**
 * Values other modules of the project hold, read as data: `export const COPY = {...}`, `export default [...]`,
 * `export { X } from './x'`, `export * from './copy'` (barrels), through relative imports and tsconfig `paths`,
 * with the bounded module cache (src/resolve/modules.ts). The model's evaluator (src/model/bindings.ts) asks here
 * when a name is imported; nothing is executed, a package's module is not read, and re-export chains are bounded.
 * Translated messages come from the project's locale files (src/resolve/locales.ts).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { collectBindings, withLocals, type ExternalValues, type FileBindings, type MessageRequest, type RenderSite, type Scoped } from '../model/bindings.js';
import { boundNames, type Node } from '../model/estree.js';
import type { ImportBinding } from '../model/types.js';
import { Locales } from './locales.js';
import type { ModuleResolver } from './modules.js';
import { appRenderSite, classWrittenInApp, renderSites, type RendererLookup } from './renderers.js';
import { libraryAncestorOf, mayBeDrawnWithin } from './library-ancestors.js';
import { propsBinding } from '../model/components.js';
import { componentDeclaredAround } from '../model/render-context.js';
import { classDeclaredAround } from '../model/class-components.js';
import { literalNode, objectNode, partialObjectNode, unknownNode } from '../model/synthetic.js';

/** Re-export hops (`index.ts` → `copy.ts`) followed to find a value. */
const MAX_HOPS = 8;
/** Modules a file's imports are searched for library state declared elsewhere (Redux slices). */
const MAX_IMPORTED_MODULES = 24;


function exportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : String(node.value);
}

function identifier(name: string, range: TSESTree.Range): Node {
  return { type: 'Identifier', name, range } as unknown as Node;
}

export interface ValuesOptions {
  /** The locale the file is read in (a setting's default locale, or one of `i18n.locales`). */
  locale?: string | undefined;
  /** Settings' `i18n` (src/settings/schema.ts), given to the locale reader. */
  locales?: Locales | undefined;
}

/**
 * The reader of other modules for one analysis (one file, in one locale). Bindings of the modules it reads carry it
 * too, so a value imported through a chain of modules is followed to where it is written.
 */
export class ProjectValues implements ExternalValues {
  private readonly modules = new Map<TSESTree.Program, FileBindings>();
  /** How many `export *` walks stopped at MAX_HOPS (a walk that did is not remembered as finding nothing). */
  private hopLimits = 0;
  readonly locale: string | undefined;
  private readonly locales: Locales;

  constructor(
    private readonly resolver: ModuleResolver,
    options: ValuesOptions = {},
  ) {
    this.locales = options.locales ?? new Locales(resolver.readFile);
    this.locale = options.locale;
  }

  /** The bindings of `program` at `file`, reading imports through this reader. */
  bindingsFor(program: TSESTree.Program, file: string): FileBindings {
    let bindings = this.modules.get(program);
    if (!bindings) this.modules.set(program, (bindings = { ...collectBindings(program), file, external: this }));
    return bindings;
  }

  imported(binding: ImportBinding, from: FileBindings): Scoped | undefined {
    if (!from.file) return undefined;
    return this.exported(from.file, binding.source, binding.imported, 0);
  }

  private module(fromFile: string, source: string): FileBindings | undefined {
    const target = this.resolver.resolve(fromFile, source);
    return target.kind === 'file' ? this.parsed(target.file, target.text) : undefined;
  }

  private parsed(file: string, text: string): FileBindings | undefined {
    // JSON modules (`import en from './locales/en.json'`) are data, but not a program: not read here.
    if (/\.json$/i.test(file)) return undefined;
    const program = this.resolver.program(file, text);
    return program ? this.bindingsFor(program, file) : undefined;
  }

  private exported(fromFile: string, source: string, name: string, hops: number): Scoped | undefined {
    if (hops > MAX_HOPS) {
      this.hopLimits += 1;
      return undefined;
    }
    const target = this.resolver.resolve(fromFile, source);
    if (target.kind !== 'file') return undefined;
    // A barrel's `export * from` chains reach hundreds of modules: one that never names the export is not parsed,
    // only scanned for the star re-exports that may lead to it, and the one the name was found through (or that
    // none was) is remembered for the run.
    if (name !== 'default' && !this.resolver.mentions(target.file, target.text, name)) {
      const hop = this.resolver.starHop('value', target.file, name);
      if (hop === null) return undefined;
      if (hop !== undefined) return this.exported(target.file, hop, name, hops + 1);
      const limitsBefore = this.hopLimits;
      for (const star of this.resolver.starSources(target.file, target.text)) {
        const found = this.exported(target.file, star, name, hops + 1);
        if (found) {
          this.resolver.rememberStarHop('value', target.file, name, star);
          return found;
        }
      }
      if (this.hopLimits === limitsBefore) this.resolver.rememberStarHop('value', target.file, name, null);
      return undefined;
    }
    const module = this.parsed(target.file, target.text);
    if (!module?.program || !module.file) return undefined;
    return this.exportOf(module, name, hops);
  }

  /** What a module exports under `name`, as the node to read and the bindings to read it in. */
  private exportOf(module: FileBindings, name: string, hops: number): Scoped | undefined {
    const program = module.program as TSESTree.Program;
    const file = module.file as string;
    const stars: string[] = [];
    for (const statement of program.body) {
      if (statement.type === 'ExportDefaultDeclaration' && name === 'default') {
        const declaration = statement.declaration as Node;
        return { node: declaration, bindings: module };
      }
      if (statement.type === 'ExportNamedDeclaration') {
        const declaration = statement.declaration;
        if (declaration?.type === 'VariableDeclaration') {
          for (const declarator of declaration.declarations) {
            if (declarator.id.type === 'Identifier' && declarator.id.name === name) return { node: identifier(name, declarator.range), bindings: module };
            // `export const { a, b } = OBJECT`: the destructured names are bindings of the module.
            if (declarator.id.type === 'ObjectPattern' && module.constants.has(name)) return { node: identifier(name, declarator.range), bindings: module };
          }
        }
        if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id?.name === name) return { node: declaration as Node, bindings: module };
        for (const specifier of statement.specifiers) {
          if (specifier.type !== 'ExportSpecifier' || exportName(specifier.exported) !== name) continue;
          const local = exportName(specifier.local);
          if (statement.source) return this.exported(file, String(statement.source.value), local, hops + 1);
          return { node: identifier(local, specifier.range), bindings: module };
        }
      }
      if (statement.type === 'ExportAllDeclaration' && name !== 'default') {
        if (statement.exported) {
          // `export * as copy from './copy'` is a namespace: its members are read through it.
          if (exportName(statement.exported) === name) return undefined;
          continue;
        }
        stars.push(String(statement.source.value));
      }
    }
    for (const source of stars) {
      const found = this.exported(file, source, name, hops + 1);
      if (found) return found;
    }
    return undefined;
  }

  /** Where the component is rendered, once per analysis (a step's form is read for each of its fields). */
  private readonly sites = new Map<string, RenderSite[] | undefined>();

  renderSites(file: string, name: string, maxModules?: number): RenderSite[] | undefined {
    const key = `${file}\0${name}\0${maxModules ?? ''}`;
    if (!this.sites.has(key)) this.sites.set(key, renderSites(this.rendererLookup(), file, name, maxModules));
    return this.sites.get(key);
  }

  /** By root and class: whether an element around the root may carry the class, once per analysis. */
  private readonly around = new Map<Node, Map<string, boolean>>();

  classAround(file: string, program: TSESTree.Program, root: Node, className: string): boolean {
    const ancestor = libraryAncestorOf(className);
    if (!ancestor || classWrittenInApp(this.resolver, file, className)) return true;
    let byClass = this.around.get(root);
    if (!byClass) this.around.set(root, (byClass = new Map()));
    let answer = byClass.get(className);
    if (answer === undefined) {
      const lookup = { ...this.rendererLookup(), renderSites: (f: string, n: string, max?: number) => this.renderSites(f, n, max) };
      byClass.set(className, (answer = mayBeDrawnWithin(lookup, file, program, root, ancestor)));
    }
    return answer;
  }

  /** Where the app renders a component, when in one place: once per analysis. */
  private readonly appSites = new Map<string, RenderSite | undefined>();

  propAtSite(bindings: FileBindings, name: string, at: TSESTree.Range): Scoped | 'omitted' | undefined {
    const { program, file } = bindings;
    if (!program || !file) return undefined;
    const component = componentDeclaredAround(program, at) ?? classDeclaredAround(program, at);
    if (!component) return undefined;
    // A class's `this.props.name`: `name` is the prop (class-components.ts).
    const props = 'fn' in component ? propsBinding(component.fn) : undefined;
    const prop = !props ? name : props.object === name ? undefined : props.locals.get(name)?.prop;
    if (props && props.object !== name && prop === undefined) return undefined;
    const key = `${file}\0${component.name}`;
    if (!this.appSites.has(key)) this.appSites.set(key, appRenderSite(this.rendererLookup(), file, component.name));
    const site = this.appSites.get(key);
    const element = site?.ancestors[site.ancestors.length - 1] as Node | undefined;
    if (!site || element?.type !== 'JSXElement') return undefined;
    const scope = { ...siteScope(site), siteProps: true };
    const written = writtenProps(element.openingElement);
    if (prop === undefined) return { node: written.spread ? partialObjectNode(written.props, element.range) : objectNode(written.props, element.range), bindings: scope };
    const value = written.props.find(([key]) => key === prop)?.[1];
    if (value) return { node: value, bindings: scope };
    return written.spread ? undefined : 'omitted';
  }

  private rendererLookup(): RendererLookup {
    return {
    resolver: this.resolver,
    bindingsFor: (program, file) => this.bindingsFor(program, file),
    declaredAt: (fromFile, source, imported) => {
      const found = this.exported(fromFile, source, imported, 0);
      if (!found) return undefined;
      const node = found.node;
      return { file: found.bindings.file, name: node.type === 'Identifier' ? node.name : (node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id ? node.id.name : undefined };
    },
    };
  }

  notA(kind: string, binding: ImportBinding, from: FileBindings): boolean {
    const target = this.target(binding, from);
    return target !== undefined && this.resolver.missed(kind, target, binding.imported);
  }

  rememberNotA(kind: string, binding: ImportBinding, from: FileBindings): void {
    const target = this.target(binding, from);
    if (target !== undefined) this.resolver.rememberMiss(kind, target, binding.imported);
  }

  /** The module an import leads to (memoised by the resolver), or undefined for a package or a missing file. */
  private target(binding: ImportBinding, from: FileBindings): string | undefined {
    if (!from.file) return undefined;
    const target = this.resolver.resolve(from.file, binding.source);
    return target.kind === 'file' ? target.file : undefined;
  }

  importedModules(from: FileBindings): FileBindings[] {
    if (!from.file) return [];
    const modules: FileBindings[] = [];
    for (const info of from.imports) {
      if (modules.length >= MAX_IMPORTED_MODULES) break;
      const module = this.module(from.file, info.source);
      if (module && !modules.includes(module)) modules.push(module);
    }
    return modules;
  }

  /** Messages looked up so far: a file that read none reads the same in every locale. */
  messagesRead = 0;

  /** The default locale of the project `file` belongs to. */
  defaultLocale(file: string): string {
    return this.locales.defaultLocale(file);
  }

  message(request: MessageRequest, from: FileBindings): string | undefined {
    if (!from.file) return undefined;
    this.messagesRead++;
    return this.locales.message(from.file, request, this.locale);
  }
}

/**
 * The props an element writes, as nodes to read in its scope (a bare attribute is `true`), and whether a spread may
 * set others: only what is written after the last spread is known (a later prop wins).
 */
function writtenProps(opening: TSESTree.JSXOpeningElement): { props: Array<readonly [string, Node]>; spread: boolean } {
  const props = new Map<string, Node>();
  let spread = false;
  for (const attribute of opening.attributes) {
    if (attribute.type === 'JSXSpreadAttribute') {
      spread = true;
      props.clear();
      continue;
    }
    const name = attribute.name.type === 'JSXIdentifier' ? attribute.name.name : `${attribute.name.namespace.name}:${attribute.name.name.name}`;
    const value = attribute.value;
    if (value === null) props.set(name, literalNode(true, attribute.range));
    else if (value.type === 'Literal') props.set(name, value as Node);
    else if (value.type === 'JSXExpressionContainer' && value.expression.type !== 'JSXEmptyExpression') props.set(name, value.expression as Node);
    else props.set(name, unknownNode('dynamic-expression', attribute.range));
  }
  return { props: [...props], spread };
}

/**
 * The bindings an element that renders a component is read in: its module's, with the parameters of the functions
 * between its component and it (a list's item, a render prop's argument) unknown, so a name they shadow is never
 * read as the module's constant of the same name.
 */
function siteScope(site: RenderSite): FileBindings {
  const shadowed = new Map<string, Node>();
  let outermost = true;
  for (const node of site.ancestors as Node[]) {
    if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression' && node.type !== 'FunctionDeclaration') continue;
    // The component's own parameters are its props, read where the app renders it in turn.
    if (outermost) {
      outermost = false;
      continue;
    }
    for (const param of node.params) for (const name of boundNames(param as Node)) shadowed.set(name, unknownNode('dynamic-expression', param.range));
  }
  return shadowed.size === 0 ? site.bindings : withLocals(site.bindings, shadowed);
}
