/**
 * What a file declares that the model can read statically: constants, React state with its initial value,
 * defaults of destructured props, imports. Nothing is executed; a name declared more than once is ambiguous and
 * resolves to nothing.
 *
 * Values are followed the way the page renders them (see docs/values-and-copy.md): through `const`s of this file,
 * through imports into other modules of the project (when the caller gives the bindings a reader of other files,
 * src/resolve/values.ts), through the scope of a caller that passed a prop (a scoped node, below), and, for the
 * first render, through state to its initial value and through form and store libraries to their defaults
 * (src/model/sources.ts). Every step counts against one depth limit, and module hops against another, so a cycle
 * or a long chain ends as "unknown", never as a guess.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, forEachChild, propertyKeyName, reverseFrom, unwrapExpression, type Node } from './estree.js';
import { classDeclaredAround, defaultPropsOf, initialState, thisMember } from './class-components.js';
import { resolveCall, type CallContext } from './sources.js';
import { DEFAULT, literalNode, memberNode, SCOPED, syntheticType, TEXT, UNKNOWN, type TextNode } from './synthetic.js';
import type { ImportBinding, ImportInfo, Range, StaticValue, UnresolvedReason } from './types.js';

export interface StateBinding {
  /** The initial value: the argument of `useState(...)`, the initial state of `useReducer`, the atom of `useAtom`. */
  initial: Node | undefined;
  /** The hook that made it. */
  hook: string;
}

/** A node to be read in the scope of another file or component: a prop's value where the caller wrote it. */
export interface Scoped {
  node: Node;
  bindings: FileBindings;
}

/**
 * What other files hold, for names this file imports. Given by the caller that can read files (the checker and
 * the ESLint adapter, src/resolve/values.ts); without it, imported names stay unknown.
 */
export interface ExternalValues {
  /** The node an imported name stands for in its module, with that module's bindings; undefined when not found. */
  imported(binding: ImportBinding, from: FileBindings): Scoped | undefined;
  /** Bindings of modules this file imports (one level), for libraries whose state is declared elsewhere (slices). */
  importedModules?(from: FileBindings): FileBindings[];
  /** The visible text of a message, from the project's locale files (src/resolve/locales.ts). */
  message?(request: MessageRequest, from: FileBindings): string | undefined;
  /** The locale the file is read in, where settings name one (src/resolve/values.ts). */
  readonly locale?: string | undefined;
  /**
   * Whether an imported name was found earlier in the run not to be a `kind` (a look-up's own name for what it
   * wants: 'zustand-store'), and remembering that it is not. Only what the name's declaration settles is
   * remembered, never a look-up cut short by a depth limit.
   */
  notA?(kind: string, binding: ImportBinding, from: FileBindings): boolean;
  rememberNotA?(kind: string, binding: ImportBinding, from: FileBindings): void;
  /**
   * Every element of the app that renders the component declared as `name` in `file` (src/resolve/renderers.ts);
   * undefined when that is not known (it is also rendered some way not followed, or its package is too large), or when
   * more than `maxModules` modules, its own included, may render it (each would be parsed).
   */
  renderSites?(file: string, name: string, maxModules?: number): RenderSite[] | undefined;
  /**
   * Whether an element around the JSX `root` of `program` (a root of the file's model), wherever the app renders it,
   * may carry a library's static class `className` (`mantine-Button-label`): false only when the class is one only
   * a library component puts on its part and the app is known never to draw the root inside that component
   * (src/resolve/library-ancestors.ts).
   */
  classAround?(file: string, program: TSESTree.Program, root: Node, className: string): boolean;
  /**
   * A prop of the component declared around `at`, as the app's one element that renders it writes it (read in that
   * element's scope), 'omitted' when that element leaves it out, or undefined when that is not known
   * (src/resolve/values.ts). Asked only by bindings that read props where the app renders them (siteProps).
   */
  propAtSite?(bindings: FileBindings, name: string, at: Range): Scoped | 'omitted' | undefined;
}

/**
 * An element that renders a component: its module's bindings, and its ancestors down to its own JSXElement (or to the
 * call that renders the component as a function, `return ConsentSection()`).
 */
export interface RenderSite {
  bindings: FileBindings;
  ancestors: readonly Node[];
}

/** A translation key to look up: `ns` is the namespace (i18next) or key prefix (next-intl); undefined when none. */
export interface MessageRequest {
  library: 'i18next' | 'next-intl' | 'formatjs' | 'tolgee';
  key: string;
  namespaces: readonly string[];
  /** i18next: a `count` is passed, so plural forms (`key_other`) answer too. */
  plural?: boolean;
}

export interface FileBindings {
  /** `const NAME = <expression>` (and names destructured from one); null when the name is declared more than once. */
  constants: Map<string, Node | null>;
  /** `const [value, setValue] = useState(initial)` by the value's name; null when ambiguous. */
  states: Map<string, StateBinding | null>;
  /**
   * Defaults of destructured parameters (`({ defaultOn = true })`, `const { defaultOn = true } = props`): what a
   * component shows when its caller omits the prop. Read after constants and use-site values.
   */
  parameterDefaults: Map<string, Node | null>;
  imports: ImportInfo[];
  /** The file the bindings belong to, where known (the checker and ESLint give it). */
  file?: string | undefined;
  /** Other files' values, where the caller can read them. */
  external?: ExternalValues | undefined;
  /** Names bound for part of the tree only (a list item, a render prop's argument), read first. */
  locals?: ReadonlyMap<string, Node> | undefined;
  /** The program, for readers that search it (the one form of a file, a slice's initial state). */
  program?: TSESTree.Program | undefined;
  /**
   * Names declared more than once (null in `constants` or `states`), each declaration with the block it is declared
   * in: two components of one file that each write `const { t } = useTranslation('...')` or
   * `const [open, setOpen] = useState(...)`. A use is read as the declaration of the innermost block around it.
   */
  redeclared?: Redeclared | undefined;
  /**
   * Read a component's props where the app renders it, when it renders it in one place (ExternalValues.propAtSite):
   * set for a control's checked state, whose first render is what the person sees (src/model/build.ts).
   */
  siteProps?: boolean | undefined;
}

