/**
 * Translation calls and components, read as the text they render: react-i18next (`useTranslation(ns)` and
 * `t('key')`, `i18n.t`, `<Trans i18nKey>`), next-intl (`useTranslations('Ns')` / `await getTranslations('Ns')`
 * and `t('key')`, `t.rich`, `t.markup`), FormatJS / react-intl (`intl.formatMessage(messages.x)` with
 * `defineMessages({...})`, `<FormattedMessage id defaultMessage>`). The message comes from the project's locale
 * files through the bindings' reader of other files (src/resolve/locales.ts), or, for i18n-js (`new I18n({...})`
 * and `i18n.t('key')`), from the translations where the code writes them; placeholders become typed slots
 * (src/model/messages.ts). A key that cannot be found is unknown, not empty; a default the code gives
 * (`t('key', 'Accept')`, `defaultValue`, FormatJS's `defaultMessage`) is what the library shows when the locale has
 * no such key.
 *
 * Sources: react-i18next useTranslation (react.i18next.com/latest/usetranslation-hook: no namespace means
 * `defaultNS`; an array's first namespace is the default; `keyPrefix`); i18next defaults `defaultNS: 'translation'`,
 * `nsSeparator: ':'`, `keySeparator: '.'` (i18next src/defaults.js), `t(key, defaultValue)` and `t(key, {
 * defaultValue, ns, count })` (i18next.com/translation-function/essentials); next-intl `useTranslations(namespace)`
 * and nested keys (next-intl.dev/docs/usage/messages), `getTranslations(namespace | { locale, namespace })`
 * (next-intl 4.8 getTranslations.d.ts); react-intl's FormattedMessage formats `{ id, description, defaultMessage }`
 * with `values` (react-intl 10.1 src/components/message.js), `defineMessages` returns its argument (server.d.ts).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { constantAt, importedAs, withLocals, type FileBindings, type Location, type MessageRequest } from './bindings.js';
import { calleeName, forEachChild, propertyKeyName, unwrapExpression, type Node } from './estree.js';
import { parseMessage, type PlaceholderValue } from './messages.js';
import type { CallContext } from './sources.js';
import { memberNode, scopedNode, textNode } from './synthetic.js';
import type { Range, TextPart } from './types.js';

type Library = MessageRequest['library'];

interface Translator {
  library: Library;
  namespaces: string[];
  keyPrefix?: string;
}

const I18N_INSTANCE = /^(?:i18n|i18next|i18nInstance|i18nextInstance)$/;
const INTL_OBJECT = /^intl$/;
const I18NEXT_HOOKS = new Set(['useTranslation']);
/** Tolgee's SDKs (`@tolgee/react`, and `@tolgee/web` under it). */
const TOLGEE = /^@tolgee\//;
const NEXT_INTL = new Set(['useTranslations', 'getTranslations', 'createTranslator']);
/** Every library hook a translator comes from (translatorOfHook reads each). */
const KNOWN_HOOKS = new Set([...I18NEXT_HOOKS, ...NEXT_INTL, 'useIntl', 'createIntl', 'useTranslate']);

function importOf(bindings: FileBindings, local: string): { source: string; imported: string } | undefined {
  return importedAs(bindings.imports, local);
}

function stringOf(node: Node | undefined, bindings: FileBindings, context: CallContext): string | undefined {
  if (!node) return undefined;
  const value = context.evaluate(node, bindings);
  return value.ok && typeof value.value === 'string' ? value.value : undefined;
}

function stringsOf(node: Node | undefined, bindings: FileBindings, context: CallContext): string[] | undefined {
  if (!node) return [];
  const located = context.locate(node, bindings);
  if (located.ok && located.node.type === 'ArrayExpression') {
    const out: string[] = [];
    for (const element of located.node.elements) {
      const value = element && element.type !== 'SpreadElement' ? stringOf(element, located.bindings, context) : undefined;
      if (value === undefined) return undefined;
      out.push(value);
    }
    return out;
  }
  const single = stringOf(node, bindings, context);
  return single === undefined ? undefined : [single];
}

/** The packages whose translation hooks a project may import under another name or wrap in a hook of its own. */
const HOOK_PACKAGES = /^(?:react-i18next|next-i18next|next-intl(?:\/server)?|react-intl|@tolgee\/react)$/;
/** Names a project's translation hook goes by (`useAppTranslation`, `useI18n`, `getServerTranslations`): others are not followed. */
const HOOK_NAME = /^(?:use|get|create)[A-Z]/;
/** How many project hooks deep a call is followed to the library's hook (a wrapper of a wrapper). */
const MAX_WRAPPERS = 4;
/** The look-up a project hook is remembered for when it is not a translation library's hook (ExternalValues.notA). */
const NOT_A_TRANSLATION_HOOK = 'translation-hook';

