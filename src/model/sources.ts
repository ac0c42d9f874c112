/**
 * Calls whose first-render value a library defines, read as data: form libraries (react-hook-form's
 * `defaultValues`, Formik's `initialValues`), state libraries (a zustand store's initial state, a jotai or Recoil
 * atom's initial value, a Redux Toolkit slice's `initialState`) and translations (src/model/i18n.ts). Each reader
 * says what the call returns on the first render, or nothing when the call is not one it knows; a value it cannot
 * read (defaults loaded from a server, a reducer's init function) is unknown, never guessed.
 *
 * Sources, for what each library renders first:
 * - react-hook-form: "The initial return value from useWatch will always return what's inside of defaultValue or
 *   defaultValues from useForm" (useWatch docs, quoted in marmelab/react-admin#8340); `watch` and `getValues`
 *   read the same store; `values` (server data) overrides `defaultValues`; Controller's render function gets
 *   `{ field: { value, name, onChange, onBlur, ref }, fieldState, formState }` (react-hook-form 7.55
 *   dist/types/controller.d.ts).
 * - Formik: `useFormik({ initialValues })` returns `values` starting at `initialValues`; `<Formik initialValues>`
 *   hands the same bag to its render function (formik.org/docs/api/formik). Mantine's `useForm({ initialValues })`
 *   (@mantine/form) likewise, with `getInputProps(path, { type: 'checkbox' })` binding `checked`
 *   (mantine.dev/form/use-form).
 * - zustand: `create((set, get) => ({ ...state, ...actions }))` returns a hook; `useStore(selector)` returns the
 *   selected part, `useStore()` the whole state (github.com/pmndrs/zustand readme). Middlewares (`persist`,
 *   `devtools`, `immer`, `subscribeWithSelector`) wrap the same creator; `combine(initial, create)` merges.
 * - jotai: `atom(initialValue)`, `atomWithStorage(key, initialValue)` (jotai.org/docs/utilities/storage: the
 *   initial value until storage is read); Recoil: `atom({ key, default })`.
 * - Redux Toolkit: `createSlice({ name, initialState, reducers })`; the store's root state holds each slice's
 *   initial state under the key it is registered with, conventionally its name
 *   (redux-toolkit.js.org/api/createslice).
 * - React context: "useContext returns the context value for the calling component. It is determined as the value
 *   passed to the closest SomeContext.Provider above the calling component in the tree" (react.dev/reference/react/
 *   useContext); React 19 reads it with `use(SomeContext)` and renders `<SomeContext value>` as the provider
 *   (react.dev/reference/react/use). A provider renders its children in its own first render, so they first see
 *   the value it computes then: its state at the initial values. `useMemo(calculate, deps)` returns what
 *   `calculate` returns on the initial render (react.dev/reference/react/useMemo).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { constantAt, firstRenderContext, importedAs, importedName, isStyleSheetCreate, locate, withLocals, type Evaluation, type FileBindings, type Location } from './bindings.js';
import { boundNames, calleeName, forEachChild, propertyKeyName, unwrapExpression, type Node } from './estree.js';
import { translateCall } from './i18n.js';
import { renderedInside } from './render-context.js';
import { arrayNode, defaultNode, literalNode, objectNode, partialObjectNode, scopedNode, unknownNode } from './synthetic.js';

export interface CallContext {
  locate(node: Node, bindings: FileBindings): Location;
  evaluate(node: Node, bindings: FileBindings): Evaluation;
}

const FORM_HOOKS = new Set(['useForm', 'useFormContext', 'useFormik']);
const STORE_CREATORS = new Set(['create', 'createStore', 'createWithEqualityFn']);
/** The look-up storeState remembers its misses as (ExternalValues.notA). */
const NOT_A_STORE = 'zustand-store';
const STORE_MIDDLEWARES = new Set(['persist', 'devtools', 'immer', 'subscribeWithSelector', 'redux']);
const ATOM_PACKAGES = /^(?:jotai|jotai\/utils|recoil|nanostores)$/;
const ZUSTAND = /^zustand(?:\/|$)/;
const REACT = /^(?:react|preact\/compat|preact\/hooks)$/;
/** React's hooks that read a context. */
const CONTEXT_READERS = new Set(['useContext', 'use']);
/** How many project hooks deep a call is followed to the context it reads (a hook of a hook). */
const MAX_CONTEXT_HOOKS = 3;
/** The look-up contextRead remembers its misses as (ExternalValues.notA). */
const NOT_A_CONTEXT_HOOK = 'context-hook';
const HOOK = /^use[A-Z0-9]/;
/** Selector hooks of react-redux and the typed wrappers teams declare (`useAppSelector`). */
const SELECTOR_HOOK = /^use(?:App|Root|Typed)?Selector$/;

const fail = (reason: 'dynamic-expression' | 'unknown-value' | 'translation'): Location => ({ ok: false, reason });

function importSource(bindings: FileBindings, local: string): string | undefined {
  return importedAs(bindings.imports, local)?.source;
}

/**
 * The first-render value of a call a library defines; undefined when no reader knows the call. A form's or a
 * store's value is named by the call (`watch()`), for messages: it starts there and may change; translated text and
 * data declarations are plain values.
 */
export function resolveCall(call: TSESTree.CallExpression, bindings: FileBindings, context: CallContext): Location | undefined {
  const name = calleeName(call) ?? '';
  const translated = translateCall(call, bindings, context);
  if (translated) return translated;
  // defineMessages({...}) (FormatJS) and Object.freeze({...}) return their argument. A wrapper that first takes a
  // namespace for the ids (`defineMessages('ui.messages', {...})`, Transcend's) returns the messages it is given last.
  if (name === 'defineMessages' || name === 'defineMessage' || name === 'freeze' || isStyleSheetCreate(call)) {
    const argument = name === 'freeze' || name === 'create' ? call.arguments[0] : call.arguments[call.arguments.length - 1];
    return argument && argument.type !== 'SpreadElement' ? context.locate(argument, bindings) : undefined;
  }
  if (name === 'fromEntries' && isObjectMethod(call)) return fromEntries(call, bindings, context);
  const value = libraryValue(call, name, bindings, context);
  if (value) return value.ok ? { ...value, state: value.state ?? `${name || 'call'}()` } : value;
  return returnedValue(call, bindings, context);
}

/** `Object.x(...)`, the global's own method. */
function isObjectMethod(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === 'MemberExpression' && unwrapExpression(callee.object).type === 'Identifier' && (unwrapExpression(callee.object) as TSESTree.Identifier).name === 'Object';
}

type FunctionLike = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

function isFunctionLike(node: Node | undefined): node is FunctionLike {
  return node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression' || node?.type === 'FunctionDeclaration';
}