export interface Redeclared {
  constants: ReadonlyMap<string, ReadonlyArray<InScope<Node>>>;
  states: ReadonlyMap<string, ReadonlyArray<InScope<StateBinding>>>;
}

/** A declaration and the block (or program) it is declared in. */
interface InScope<T> {
  scope: Range;
  value: T;
}

/** A constant as the code at `at` sees it: the file's one declaration, or, for a name declared in several blocks, that of the innermost block around `at`. */
export function constantAt(bindings: FileBindings, name: string, at: Range | undefined): Node | null | undefined {
  const value = bindings.constants.get(name);
  return value === null && at ? inScope(bindings.redeclared?.constants.get(name), at) : value;
}

/** A state (useState and its kin) as the code at `at` sees it (see constantAt). */
export function stateAt(bindings: FileBindings, name: string, at: Range | undefined): StateBinding | null | undefined {
  const value = bindings.states.get(name);
  return value === null && at ? inScope(bindings.redeclared?.states.get(name), at) : value;
}

/** The declaration of the innermost block around `at`; null when none is, or two are in that block. */
function inScope<T>(declarations: ReadonlyArray<InScope<T>> | undefined, at: Range): T | null {
  let best: InScope<T> | undefined;
  let tied = false;
  for (const declaration of declarations ?? []) {
    const [start, end] = declaration.scope;
    if (start > at[0] || end < at[1]) continue;
    if (!best || start > best.scope[0] || (start === best.scope[0] && end < best.scope[1])) {
      best = declaration;
      tied = false;
    } else if (start === best.scope[0] && end === best.scope[1]) {
      tied = true;
    }
  }
  return best && !tied ? best.value : null;
}

const STATE_HOOKS = new Set(['useState', 'useLocalStorage', 'useSessionStorage', 'useReducer', 'useAtom', 'useRecoilState', 'useImmer']);

/** Every declaration of a name, where it is (the declaration's range), for the names declared more than once. */
type Declarations<T> = Map<string, Array<{ at: Range; value: T }> | null>;

/**
 * Bind a name to its value; a second declaration makes it ambiguous (null). With `all`, the declarations of a name
 * declared more than once are kept there with where each is (`at`; the first's from `firstAt`, so a name declared
 * once costs nothing more).
 */
function remember<T>(map: Map<string, T | null>, name: string, value: T, at?: Range, all?: Declarations<T>, firstAt?: Map<string, Range>): void {
  const previous = map.get(name);
  if (previous === undefined) {
    map.set(name, value);
    if (at && firstAt) firstAt.set(name, at);
    return;
  }
  map.set(name, null);
  if (!at || !all) return;
  let list = all.get(name);
  if (list === undefined) {
    // Where the first declaration is must be known, or none of them can be told apart: the name stays ambiguous.
    const first = firstAt?.get(name) ?? (previous as { range?: Range } | null)?.range;
    all.set(name, (list = first && previous !== null ? [{ at: first, value: previous }] : null));
  }
  list?.push({ at, value });
}

/** Each declaration of a name declared more than once, with the innermost block (or the program) around it. */
function scoped<T>(all: Declarations<T>, map: Map<string, T | null>, blocks: readonly Range[]): Map<string, Array<InScope<T>>> {
  const out = new Map<string, Array<InScope<T>>>();
  for (const [name, declarations] of all) {
    if (!declarations) continue;
    out.set(
      name,
      declarations.map(({ at, value }) => {
        let scope: Range = [0, Number.MAX_SAFE_INTEGER];
        // Blocks are in source order, so the last one around a declaration is the innermost.
        for (const block of blocks) {
          if (block[0] > at[0]) break;
          if (block[1] >= at[1]) scope = block;
        }
        return { scope, value };
      }),
    );
  }
  return out;
}

/**
 * A name that is a constant in one function and a state in another: a context module's hook reads
 * `const limits = useContext(LimitsContext)` and its provider holds `const [limits, setLimits] = useState(...)`. Each
 * is read only inside the block it is declared in, as a name declared twice is (see scoped), or the provider's
 * `{ ...limits }` would read the hook's constant, which reads the provider again.
 */
function separateConstantsAndStates(
  constants: Map<string, Node | null>,
  states: Map<string, StateBinding | null>,
  allConstants: Declarations<Node>,
  allStates: Declarations<StateBinding>,
  stateDeclarations: ReadonlyMap<string, Range>,
): void {
  for (const [name, state] of states) {
    const constant = constants.get(name);
    if (constant === undefined) continue;
    if (constant !== null) allConstants.set(name, [{ at: constant.range, value: constant }]);
    const at = stateDeclarations.get(name);
    if (state !== null) allStates.set(name, at ? [{ at, value: state }] : null);
    constants.set(name, null);
    states.set(name, null);
  }
}

/** `const { a, b: { c }, d = 1 } = init`: each name as a member of `init`, defaults kept apart. */
function destructure(pattern: TSESTree.ObjectPattern, init: Node, constants: Map<string, Node | null>, defaults: Map<string, Node | null>, range: Range, all?: Declarations<Node>): void {
  for (const property of pattern.properties) {
    if (property.type === 'RestElement') continue;
    const key = propertyKeyName(property);
    if (key === undefined) continue;
    const member = memberNode(init, key, range);
    const value = property.value;
    if (value.type === 'Identifier') remember(constants, value.name, member, range, all);
    else if (value.type === 'ObjectPattern') destructure(value, member, constants, defaults, range, all);
    else if (value.type === 'AssignmentPattern' && value.left.type === 'Identifier') remember(defaults, value.left.name, value.right);
  }
}