/** An argument of a hook call, with the bindings to read it in (a wrapper's own, or its caller's). */
type Argument = { node: Node; bindings: FileBindings } | undefined;

/** A call as the translation library's hook it comes to: its name there, its arguments, and its package when known. */
interface HookCall {
  name: string;
  args: Argument[];
  source?: string | undefined;
}

/**
 * What a hook call comes to in the translation library: the call itself, or, for a hook the project defines, the
 * library's hook it stands for. Teams rename and wrap the hooks: `import { useTranslation as useT }`, a module's
 * `export const useI18n = useTranslations`, or a hook that fixes the namespace or passes its own on
 * (`export function useConsentTranslation() { return useT(['consent', 'common']) }`,
 * `export const useScopedI18n = (scope: string) => useTranslations(scope)`, as nocobase's plugins and next-intl apps
 * write them). A wrapper is read when its body is that one call, its parameters standing for the caller's arguments,
 * in the file itself or in the module it is imported from, which imports the library's hook (the text pre-filter
 * looks there, src/engine/borrowed-copy.ts); anything else a hook does (a context, a hook of its own) leaves the call
 * as written, read by its name.
 */
function hookCall(call: TSESTree.CallExpression, bindings: FileBindings, context: CallContext, depth = 0, crossed = false): HookCall {
  const args = call.arguments.map((node): Argument => ({ node: node as Node, bindings }));
  const written: HookCall = { name: calleeName(call) ?? '', args };
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'Identifier' || bindings.locals?.has(callee.name)) return written;
  const definition = hookDefinition(callee.name, callee.range, bindings, depth, crossed);
  if (!definition) return written;
  if ('library' in definition) return { name: definition.library, args, source: definition.source };
  const body = onlyCall(definition.fn);
  if (!body) return written;
  const inner = hookCall(body, calledScope(call, definition, bindings), context, depth + 1, crossed || definition.bindings !== bindings);
  return KNOWN_HOOKS.has(inner.name) ? inner : written;
}

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;
type HookDefinition = { library: string; source: string } | { fn: FunctionNode; bindings: FileBindings };

/** A project hook's bindings as one call sees them: its parameters stand for what the call passes (or their defaults). */
function calledScope(call: TSESTree.CallExpression, definition: { fn: FunctionNode; bindings: FileBindings }, bindings: FileBindings): FileBindings {
  const given = new Map<string, Node>();
  for (const [index, param] of definition.fn.params.entries()) {
    const name = param.type === 'Identifier' ? param.name : param.type === 'AssignmentPattern' && param.left.type === 'Identifier' ? param.left.name : undefined;
    // A destructured or rest parameter: what the caller passes can't be placed, so none after it can either.
    if (name === undefined) break;
    const argument = call.arguments[index] as Node | undefined;
    if (argument) given.set(name, scopedNode(argument, bindings));
    else if (param.type === 'AssignmentPattern') given.set(name, scopedNode(param.right as Node, definition.bindings));
  }
  return withLocals(definition.bindings, given);
}

/**
 * What a name a hook is called by stands for: a translation library's hook, or a project hook whose body is one call.
 * `crossed`: the name is read in a module the call's file imports from, past which no other module is followed.
 */
function hookDefinition(name: string, at: Range, bindings: FileBindings, depth: number, crossed: boolean): HookDefinition | undefined {
  if (depth > MAX_WRAPPERS || !HOOK_NAME.test(name)) return undefined;
  const constant = constantAt(bindings, name, at);
  if (constant) {
    const value = unwrapExpression(constant);
    if (value.type === 'Identifier') return value.name === name ? undefined : hookDefinition(value.name, value.range, bindings, depth + 1, crossed);
    return isFunction(value) ? { fn: value, bindings } : undefined;
  }
  const imported = importOf(bindings, name);
  if (!imported || constant === null) return undefined;
  if (HOOK_PACKAGES.test(imported.source)) return KNOWN_HOOKS.has(imported.imported) ? { library: imported.imported, source: imported.source } : undefined;
  // The name the module exports must be a hook's too (the text pre-filter looks for those, src/engine/borrowed-copy.ts).
  if (crossed || (imported.imported !== 'default' && !HOOK_NAME.test(imported.imported))) return undefined;
  const binding = { local: name, ...imported };
  if (bindings.external?.notA?.(NOT_A_TRANSLATION_HOOK, binding, bindings)) return undefined;
  const found = bindings.external?.imported(binding, bindings);
  const value = found && unwrapExpression(found.node);
  const definition = !found || !value ? undefined : value.type === 'Identifier' ? hookDefinition(value.name, value.range, found.bindings, depth + 1, true) : isFunction(value) ? { fn: value, bindings: found.bindings } : undefined;
  // Only what the module settles is remembered: a wrapper cut short by the depth limit may be one from closer by.
  if (!definition && found && depth < MAX_WRAPPERS) bindings.external?.rememberNotA?.(NOT_A_TRANSLATION_HOOK, binding, bindings);
  return definition;
}

