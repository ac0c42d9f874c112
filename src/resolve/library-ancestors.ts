/**
 * Whether a component can be drawn inside a library component, wherever the app renders it. A global rule that
 * restyles what a library part holds (civitai's `.mantine-Button-label * { font-size: inherit }`) matches an element
 * of a file only through ancestors outside it; the style resolver (src/css/resolve.ts) asks here instead of leaving
 * every text of such an app unknown.
 *
 * The answer follows the source, never a guess: the file's component is looked for where the app renders it
 * (src/resolve/renderers.ts), and each element around it there, up the renderers to a component nothing renders (a
 * page the framework draws). An element of the app's own components around it is read as well: where that component
 * puts its `children` (`<Panel>` drawing them in a `<Card>`, or in a `<Button>`). Any step the reading cannot follow
 * (JSX kept in a variable, a call other than `.map`, a component rendered as a value, props passed on whole, a
 * library package) answers "may be", and so does running out of steps.
 */
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { importedName, locate, type FileBindings, type RenderSite } from '../model/bindings.js';
import { calleeName, forEachChild, unwrapExpression, type Node } from '../model/estree.js';
import { providesContext } from '../model/sources.js';
import { importedByApp, isLibraryManifest, type RendererLookup } from './renderers.js';

/** A library component, as an ancestor a rule asks for. */
export interface LibraryAncestor {
  /** Packages whose export of this name is the component: `@mantine/core` and the rest of `@mantine/`. */
  packages: RegExp;
  /** Other packages that may draw it (built on the library): their components may hold the part. */
  builtOn: RegExp;
  /** The exported name: `Button`. */
  name: string;
}

/**
 * Mantine's static classes of the parts that hold what is written between a component's tags, for components no
 * other Mantine component draws around its own children: a `.mantine-Button-label` is only ever inside a `<Button>`.
 */
const MANTINE_ANCESTOR_CLASS = /^mantine-(Button|Badge)-[a-z][A-Za-z]*$/;

