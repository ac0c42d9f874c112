/**
 * What the model builder needs from form libraries and lists to render a tree the way the first render does:
 * react-hook-form's `{...register('marketing')}` (the input starts at the form's default), its `<Controller
 * render={({ field }) => ...} />` (the render function's element, `field.value` at the default), Formik's
 * `<Formik initialValues>{(formik) => ...}</Formik>`, `<Field type="checkbox" name>` and
 * `{...formik.getFieldProps('x')}`, and `.map` over a constant list (one element per item, the item bound).
 * Sources are listed in src/model/sources.ts; Formik's Field renders an `<input>` by default and binds `checked`
 * for `type="checkbox"` (formik.org/docs/api/field).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { firstRenderContext, locate, type FileBindings } from './bindings.js';
import { calleeName, propertyKeyName, unwrapExpression, type Node } from './estree.js';
import { atPath, controllerArgument, formDefaults, formMember, paramLocals, type CallContext } from './sources.js';
import { defaultNode, literalNode, objectNode, scopedNode, unknownNode } from './synthetic.js';

export { firstRenderContext };

/** Items a constant list may render before the builder stops unrolling it (the list then renders as before). */
export const MAX_LIST_ITEMS = 50;

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

export interface ListItem {
  locals: Map<string, Node>;
}

export interface ListRendering {
  fn: FunctionNode;
  items: ListItem[];
}

function isFunction(node: Node | undefined): node is FunctionNode {
  return !!node && (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression');
}

/** The expressions a function renders: an arrow's body, or the block itself (its returns are found by the walk). */
export function renderedBody(fn: FunctionNode): Node {
  return fn.body;
}

/**
 * `LIST.map((item, index) => <li/>)` over a list the first render knows (a constant array, local or imported, or
 * `Object.entries/keys/values` of a constant object): each item with the callback's parameters bound to it.
 */
export function listRendering(expression: Node, bindings: FileBindings): ListRendering | undefined {
  const call = unwrapExpression(expression);
  if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || propertyKeyName(call.callee) !== 'map') return undefined;
  const fn = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
  if (!isFunction(fn)) return undefined;
  const elements = listElements(call.callee.object, bindings);
  if (!elements || elements.values.length > MAX_LIST_ITEMS) return undefined;
  const items: ListItem[] = [];
  for (const [index, value] of elements.values.entries()) {
    const locals = new Map<string, Node>();
    const [item, position] = fn.params;
    if (item) {
      const bound = paramLocals(item as Node, value);
      if (!bound) return undefined;
      for (const [name, node] of bound) locals.set(name, node);
    }
    if (position?.type === 'Identifier') locals.set(position.name, literalNode(index, position.range));
    items.push({ locals });
  }
  return { fn, items };
}

/** The item nodes of a list, each scoped to where it is written. */
function listElements(expression: Node, bindings: FileBindings): { values: Node[] } | undefined {
  const node = unwrapExpression(expression);
  // Object.entries(X), Object.keys(X), Object.values(X)
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && unwrapExpression(node.callee.object).type === 'Identifier' && (unwrapExpression(node.callee.object) as TSESTree.Identifier).name === 'Object') {
    const how = propertyKeyName(node.callee);
    const argument = node.arguments[0];
    if (!argument || argument.type === 'SpreadElement' || (how !== 'entries' && how !== 'keys' && how !== 'values')) return undefined;
    const located = locate(argument, bindings, { depth: 0, hops: 0, firstRender: true });
    if (!located.ok || located.node.type !== 'ObjectExpression') return undefined;
    const values: Node[] = [];
    for (const property of located.node.properties) {
      if (property.type !== 'Property' || property.kind !== 'init' || property.method) return undefined;
      const key = propertyKeyName(property);
      if (key === undefined) return undefined;
      const keyNode = literalNode(key, property.range);
      const valueNode = scopedNode(property.value as Node, located.bindings);
      values.push(how === 'keys' ? keyNode : how === 'values' ? valueNode : ({ type: 'ArrayExpression', elements: [keyNode, valueNode], range: property.range } as unknown as Node));
    }
    return { values };
  }
  const located = locate(node, bindings, { depth: 0, hops: 0, firstRender: true });
  if (!located.ok || located.node.type !== 'ArrayExpression') return undefined;
  const values: Node[] = [];
  for (const element of located.node.elements) {
    if (!element || element.type === 'SpreadElement') return undefined;
    values.push(scopedNode(element, located.bindings));
  }
  return { values };
}