/** Defaults of a function's destructured parameters. */
function parameterDefaultsOf(fn: TSESTree.FunctionLike, defaults: Map<string, Node | null>): void {
  for (const param of fn.params) {
    let pattern: Node = param;
    if (pattern.type === 'AssignmentPattern') pattern = pattern.left;
    if (pattern.type !== 'ObjectPattern') continue;
    for (const property of pattern.properties) {
      if (property.type !== 'Property') continue;
      const value = property.value;
      if (value.type === 'AssignmentPattern' && value.left.type === 'Identifier') remember(defaults, value.left.name, value.right);
    }
  }
}

/** `useForm(...)` awaited or not: `await getTranslations('Ns')` reads as the call. */
function unwrapAwait(node: Node): Node {
  const inner = unwrapExpression(node);
  return inner.type === 'AwaitExpression' ? unwrapExpression(inner.argument) : inner;
}

const collected = new WeakMap<TSESTree.Program, FileBindings>();

/**
 * The bindings a program declares, collected once per program: the model builder, the program facts, CSS-in-JS and
 * the value resolver all read them, and the component expansion builds a module's model once per use site. Shared,
 * so read-only: a caller that adds names (the model builder's props) copies the map it changes.
 */
export function collectBindings(program: TSESTree.Program): FileBindings {
  let bindings = collected.get(program);
  if (!bindings) collected.set(program, (bindings = walkBindings(program)));
  return bindings;
}

function walkBindings(program: TSESTree.Program): FileBindings {
  const constants = new Map<string, Node | null>();
  const states = new Map<string, StateBinding | null>();
  const parameterDefaults = new Map<string, Node | null>();
  const imports: ImportInfo[] = [];
  // Every declaration by name, and the blocks of the file in source order, for the names declared more than once.
  const allConstants: Declarations<Node> = new Map();
  const allStates: Declarations<StateBinding> = new Map();
  // Where each state is declared (a constant's value has a range of its own, inside its declaration).
  const stateDeclarations = new Map<string, Range>();
  const blocks: Range[] = [];

  // Called for each node in source order by the loop below, which uses an explicit stack rather than recursion:
  // a bundle's expressions can nest deeper than the call stack allows. Returns false to skip the node's children.
  const visit = (node: Node): boolean => {
    if (node.type === 'ImportDeclaration') {
      if (node.importKind === 'type') return false;
      const source = String(node.source.value);
      imports.push({
        source,
        sideEffect: node.specifiers.length === 0,
        range: node.range,
        bindings: node.specifiers.map((specifier) => ({
          local: specifier.local.name,
          imported:
            specifier.type === 'ImportDefaultSpecifier'
              ? 'default'
              : specifier.type === 'ImportNamespaceSpecifier'
                ? '*'
                : specifier.imported.type === 'Identifier'
                  ? specifier.imported.name
                  : String(specifier.imported.value),
          source,
        })),
      });
      return false;
    }
    if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') parameterDefaultsOf(node, parameterDefaults);
    // A function declaration binds its name like a const (a selector `function selectAnalytics(state)`).
    if (node.type === 'BlockStatement') blocks.push(node.range);
    if (node.type === 'FunctionDeclaration' && node.id) remember(constants, node.id.name, node, node.range, allConstants);
    if (node.type === 'VariableDeclarator' && node.init) {
      if (node.id.type === 'Identifier') {
        remember(constants, node.id.name, node.init, node.range, allConstants);
      } else if (node.id.type === 'ObjectPattern') {
        destructure(node.id, unwrapAwait(node.init), constants, parameterDefaults, node.range, allConstants);
      } else if (node.id.type === 'ArrayPattern') {
        const first = node.id.elements[0];
        const init = unwrapAwait(node.init);
        const hook = init.type === 'CallExpression' ? (calleeName(init) ?? '') : '';
        if (first?.type === 'Identifier' && STATE_HOOKS.has(hook) && init.type === 'CallExpression') {
          // useState(initial), useReducer(reducer, initial), useAtom(atom); storage hooks take (key, initial).
          const index = hook === 'useState' || hook === 'useAtom' || hook === 'useRecoilState' || hook === 'useImmer' ? 0 : 1;
          // useReducer(reducer, arg, init) computes its state: unknown.
          const argument = hook === 'useReducer' && init.arguments.length > 2 ? undefined : init.arguments[index];
          remember(states, first.name, { initial: argument && argument.type !== 'SpreadElement' ? argument : undefined, hook }, node.range, allStates, stateDeclarations);
        } else {
          node.id.elements.forEach((element, index) => {
            if (element?.type === 'Identifier') remember(constants, element.name, memberNode(init, String(index), node.range), node.range, allConstants);
          });
        }
      }
    }
    return true;
  };
  const stack: Node[] = [program];
  const push = (child: Node): void => void stack.push(child);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!visit(node)) continue;
    const from = stack.length;
    forEachChild(node, push);
    reverseFrom(stack, from);
  }
  separateConstantsAndStates(constants, states, allConstants, allStates, stateDeclarations);
  // The walk takes some children out of source order (a statement's branches): the look-up wants blocks by start.
  if (allConstants.size > 0 || allStates.size > 0) blocks.sort((x, y) => x[0] - y[0]);
  const redeclaredConstants = scoped(allConstants, constants, blocks);
  const redeclaredStates = scoped(allStates, states, blocks);
  const redeclared = redeclaredConstants.size > 0 || redeclaredStates.size > 0 ? { constants: redeclaredConstants, states: redeclaredStates } : undefined;
  return { constants, states, parameterDefaults, imports, program, ...(redeclared ? { redeclared } : {}) };
}