/** The one expression a function returns: an arrow's expression body, or a body that is only `return <expression>`. */
function onlyReturn(fn: FunctionLike): Node | undefined {
  if (fn.body.type !== 'BlockStatement') return fn.body as Node;
  const [statement, ...rest] = fn.body.body;
  return rest.length === 0 && statement?.type === 'ReturnStatement' && statement.argument ? (statement.argument as Node) : undefined;
}

/**
 * A call, with no arguments, to a function of the project that takes none and only returns an expression
 * (`initialCategoryValues()`, `defaultSettings()`): what it returns, read where the function is written. A hook
 * (`useX()`) is left to the readers above: what it returns depends on the render.
 */
function returnedValue(call: TSESTree.CallExpression, bindings: FileBindings, context: CallContext): Location | undefined {
  if (call.arguments.length > 0 || call.callee.type !== 'Identifier' || /^use[A-Z0-9]/.test(call.callee.name)) return undefined;
  const fn = context.locate(call.callee as Node, bindings);
  if (!fn.ok || !isFunctionLike(fn.node) || fn.node.params.length > 0 || fn.node.async || fn.node.generator) return undefined;
  const returned = onlyReturn(fn.node);
  return returned ? context.locate(returned, fn.bindings) : undefined;
}

/**
 * `Object.fromEntries(pairs)`: the object of the pairs, each key known. A list's `.map((c) => [c.key, c.on])` is
 * read item by item, each with the callback's parameter bound to it.
 */
function fromEntries(call: TSESTree.CallExpression, bindings: FileBindings, context: CallContext): Location {
  const argument = call.arguments[0];
  if (!argument || argument.type === 'SpreadElement') return fail('dynamic-expression');
  const node = unwrapExpression(argument as Node);
  const pairs: Array<readonly [Node, FileBindings]> = [];
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && propertyKeyName(node.callee) === 'map') {
    const fn = node.arguments[0] && unwrapExpression(node.arguments[0] as Node);
    const body = isFunctionLike(fn) && fn.params.length === 1 ? onlyReturn(fn) : undefined;
    const list = context.locate(node.callee.object as Node, bindings);
    if (!body || !isFunctionLike(fn) || !list.ok || list.node.type !== 'ArrayExpression') return fail('dynamic-expression');
    for (const element of list.node.elements) {
      if (!element || element.type === 'SpreadElement') return fail('dynamic-expression');
      const locals = paramLocals(fn.params[0] as Node, scopedNode(element as Node, list.bindings));
      if (!locals) return fail('dynamic-expression');
      pairs.push([body, withLocals(bindings, locals)]);
    }
  } else {
    const list = context.locate(node, bindings);
    if (!list.ok || list.node.type !== 'ArrayExpression') return fail('dynamic-expression');
    for (const element of list.node.elements) {
      if (!element || element.type === 'SpreadElement') return fail('dynamic-expression');
      pairs.push([element as Node, list.bindings]);
    }
  }
  const properties: Array<readonly [string, Node]> = [];
  for (const [pairNode, pairBindings] of pairs) {
    const pair = context.locate(pairNode, pairBindings);
    if (!pair.ok || pair.node.type !== 'ArrayExpression' || pair.node.elements.length !== 2) return fail('dynamic-expression');
    const [keyNode, valueNode] = pair.node.elements;
    if (!keyNode || !valueNode || keyNode.type === 'SpreadElement' || valueNode.type === 'SpreadElement') return fail('dynamic-expression');
    const key = context.evaluate(keyNode as Node, pair.bindings);
    if (!key.ok || (typeof key.value !== 'string' && typeof key.value !== 'number')) return fail('dynamic-expression');
    properties.push([String(key.value), scopedNode(valueNode as Node, pair.bindings)]);
  }
  return { ok: true, node: objectNode(properties, call.range), bindings, direct: false };
}

function libraryValue(call: TSESTree.CallExpression, name: string, bindings: FileBindings, context: CallContext): Location | undefined {
  const react = reactName(call.callee as Node, bindings);
  if (react === 'useMemo') return memoised(call, bindings, context);
  const pending = react === undefined ? formHookOnFirstRender(call, bindings, context) : reactOnFirstRender(call, react, bindings, context);
  if (pending) return pending;
  if (react !== undefined) {
    const read = contextRead(call, react, bindings, context, 0);
    return read ? providedValue(read, context) : undefined;
  }
  if (name === 'atom' || name === 'atomWithStorage' || name === 'atomWithReset' || name === 'persistentAtom') return atomValue(call, name, bindings, context);
  if (name === 'useAtomValue' || name === 'useRecoilValue' || name === 'useStore' && call.arguments.length === 1 && isAtomArgument(call, bindings)) {
    const atom = call.arguments[0];
    return atom && atom.type !== 'SpreadElement' ? context.locate(atom, bindings) : undefined;
  }
  if (SELECTOR_HOOK.test(name)) return reduxSelection(call, bindings, context);
  if (name === 'useWatch') return watched(call, bindings, context, 'useWatch');
  if (name === 'useFormik' || (name === 'useForm' && isMantineForm(call, bindings))) return formikBag(call, bindings, context);
  if (isHookFrom(call, bindings, 'react-hook-form', RHF_FORM_HOOKS)) return hookFormOnFirstRender(call, bindings);
  if (QUERY_PACKAGES.has(importSource(bindings, name) ?? '') && name === 'useMutation') return mutationOnFirstRender(call, bindings);
  if (name === 'getState' && call.callee.type === 'MemberExpression') {
    const store = storeState(call.callee.object, bindings, context);
    return store ?? undefined;
  }
  const member = formMember(call.callee, bindings, context);
  if (member && (member.name === 'watch' || member.name === 'getValues')) return watched(call, bindings, context, member.name, member);
  if (call.callee.type === 'Identifier' || call.callee.type === 'MemberExpression') return dataHookValue(call, name, bindings, context);
  return undefined;
}

/** The look-up dataHookValue remembers its misses as (ExternalValues.notA): a hook that is neither a store nor a context's. */
const NOT_A_DATA_HOOK = 'data-hook';

/**
 * A hook or store a page calls that holds data: a zustand store (`useConsentStore(selector)`) or a hook that reads
 * a React context (`useSettings()`). Every imported hook a page calls on its first render is asked this, so its
 * declaration is read once for both, and what it settles is remembered for the run.
 */
function dataHookValue(call: TSESTree.CallExpression, name: string, bindings: FileBindings, context: CallContext): Location | undefined {
  const imported = importedName(call.callee as Node, bindings);
  if (imported && bindings.external?.notA?.(NOT_A_DATA_HOOK, imported, bindings)) return undefined;
  const declared = context.locate(call.callee as Node, bindings);
  if (!declared.ok) return undefined;
  const store = storeOf(declared, context);
  if (store) return select(store, call.arguments[call.callee.type === 'Identifier' && name === 'useStore' ? 1 : 0], context, bindings);
  const callee = unwrapExpression(call.callee as Node);
  const read = callee.type === 'Identifier' && HOOK.test(callee.name) && isFunctionLike(declared.node) ? returnedContext(declared.node, declared.bindings, context, 1) : undefined;
  if (read) return providedValue(read, context);
  if (imported) bindings.external?.rememberNotA?.(NOT_A_DATA_HOOK, imported, bindings);
  return undefined;
}