function isFunction(node: Node): node is FunctionNode {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';
}

/** The call a function's body is, and nothing else (`() => useT('ns')`, `function useI18n(scope) { return useTranslations(scope) }`). */
function onlyCall(fn: FunctionNode): TSESTree.CallExpression | undefined {
  const returned = fn.body.type !== 'BlockStatement' ? fn.body : fn.body.body.length === 1 && fn.body.body[0]?.type === 'ReturnStatement' ? fn.body.body[0].argument : undefined;
  const call = returned && unwrapExpression(returned as Node);
  return call?.type === 'CallExpression' ? call : undefined;
}

/**
 * What a hook returns under a key, when it returns one object literal and nothing else: cal.com's
 * `useLocale() { const { i18n, t } = useTranslation('common'); ...; return { i18n, t, isLocaleReady } }`. The value is
 * read in the hook's scope, as the call it comes from and the member of that call it is (`t` of
 * `useTranslation('common')`).
 */
function returnedMember(fn: FunctionNode, key: string, scope: FileBindings): { call: TSESTree.CallExpression; member: string | undefined } | undefined {
  const object = returnedObject(fn);
  if (!object) return undefined;
  const property = object.properties.find((p): p is TSESTree.Property => p.type === 'Property' && !p.computed && propertyKeyName(p) === key);
  const value = property && unwrapExpression(property.value as Node);
  if (value?.type !== 'Identifier' || scope.locals?.has(value.name)) return undefined;
  const bound = constantAt(scope, value.name, value.range);
  const init = bound && unwrapExpression(bound);
  if (init?.type === 'CallExpression') return { call: init, member: undefined };
  if (init?.type !== 'MemberExpression') return undefined;
  const object2 = unwrapExpression(init.object);
  return object2.type === 'CallExpression' ? { call: object2, member: propertyKeyName(init) } : undefined;
}

/** Each function's one returned object literal (null: it returns something else, or in more than one place), once per function. */
const returnedObjects = new WeakMap<FunctionNode, TSESTree.ObjectExpression | null>();

function returnedObject(fn: FunctionNode): TSESTree.ObjectExpression | null {
  let object = returnedObjects.get(fn);
  if (object === undefined) {
    let returned: Node | undefined;
    if (fn.body.type !== 'BlockStatement') returned = fn.body as Node;
    else {
      const returns = returnsOf(fn.body as Node);
      const last = fn.body.body[fn.body.body.length - 1];
      if (returns.length === 1 && returns[0] === last && last?.type === 'ReturnStatement') returned = (last.argument ?? undefined) as Node | undefined;
    }
    const value = returned && unwrapExpression(returned);
    returnedObjects.set(fn, (object = value?.type === 'ObjectExpression' ? value : null));
  }
  return object;
}

/** The return statements of a function's body, not those of the functions inside it. */
function returnsOf(body: Node): Node[] {
  const found: Node[] = [];
  const stack: Node[] = [body];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'ReturnStatement') found.push(node);
    if (node !== body && isFunction(node)) continue;
    forEachChild(node, (child) => void stack.push(child));
  }
  return found;
}

/** The names a translate function goes by in what a hook returns (`const { t } = useLocale()`, `{ formatMessage }`). */
const TRANSLATOR_MEMBERS = new Set(['t', 'formatMessage']);

/** The translator a project hook returns under `member` (see returnedMember), read in the hook's scope for this call. */
function translatorReturned(call: TSESTree.CallExpression, member: string, bindings: FileBindings, context: CallContext, depth: number, crossed: boolean): Translator | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'Identifier' || bindings.locals?.has(callee.name) || depth >= MAX_WRAPPERS) return undefined;
  const definition = hookDefinition(callee.name, callee.range, bindings, depth, crossed);
  if (!definition || 'library' in definition) return undefined;
  const scope = calledScope(call, definition, bindings);
  const returned = returnedMember(definition.fn, member, scope);
  return returned && translatorOfHook(returned.call, returned.member, scope, context, depth + 1, crossed || definition.bindings !== bindings);
}