/** The bindings with some names bound for part of the tree (a list item, a render prop's argument). */
export function withLocals(bindings: FileBindings, locals: ReadonlyMap<string, Node>): FileBindings {
  const merged = new Map(bindings.locals ?? []);
  for (const [name, node] of locals) merged.set(name, node);
  return { ...bindings, locals: merged };
}

export type Evaluation =
  | {
      ok: true;
      value: StaticValue;
      /** The literal that holds the value (for suggestions that change it). */
      node: Node;
      /** The bindings the literal belongs to: not the file's own when the value was read in another module or scope. */
      bindings: FileBindings;
      /**
       * Set when the value is the first render's, read through state, a prop's default or a form or store library
       * (`prefs.marketing`, `defaultOn`): the name as written. The value may change after the first render.
       */
      state?: string;
      /** The literal sets the value directly (no operator between it and the use): changing it changes the value. */
      direct: boolean;
    }
  | { ok: false; reason: UnresolvedReason };

/** How far one evaluation may go: steps within a file, and hops into other modules. */
const MAX_DEPTH = 32;
const MAX_MODULE_HOPS = 8;

/** Where an expression's value is written, after following names and property reads. */
export interface Located {
  node: Node;
  bindings: FileBindings;
  state?: string;
  /** Only names and property reads led here: the node is the value itself. */
  direct: boolean;
}

export type Location = ({ ok: true } & Located) | { ok: false; reason: UnresolvedReason };

export interface EvaluationContext {
  depth: number;
  hops: number;
  /** Read state, prop defaults and library defaults as their first-render values. */
  firstRender: boolean;
}

const TRANSLATION_CALLS = new Set(['t', 'tr', '__', 'i18n', 'translate', 'formatMessage', '$t', 'useTranslation', 'gettext', '_']);

const fail = (reason: UnresolvedReason): { ok: false; reason: UnresolvedReason } => ({ ok: false, reason });

function next(context: EvaluationContext, hop = false): EvaluationContext | undefined {
  const depth = context.depth + 1;
  const hops = context.hops + (hop ? 1 : 0);
  // Written out rather than spread: a million steps on a large app, and spreading the context cost half a second.
  return depth > MAX_DEPTH || hops > MAX_MODULE_HOPS ? undefined : { depth, hops, firstRender: context.firstRender };
}

/**
 * The import an identifier reads, where nothing in the file (a local, a constant) shadows it; not a namespace
 * import (`copy.TITLE` is read through its member).
 */
export function importedName(node: Node, bindings: FileBindings): ImportBinding | undefined {
  if (node.type !== 'Identifier' || bindings.locals?.has(node.name) || bindings.constants.has(node.name)) return undefined;
  const binding = importBinding(bindings, node.name);
  return binding?.imported === '*' ? undefined : binding;
}

function importBinding(bindings: FileBindings, name: string): ImportBinding | undefined {
  return importedAs(bindings.imports, name);
}

/** A module's imports by local name (the first import of a name wins), indexed once per module's list. */
const importIndexes = new WeakMap<readonly ImportInfo[], Map<string, ImportBinding>>();

/**
 * The import that binds `local` in a module, if one does: asked for each name a value or element reads, so the
 * list (written once, by walkBindings) is indexed rather than scanned.
 */
export function importedAs(imports: readonly ImportInfo[], local: string): ImportBinding | undefined {
  let index = importIndexes.get(imports);
  if (!index) {
    index = new Map();
    for (const info of imports) for (const binding of info.bindings) if (!index.has(binding.local)) index.set(binding.local, binding);
    importIndexes.set(imports, index);
  }
  return index.get(local);
}

/** Follow a name to the node that holds its value. */
function locateName(name: string, range: Range, bindings: FileBindings, context: EvaluationContext): Location {
  const local = bindings.locals?.get(name);
  if (local) return locateIn(local, bindings, context);
  const constant = constantAt(bindings, name, range);
  if (constant) {
    const located = locateIn(constant, bindings, context);
    // `const formik = useFormik(...)`, `const { draft } = useStore()`: a library's value is named as written.
    return located.ok && located.state?.includes('()') ? { ...located, state: name } : located;
  }
  // Declared in blocks around other code only; it may still be a state of the block around this use.
  if (constant === null && !(context.firstRender && stateAt(bindings, name, range))) return fail('dynamic-expression');
  const imported = constant === null ? undefined : importBinding(bindings, name);
  if (imported) {
    if (imported.imported === '*') return fail('dynamic-expression');
    const inner = next(context, true);
    const found = inner && bindings.external?.imported(imported, bindings);
    if (!found || !inner) return fail('unresolved-import');
    const located = locate(found.node, found.bindings, inner);
    return located;
  }
  if (context.firstRender) {
    const state = stateAt(bindings, name, range);
    if (state?.initial) {
      const located = locateIn(state.initial, bindings, context);
      if (!located.ok) return located;
      // `useState(() => initial)`: the initializer's result.
      const lazy = lazyInitial(located.node);
      const result = lazy ? locateIn(lazy, located.bindings, context) : located;
      // A state initialised from another first-render value (a prop a parent passes, a form default) is named by
      // that value: its literal is the one to change.
      const inner = result.ok && result.state !== undefined && !result.state.endsWith('()') ? result.state : name;
      return result.ok ? { ...result, state: inner, direct: result.direct && !lazy } : result;
    }
  }
  // A prop as the app's one element that renders the component writes it.
  const fallback = bindings.parameterDefaults.get(name);
  if (bindings.siteProps && context.firstRender) {
    const inner = next(context, true);
    const site = inner && bindings.external?.propAtSite?.(bindings, name, range);
    if (site && site !== 'omitted' && inner) return locate(site.node, site.bindings, inner);
    if (site === 'omitted' && !fallback) return { ok: true, node: { type: 'Identifier', name: 'undefined', range } as unknown as Node, bindings, direct: true };
  }
  // A prop's default: what the component shows when a caller omits the prop.
  if (fallback) {
    const located = locateIn(fallback, bindings, context);
    return located.ok ? { ...located, state: name } : located;
  }
  return fail('dynamic-expression');
}