/** The library component an element must be inside to carry a static class, where that is known. */
export function libraryAncestorOf(className: string): LibraryAncestor | undefined {
  const match = MANTINE_ANCESTOR_CLASS.exec(className);
  return match ? { packages: /^@mantine\//, builtOn: /mantine/i, name: match[1] as string } : undefined;
}

/** Renderers up (and components whose children are followed in) before the answer is "may be". */
const MAX_DEPTH = 8;
/**
 * Modules that may render one component, its own included, read before the answer is "may be": each is parsed and
 * stays parsed while the analysis lasts (a shared component rendered across the app is not searched).
 */
const MAX_RENDERING_MODULES = 6;
/** Elements and components read for one question before the answer is "may be". */
const MAX_STEPS = 400;

/** What the search reads: the analysis's reader of other modules, and where the app renders a component. */
export interface AncestorLookup extends RendererLookup {
  renderSites(file: string, name: string, maxModules?: number): RenderSite[] | undefined;
}

type Within = 'is' | 'may' | 'not';

/** Calls whose callback's JSX is placed where the call is: a list. */
const LIST_CALLS = new Set(['map', 'flatMap']);

/**
 * Whether the JSX `root` of `program` (a root of the file's model: the top of a component's JSX) may be drawn inside
 * `ancestor`. False only when every way the app renders it was followed and none is inside it.
 */
export function mayBeDrawnWithin(lookup: AncestorLookup, file: string, program: TSESTree.Program, root: Node, ancestor: LibraryAncestor): boolean {
  return new AncestorSearch(lookup, ancestor).root(file, program, root) !== 'not';
}

class AncestorSearch {
  private steps = 0;
  /** Components by file and name: what they answered, or 'not' while they are being read (a cycle adds no place). */
  private readonly components = new Map<string, Within>();
  /** Components by file and name: where they put their children. */
  private readonly wrappers = new Map<string, Within>();

  constructor(
    private readonly lookup: AncestorLookup,
    private readonly ancestor: LibraryAncestor,
  ) {}

  root(file: string, program: TSESTree.Program, root: Node): Within {
    const route = pathTo(program as Node, root);
    const component = route && componentOf(route);
    if (!route || !component) return 'may';
    const around = placement(route, route.length - 1, component.fn);
    if (around === undefined) return 'may';
    const bindings = this.lookup.bindingsFor(program, file);
    return this.worst(around, bindings, 0, () => this.component(file, component.name, 0));
  }

  /** Where the app renders the component `name` of `file`: inside the ancestor there, or maybe. */
  private component(file: string, name: string, depth: number): Within {
    const key = `${file}\0${name}`;
    const known = this.components.get(key);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH || !this.step()) return 'may';
    // A library's components are rendered by the packages that use it, where this does not look.
    const manifest = this.lookup.resolver.nearest(path.dirname(file), ['package.json']);
    if (!manifest || isLibraryManifest(manifest.text)) return 'may';
    this.components.set(key, 'not');
    let answer: Within = 'not';
    const sites = this.lookup.renderSites(file, name, MAX_RENDERING_MODULES);
    if (!sites) answer = this.drawnByFramework(file, name) ? 'not' : 'may';
    for (const site of sites ?? []) {
      answer = this.site(site, depth);
      if (answer !== 'not') break;
    }
    this.components.set(key, answer);
    return answer;
  }

  private site(site: RenderSite, depth: number): Within {
    const route = site.ancestors as Node[];
    const component = componentOf(route);
    const file = site.bindings.file;
    if (!component || !file) return 'may';
    const around = placement(route, route.length - 1, component.fn);
    if (around === undefined) return 'may';
    return this.worst(around, site.bindings, depth, () => this.component(file, component.name, depth + 1));
  }

  /** The elements around a place, then what is around their component: 'is' or 'may' as soon as one is. */
  private worst(around: Placed[], bindings: FileBindings, depth: number, outside: () => Within): Within {
    for (const placed of around) {
      const within = this.element(placed, bindings, depth);
      if (within !== 'not') return within;
    }
    return outside();
  }

  /** Whether an element around a place is the ancestor, or may draw it around what it is given. */
  private element({ element, viaAttribute }: Placed, bindings: FileBindings, depth: number): Within {
    if (!this.step()) return 'may';
    const name = element.openingElement.name;
    if (name.type === 'JSXNamespacedName') return 'not';
    if (name.type === 'JSXIdentifier' && !/^[A-Z]/.test(name.name)) return name.name === 'this' ? 'may' : 'not';
    let object: TSESTree.JSXTagNameExpression = name;
    while (object.type === 'JSXMemberExpression') object = object.object;
    if (object.type !== 'JSXIdentifier') return 'may';
    const member = name.type === 'JSXMemberExpression' ? name.property.name : undefined;
    const file = bindings.file;
    if (!file) return 'may';
    // A context's provider draws nothing: what it holds is placed where it is.
    if (providesContext(element.openingElement, bindings)) return 'not';
    const binding = bindings.imports.flatMap((info) => info.bindings).find((b) => b.local === object.name);
    if (!binding) {
      // Declared in this file, or a name the search cannot follow (a parameter, `const Tag = as ?? 'div'`).
      if (member || viaAttribute || !declaredAtTop(bindings.program, object.name)) return 'may';
      return this.wrapper(file, object.name, depth);
    }
    const target = this.lookup.resolver.resolve(file, binding.source);
    // An alias of the project that leads nowhere is read as a package's, but may be anything.
    if (target.kind === 'missing' || (target.kind === 'package' && this.lookup.resolver.namesProject(file, binding.source))) return 'may';
    if (target.kind === 'package') {
      const exported = binding.imported === '*' ? member : binding.imported;
      if (this.ancestor.packages.test(binding.source)) return exported === this.ancestor.name ? 'is' : exported === undefined ? 'may' : 'not';
      return this.ancestor.builtOn.test(binding.source) ? 'may' : 'not';
    }
    if (member || viaAttribute || binding.imported === '*') return 'may';
    const declared = this.lookup.declaredAt(file, binding.source, binding.imported);
    return declared?.file && declared.name ? this.wrapper(declared.file, declared.name, depth) : 'may';
  }

  /**
   * Whether the framework draws the component, not the app: its file hands it only to packages' higher-order
   * components, as its default export (`export default appWithTranslation(MyApp)`; civitai's `trpc.withTRPC(MyApp)`,
   * `trpc` being made by `@trpc/next`), and no script of the app names the file, as none names a Next.js
   * `pages/_app`. What is around it then is what those packages draw, and none of them is built on the library.
   * Reading or setting its static members (`MyApp.getInitialProps = ...`) draws nothing.
   */
  private drawnByFramework(file: string, name: string): boolean {
    const text = this.lookup.resolver.readFile(file);
    const program = text === undefined ? undefined : this.lookup.resolver.program(file, text);
    if (!program) return false;
    const bindings = this.lookup.bindingsFor(program, file);
    let wrapped = false;
    let drawn = false;
    const walk = (node: Node, trail: Node[]): void => {
      if (drawn) return;
      if ((node.type === 'Identifier' || node.type === 'JSXIdentifier') && node.name === name) {
        const use = node.type === 'Identifier' ? frameworkUse(node, trail) : 'other';
        if (use === 'wrapped' && trail.every((step) => step.type !== 'CallExpression' || this.packageCall(step, bindings, 0))) wrapped = true;
        else if (use !== 'none') drawn = true;
        return;
      }
      trail.push(node);
      forEachChild(node, (child) => walk(child, trail));
      trail.pop();
    };
    walk(program as Node, []);
    return wrapped && !drawn && importedByApp(this.lookup, file) === false;
  }

  /** Whether a call is a package's (or of a value a package's call made), from a package not built on the library. */
  private packageCall(call: TSESTree.CallExpression, bindings: FileBindings, hops: number): boolean {
    let root = unwrapExpression(call.callee as Node);
    while (root.type === 'MemberExpression') root = unwrapExpression(root.object as Node);
    if (root.type !== 'Identifier' || !bindings.file) return false;
    const imported = importedName(root, bindings);
    const { resolver } = this.lookup;
    if (imported && resolver.resolve(bindings.file, imported.source).kind === 'package' && !resolver.namesProject(bindings.file, imported.source)) {
      return !this.ancestor.packages.test(imported.source) && !this.ancestor.builtOn.test(imported.source);
    }
    if (hops > 0) return false;
    const located = locate(root, bindings);
    const made = located.ok ? unwrapExpression(located.node) : undefined;
    return made?.type === 'CallExpression' && this.packageCall(made, located.ok ? located.bindings : bindings, hops + 1);
  }

  /** Where the component `name` of `file` puts its children: inside the ancestor, or maybe. */
  private wrapper(file: string, name: string, depth: number): Within {
    const key = `${file}\0${name}`;
    const known = this.wrappers.get(key);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH || !this.step()) return 'may';
    this.wrappers.set(key, 'not');
    const answer = this.readWrapper(file, name, depth);
    this.wrappers.set(key, answer);
    return answer;
  }

  private readWrapper(file: string, name: string, depth: number): Within {
    const text = this.lookup.resolver.readFile(file);
    const program = text === undefined ? undefined : this.lookup.resolver.program(file, text);
    if (!program) return 'may';
    // A class reads `this.props.children`, which is not followed.
    const fn = functionOf(topLevelDeclaration(program, name));
    const route = fn && pathTo(program as Node, fn);
    const component = route && componentOf(route);
    if (!route || component?.fn !== fn || component.name !== name) return 'may';
    const places = childrenPlaces(route, component.fn);
    if (!places) return 'may';
    const bindings = this.lookup.bindingsFor(program, file);
    for (const around of places) {
      for (const placed of around) {
        const within = this.element(placed, bindings, depth + 1);
        if (within !== 'not') return within;
      }
    }
    return 'not';
  }

  private step(): boolean {
    this.steps += 1;
    return this.steps <= MAX_STEPS;
  }
}