/** The translator a hook call makes: `useTranslation('consent', { keyPrefix })`, `useTranslations('Consent')`, `useIntl()`. */
function translatorOfHook(call: TSESTree.CallExpression, member: string | undefined, bindings: FileBindings, context: CallContext, depth = 0, crossed = false): Translator | undefined {
  const hook = hookCall(call, bindings, context, depth, crossed);
  const { name } = hook;
  if (!KNOWN_HOOKS.has(name)) return member !== undefined && TRANSLATOR_MEMBERS.has(member) ? translatorReturned(call, member, bindings, context, depth, crossed) : undefined;
  const [first, second] = hook.args;
  if (I18NEXT_HOOKS.has(name) && (member === 't' || member === '0' || member === undefined)) {
    if (member === undefined) return undefined;
    const namespaces = first ? stringsOf(first.node, first.bindings, context) : [];
    if (!namespaces) return undefined;
    const options = second && context.locate(second.node, second.bindings);
    let keyPrefix: string | undefined;
    if (options?.ok && options.node.type === 'ObjectExpression') {
      for (const property of options.node.properties) if (property.type === 'Property' && propertyKeyName(property) === 'keyPrefix') keyPrefix = stringOf(property.value as Node, options.bindings, context);
    }
    return { library: 'i18next', namespaces, ...(keyPrefix ? { keyPrefix } : {}) };
  }
  if (NEXT_INTL.has(name) && member === undefined) {
    if (!first) return { library: 'next-intl', namespaces: [] };
    const located = context.locate(first.node, first.bindings);
    if (located.ok && located.node.type === 'ObjectExpression') {
      const namespace = located.node.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKeyName(p) === 'namespace');
      const value = namespace ? stringOf(namespace.value as Node, located.bindings, context) : undefined;
      return namespace && value === undefined ? undefined : { library: 'next-intl', namespaces: value ? [value] : [] };
    }
    const namespace = stringOf(first.node, first.bindings, context);
    return namespace === undefined ? undefined : { library: 'next-intl', namespaces: [namespace] };
  }
  if ((name === 'useIntl' || name === 'createIntl') && (member === 'formatMessage' || member === undefined)) return { library: 'formatjs', namespaces: [] };
  // Tolgee: `const { t } = useTranslate('ns')` (v5 and later), `const t = useTranslate()` (v4).
  const source = hook.source ?? (call.callee.type === 'Identifier' ? importOf(bindings, call.callee.name)?.source : undefined);
  if (name === 'useTranslate' && (member === 't' || member === undefined) && TOLGEE.test(source ?? '')) {
    const namespaces = first ? stringsOf(first.node, first.bindings, context) : [];
    return namespaces ? { library: 'tolgee', namespaces } : undefined;
  }
  return undefined;
}

/** What a callee such as `t`, `i18n.t`, `intl.formatMessage` or `t.rich` translates with. */
function translatorOf(callee: Node, bindings: FileBindings, context: CallContext): { translator: Translator; rich: boolean } | undefined {
  const node = unwrapExpression(callee);
  if (node.type === 'Identifier') {
    if (bindings.locals?.has(node.name)) return undefined;
    const bound = constantAt(bindings, node.name, node.range);
    if (bound) {
      let init = unwrapExpression(bound);
      if (init.type === 'AwaitExpression') init = unwrapExpression(init.argument);
      if (init.type === 'CallExpression') {
        const translator = translatorOfHook(init, undefined, bindings, context);
        return translator ? { translator, rich: false } : undefined;
      }
      if (init.type === 'MemberExpression') {
        const object = unwrapExpression(init.object);
        const key = propertyKeyName(init);
        if (object.type === 'CallExpression') {
          const translator = translatorOfHook(object, key, bindings, context);
          return translator ? { translator, rich: false } : undefined;
        }
      }
      return undefined;
    }
    const imported = importOf(bindings, node.name);
    if (imported && imported.source === 'i18next' && imported.imported === 't') return { translator: { library: 'i18next', namespaces: [] }, rich: false };
    return undefined;
  }
  if (node.type !== 'MemberExpression') return undefined;
  const key = propertyKeyName(node);
  const object = unwrapExpression(node.object);
  if (key === 't' && object.type === 'Identifier' && (I18N_INSTANCE.test(object.name) || importOf(bindings, object.name)?.source === 'i18next')) {
    return { translator: { library: 'i18next', namespaces: [] }, rich: false };
  }
  if (key === 'formatMessage' && object.type === 'Identifier') {
    const bound = constantAt(bindings, object.name, object.range);
    const init = bound && unwrapExpression(bound);
    if (init?.type === 'CallExpression') {
      const translator = translatorOfHook(init, undefined, bindings, context);
      return translator?.library === 'formatjs' ? { translator, rich: false } : undefined;
    }
    return INTL_OBJECT.test(object.name) ? { translator: { library: 'formatjs', namespaces: [] }, rich: false } : undefined;
  }
  if ((key === 'rich' || key === 'markup' || key === 'raw') && object.type === 'Identifier') {
    const inner = translatorOf(object, bindings, context);
    return inner?.translator.library === 'next-intl' ? { translator: inner.translator, rich: true } : undefined;
  }
  return undefined;
}