function attributeNode(opening: TSESTree.JSXOpeningElement, name: string): Node | undefined {
  for (const item of opening.attributes) {
    if (item.type !== 'JSXAttribute' || item.name.type !== 'JSXIdentifier' || item.name.name !== name) continue;
    const value = item.value;
    if (!value) return literalNode(true, item.range);
    if (value.type === 'JSXExpressionContainer') return value.expression.type === 'JSXEmptyExpression' ? undefined : (value.expression as Node);
    return value as Node;
  }
  return undefined;
}

/**
 * react-hook-form's `<Controller name="x" control={control} render={({ field }) => ...} />`: the function it renders
 * with `field.value` at the form's default for `name`. `controller` says the element is react-hook-form's own;
 * otherwise it counts as one only when its `control` is a form's (shadcn/ui's `<FormField>` passes it on).
 */
export function controllerRender(opening: TSESTree.JSXOpeningElement, bindings: FileBindings, controller: boolean): { fn: FunctionNode; locals: Map<string, Node> } | undefined {
  const render = attributeNode(opening, 'render');
  const fn = render && unwrapExpression(render);
  if (!isFunction(fn) || !fn.params[0]) return undefined;
  const context = firstRenderContext();
  const control = attributeNode(opening, 'control');
  const member = control ? formMember(control, bindings, context) : undefined;
  const hook = member?.hook;
  if (!controller && !hook) return undefined;
  const nameNode = attributeNode(opening, 'name');
  const name = nameNode ? context.evaluate(nameNode, bindings) : undefined;
  const defaultValue = attributeNode(opening, 'defaultValue');
  let argument: Node;
  if (name?.ok && typeof name.value === 'string' && (hook || defaultValue)) {
    const defaults = defaultValue ? context.locate(defaultValue, bindings) : formDefaults(hook as TSESTree.CallExpression, member?.bindings ?? bindings, context);
    argument = defaultValue ? controllerArgument(wrap(defaults, name.value, fn.range), name.value, fn.range, context) : controllerArgument(defaults, name.value, fn.range, context);
  } else {
    argument = objectNode([['field', objectNode([['value', unknownNode('dynamic-expression', fn.range)]], fn.range)]], fn.range);
  }
  const locals = paramLocals(fn.params[0] as Node, argument);
  return locals ? { fn, locals } : undefined;
}

/** A Controller's own `defaultValue`, as the object holding the field. */
function wrap(located: ReturnType<CallContext['locate']>, name: string, range: TSESTree.Range): ReturnType<CallContext['locate']> {
  if (!located.ok) return located;
  const path = name.split('.');
  let node: Node = scopedNode(located.node, located.bindings);
  for (let i = path.length - 1; i >= 0; i--) node = objectNode([[path[i] as string, node]], range);
  return { ok: true, node, bindings: located.bindings, direct: false };
}

/** Formik's `<Formik initialValues>{(formik) => ...}</Formik>`: the render function's argument, `values` at the initial values. */
export function formikChildArgument(opening: TSESTree.JSXOpeningElement, bindings: FileBindings, range: TSESTree.Range): Node {
  const initial = attributeNode(opening, 'initialValues');
  const located = initial ? locate(initial, bindings, { depth: 0, hops: 0, firstRender: true }) : undefined;
  // enableReinitialize: the values follow the prop after it changes; the first render still starts from it.
  const values = located?.ok ? scopedNode(located.node, located.bindings) : unknownNode('dynamic-expression', range);
  return objectNode([['values', values], ['initialValues', values], ['errors', objectNode([], range)], ['touched', objectNode([], range)]], range);
}

/** The locals a render function binds when called with `argument`. */
export function renderFunctionArgument(fn: FunctionNode, argument: Node): Map<string, Node> | undefined {
  const param = fn.params[0];
  return param ? paramLocals(param as Node, argument) : new Map();
}