/** What React export a callee is: `useContext`, `React.useContext`, `useContext as useCtx` (from react or preact's compat). */
/** A module of the project rather than a package: relative, or through the `@/`, `~/` or `#/` alias. */
const PROJECT_SPECIFIER = /^(?:\.{1,2}(?:\/|$)|[@~#]\/)/;

/**
 * Whether an element is a React context's provider (UIElement.providesContext), which draws nothing of its own:
 * `<X.Provider>`, or React 19's `<X value={...}>`, where `X` is bound to React's `createContext(...)` in this file or
 * in the project module it is imported from (a package's component named like one is the package's).
 */
export function providesContext(opening: TSESTree.JSXOpeningElement, bindings: FileBindings): boolean {
  const tag = opening.name;
  let context: TSESTree.JSXIdentifier;
  if (tag.type === 'JSXMemberExpression' && tag.object.type === 'JSXIdentifier' && tag.property.name === 'Provider') context = tag.object;
  else if (tag.type === 'JSXIdentifier' && opening.attributes.some((a) => a.type === 'JSXAttribute' && a.name.type === 'JSXIdentifier' && a.name.name === 'value')) context = tag;
  else return false;
  const source = importedAs(bindings.imports, context.name)?.source;
  if (source !== undefined && !PROJECT_SPECIFIER.test(source)) return false;
  const located = locate({ type: 'Identifier', name: context.name, range: context.range } as unknown as Node, bindings);
  if (!located.ok) return false;
  const created = unwrapExpression(located.node);
  return created.type === 'CallExpression' && reactName(created.callee as Node, located.bindings) === 'createContext';
}

export function reactName(callee: Node, bindings: FileBindings): string | undefined {
  const node = unwrapExpression(callee);
  if (node.type === 'Identifier') {
    const imported = importedName(node, bindings);
    return imported && REACT.test(imported.source) ? imported.imported : undefined;
  }
  if (node.type !== 'MemberExpression' || node.computed) return undefined;
  const object = unwrapExpression(node.object);
  if (object.type !== 'Identifier' || bindings.locals?.has(object.name) || bindings.constants.has(object.name)) return undefined;
  const namespace = importedAs(bindings.imports, object.name);
  return namespace && REACT.test(namespace.source) && (namespace.imported === 'default' || namespace.imported === '*') ? propertyKeyName(node) : undefined;
}

/** `useMemo(() => value, deps)`: what the function returns, computed on the first render. */
function memoised(call: TSESTree.CallExpression, bindings: FileBindings, context: CallContext): Location {
  const fn = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
  const returned = isFunctionLike(fn) && fn.params.length === 0 && !fn.async ? onlyReturn(fn) : undefined;
  return returned ? context.locate(returned, bindings) : fail('dynamic-expression');
}

/**
 * React's hooks of pending work as the first render has them (react.dev/reference/react): nothing is pending until
 * an action or a transition starts. `useTransition()` is `[false, startTransition]`; `useActionState(action,
 * initialState)` is `[initialState, formAction, false]`; `useOptimistic(state)` is `[state, addOptimistic]`;
 * `useDeferredValue(value, initialValue?)` is the initial value where given, else the value. So `{isPending ?
 * 'Saving…' : 'Allow training'}` shows 'Allow training'.
 */
function reactOnFirstRender(call: TSESTree.CallExpression, react: string, bindings: FileBindings, context: CallContext): Location | undefined {
  const range = call.range;
  const argument = (index: number): Node | undefined => {
    const node = call.arguments[index];
    return node && node.type !== 'SpreadElement' ? (node as Node) : undefined;
  };
  const unknown = unknownNode('dynamic-expression', range);
  const known = (node: Node | undefined): Node => (node ? scopedNode(node, bindings) : unknown);
  if (react === 'useTransition') return firstRender(arrayNode([literalNode(false, range), unknown], range), bindings);
  if (react === 'useActionState') return firstRender(arrayNode([known(argument(1)), unknown, literalNode(false, range)], range), bindings);
  if (react === 'useOptimistic') return firstRender(arrayNode([known(argument(0)), unknown], range), bindings);
  const deferred = react === 'useDeferredValue' ? (argument(1) ?? argument(0)) : undefined;
  if (deferred) return context.locate(deferred, bindings);
  return undefined;
}

/**
 * react-dom's form hooks on the first render, before any submission: `useFormStatus()` is `{ pending: false, data:
 * null, method: null, action: null }` (react.dev/reference/react-dom/hooks/useFormStatus), and `useFormState`, the
 * name `useActionState` had in React 18's canary, `[initialState, formAction, false]`.
 */
function formHookOnFirstRender(call: TSESTree.CallExpression, bindings: FileBindings, context: CallContext): Location | undefined {
  const imported = importedName(call.callee as Node, bindings);
  if (imported?.source !== 'react-dom') return undefined;
  const range = call.range;
  if (imported.imported === 'useFormStatus') {
    const idle = objectNode([['pending', literalNode(false, range)], ['data', literalNode(null, range)], ['method', literalNode(null, range)], ['action', literalNode(null, range)]], range);
    return firstRender(idle, bindings);
  }
  if (imported.imported === 'useFormState') return reactOnFirstRender(call, 'useActionState', bindings, context);
  return undefined;
}

function firstRender(node: Node, bindings: FileBindings): Location {
  return { ok: true, node, bindings, direct: false };
}

/** The context a call reads (its `createContext` call's name, with the bindings to read it in). */
interface ContextRead {
  context: Node;
  bindings: FileBindings;
}

/**
 * The context a call reads: `useContext(Settings)`, `use(Settings)`, or a hook of the project's that returns such a
 * read (`const context = useContext(Settings); if (!context) throw ...; return context`, or a hook returning such a
 * hook's call), in the file or the module it is imported from. Any other hook is not read here.
 */
function contextRead(call: TSESTree.CallExpression, react: string | undefined, bindings: FileBindings, context: CallContext, depth: number): ContextRead | undefined {
  if (react !== undefined) {
    const argument = call.arguments[0];
    return CONTEXT_READERS.has(react) && argument && argument.type !== 'SpreadElement' ? { context: argument as Node, bindings } : undefined;
  }
  const callee = unwrapExpression(call.callee as Node);
  if (callee.type !== 'Identifier' || depth >= MAX_CONTEXT_HOOKS || !HOOK.test(callee.name) || bindings.locals?.has(callee.name)) return undefined;
  // Every project hook a page calls is asked this; what a module's declaration settles is remembered for the run.
  const imported = importedName(callee, bindings);
  if (imported && bindings.external?.notA?.(NOT_A_CONTEXT_HOOK, imported, bindings)) return undefined;
  const declared = context.locate(callee, bindings);
  if (!declared.ok) return undefined;
  const read = isFunctionLike(declared.node) ? returnedContext(declared.node, declared.bindings, context, depth + 1) : undefined;
  if (!read && imported && depth + 1 < MAX_CONTEXT_HOOKS) bindings.external?.rememberNotA?.(NOT_A_CONTEXT_HOOK, imported, bindings);
  return read;
}

/** The context a hook's one return gives back: a context read, or a constant the hook binds to one. */
function returnedContext(fn: FunctionLike, bindings: FileBindings, context: CallContext, depth: number): ContextRead | undefined {
  let returned = lastReturn(fn);
  if (returned?.type === 'Identifier') {
    const bound = constantAt(bindings, returned.name, returned.range);
    returned = bound ? unwrapExpression(bound) : undefined;
  }
  if (returned?.type !== 'CallExpression') return undefined;
  return contextRead(returned, reactName(returned.callee as Node, bindings), bindings, context, depth);
}

/** What a function returns when it returns in one place, its last statement (guards before it may throw). */
function lastReturn(fn: FunctionLike): Node | undefined {
  if (fn.body.type !== 'BlockStatement') return unwrapExpression(fn.body as Node);
  const last = fn.body.body[fn.body.body.length - 1];
  if (last?.type !== 'ReturnStatement' || !last.argument) return undefined;
  let returns = 0;
  const stack: Node[] = [fn.body as Node];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'ReturnStatement' && ++returns > 1) return undefined;
    if (!isFunctionLike(node)) forEachChild(node, (child) => void stack.push(child));
  }
  return unwrapExpression(last.argument as Node);
}