/** Placeholder values a call passes (`{ count, name: 'Ada' }`), each known or typed by how it is written. */
function placeholderValues(argument: Node | undefined, bindings: FileBindings, context: CallContext): (name: string) => PlaceholderValue | undefined {
  if (!argument) return () => undefined;
  const located = context.locate(argument, bindings);
  if (!located.ok || located.node.type !== 'ObjectExpression') return () => undefined;
  const object = located.node;
  return (name) => {
    for (const property of object.properties) {
      if (property.type !== 'Property' || propertyKeyName(property) !== name) continue;
      const value = context.evaluate(property.value as Node, located.bindings);
      if (value.ok && (typeof value.value === 'string' || typeof value.value === 'number')) return { known: true, text: String(value.value), ...(typeof value.value === 'number' ? { number: value.value } : {}) };
      const written = unwrapExpression(property.value as Node);
      return { known: false, name: expressionName(written) ?? name, numeric: looksNumeric(written) };
    }
    return undefined;
  };
}

function expressionName(node: Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') {
    const key = propertyKeyName(node);
    const object = expressionName(unwrapExpression(node.object));
    return object && key ? `${object}.${key}` : undefined;
  }
  if (node.type === 'CallExpression') return `${calleeName(node) ?? 'call'}()`;
  return undefined;
}

/** `items.length`, `n * 2`, `Math.max(...)`, `price.toFixed(2)`: written as a number. */
export function looksNumeric(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'Literal') return typeof value.value === 'number';
  if (value.type === 'MemberExpression') return propertyKeyName(value) === 'length' || propertyKeyName(value) === 'size';
  if (value.type === 'BinaryExpression') return ['-', '*', '/', '%', '**'].includes(value.operator);
  if (value.type === 'UnaryExpression') return value.operator === '-' || value.operator === '+';
  if (value.type === 'CallExpression') {
    const name = calleeName(value);
    if (value.callee.type === 'MemberExpression' && unwrapExpression(value.callee.object).type === 'Identifier' && (unwrapExpression(value.callee.object) as TSESTree.Identifier).name === 'Math') return true;
    return name === 'Number' || name === 'parseInt' || name === 'parseFloat' || name === 'toFixed' || name === 'toPrecision';
  }
  return false;
}

/** Split `ns:key` (i18next's namespace separator). */
function splitNamespace(key: string, translator: Translator): { key: string; namespaces: string[] } {
  if (translator.library !== 'i18next') return { key, namespaces: translator.namespaces };
  const colon = key.indexOf(':');
  if (colon > 0 && !key.slice(0, colon).includes(' ')) return { key: key.slice(colon + 1), namespaces: [key.slice(0, colon)] };
  return { key, namespaces: translator.namespaces };
}

/** The options object of an i18next call: `defaultValue`, `ns`, and the values themselves. */
function i18nextOptions(argument: Node | undefined, bindings: FileBindings, context: CallContext): { defaultValue?: string; ns?: string[]; count: boolean } {
  if (!argument) return { count: false };
  const asString = stringOf(argument, bindings, context);
  if (asString !== undefined) return { defaultValue: asString, count: false };
  const located = context.locate(argument, bindings);
  if (!located.ok || located.node.type !== 'ObjectExpression') return { count: false };
  const out: { defaultValue?: string; ns?: string[]; count: boolean } = { count: false };
  for (const property of located.node.properties) {
    if (property.type !== 'Property') continue;
    const key = propertyKeyName(property);
    if (key === 'defaultValue') {
      const value = stringOf(property.value as Node, located.bindings, context);
      if (value !== undefined) out.defaultValue = value;
    }
    if (key === 'ns') {
      const value = stringsOf(property.value as Node, located.bindings, context);
      if (value) out.ns = value;
    }
    if (key === 'count') out.count = true;
  }
  return out;
}

/**
 * The text a message request renders: the locale's message, else the default the code gives (what i18next and
 * FormatJS show for a missing key); undefined when neither says.
 */