/** An attribute the model adds as a library would set it: name and the value node to read. */
export interface AddedAttribute {
  name: string;
  value: Node;
  /**
   * react-hook-form's `register` whose default is not known to be a boolean: `defaultValue` on a text field, but
   * `defaultChecked` on a checkbox, switch or radio (a checkbox's `defaultValue` is not its state). The element's
   * kind is known only once all its attributes are read (`type="checkbox"` may come after the spread).
   */
  checkedOnControl?: true;
}

/**
 * Attributes a spread sets on a form control: react-hook-form's `{...register('x')}` (the DOM input starts at the
 * default: `defaultChecked` for a boolean, `defaultValue` otherwise), Formik's `{...formik.getFieldProps('x')}`
 * / `{...getFieldProps({ name: 'x', type: 'checkbox' })}` and Mantine's `{...form.getInputProps('x', { type:
 * 'checkbox' })}` (`checked` for a checkbox field, `value` otherwise).
 */
export function formAttributes(argument: Node, bindings: FileBindings): AddedAttribute[] | undefined {
  const call = unwrapExpression(argument);
  if (call.type !== 'CallExpression') return undefined;
  const context = firstRenderContext();
  const member = formMember(call.callee, bindings, context);
  if (!member || (member.name !== 'register' && member.name !== 'getFieldProps' && member.name !== 'getInputProps')) return undefined;
  const first = call.arguments[0];
  if (!first || first.type === 'SpreadElement') return undefined;
  let nameNode: Node | undefined = first;
  let checkbox = false;
  // Mantine: getInputProps('marketing', { type: 'checkbox' }).
  const second = call.arguments[1];
  if (member.name === 'getInputProps' && second && second.type !== 'SpreadElement') {
    const options = context.locate(second, bindings);
    if (options.ok && options.node.type === 'ObjectExpression') {
      for (const property of options.node.properties) {
        if (property.type !== 'Property' || propertyKeyName(property) !== 'type') continue;
        const type = context.evaluate(property.value as Node, options.bindings);
        checkbox = type.ok && type.value === 'checkbox';
      }
    }
  }
  const options = context.locate(first, bindings);
  if (options.ok && options.node.type === 'ObjectExpression') {
    nameNode = undefined;
    for (const property of options.node.properties) {
      if (property.type !== 'Property') continue;
      const key = propertyKeyName(property);
      if (key === 'name') nameNode = property.value as Node;
      if (key === 'type') {
        const type = context.evaluate(property.value as Node, options.bindings);
        checkbox = type.ok && type.value === 'checkbox';
      }
    }
  }
  const name = nameNode ? context.evaluate(nameNode, bindings) : undefined;
  if (!name?.ok || typeof name.value !== 'string') return undefined;
  const defaults = formDefaults(member.hook, member.bindings, context);
  const value = atPath(defaults, name.value, context);
  const valueNode = value.ok ? defaultNode(`${member.name === 'register' ? 'defaultValues' : 'initialValues'}.${name.value}`, scopedNode(value.node, value.bindings)) : unknownNode(value.reason, call.range);
  const attributes: AddedAttribute[] = [{ name: 'name', value: literalNode(name.value, call.range) }];
  if (member.name === 'register') {
    const evaluated = context.evaluate(valueNode, bindings);
    const boolean = evaluated.ok && typeof evaluated.value === 'boolean';
    attributes.push(boolean ? { name: 'defaultChecked', value: valueNode } : { name: 'defaultValue', value: valueNode, checkedOnControl: true });
  } else {
    attributes.push({ name: checkbox ? 'checked' : 'value', value: valueNode });
  }
  return attributes;
}