/**
 * The value a context read gets on the first render: the `value` of the one provider of that context the module
 * declaring it renders (`<Settings.Provider value={value}>`, React 19's `<Settings value={value}>`), read in the
 * provider's scope. A context provided elsewhere, by more than one element, or declared by anything but React's
 * `createContext` is unknown.
 */
function providedValue(read: ContextRead, context: CallContext): Location {
  const created = context.locate(read.context, read.bindings);
  if (!created.ok) return created;
  const program = created.bindings.program;
  if (created.node.type !== 'CallExpression' || !program || reactName(created.node.callee as Node, created.bindings) !== 'createContext') return fail('dynamic-expression');
  const target = created.node;
  const providers = providerElements(program).filter((opening) => {
    const name = opening.name.type === 'JSXMemberExpression' ? opening.name.object : opening.name;
    if (name.type !== 'JSXIdentifier') return false;
    const bound = constantAt(created.bindings, name.name, opening.range);
    return bound != null && unwrapExpression(bound) === target;
  });
  const [provider, ...others] = providers;
  if (!provider || others.length > 0) return fail('dynamic-expression');
  const value = provider.attributes.find((a): a is TSESTree.JSXAttribute => a.type === 'JSXAttribute' && a.name.type === 'JSXIdentifier' && a.name.name === 'value');
  const expression = value?.value?.type === 'JSXExpressionContainer' ? value.value.expression : undefined;
  if (!expression || expression.type === 'JSXEmptyExpression') return fail('dynamic-expression');
  // The provider's props are what the app passes where it renders the provider (`<LimitsProvider initialValue={...}>`),
  // not their defaults: unknown here.
  const component = enclosingFunction(program, provider);
  const props = new Map<string, Node>();
  for (const param of component?.params ?? []) for (const name of boundNames(param as Node)) props.set(name, unknownNode('dynamic-expression', param.range));
  return context.locate(expression as Node, props.size > 0 ? withLocals(created.bindings, props) : created.bindings);
}

/** The innermost function around a node: the component that renders a provider. */
function enclosingFunction(program: TSESTree.Program, node: Node): FunctionLike | undefined {
  let found: FunctionLike | undefined;
  const stack: Node[] = [program as Node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.range[0] > node.range[0] || current.range[1] < node.range[1]) continue;
    if (isFunctionLike(current)) found = current;
    forEachChild(current, (child) => void stack.push(child));
  }
  return found;
}


/** The elements of a program that may provide a context: `<X.Provider>` and `<X>` (React 19), once per program. */
const providerLists = new WeakMap<TSESTree.Program, TSESTree.JSXOpeningElement[]>();

function providerElements(program: TSESTree.Program): TSESTree.JSXOpeningElement[] {
  let found = providerLists.get(program);
  if (!found) {
    const list: TSESTree.JSXOpeningElement[] = [];
    const stack: Node[] = [program as Node];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === 'JSXOpeningElement') {
        const name = node.name;
        const provides = name.type === 'JSXMemberExpression' ? name.object.type === 'JSXIdentifier' && name.property.name === 'Provider' : name.type === 'JSXIdentifier' && /^[A-Z]/.test(name.name);
        if (provides && node.attributes.some((a) => a.type === 'JSXAttribute' && a.name.type === 'JSXIdentifier' && a.name.name === 'value')) list.push(node);
      }
      forEachChild(node, (child) => void stack.push(child));
    }
    providerLists.set(program, (found = list));
  }
  return found;
}

function isAtomArgument(call: TSESTree.CallExpression, bindings: FileBindings): boolean {
  const source = importSource(bindings, 'useStore');
  return source !== undefined && /nanostores/.test(source);
}

/** `atom(true)`, `atomWithStorage('key', true)`, Recoil's `atom({ key, default: true })`. */
function atomValue(call: TSESTree.CallExpression, name: string, bindings: FileBindings, context: CallContext): Location | undefined {
  const source = call.callee.type === 'Identifier' ? importSource(bindings, call.callee.name) : undefined;
  if (source === undefined || !ATOM_PACKAGES.test(source)) return undefined;
  const argument = call.arguments[name === 'atomWithStorage' ? 1 : 0];
  if (!argument || argument.type === 'SpreadElement') return fail('dynamic-expression');
  const value = unwrapExpression(argument);
  // A derived atom computes its value.
  if (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') return fail('dynamic-expression');
  if (source === 'recoil') {
    const options = context.locate(value, bindings);
    if (!options.ok || options.node.type !== 'ObjectExpression') return fail('dynamic-expression');
    const fallback = options.node.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKeyName(p) === 'default');
    return fallback ? context.locate(fallback.value as Node, options.bindings) : fail('dynamic-expression');
  }
  return context.locate(value, bindings);
}