function lazyInitial(node: Node): Node | undefined {
  if (node.type !== 'ArrowFunctionExpression' || node.params.length > 0) return undefined;
  return node.body.type === 'BlockStatement' ? undefined : node.body;
}

function locateIn(node: Node, bindings: FileBindings, context: EvaluationContext): Location {
  const inner = next(context);
  return inner ? locate(node, bindings, inner) : fail('unknown-value');
}

/**
 * The node that holds an expression's value: names followed to their declarations (in this file, another module,
 * a caller's scope), property reads to the property, and, for the first render, state to its initial value and
 * library calls (a form's `watch('x')`, a store's selector) to the default they start with.
 */
export function locate(expression: Node, bindings: FileBindings, context: EvaluationContext = { depth: 0, hops: 0, firstRender: false }): Location {
  const node = unwrapAwait(expression);
  const type = syntheticType(node);
  if (type === SCOPED) {
    const scoped = node as unknown as { target: Node; scope: FileBindings };
    // A use site's value read where it is written: there too, a prop is read where the app renders that component.
    return locateIn(scoped.target, bindings.siteProps && !scoped.scope.siteProps ? { ...scoped.scope, siteProps: true } : scoped.scope, context);
  }
  if (type === UNKNOWN) return fail((node as unknown as { reason: UnresolvedReason }).reason);
  if (type === DEFAULT) {
    const { name, target } = node as unknown as { name: string; target: Node };
    const located = locateIn(target, bindings, context);
    return located.ok ? { ...located, state: name } : located;
  }
  switch (node.type) {
    case 'Identifier':
      if (node.name === 'undefined') return { ok: true, node, bindings, direct: true };
      return locateName(node.name, node.range, bindings, context);
    case 'MemberExpression':
      // A class component's `this.state`, on the first render: the state it starts with.
      if (context.firstRender && thisMember(node, 'state')) return locateClassState(node, bindings, context);
      return locateMember(node, bindings, context);
    case 'CallExpression': {
      if (!context.firstRender && !isDataCall(node)) return { ok: true, node, bindings, direct: true };
      return resolveCall(node, bindings, callContext(context)) ?? { ok: true, node, bindings, direct: true };
    }
    default:
      return { ok: true, node, bindings, direct: true };
  }
}

/** Calls that declare data rather than compute it (`defineMessages({...})`, `atom(true)`): read outside the first render too. */
function isDataCall(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call);
  return name === 'defineMessages' || name === 'defineMessage' || name === 'Object.freeze' || name === 'freeze' || isStyleSheetCreate(call);
}

/**
 * React Native's `StyleSheet.create({...})` (also react-native-web's): it returns the styles it is given
 * (reactnative.dev/docs/stylesheet), so `styles.title` is the object written for `title`.
 */
export function isStyleSheetCreate(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee as Node);
  return callee.type === 'MemberExpression' && !callee.computed && propertyKeyName(callee) === 'create' && unwrapExpression(callee.object).type === 'Identifier' && (unwrapExpression(callee.object) as TSESTree.Identifier).name === 'StyleSheet';
}

function callContext(context: EvaluationContext): CallContext {
  return {
    locate: (node, bindings) => locateIn(node, bindings, context),
    evaluate: (node, bindings) => evaluateIn(node, bindings, context),
  };
}

function locateMember(node: TSESTree.MemberExpression, bindings: FileBindings, context: EvaluationContext): Location {
  const key = propertyKeyName(node) ?? computedKey(node, bindings, context);
  if (key === undefined) return fail('dynamic-expression');
  const objectNode = unwrapExpression(node.object);
  if (thisMember(objectNode, 'props')) return locateClassProp(key, node.range, bindings, context);
  // `copy.TITLE` where `import * as copy from './copy'`.
  if (objectNode.type === 'Identifier' && !bindings.locals?.has(objectNode.name) && !bindings.constants.has(objectNode.name)) {
    const namespace = importBinding(bindings, objectNode.name);
    if (namespace?.imported === '*') {
      const inner = next(context, true);
      const found = inner && bindings.external?.imported({ ...namespace, imported: key }, bindings);
      return found && inner ? locate(found.node, found.bindings, inner) : fail('unresolved-import');
    }
  }
  const object = locateIn(node.object, bindings, context);
  if (!object.ok) return object;
  const property = propertyOf(object, key, context);
  if (!property.ok) return property;
  const state = object.state === undefined ? property.state : `${object.state}.${key}`;
  return { ...property, ...(state === undefined ? {} : { state }), direct: property.direct && object.direct };
}

/** A class component's `this.state` on the first render: its `state` field or what its constructor sets. */
function locateClassState(node: Node, bindings: FileBindings, context: EvaluationContext): Location {
  const declared = bindings.program && classDeclaredAround(bindings.program, node.range);
  const initial = declared ? initialState(declared.cls) : undefined;
  if (!initial) return fail('dynamic-expression');
  const located = locateIn(initial, bindings, context);
  return located.ok ? { ...located, state: 'this.state' } : located;
}

/**
 * A class component's `this.props.key`: as a function component's prop (locateName), what the app's one element
 * that renders the class passes, else its `defaultProps`.
 */