/** Formik's `<Field name="x" type="checkbox" />` inside `<Formik initialValues>`: its checked state (or value). */
export function formikFieldAttributes(opening: TSESTree.JSXOpeningElement, formik: { opening: TSESTree.JSXOpeningElement; bindings: FileBindings } | undefined, bindings: FileBindings): AddedAttribute[] {
  const nameNode = attributeNode(opening, 'name');
  const context = firstRenderContext();
  const name = nameNode ? context.evaluate(nameNode, bindings) : undefined;
  if (!name?.ok || typeof name.value !== 'string') return [];
  const type = attributeNode(opening, 'type');
  const typeValue = type ? context.evaluate(type, bindings) : undefined;
  const checkbox = typeValue?.ok && typeValue.value === 'checkbox';
  let value: Node;
  if (formik) {
    const initial = attributeNode(formik.opening, 'initialValues');
    const located = initial ? context.locate(initial, formik.bindings) : ({ ok: false, reason: 'dynamic-expression' } as const);
    const field = atPath(located, name.value, context);
    value = field.ok ? defaultNode(`initialValues.${name.value}`, scopedNode(field.node, field.bindings)) : unknownNode(field.reason, opening.range);
  } else value = unknownNode('dynamic-expression', opening.range);
  // A checkbox whose Field has a `value` belongs to an array of choices: checked when the array holds it.
  if (checkbox && attributeNode(opening, 'value')) return [];
  return [{ name: checkbox ? 'checked' : 'value', value }];
}

/**
 * antd's `<Form.Item name="marketing" valuePropName="checked"><Switch /></Form.Item>`: the item hands its one child
 * the field's value as `checked` (ant.design/components/form#formitem), over the child's own. The field starts at
 * the enclosing `<Form initialValues>` at `name` (an array is a path), else at the item's own `initialValue` (the
 * form's wins where both are set), else it is empty: unchecked. Undefined where the item binds no `checked`; unknown
 * where the form can't be seen (a `<Form>` in another component) or its values are computed at run time.
 */
export function antdFormItemChecked(item: TSESTree.JSXOpeningElement, itemBindings: FileBindings, form: { opening: TSESTree.JSXOpeningElement; bindings: FileBindings } | undefined): Node | undefined {
  const context = firstRenderContext();
  const valuePropName = attributeNode(item, 'valuePropName');
  const valueProp = valuePropName ? context.evaluate(valuePropName, itemBindings) : undefined;
  const nameNode = attributeNode(item, 'name');
  if (!valueProp?.ok || valueProp.value !== 'checked' || !nameNode) return undefined;
  const nameValue = unwrapExpression(nameNode);
  // `name={['consent', 'offers']}`: a path, each part read on its own.
  const evaluated = (nameValue.type === 'ArrayExpression' ? nameValue.elements : [nameValue]).map((part) => (part && part.type !== 'SpreadElement' ? context.evaluate(part as Node, itemBindings) : undefined));
  const parts: unknown[] | undefined = evaluated.every((part) => part?.ok) ? evaluated.map((part) => (part?.ok ? part.value : undefined)) : undefined;
  const path = parts?.every((part) => typeof part === 'string' || typeof part === 'number') ? parts.map(String) : undefined;
  // A key with a dot is one key to antd, and a path to atPath.
  if (!path || path.length === 0 || path.some((part) => part.includes('.')) || !form) return unknownNode('dynamic-expression', item.range);
  const initialValues = attributeNode(form.opening, 'initialValues');
  if (initialValues) {
    const located = context.locate(initialValues, form.bindings);
    const field = atPath(located, path.join('.'), context);
    if (field.ok) return defaultNode(`initialValues.${path.join('.')}`, scopedNode(field.node, field.bindings));
    if (!lacksKey(located, path[0] as string)) return unknownNode(field.reason, item.range);
  }
  const own = attributeNode(item, 'initialValue');
  if (!own) return literalNode(false, item.range);
  const located = context.locate(own, itemBindings);
  return located.ok ? defaultNode('initialValue', scopedNode(located.node, located.bindings)) : unknownNode(located.reason, item.range);
}

/** An object literal, with no spread, that has no property `key`: the field is not among the initial values. */
function lacksKey(located: ReturnType<CallContext['locate']>, key: string): boolean {
  if (!located.ok || located.node.type !== 'ObjectExpression') return false;
  return located.node.properties.every((property) => property.type === 'Property' && !property.computed && propertyKeyName(property) !== key);
}

/** Whether a call is `useFormik(...)` (for `<FormikProvider value={formik}>`). */
export function isFormikHook(node: Node | undefined): boolean {
  const value = node && unwrapExpression(node);
  return value?.type === 'CallExpression' && calleeName(value) === 'useFormik';
}