/** The object a function returns: an arrow's expression body, or the one `return {...}` of a block. */
function returnedObject(fn: Node): Node | undefined {
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') return undefined;
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const returns = fn.body.body.filter((s): s is TSESTree.ReturnStatement => s.type === 'ReturnStatement');
  return returns.length === 1 && returns[0]?.argument ? returns[0].argument : undefined;
}

/**
 * The initial state of a zustand store a hook or store names: `create(...)`, `create<T>()(...)`, through
 * middlewares, to the state creator's returned object.
 */
function storeState(expression: Node, bindings: FileBindings, context: CallContext): Location | undefined {
  // Every imported hook or helper a page calls is asked this; what its declaration settles is remembered for the run.
  const imported = importedName(expression, bindings);
  if (imported && bindings.external?.notA?.(NOT_A_STORE, imported, bindings)) return undefined;
  const located = context.locate(expression, bindings);
  if (!located.ok) return undefined;
  const state = storeOf(located, context);
  if (!state && imported) bindings.external?.rememberNotA?.(NOT_A_STORE, imported, bindings);
  return state;
}

/** The initial state of the zustand store a located declaration creates, if it creates one. */
function storeOf(located: Extract<Location, { ok: true }>, context: CallContext): Location | undefined {
  if (located.node.type !== 'CallExpression') return undefined;
  let call: TSESTree.CallExpression = located.node;
  // create<State>()((set) => ...): the outer call's callee is the inner call.
  if (call.callee.type === 'CallExpression' && call.callee.arguments.length === 0) call = { ...call, callee: call.callee.callee } as TSESTree.CallExpression;
  const creator = calleeName(call) ?? '';
  const source = call.callee.type === 'Identifier' ? importSource(located.bindings, call.callee.name) : undefined;
  if (!STORE_CREATORS.has(creator) || source === undefined || !ZUSTAND.test(source)) return undefined;
  let argument: Node | undefined = call.arguments[0] as Node | undefined;
  for (let hops = 0; argument && hops < 6; hops++) {
    const node = unwrapExpression(argument);
    if (node.type === 'CallExpression' && calleeName(node) === 'combine') {
      // combine(initialState, (set) => actions): the state is the first argument.
      return node.arguments[0] ? context.locate(node.arguments[0] as Node, located.bindings) : fail('dynamic-expression');
    }
    if (node.type === 'CallExpression' && STORE_MIDDLEWARES.has(calleeName(node) ?? '')) {
      argument = node.arguments[0] as Node | undefined;
      continue;
    }
    const object = returnedObject(node);
    return object ? context.locate(object, located.bindings) : fail('dynamic-expression');
  }
  return fail('dynamic-expression');
}

/** A selector applied to a state object: `(s) => s.analytics`, `({ prefs }) => prefs.marketing`; none selects it all. */
function select(state: Location, selector: TSESTree.CallExpressionArgument | undefined, context: CallContext, selectorBindings: FileBindings): Location {
  if (!state.ok) return state;
  if (!selector) return state;
  if (selector.type === 'SpreadElement') return fail('dynamic-expression');
  let fn = unwrapExpression(selector);
  // useShallow((s) => ...) only changes how re-renders compare.
  if (fn.type === 'CallExpression' && calleeName(fn) === 'useShallow' && fn.arguments[0]) fn = unwrapExpression(fn.arguments[0] as Node);
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') {
    // A selector declared elsewhere: `useStore(selectAnalytics)`.
    const declared = context.locate(fn, selectorBindings);
    if (!declared.ok) return declared;
    const node = declared.node;
    if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression' && node.type !== 'FunctionDeclaration') return fail('dynamic-expression');
    return applyTo(node, scopedNode(state.node, state.bindings), context, declared.bindings);
  }
  return applyTo(fn, scopedNode(state.node, state.bindings), context, selectorBindings);
}

/** The value a one-argument function returns for `argument`, read in the module that declares the function. */
function applyTo(fn: TSESTree.FunctionLike, argument: Node, context: CallContext, home: FileBindings): Location {
  const body = returnedObject(fn as Node);
  const param = fn.params[0];
  if (!body || !param) return fail('dynamic-expression');
  const locals = paramLocals(param as Node, argument);
  if (!locals) return fail('dynamic-expression');
  return context.locate(body, withLocals(home, locals));
}

/** `(state) => ...` or `({ prefs, consent: { analytics } }) => ...`: names bound to parts of the argument. */
export function paramLocals(param: Node, argument: Node): Map<string, Node> | undefined {
  const locals = new Map<string, Node>();
  const bind = (pattern: Node, value: Node): boolean => {
    if (pattern.type === 'Identifier') {
      locals.set(pattern.name, value);
      return true;
    }
    if (pattern.type === 'AssignmentPattern') {
      // A default applies where the value is undefined.
      return bind(pattern.left, { type: 'LogicalExpression', operator: '??', left: value, right: pattern.right, range: pattern.range } as unknown as Node);
    }
    if (pattern.type === 'ObjectPattern') {
      for (const property of pattern.properties) {
        if (property.type === 'RestElement') continue;
        const key = propertyKeyName(property);
        if (key === undefined || !bind(property.value as Node, member(value, key, property.range))) return false;
      }
      return true;
    }
    if (pattern.type === 'ArrayPattern') {
      pattern.elements.forEach((element, index) => element && bind(element as Node, member(value, String(index), element.range)));
      return true;
    }
    return false;
  };
  return bind(param, argument) ? locals : undefined;
}

function member(object: Node, key: string, range: TSESTree.Range): Node {
  return { type: 'MemberExpression', object, property: { type: 'Identifier', name: key, range }, computed: false, optional: false, range } as unknown as Node;
}

/**
 * `useSelector((state) => state.consent.analytics)`: the root state is made of the slices the file and the modules
 * it imports declare with `createSlice`, each under its name.
 */
function reduxSelection(call: TSESTree.CallExpression, bindings: FileBindings, context: CallContext): Location | undefined {
  const slices: Array<readonly [string, Node]> = [];
  const modules = [bindings, ...(bindings.external?.importedModules?.(bindings) ?? [])];
  for (const module of modules) {
    for (const slice of slicesIn(module)) slices.push([slice.name, scopedNode(slice.initialState, module)]);
  }
  if (slices.length === 0) return undefined;
  const names = new Set(slices.map(([name]) => name));
  // Two slices of one name: the root state is not known.
  if (names.size !== slices.length) return fail('dynamic-expression');
  // The store may hold slices no module the file imports declares: other keys stay unknown.
  const root = objectNode(slices, call.range) as unknown as TSESTree.ObjectExpression;
  root.properties.unshift({ type: 'SpreadElement', argument: unknownNode('dynamic-expression', call.range), range: call.range } as unknown as TSESTree.SpreadElement);
  return select({ ok: true, node: root as unknown as Node, bindings, direct: false }, call.arguments[0], context, bindings);
}