function lookUp(request: MessageRequest, bindings: FileBindings, fallback: string | undefined): string | undefined {
  if (request.library === 'formatjs' && !request.key) return fallback;
  return bindings.external?.message?.(request, bindings) ?? fallback;
}

/**
 * A translation call as the text it renders on the first render: a text node with typed slots, or unknown
 * ('translation') when the key is not found. Undefined when the call is no translation honest-ui knows.
 */
export function translateCall(call: TSESTree.CallExpression, bindings: FileBindings, context: CallContext): Location | undefined {
  const callee = unwrapExpression(call.callee as Node);
  const translations = callee.type === 'MemberExpression' && propertyKeyName(callee) === 't' ? i18nJsTranslations(unwrapExpression(callee.object as Node), bindings, context) : undefined;
  if (translations) return i18nJsCall(call, translations, bindings, context);
  const found = translatorOf(call.callee, bindings, context);
  if (!found) return undefined;
  const { translator } = found;
  const unknown: Location = { ok: false, reason: 'translation' };
  const first = call.arguments[0];
  if (!first || first.type === 'SpreadElement') return unknown;
  if (translator.library === 'formatjs') {
    const descriptor = context.locate(first, bindings);
    if (!descriptor.ok || descriptor.node.type !== 'ObjectExpression') return unknown;
    const id = propertyString(descriptor.node, 'id', descriptor.bindings, context);
    const defaultMessage = propertyString(descriptor.node, 'defaultMessage', descriptor.bindings, context);
    const message = lookUp({ library: 'formatjs', key: id ?? '', namespaces: [] }, bindings, defaultMessage);
    if (message === undefined) return unknown;
    return { ok: true, node: textNode(parseMessage(message, 'icu', placeholderValues(call.arguments[1] as Node | undefined, bindings, context)), call.range), bindings, direct: false };
  }
  if (translator.library === 'tolgee') return tolgeeCall(call, translator, bindings, context) ?? unknown;
  const rawKey = stringOf(first, bindings, context);
  if (rawKey === undefined) return unknown;
  if (translator.library === 'next-intl') {
    const message = lookUp({ library: 'next-intl', key: rawKey, namespaces: translator.namespaces }, bindings, undefined);
    if (message === undefined) return unknown;
    return { ok: true, node: textNode(parseMessage(message, 'icu', placeholderValues(call.arguments[1] as Node | undefined, bindings, context)), call.range), bindings, direct: false };
  }
  const options = i18nextOptions(call.arguments[1] as Node | undefined, bindings, context);
  const split = splitNamespace(rawKey, translator);
  const key = translator.keyPrefix ? `${translator.keyPrefix}.${split.key}` : split.key;
  const message = lookUp({ library: 'i18next', key, namespaces: options.ns ?? split.namespaces, ...(options.count ? { plural: true } : {}) }, bindings, options.defaultValue);
  if (message === undefined) return unknown;
  return { ok: true, node: textNode(parseMessage(message, 'i18next', placeholderValues(call.arguments[1] as Node | undefined, bindings, context)), call.range), bindings, direct: false };
}

/**
 * i18n-js (`const i18n = new I18n(translations)`, as Expo's localization guide writes it): where `object` is such an
 * instance, its translations (located; unknown when none are given to the constructor). Undefined for anything else.
 */
function i18nJsTranslations(object: Node, bindings: FileBindings, context: CallContext): Location | undefined {
  if (object.type !== 'Identifier') return undefined;
  const instance = context.locate(object, bindings);
  if (!instance.ok || instance.node.type !== 'NewExpression') return undefined;
  const constructor = unwrapExpression(instance.node.callee as Node);
  const imported = constructor.type === 'Identifier' ? importOf(instance.bindings, constructor.name) : undefined;
  if (imported?.source !== 'i18n-js' || imported.imported !== 'I18n') return undefined;
  const translations = instance.node.arguments[0];
  return translations && translations.type !== 'SpreadElement' ? context.locate(translations as Node, instance.bindings) : { ok: false, reason: 'translation' };
}

/**
 * i18n-js's `i18n.t('scope.key', { defaultValue, ...placeholders })`: the message at that path of the translations
 * of the locale the file is read in, else of i18n-js's default locale, `en` (the device's locale is known only at
 * run time). Placeholders are written `%{name}` or `{{name}}` (i18n-js's default placeholder pattern).
 */