function locateClassProp(key: string, range: Range, bindings: FileBindings, context: EvaluationContext): Location {
  const declared = bindings.program && classDeclaredAround(bindings.program, range);
  if (!declared || !bindings.program) return fail('dynamic-expression');
  const defaults = defaultPropsOf(declared, bindings.program);
  const located = defaults && locateIn(defaults, bindings, context);
  const fallback = located?.ok ? ownProperty(located, key, context) : undefined;
  if (bindings.siteProps && context.firstRender) {
    const inner = next(context, true);
    const site = inner && bindings.external?.propAtSite?.(bindings, key, range);
    if (site && site !== 'omitted' && inner) return locate(site.node, site.bindings, inner);
    if (site === 'omitted' && (fallback === undefined || fallback === 'absent')) return { ok: true, node: undefinedNode(range), bindings, direct: true };
  }
  if (fallback === undefined || fallback === 'absent') return fail('dynamic-expression');
  return fallback.ok ? { ...fallback, state: key } : fallback;
}

/** `state[cat.id]` where the key is known (a constant, a list item): the key as a string. */
function computedKey(node: TSESTree.MemberExpression, bindings: FileBindings, context: EvaluationContext): string | undefined {
  if (!node.computed) return undefined;
  const inner = next(context);
  const key = inner ? evaluateIn(node.property as Node, bindings, inner) : undefined;
  return key?.ok && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value) : undefined;
}

/** `key` of a located object or array literal, following spreads (the last definition wins). */
function propertyOf(object: Located, key: string, context: EvaluationContext): Location {
  const found = ownProperty(object, key, context);
  // A literal without the key: the property is undefined.
  return found === 'absent' ? { ok: true, node: undefinedNode(object.node.range), bindings: object.bindings, direct: false } : found;
}

function undefinedNode(range: Range): Node {
  return { type: 'Identifier', name: 'undefined', range } as unknown as Node;
}

function ownProperty(object: Located, key: string, context: EvaluationContext): Location | 'absent' {
  const node = object.node;
  if (node.type === 'ArrayExpression') {
    const index = Number(key);
    if (key === 'length') return node.elements.some((e) => e?.type === 'SpreadElement') ? fail('dynamic-expression') : { ok: true, node: literalNode(node.elements.length, node.range), bindings: object.bindings, direct: false };
    if (!Number.isInteger(index) || index < 0) return fail('dynamic-expression');
    if (node.elements.slice(0, index + 1).some((e) => e?.type === 'SpreadElement')) return fail('dynamic-expression');
    const element = node.elements[index];
    if (element === undefined) return 'absent';
    if (!element || element.type === 'SpreadElement') return fail('dynamic-expression');
    return locateIn(element, object.bindings, context);
  }
  if (node.type !== 'ObjectExpression') return fail('dynamic-expression');
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const property = node.properties[i] as TSESTree.ObjectLiteralElement;
    if (property.type === 'SpreadElement') {
      // `{ ...DEFAULTS, marketing: true }`: a later own key won above; otherwise the spread object decides.
      const spread = locateIn(property.argument, object.bindings, context);
      if (!spread.ok) return spread;
      if (spread.node.type !== 'ObjectExpression') return fail('dynamic-expression');
      // One step deeper: an object may spread itself (`value = { ...value, ready }` read back through a provider).
      const inner = next(context);
      if (!inner) return fail('unknown-value');
      const found = ownProperty(spread, key, inner);
      if (found === 'absent') continue;
      return found.ok ? { ...found, direct: false } : found;
    }
    if (property.type !== 'Property') return fail('dynamic-expression');
    const name = propertyKeyName(property);
    // A computed key may be this one.
    if (name === undefined) return fail('dynamic-expression');
    if (name !== key) continue;
    if (property.kind !== 'init' || property.method) return fail('dynamic-expression');
    return locateIn(property.value as Node, object.bindings, context);
  }
  return 'absent';
}

/**
 * Evaluate an expression to a static value, following `const` bindings of this file (and, given a reader of other
 * files, of the modules it imports). State stays unknown: see evaluateFirstRender.
 * `node` in the result is the literal that holds the value (for suggestions that change it).
 */
export function evaluate(expression: Node, bindings: FileBindings, depth = 0): Evaluation {
  return evaluateIn(expression, bindings, { depth, hops: 0, firstRender: false });
}

/**
 * The value an expression has on the first render: state at its initial value, a prop at its default, a form
 * field at its default value. `state` in the result says which such name it came through.
 */
export function evaluateFirstRender(expression: Node, bindings: FileBindings): Evaluation {
  return evaluateIn(expression, bindings, { depth: 0, hops: 0, firstRender: true });
}

function evaluateIn(expression: Node, bindings: FileBindings, context: EvaluationContext): Evaluation {
  if (context.depth > MAX_DEPTH) return fail('unknown-value');
  const located = locate(expression, bindings, context);
  if (!located.ok) return located;
  const { node, bindings: scope } = located;
  const result = evaluateNode(node, scope, context);
  if (!result.ok) return result;
  const state = located.state ?? result.state;
  return { ...result, ...(state === undefined ? {} : { state }), direct: result.direct && located.direct };
}

function sub(node: Node, bindings: FileBindings, context: EvaluationContext): Evaluation {
  const inner = next(context);
  return inner ? evaluateIn(node, bindings, inner) : fail('unknown-value');
}

/** Combine the first-render names two operands came through. */
function mergedState(...evaluations: Evaluation[]): { state?: string } {
  const names = evaluations.flatMap((e) => (e.ok && e.state !== undefined ? [e.state] : []));
  return names.length > 0 ? { state: names[0] as string } : {};
}