function slicesIn(bindings: FileBindings): Array<{ name: string; initialState: Node }> {
  const found: Array<{ name: string; initialState: Node }> = [];
  for (const init of bindings.constants.values()) {
    if (!init) continue;
    const node = unwrapExpression(init);
    if (node.type !== 'CallExpression' || calleeName(node) !== 'createSlice') continue;
    const options = node.arguments[0] && unwrapExpression(node.arguments[0] as Node);
    if (options?.type !== 'ObjectExpression') continue;
    let name: string | undefined;
    let initialState: Node | undefined;
    for (const property of options.properties) {
      if (property.type !== 'Property') continue;
      const key = propertyKeyName(property);
      const value = unwrapExpression(property.value as Node);
      if (key === 'name' && value.type === 'Literal' && typeof value.value === 'string') name = value.value;
      if (key === 'initialState') initialState = property.shorthand ? ({ type: 'Identifier', name: 'initialState', range: property.range } as unknown as Node) : (property.value as Node);
    }
    if (name !== undefined && initialState) found.push({ name, initialState });
  }
  return found;
}

interface FormMember {
  /** The hook call that made the form: `useForm({...})`, `useFormContext()`, `useFormik({...})`. */
  hook: TSESTree.CallExpression;
  /** The member used: `watch`, `getValues`, `control`, `register`. */
  name: string;
  bindings: FileBindings;
}

/** What a name or `form.watch` is, when it comes from a form hook (a library's, or a project's that wraps one). */
export function formMember(callee: Node, bindings: FileBindings, context: CallContext = firstRenderContext()): FormMember | undefined {
  const node = unwrapExpression(callee);
  let call: Node | undefined;
  let key: string | undefined;
  if (node.type === 'Identifier') {
    const bound = bindings.locals?.get(node.name) ?? constantAt(bindings, node.name, node.range);
    if (!bound || bound.type !== 'MemberExpression') return undefined;
    call = unwrapExpression(bound.object);
    key = propertyKeyName(bound);
  } else if (node.type === 'MemberExpression') {
    key = propertyKeyName(node);
    const object = unwrapExpression(node.object);
    if (key === undefined || object.type !== 'Identifier') return undefined;
    const bound = constantAt(bindings, object.name, object.range);
    call = bound ? unwrapExpression(bound) : undefined;
  }
  if (call?.type !== 'CallExpression' || key === undefined) return undefined;
  if (FORM_HOOKS.has(calleeName(call) ?? '')) return { hook: call, name: key, bindings };
  const wrapped = wrappedFormHook(call, bindings, context);
  return wrapped ? { hook: wrapped.hook, name: key, bindings: wrapped.bindings } : undefined;
}

/** The form hooks of each library a project's hook may wrap. */
const LIBRARY_FORM_HOOKS = new Map<string, ReadonlySet<string>>([
  ['@mantine/form', new Set(['useForm'])],
  ['react-hook-form', new Set(['useForm'])],
  ['formik', new Set(['useFormik'])],
]);
/** The look-up wrappedFormHook remembers its misses as (ExternalValues.notA). */
const NOT_A_FORM_WRAPPER = 'form-wrapper';
/** The library each wrapped call stands for (wrappedFormHook), for the calls made here rather than parsed. */
const wrappedLibraries = new WeakMap<TSESTree.CallExpression, string>();

/**
 * A project's hook that wraps a form library's and returns its form: homarr's `useZodForm(schema, options)`, which
 * returns `useForm({ ...options, validate: zodResolver(schema) })` from @mantine/form, is that `useForm` called with
 * the caller's options where the wrapper spreads or passes its parameter (`useZodForm(schema, { initialValues })`
 * starts the form at those values). The call is made here, in the wrapper's module (its bindings come with it); the
 * caller's options keep the caller's. Any other hook, or a wrapper that returns anything else, is not a form.
 */
function wrappedFormHook(call: TSESTree.CallExpression, bindings: FileBindings, context: CallContext): { hook: TSESTree.CallExpression; bindings: FileBindings } | undefined {
  const callee = unwrapExpression(call.callee as Node);
  if (callee.type !== 'Identifier' || !HOOK.test(callee.name) || bindings.locals?.has(callee.name)) return undefined;
  const imported = importedName(callee, bindings);
  if (imported && bindings.external?.notA?.(NOT_A_FORM_WRAPPER, imported, bindings)) return undefined;
  const declared = context.locate(callee, bindings);
  const returned = declared.ok && isFunctionLike(declared.node) ? finalReturn(declared.node) : undefined;
  const inner = returned && unwrapExpression(returned);
  const library = inner?.type === 'CallExpression' && inner.callee.type === 'Identifier' && declared.ok ? importedName(inner.callee, declared.bindings) : undefined;
  if (!declared.ok || inner?.type !== 'CallExpression' || !library || !LIBRARY_FORM_HOOKS.get(library.source)?.has(library.imported) || !isFunctionLike(declared.node)) {
    if (imported) bindings.external?.rememberNotA?.(NOT_A_FORM_WRAPPER, imported, bindings);
    return undefined;
  }
  const params = declared.node.params.map((param) => (param.type === 'Identifier' ? param.name : undefined));
  const passed = (name: string): Node | undefined => {
    const index = params.indexOf(name);
    const argument = index < 0 ? undefined : call.arguments[index];
    return argument && argument.type !== 'SpreadElement' ? scopedNode(argument as Node, bindings) : undefined;
  };
  const options = inner.arguments[0] && unwrapExpression(inner.arguments[0] as Node);
  let argument: Node | undefined;
  if (options?.type === 'Identifier' && params.includes(options.name)) argument = passed(options.name) ?? unknownNode('dynamic-expression', call.range);
  else if (options?.type === 'ObjectExpression') argument = spliced(options, declared.bindings, passed, context, call.range);
  else if (options !== undefined) argument = scopedNode(options, declared.bindings);
  const hook = { ...inner, arguments: argument ? [argument] : [], range: call.range } as unknown as TSESTree.CallExpression;
  wrappedLibraries.set(hook, library.source);
  return { hook, bindings: declared.bindings };
}

/**
 * The wrapper's options object with the caller's options in place of the parameter it spreads (`{ ...options,
 * validate }`), property by property in their order, so a later key wins as it does at run time. Every value keeps
 * the scope it was written in. Options the caller passes as anything but an object stay an unknown spread.
 */