/** An element around a place, and whether the place is one of its props other than `children`. */
interface Placed {
  element: TSESTree.JSXElement;
  viaAttribute: boolean;
}

/** Members whose call runs a function as it is (a component called renders where the call is). */
const CALLING_MEMBERS = new Set(['call', 'apply', 'bind']);

/**
 * How the file uses a component's name, `trail` being the nodes above it: 'wrapped' as the argument of the calls
 * its default export is made of (`export default withA(withB(MyApp))`); 'none' where it declares, types or reads a
 * static member of it; 'other' for anything else, which may draw it.
 */
function frameworkUse(node: TSESTree.Identifier, trail: readonly Node[]): 'wrapped' | 'none' | 'other' {
  const parent = trail[trail.length - 1];
  if (!parent) return 'other';
  switch (parent.type) {
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
    case 'VariableDeclarator':
      return parent.id === node ? 'none' : 'other';
    case 'TSTypeQuery':
    case 'TSTypeReference':
    case 'TSQualifiedName':
    case 'ImportSpecifier':
    case 'ExportSpecifier':
      return 'none';
    case 'MemberExpression': {
      if (parent.object !== node) return parent.computed ? 'other' : 'none';
      const member = parent.computed ? undefined : parent.property.type === 'Identifier' ? parent.property.name : undefined;
      return member !== undefined && !CALLING_MEMBERS.has(member) ? 'none' : 'other';
    }
    case 'CallExpression': {
      let at = trail.length - 1;
      let child: Node = node;
      while (at >= 0) {
        const step = trail[at] as Node;
        if (step.type === 'CallExpression' && step.arguments.includes(child as TSESTree.CallExpressionArgument)) {
          child = step;
          at--;
          continue;
        }
        return step.type === 'ExportDefaultDeclaration' && at === 1 ? 'wrapped' : 'other';
      }
      return 'other';
    }
    default:
      return 'other';
  }
}