function i18nJsCall(call: TSESTree.CallExpression, translations: Location, bindings: FileBindings, context: CallContext): Location {
  const unknown: Location = { ok: false, reason: 'translation' };
  const key = stringOf(call.arguments[0] as Node | undefined, bindings, context);
  if (key === undefined || !translations.ok) return unknown;
  let node: Node = scopedNode(translations.node, translations.bindings);
  for (const part of [bindings.external?.locale ?? 'en', ...key.split('.')]) node = memberNode(node, part, call.range);
  const located = context.locate(node, translations.bindings);
  const value = located.ok ? context.evaluate(located.node, located.bindings) : undefined;
  const options = call.arguments[1] && call.arguments[1].type !== 'SpreadElement' ? context.locate(call.arguments[1] as Node, bindings) : undefined;
  const fallback = options?.ok && options.node.type === 'ObjectExpression' ? propertyString(options.node, 'defaultValue', options.bindings, context) : undefined;
  const message = value?.ok && typeof value.value === 'string' ? value.value : fallback;
  if (message === undefined) return unknown;
  const written = message.replace(/%\{([^}]*)\}/g, '{{$1}}');
  return { ok: true, node: textNode(parseMessage(written, 'i18next', placeholderValues(call.arguments[1] as Node | undefined, bindings, context)), call.range), bindings, direct: false };
}

/**
 * Tolgee's `t`: `t('key')`, `t('key', 'Default')`, `t('key', 'Default', { params })`, `t('key', { params, ns,
 * defaultValue })` or `t({ key, defaultValue, params, ns })` (Tolgee's t function API). Its messages are ICU.
 */
function tolgeeCall(call: TSESTree.CallExpression, translator: Translator, bindings: FileBindings, context: CallContext): Location | undefined {
  const [first, second, third] = call.arguments.map((argument) => (argument.type === 'SpreadElement' ? undefined : (argument as Node)));
  if (!first) return undefined;
  let key = stringOf(first, bindings, context);
  let defaultValue: string | undefined;
  let options: Node | undefined;
  if (key === undefined) {
    // The props object: `t({ key: 'title', defaultValue: 'Welcome', params: { name } })`.
    const props = context.locate(first, bindings);
    if (!props.ok || props.node.type !== 'ObjectExpression') return undefined;
    key = propertyString(props.node, 'key', props.bindings, context);
    defaultValue = propertyString(props.node, 'defaultValue', props.bindings, context);
    options = propertyNode(props.node, 'params') ?? props.node;
    const ns = stringsOf(propertyNode(props.node, 'ns'), props.bindings, context);
    return tolgeeMessage(call, key, ns ?? translator.namespaces, defaultValue, options, bindings, context);
  }
  const defaultText = second ? stringOf(second, bindings, context) : undefined;
  if (defaultText !== undefined) {
    defaultValue = defaultText;
    options = third;
  } else {
    options = second;
  }
  let namespaces = translator.namespaces;
  const located = options ? context.locate(options, bindings) : undefined;
  if (located?.ok && located.node.type === 'ObjectExpression') {
    defaultValue ??= propertyString(located.node, 'defaultValue', located.bindings, context);
    namespaces = stringsOf(propertyNode(located.node, 'ns'), located.bindings, context) ?? namespaces;
  }
  return tolgeeMessage(call, key, namespaces, defaultValue, options, bindings, context);
}

function tolgeeMessage(call: TSESTree.CallExpression, key: string | undefined, namespaces: readonly string[], defaultValue: string | undefined, params: Node | undefined, bindings: FileBindings, context: CallContext): Location | undefined {
  if (key === undefined) return undefined;
  const message = lookUp({ library: 'tolgee', key, namespaces: namespaces.slice(0, 1) }, bindings, defaultValue);
  if (message === undefined) return undefined;
  return { ok: true, node: textNode(parseMessage(message, 'icu', placeholderValues(params, bindings, context)), call.range), bindings, direct: false };
}

function propertyNode(object: TSESTree.ObjectExpression, key: string): Node | undefined {
  for (const property of object.properties) if (property.type === 'Property' && propertyKeyName(property) === key) return property.value as Node;
  return undefined;
}

function propertyString(object: TSESTree.ObjectExpression, key: string, bindings: FileBindings, context: CallContext): string | undefined {
  for (const property of object.properties) if (property.type === 'Property' && propertyKeyName(property) === key) return stringOf(property.value as Node, bindings, context);
  return undefined;
}

/** The attribute's value node (`i18nKey="x"`, `values={{ n }}`), or true for a bare attribute. */
function attribute(opening: TSESTree.JSXOpeningElement, name: string): Node | undefined {
  for (const item of opening.attributes) {
    if (item.type !== 'JSXAttribute' || item.name.type !== 'JSXIdentifier' || item.name.name !== name) continue;
    const value = item.value;
    if (!value) return undefined;
    if (value.type === 'JSXExpressionContainer') return value.expression.type === 'JSXEmptyExpression' ? undefined : (value.expression as Node);
    return value as Node;
  }
  return undefined;
}