function spliced(options: TSESTree.ObjectExpression, bindings: FileBindings, passed: (name: string) => Node | undefined, context: CallContext, range: TSESTree.Range): Node {
  const properties: Array<TSESTree.Property | TSESTree.SpreadElement> = [];
  for (const property of options.properties) {
    if (property.type === 'Property') {
      properties.push({ ...property, value: scopedNode(property.value as Node, bindings) } as unknown as TSESTree.Property);
      continue;
    }
    const spread = unwrapExpression(property.argument as Node);
    const argument = spread.type === 'Identifier' ? passed(spread.name) : undefined;
    const located = argument ? context.locate(argument, bindings) : undefined;
    if (!located?.ok || located.node.type !== 'ObjectExpression') {
      properties.push({ ...property, argument: argument ?? scopedNode(spread, bindings) } as unknown as TSESTree.SpreadElement);
      continue;
    }
    for (const inner of located.node.properties) {
      if (inner.type === 'Property') properties.push({ ...inner, value: scopedNode(inner.value as Node, located.bindings) } as unknown as TSESTree.Property);
      else properties.push({ ...inner, argument: scopedNode(inner.argument as Node, located.bindings) } as unknown as TSESTree.SpreadElement);
    }
  }
  return { ...options, properties, range } as unknown as Node;
}

/**
 * The expression a function returns last, where that is its only return: an arrow's expression body, or a body
 * whose one `return` (outside the functions it declares) is its last statement. A hook that prepares something first
 * (`const t = useI18n(); z.config(...); return useForm(...)`) still returns that.
 */
function finalReturn(fn: FunctionLike): Node | undefined {
  if (fn.body.type !== 'BlockStatement') return fn.body as Node;
  const last = fn.body.body.at(-1);
  if (last?.type !== 'ReturnStatement' || !last.argument) return undefined;
  let returns = 0;
  const stack: Node[] = [fn.body as Node];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'ReturnStatement') returns++;
    if (node !== fn.body && isFunctionLike(node)) continue;
    forEachChild(node, (child) => stack.push(child));
  }
  return returns === 1 ? (last.argument as Node) : undefined;
}

/** `useForm` from @mantine/form, whose defaults are `initialValues` (mantine.dev/form/use-form). */
function isMantineForm(call: TSESTree.CallExpression, bindings: FileBindings): boolean {
  const wrapped = wrappedLibraries.get(call);
  if (wrapped !== undefined) return wrapped === '@mantine/form';
  return call.callee.type === 'Identifier' && importSource(bindings, call.callee.name) === '@mantine/form';
}

/** Every form hook call the file makes (destructured or not). */
function formHooksIn(bindings: FileBindings, hook: string): TSESTree.CallExpression[] {
  const calls = new Set<TSESTree.CallExpression>();
  for (const init of bindings.constants.values()) {
    if (!init) continue;
    let node = unwrapExpression(init);
    if (node.type === 'MemberExpression') node = unwrapExpression(node.object);
    if (node.type === 'CallExpression' && calleeName(node) === hook) calls.add(node);
  }
  return [...calls];
}

/**
 * The defaults of the form a hook call stands for: `useForm({ defaultValues })`, `useFormik({ initialValues })`;
 * `useFormContext()` reads the one `useForm` of its file. Server data (`values`, an async `defaultValues`) is unknown.
 */