/** The nodes from `from` down to `target` (inclusive), by ranges; undefined when `target` is not in `from`. */
function pathTo(from: Node, target: Node): Node[] | undefined {
  const route: Node[] = [from];
  const [start, end] = target.range;
  for (let node = from; node !== target; ) {
    let next: Node | undefined;
    forEachChild(node, (child) => {
      if (next === undefined && child.range[0] <= start && end <= child.range[1] && (child === target || child.range[0] !== child.range[1])) next = child;
    });
    if (!next) return undefined;
    route.push(next);
    node = next;
  }
  return route;
}

type ComponentFunction = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Wrappers a component's function is declared through: `memo(...)`, `forwardRef(...)`, MobX's `observer(...)`. */
const FUNCTION_WRAPPERS = new Set(['memo', 'forwardRef', 'observer']);

/**
 * The top-level component a route from the program goes through: its name and function (a class's `render`), or
 * undefined when the route is not inside one.
 */
function componentOf(route: readonly Node[]): { name: string; fn: ComponentFunction } | undefined {
  let index = 1;
  let node = route[index];
  if (node?.type === 'ExportNamedDeclaration' || node?.type === 'ExportDefaultDeclaration') node = route[++index];
  if (node?.type === 'FunctionDeclaration') return node.id ? { name: node.id.name, fn: node } : undefined;
  if (node?.type === 'ClassDeclaration') {
    const method = route[index + 2];
    const fn = route[index + 3];
    const named = method?.type === 'MethodDefinition' && !method.computed && method.key.type === 'Identifier' && method.key.name === 'render';
    return node.id && named && fn?.type === 'FunctionExpression' ? { name: node.id.name, fn } : undefined;
  }
  if (node?.type !== 'VariableDeclaration') return undefined;
  const declarator = route[index + 1];
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier') return undefined;
  for (let at = index + 2; at < route.length; at++) {
    const step = route[at] as Node;
    if (step.type === 'ArrowFunctionExpression' || step.type === 'FunctionExpression') return { name: declarator.id.name, fn: step };
    const wrapped = step.type === 'CallExpression' && FUNCTION_WRAPPERS.has(calleeName(step) ?? '') && step.arguments[0] === route[at + 1];
    if (!wrapped && !isTransparent(step)) return undefined;
  }
  return undefined;
}