function evaluateNode(node: Node, bindings: FileBindings, context: EvaluationContext): Evaluation {
  if (syntheticType(node) === TEXT) {
    // A message with slots has no single value; one without is plain text.
    const parts = (node as unknown as TextNode).parts;
    return parts.every((part) => typeof part === 'string') ? { ok: true, value: parts.join(''), node, bindings, direct: false } : fail('dynamic-expression');
  }
  switch (node.type) {
    case 'Literal':
      if (node.value instanceof RegExp || typeof node.value === 'bigint') return fail('unknown-value');
      return { ok: true, value: node.value as StaticValue, node, bindings, direct: true };
    case 'Identifier':
      // Only `undefined` reaches here (locate follows every other name).
      return node.name === 'undefined' ? { ok: true, value: undefined, node, bindings, direct: true } : fail('dynamic-expression');
    case 'TemplateLiteral': {
      if (node.expressions.length === 0) return { ok: true, value: node.quasis[0]?.value.cooked ?? '', node, bindings, direct: true };
      let value = '';
      const parts: Evaluation[] = [];
      for (let i = 0; i < node.quasis.length; i++) {
        value += node.quasis[i]?.value.cooked ?? '';
        const expression = node.expressions[i];
        if (expression) {
          const part = sub(expression, bindings, context);
          if (!part.ok) return part;
          parts.push(part);
          value += String(part.value ?? '');
        }
      }
      return { ok: true, value, node, bindings, direct: false, ...mergedState(...parts) };
    }
    case 'UnaryExpression': {
      const inner = sub(node.argument, bindings, context);
      if (!inner.ok) return inner;
      if (node.operator === '!') return { ...inner, value: !inner.value, direct: false };
      if (node.operator === '-' && typeof inner.value === 'number') return { ...inner, value: -inner.value, node, direct: false };
      if (node.operator === 'void') return { ...inner, value: undefined, node, direct: false };
      return fail('unknown-value');
    }
    case 'BinaryExpression':
      if (node.left.type === 'PrivateIdentifier') return fail('unknown-value');
      if (node.operator === '+') return evaluatePlus(node.left, node.right, node, bindings, context);
      return evaluateComparison(node.operator, node.left, node.right, node, bindings, context);
    case 'ConditionalExpression': {
      // `variant === 'ghost' ? 'ghost' : 'solid'` where a use site passed `variant`: the branch it takes.
      const test = sub(node.test, bindings, context);
      if (!test.ok) return test;
      const branch = sub(test.value ? node.consequent : node.alternate, bindings, context);
      return branch.ok ? { ...branch, direct: false, ...mergedState(test, branch) } : branch;
    }
    case 'LogicalExpression': {
      const left = sub(node.left, bindings, context);
      if (!left.ok) return left;
      const decided = node.operator === '&&' ? !left.value : node.operator === '||' ? Boolean(left.value) : left.value !== null && left.value !== undefined;
      if (decided) return { ...left, direct: false };
      const right = sub(node.right, bindings, context);
      return right.ok ? { ...right, direct: false, ...mergedState(left, right) } : right;
    }
    case 'CallExpression': {
      const name = calleeName(node);
      // `String(x)`, `x.toString()`: the value as text.
      if ((name === 'String' && node.callee.type === 'Identifier') || (name === 'toString' && node.arguments.length === 0)) {
        const argument = name === 'String' ? node.arguments[0] : (node.callee as TSESTree.MemberExpression).object;
        if (!argument || argument.type === 'SpreadElement') return fail('dynamic-expression');
        const inner = sub(argument, bindings, context);
        return inner.ok ? { ...inner, value: String(inner.value), direct: false } : inner;
      }
      if (name === 'includes') return evaluateIncludes(node, bindings, context);
      return fail(TRANSLATION_CALLS.has(name ?? '') ? 'translation' : 'dynamic-expression');
    }
    case 'ChainExpression':
      // `field.value?.includes(id)`, `prefs?.marketing`: read as written. Where the object is unknown, or nullish
      // (which the optional read would turn into undefined), so is the value.
      return sub(node.expression, bindings, context);
    default:
      return fail('dynamic-expression');
  }
}

/**
 * `list.includes(value)`: a box of a checkbox group is ticked when the list of values it starts with holds its own
 * (`checked={field.value?.includes(item.id)}`, react-hook-form's and shadcn/ui's checkbox groups, over a form's
 * `defaultValues`). An empty list holds nothing, whatever is asked; a list of known values holds a known value or
 * does not; a text holds a text or does not. Any element, or the value asked, unknown: unknown.
 */
function evaluateIncludes(call: TSESTree.CallExpression, bindings: FileBindings, context: EvaluationContext): Evaluation {
  const callee = unwrapExpression(call.callee as Node);
  const [argument] = call.arguments;
  if (callee.type !== 'MemberExpression' || call.arguments.length !== 1 || !argument || argument.type === 'SpreadElement') return fail('dynamic-expression');
  const inner = next(context);
  if (!inner) return fail('unknown-value');
  const list = locate(callee.object, bindings, inner);
  if (!list.ok) return list;
  const state = list.state === undefined ? {} : { state: list.state };
  const answer = (value: boolean, ...parts: Evaluation[]): Evaluation => ({ ok: true, value, node: list.node, bindings: list.bindings, direct: false, ...state, ...(list.state === undefined ? mergedState(...parts) : {}) });
  if (list.node.type === 'ArrayExpression') {
    const elements = list.node.elements;
    if (elements.length === 0) return answer(false);
    const sought = sub(argument, bindings, context);
    if (!sought.ok) return sought;
    let found = false;
    for (const element of elements) {
      if (!element || element.type === 'SpreadElement') return fail('dynamic-expression');
      const item = sub(element, list.bindings, context);
      if (!item.ok) return item;
      // SameValueZero, as includes compares: NaN holds NaN.
      if (item.value === sought.value || (Number.isNaN(item.value) && Number.isNaN(sought.value))) found = true;
    }
    return answer(found, sought);
  }
  const text = evaluateNode(list.node, list.bindings, inner);
  if (!text.ok) return text;
  if (typeof text.value !== 'string') return fail('dynamic-expression');
  const sought = sub(argument, bindings, context);
  if (!sought.ok) return sought;
  if (typeof sought.value !== 'string') return fail('dynamic-expression');
  return answer(text.value.includes(sought.value), text, sought);
}