export function formDefaults(hook: TSESTree.CallExpression, bindings: FileBindings, context: CallContext): Location {
  const name = calleeName(hook);
  if (name === 'useFormContext') {
    const forms = formHooksIn(bindings, 'useForm');
    if (forms.length === 0) return providedForm(hook.range, bindings, context);
    return forms.length === 1 && forms[0] ? formDefaults(forms[0], bindings, context) : fail('dynamic-expression');
  }
  const options = hook.arguments[0];
  if (!options || options.type === 'SpreadElement') return name === 'useForm' ? { ok: true, node: objectNode([], hook.range), bindings, direct: false } : fail('dynamic-expression');
  const located = context.locate(options as Node, bindings);
  if (!located.ok) return located;
  if (located.node.type !== 'ObjectExpression') return fail('dynamic-expression');
  const key = name === 'useFormik' || isMantineForm(hook, bindings) ? 'initialValues' : 'defaultValues';
  let defaults: Node | undefined;
  for (const property of located.node.properties) {
    if (property.type === 'SpreadElement') return fail('dynamic-expression');
    const propertyName = propertyKeyName(property);
    // react-hook-form's `values` replaces the defaults with data from elsewhere.
    if (propertyName === 'values' && name === 'useForm') return fail('dynamic-expression');
    if (propertyName === key) defaults = property.value as Node;
  }
  if (!defaults) return name === 'useForm' ? { ok: true, node: objectNode([], hook.range), bindings, direct: false } : fail('dynamic-expression');
  const value = unwrapExpression(defaults);
  if (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') return fail('dynamic-expression');
  return context.locate(value, located.bindings);
}

/**
 * The form `useFormContext()` reads where its file makes none: that of the nearest `<FormProvider {...methods}>`
 * above the component (react-hook-form.com/docs/useformcontext), a wizard's `useForm({ defaultValues })` for each
 * of its steps, found around the one element of the app that renders the component (render-context.ts). Another
 * form component in between (`<SimpleForm>`) may provide a form of its own: unknown.
 */
function providedForm(at: TSESTree.Range, bindings: FileBindings, context: CallContext): Location {
  const provider = renderedInside(at, bindings, (tag, scope) => (isFormProvider(tag, scope) ? 'provides' : /Form$/.test(tag) ? 'hides' : 'passes'));
  return provider ? spreadForm(provider.opening, provider.bindings, context) : fail('dynamic-expression');
}

/** Whether a tag is react-hook-form's FormProvider, or a project's name for it (shadcn/ui's `const Form = FormProvider`). */
function isFormProvider(tag: string, bindings: FileBindings): boolean {
  let name = tag;
  let scope = bindings;
  for (let step = 0; step < 4; step++) {
    const binding = importedAs(scope.imports, name);
    if (binding?.source === 'react-hook-form') return binding.imported === 'FormProvider';
    const found = binding ? scope.external?.imported(binding, scope) : { node: constantAt(scope, name, undefined) ?? undefined, bindings: scope };
    const node = found?.node && unwrapExpression(found.node);
    if (!found || node?.type !== 'Identifier') return false;
    // An exported `const Form = FormProvider` is found by its own name: read what it is bound to.
    const bound = node.name === name && found.bindings !== scope ? constantAt(found.bindings, node.name, undefined) : node;
    if (bound?.type !== 'Identifier') return false;
    name = bound.name;
    scope = found.bindings;
  }
  return false;
}

/** The defaults of the form a provider is given as `{...methods}`: `useForm(...)`, or a project's wrapper of it. */
function spreadForm(opening: TSESTree.JSXOpeningElement, bindings: FileBindings, context: CallContext): Location {
  const spread = opening.attributes.find((attribute) => attribute.type === 'JSXSpreadAttribute');
  const argument = spread && unwrapExpression(spread.argument as Node);
  const bound = argument?.type === 'Identifier' ? constantAt(bindings, argument.name, argument.range) : undefined;
  const call = bound ? unwrapExpression(bound) : undefined;
  if (call?.type !== 'CallExpression') return fail('dynamic-expression');
  if (isHookFrom(call, bindings, 'react-hook-form', LIBRARY_FORM_HOOKS.get('react-hook-form') as ReadonlySet<string>)) return formDefaults(call, bindings, context);
  const wrapped = wrappedFormHook(call, bindings, context);
  return wrapped && wrappedLibraries.get(wrapped.hook) === 'react-hook-form' ? formDefaults(wrapped.hook, wrapped.bindings, context) : fail('dynamic-expression');
}

/** `a.b.0` as successive property reads of a located object. */
export function atPath(object: Location, path: string, context: CallContext): Location {
  if (!object.ok) return object;
  let node: Node = scopedNode(object.node, object.bindings);
  for (const key of path.split('.')) node = member(node, key, object.node.range);
  return context.locate(node, object.bindings);
}

/** `watch('marketing')`, `getValues('marketing')`, `useWatch({ name: 'marketing', control })`: the field's default. */
function watched(call: TSESTree.CallExpression, bindings: FileBindings, context: CallContext, how: string, found?: FormMember): Location | undefined {
  let hook = found?.hook;
  let hookBindings = found?.bindings ?? bindings;
  let name: Node | undefined;
  if (how === 'useWatch') {
    const options = call.arguments[0] && context.locate(call.arguments[0] as Node, bindings);
    if (!options?.ok || options.node.type !== 'ObjectExpression') return fail('dynamic-expression');
    let control: Node | undefined;
    for (const property of options.node.properties) {
      if (property.type !== 'Property') return fail('dynamic-expression');
      const key = propertyKeyName(property);
      if (key === 'defaultValue') return context.locate(property.value as Node, options.bindings);
      if (key === 'name') name = property.value as Node;
      if (key === 'control') control = property.value as Node;
    }
    const member = control ? formMember(control, bindings, context) : undefined;
    hook = control ? member?.hook : formHooksIn(bindings, 'useForm').length === 1 ? formHooksIn(bindings, 'useForm')[0] : undefined;
    hookBindings = member?.bindings ?? bindings;
    if (!hook && !control) {
      const context_ = formHooksIn(bindings, 'useFormContext');
      hook = context_.length === 1 ? context_[0] : undefined;
    }
  } else {
    name = call.arguments[0] as Node | undefined;
    // watch('x', fallback): the second argument is the default where the form has none.
  }
  if (!hook) return fail('dynamic-expression');
  const defaults = formDefaults(hook, hookBindings, context);
  if (!name) return defaults;
  const path = context.evaluate(name, bindings);
  if (!path.ok || typeof path.value !== 'string') return fail('dynamic-expression');
  return atPath(defaults, path.value, context);
}

const RHF_FORM_HOOKS = new Set(['useForm', 'useFormContext', 'useFormState']);

function isHookFrom(call: TSESTree.CallExpression, bindings: FileBindings, source: string, hooks: ReadonlySet<string>): boolean {
  return call.callee.type === 'Identifier' && hooks.has(call.callee.name) && importSource(bindings, call.callee.name) === source;
}

/**
 * react-hook-form's `formState` on the first render (react-hook-form.com/docs/useform/formstate): nothing has been
 * submitted, validated or touched yet, so a label such as `{isSubmitting ? 'Saving…' : 'Save'}` shows 'Save' and
 * `{errors.email && <p>…</p>}` shows nothing. `isLoading` is true only while an async `defaultValues` loads, and
 * `isValid` depends on the validation mode: both stay unknown, as does every other member (`control`, `register`).
 * `useFormState()` returns the form state itself.
 */
function hookFormOnFirstRender(call: TSESTree.CallExpression, bindings: FileBindings): Location {
  const range = call.range;
  const formState = partialObjectNode(
    [
      ['isDirty', literalNode(false, range)],
      ['isSubmitted', literalNode(false, range)],
      ['isSubmitSuccessful', literalNode(false, range)],
      ['isSubmitting', literalNode(false, range)],
      ['isValidating', literalNode(false, range)],
      ['submitCount', literalNode(0, range)],
      ['errors', objectNode([], range)],
      ['dirtyFields', objectNode([], range)],
      ['touchedFields', objectNode([], range)],
    ],
    range,
  );
  const node = calleeName(call) === 'useFormState' ? formState : partialObjectNode([['formState', formState]], range);
  return { ok: true, node, bindings, direct: false };
}

/** TanStack Query (v4 and v5, and v3 as react-query). */
const QUERY_PACKAGES = new Set(['@tanstack/react-query', 'react-query']);

/**
 * TanStack Query's `useMutation()` on the first render: a mutation runs only when `mutate` is called, so it starts
 * idle (tanstack.com/query/latest/docs/framework/react/reference/useMutation): `{isPending ? 'Saving…' : 'Accept
 * offer'}` shows 'Accept offer'. v5 names the running state `isPending`, v4 and v3 `isLoading`; both are false.
 */
function mutationOnFirstRender(call: TSESTree.CallExpression, bindings: FileBindings): Location {
  const range = call.range;
  const node = partialObjectNode(
    [
      ['isPending', literalNode(false, range)],
      ['isLoading', literalNode(false, range)],
      ['isError', literalNode(false, range)],
      ['isSuccess', literalNode(false, range)],
      ['isIdle', literalNode(true, range)],
      ['status', literalNode('idle', range)],
      ['error', literalNode(null, range)],
    ],
    range,
  );
  return { ok: true, node, bindings, direct: false };
}

/** `useFormik({ initialValues })` (or Mantine's `useForm`) as what it returns on the first render: `values` and `initialValues`. */
function formikBag(call: TSESTree.CallExpression, bindings: FileBindings, context: CallContext): Location {
  const defaults = formDefaults(call, bindings, context);
  if (!defaults.ok) return defaults;
  const values = scopedNode(defaults.node, defaults.bindings);
  return { ok: true, node: objectNode([['values', values], ['initialValues', values]], call.range), bindings, direct: false };
}

/** react-hook-form's Controller/useController render argument for field `name`: `{ field: { value, name } }`. */
export function controllerArgument(defaults: Location, name: string, range: TSESTree.Range, context: CallContext): Node {
  const value = atPath(defaults, name, context);
  const field = objectNode(
    [
      ['value', value.ok ? defaultNode('field.value', scopedNode(value.node, value.bindings)) : unknownNode(value.reason, range)],
      ['name', literalNode(name, range)],
      ['onChange', unknownNode('dynamic-expression', range)],
    ],
    range,
  );
  return objectNode([['field', field], ['fieldState', objectNode([], range)], ['formState', unknownNode('dynamic-expression', range)]], range);
}

/** Walk a node's descendants (for readers that search a function body). */
export function* descendantsOf(node: Node): Generator<Node> {
  const stack: Node[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    yield current;
    forEachChild(current, (child) => stack.push(child));
  }
}