/** Parentheses, a type assertion or a non-null assertion: the expression it holds, as far as rendering goes. */
function isTransparent(node: Node): boolean {
  return TRANSPARENT.has(node.type);
}

const TRANSPARENT = new Set<string>(['ParenthesizedExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion']);

/** The top-level declaration of `name` in a program: a function, a class, or the declarator of a `const`. */
function topLevelDeclaration(program: TSESTree.Program, name: string): Node | undefined {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id?.name === name) return declaration as Node;
    if (declaration?.type === 'VariableDeclaration') {
      const found = declaration.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === name);
      if (found) return found as Node;
    }
  }
  return undefined;
}

/** The function a declaration of a function component declares, through `memo(...)` and `forwardRef(...)`. */
function functionOf(declaration: Node | undefined): ComponentFunction | undefined {
  if (declaration?.type === 'FunctionDeclaration') return declaration;
  if (declaration?.type !== 'VariableDeclarator' || !declaration.init) return undefined;
  let init = unwrapExpression(declaration.init as Node);
  while (init.type === 'CallExpression' && FUNCTION_WRAPPERS.has(calleeName(init) ?? '') && init.arguments[0]) init = unwrapExpression(init.arguments[0] as Node);
  return init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression' ? init : undefined;
}

function declaredAtTop(program: TSESTree.Program | undefined, name: string): boolean {
  return program !== undefined && topLevelDeclaration(program, name) !== undefined;
}

/**
 * The elements around the node `route[from]`, innermost first, up to the component's function `fn`; undefined when
 * the way there is not followed (JSX kept in a variable, passed to a call other than `.map`); 'unrendered' when the
 * node is only tested (`children ? ... : ...`, `children && ...`).
 */
function placement(route: readonly Node[], from: number, fn: ComponentFunction): Placed[] | undefined {
  const found = placementOrTest(route, from, fn);
  return found === 'unrendered' ? [] : found;
}