/**
 * The text `<Trans i18nKey="...">` (react-i18next) or `<FormattedMessage id="..." defaultMessage="..." />`
 * (react-intl) renders: parts with slots, 'unknown' when the message is not found, undefined when the element is
 * neither. `childrenText` is the Trans element's own children as text (its default value).
 */
export function elementMessage(
  opening: TSESTree.JSXOpeningElement,
  component: { importSource: string | undefined; importedName: string },
  bindings: FileBindings,
  context: CallContext,
  childrenText: () => string | undefined,
): TextPart[] | 'unknown' | undefined {
  const source = component.importSource ?? '';
  if (component.importedName === 'Trans' && /^(?:react-i18next|next-i18next)$/.test(source)) {
    const keyNode = attribute(opening, 'i18nKey');
    const rawKey = keyNode ? stringOf(keyNode, bindings, context) : childrenText();
    if (rawKey === undefined) return 'unknown';
    const tNode = attribute(opening, 't');
    const fromT = tNode ? translatorOf(tNode, bindings, context)?.translator : undefined;
    const ns = stringsOf(attribute(opening, 'ns'), bindings, context);
    const translator: Translator = { library: 'i18next', namespaces: ns && ns.length > 0 ? ns : (fromT?.namespaces ?? []), ...(fromT?.keyPrefix ? { keyPrefix: fromT.keyPrefix } : {}) };
    const split = splitNamespace(rawKey, translator);
    const key = translator.keyPrefix ? `${translator.keyPrefix}.${split.key}` : split.key;
    const message = lookUp({ library: 'i18next', key, namespaces: split.namespaces, ...(attribute(opening, 'count') ? { plural: true } : {}) }, bindings, childrenText() ?? stringOf(attribute(opening, 'defaults'), bindings, context));
    if (message === undefined) return 'unknown';
    return parseMessage(message, 'i18next', placeholderValues(attribute(opening, 'values'), bindings, context));
  }
  if (component.importedName === 'T' && TOLGEE.test(source)) {
    // `<T keyName="key" defaultValue="..." params={{ n }} ns="ns" />`; Tolgee 4 took the children as the default
    // (or, with no keyName, as the key) and named the values `parameters`.
    const keyNode = attribute(opening, 'keyName');
    const key = keyNode ? stringOf(keyNode, bindings, context) : childrenText();
    if (key === undefined) return 'unknown';
    const fallback = stringOf(attribute(opening, 'defaultValue'), bindings, context) ?? (keyNode ? childrenText() : undefined);
    const ns = stringsOf(attribute(opening, 'ns'), bindings, context) ?? [];
    const message = lookUp({ library: 'tolgee', key, namespaces: ns.slice(0, 1) }, bindings, fallback);
    if (message === undefined) return 'unknown';
    return parseMessage(message, 'icu', placeholderValues(attribute(opening, 'params') ?? attribute(opening, 'parameters'), bindings, context));
  }
  if (component.importedName === 'Trans' && source === '@lingui/react') {
    // Lingui's runtime `<Trans id message values>` (what its macro compiles to): the source text when it is written,
    // else a catalog's message for the id, unknown. (The macro's `<Trans>children</Trans>` draws its children.)
    const message = stringOf(attribute(opening, 'message'), bindings, context);
    return message === undefined ? 'unknown' : parseMessage(message, 'icu', placeholderValues(attribute(opening, 'values'), bindings, context));
  }
  if ((component.importedName === 'FormattedMessage' || component.importedName === 'FormattedHTMLMessage') && /^(?:react-intl|@formatjs\/)/.test(source)) {
    let id = stringOf(attribute(opening, 'id'), bindings, context);
    let defaultMessage = stringOf(attribute(opening, 'defaultMessage'), bindings, context);
    // `<FormattedMessage {...messages.accept} />`
    for (const item of opening.attributes) {
      if (item.type !== 'JSXSpreadAttribute') continue;
      const descriptor = context.locate(item.argument, bindings);
      if (!descriptor.ok || descriptor.node.type !== 'ObjectExpression') return 'unknown';
      id ??= propertyString(descriptor.node, 'id', descriptor.bindings, context);
      defaultMessage ??= propertyString(descriptor.node, 'defaultMessage', descriptor.bindings, context);
    }
    const message = lookUp({ library: 'formatjs', key: id ?? '', namespaces: [] }, bindings, defaultMessage);
    if (message === undefined) return 'unknown';
    return parseMessage(message, 'icu', placeholderValues(attribute(opening, 'values'), bindings, context));
  }
  return undefined;
}