/** `'Only ' + n + ' left'`, `1 + 2`: strings concatenate, numbers add; anything else is unknown. */
function evaluatePlus(leftNode: Node, rightNode: Node, node: Node, bindings: FileBindings, context: EvaluationContext): Evaluation {
  const left = sub(leftNode, bindings, context);
  if (!left.ok) return left;
  const right = sub(rightNode, bindings, context);
  if (!right.ok) return right;
  const state = mergedState(left, right);
  if (typeof left.value === 'number' && typeof right.value === 'number') return { ok: true, value: left.value + right.value, node, bindings, direct: false, ...state };
  if (typeof left.value === 'string' || typeof right.value === 'string') {
    const text = (value: StaticValue): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
    const l = text(left.value);
    const r = text(right.value);
    if (l !== undefined && r !== undefined) return { ok: true, value: l + r, node, bindings, direct: false, ...state };
  }
  return fail('unknown-value');
}

/**
 * `===`, `!==` and `==`/`!=` between static values. Loose equality is decided only where it can't coerce (same
 * type, or null against undefined); anything else is unknown rather than a re-implementation of JavaScript's rules.
 */
function evaluateComparison(operator: string, leftNode: Node, rightNode: Node, node: Node, bindings: FileBindings, context: EvaluationContext): Evaluation {
  if (!['===', '!==', '==', '!='].includes(operator)) return fail('dynamic-expression');
  const left = sub(leftNode, bindings, context);
  if (!left.ok) return left;
  const right = sub(rightNode, bindings, context);
  if (!right.ok) return right;
  const nullish = (value: StaticValue): boolean => value === null || value === undefined;
  let equal: boolean;
  if (operator.length === 3 || typeof left.value === typeof right.value) equal = left.value === right.value;
  else if (nullish(left.value) || nullish(right.value)) equal = nullish(left.value) && nullish(right.value);
  else return fail('unknown-value');
  return { ok: true, value: operator.startsWith('!') ? !equal : equal, node, bindings, direct: false, ...mergedState(left, right) };
}

/** Resolve an expression to an object literal declared in this file (or, with a reader, in a module it imports). */
export function resolveObject(expression: Node, bindings: FileBindings, depth = 0): TSESTree.ObjectExpression | undefined {
  const located = locate(expression, bindings, { depth, hops: 0, firstRender: false });
  return located.ok && located.node.type === 'ObjectExpression' ? located.node : undefined;
}

/** The object or array literal an expression stands for on the first render, with the bindings to read it in. */
export function locateLiteral(expression: Node, bindings: FileBindings, firstRender = true): (Located & { node: TSESTree.ObjectExpression | TSESTree.ArrayExpression }) | undefined {
  const located = locate(expression, bindings, { depth: 0, hops: 0, firstRender });
  if (!located.ok) return undefined;
  return located.node.type === 'ObjectExpression' || located.node.type === 'ArrayExpression' ? (located as Located & { node: TSESTree.ObjectExpression | TSESTree.ArrayExpression }) : undefined;
}

/** How many ternaries deep a spread's object is looked for (`a ? b : c ? d : e`). */
const MAX_SPREAD_BRANCHES = 4;

/**
 * The object literal a spread of props stands for on the first render, with the bindings to read it in: a constant's
 * (`const inputProps = { checked: enabled }`), or the branch of a ternary the first render takes (`enabled !==
 * undefined ? { checked: enabled, onChange } : { defaultChecked: false }`, a toggle passing its state on). Undefined
 * where that isn't known: a parameter, a call's result, a test the first render can't decide.
 */
export function spreadObject(expression: Node, bindings: FileBindings, branches = 0): (Located & { node: TSESTree.ObjectExpression }) | undefined {
  const located = locate(expression, bindings, { depth: 0, hops: 0, firstRender: true });
  if (!located.ok) return undefined;
  const node = unwrapExpression(located.node);
  if (node.type === 'ObjectExpression') return { ...located, node };
  if (node.type !== 'ConditionalExpression' || branches >= MAX_SPREAD_BRANCHES) return undefined;
  const test = evaluateFirstRender(node.test, located.bindings);
  if (!test.ok) return undefined;
  return spreadObject(test.value ? node.consequent : node.alternate, located.bindings, branches + 1);
}

/** The value node of `object.key` where `object` is a literal of this file (spreads not followed). */
export function objectProperty(object: TSESTree.ObjectExpression, key: string): Node | undefined {
  let found: Node | undefined;
  for (const property of object.properties) {
    if (property.type === 'Property' && propertyKeyName(property) === key) found = property.value;
  }
  return found;
}

/**
 * The initial value of a value bound to React state: `checked={marketing}` with
 * `const [marketing, setMarketing] = useState(true)`, or `checked={prefs.marketing}` with
 * `useState({ marketing: true })` or `useState(DEFAULTS)`.
 */
export function evaluateInitialState(expression: Node, bindings: FileBindings): { value: StaticValue; node: Node; binding: string } | undefined {
  const evaluated = evaluateFirstRender(expression, bindings);
  return evaluated.ok && evaluated.state !== undefined ? { value: evaluated.value, node: evaluated.node, binding: evaluated.state } : undefined;
}

export function rangeOf(node: Node): Range {
  return node.range;
}

/** Reading values as the first render does, for the library readers (src/model/sources.ts). */
export function firstRenderContext(): CallContext {
  return {
    locate: (node, bindings) => locate(node, bindings, { depth: 0, hops: 0, firstRender: true }),
    evaluate: (node, bindings) => evaluateFirstRender(node, bindings),
  };
}