function placementOrTest(route: readonly Node[], from: number, fn: ComponentFunction): Placed[] | 'unrendered' | undefined {
  const around: Placed[] = [];
  let attribute = false;
  for (let index = from - 1; index >= 0; index--) {
    const node = route[index] as Node;
    const child = route[index + 1] as Node;
    if (node === fn) return child === fn.body ? around : undefined;
    if (isTransparent(node)) continue;
    switch (node.type) {
      case 'JSXElement':
        around.push({ element: node, viaAttribute: child.type === 'JSXOpeningElement' && attribute });
        attribute = false;
        break;
      case 'JSXAttribute':
        attribute = !(node.name.type === 'JSXIdentifier' && node.name.name === 'children');
        break;
      case 'JSXOpeningElement':
      case 'JSXFragment':
      case 'JSXExpressionContainer':
      case 'ReturnStatement':
      case 'BlockStatement':
      case 'ArrayExpression':
        break;
      case 'ConditionalExpression':
      case 'IfStatement':
        if (child === node.test) return 'unrendered';
        break;
      case 'LogicalExpression':
        if (child === node.left && node.operator === '&&') return 'unrendered';
        break;
      case 'SwitchStatement':
        if (child === node.discriminant) return 'unrendered';
        break;
      case 'SwitchCase':
        if (child === node.test) return 'unrendered';
        break;
      case 'ArrowFunctionExpression':
      case 'FunctionExpression': {
        // A list's item: `{items.map((item) => <Row />)}` is drawn where the call is.
        const call = route[index - 1] as Node | undefined;
        if (call?.type !== 'CallExpression' || call.arguments[0] !== node || !LIST_CALLS.has(calleeName(call) ?? '') || unwrapExpression(call.callee as Node).type !== 'MemberExpression') return undefined;
        if (child !== node.body) return undefined;
        index -= 1;
        break;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

/**
 * Where a component's function puts its children: for each place, the elements around it (an element that gets
 * the props spread on it is around them too); undefined when the function hands them, or all its props, somewhere
 * not followed. A component whose props are not read at all places no children.
 */
function childrenPlaces(route: readonly Node[], fn: ComponentFunction): Placed[][] | undefined {
  const param = fn.params[0] as Node | undefined;
  if (!param) return [];
  const names = propNames(param);
  if (!names) return undefined;
  const places: Placed[][] = [];
  let lost = false;
  const walk = (node: Node, trail: Node[]): void => {
    if (lost) return;
    if (node.type === 'Identifier' && (node.name === names.children || node.name === names.props || node.name === names.rest)) {
      const parent = trail[trail.length - 1];
      const found = place(node, parent, trail);
      if (found === undefined) lost = true;
      else if (found !== null) places.push(found);
      return;
    }
    trail.push(node);
    forEachChild(node, (c) => walk(c, trail));
    trail.pop();
  };
  const place = (node: TSESTree.Identifier, parent: Node | undefined, trail: Node[]): Placed[] | null | undefined => {
    if (!parent) return undefined;
    // A property's name (`x.children`, `{ children: ... }`) is not the binding.
    if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) return null;
    if (parent.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand) return null;
    if (node.name === names.props && parent.type === 'MemberExpression' && parent.object === node) {
      const key = parent.computed ? undefined : parent.property.type === 'Identifier' ? parent.property.name : undefined;
      if (key === undefined) return undefined;
      if (key !== 'children') return null;
      return placement([...trail], trail.length - 1, fn) ?? undefined;
    }
    if (node.name !== names.children && parent.type !== 'JSXSpreadAttribute') return undefined;
    if (parent.type === 'JSXSpreadAttribute') {
      // `<Button {...props}>`: the element gets the children, and what is around it holds them too.
      const opening = trail[trail.length - 2];
      const element = trail[trail.length - 3];
      if (opening?.type !== 'JSXOpeningElement' || element?.type !== 'JSXElement') return undefined;
      const outer = placement(trail, trail.length - 3, fn);
      return outer && [{ element, viaAttribute: false }, ...outer];
    }
    return placement([...trail, node], trail.length, fn) ?? undefined;
  };
  forEachChild(fn.body as Node, (c) => walk(c, [...route, fn.body as Node]));
  return lost ? undefined : places;
}

/**
 * The names a component's first parameter binds its props, children and rest of its props to (the rest only where
 * it may hold the children).
 */
function propNames(param: Node): { props?: string; children?: string; rest?: string } | undefined {
  const pattern = param.type === 'AssignmentPattern' ? (param.left as Node) : param;
  if (pattern.type === 'Identifier') return { props: pattern.name };
  if (pattern.type !== 'ObjectPattern') return undefined;
  const names: { children?: string; rest?: string } = {};
  for (const property of pattern.properties) {
    if (property.type === 'RestElement') {
      if (property.argument.type !== 'Identifier') return undefined;
      names.rest = property.argument.name;
      continue;
    }
    const key = property.computed ? undefined : property.key.type === 'Identifier' ? property.key.name : undefined;
    if (key === undefined) return undefined;
    if (key !== 'children') continue;
    const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
    if (value.type !== 'Identifier') return undefined;
    names.children = value.name;
  }
  // Where `children` is taken by name, the rest of the props holds none: spreading it places nothing.
  if (names.children !== undefined) delete names.rest;
  return names;
}
