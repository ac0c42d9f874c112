/**
 * Local components as a use site renders them: where a component is defined (a function, `memo(...)`,
 * `forwardRef(...)`, re-exports), the one JSX element it returns, and how the props the use site passes flow into
 * that element (`className`, `style`, `{...props}`, `children`). Pure: reading other files is
 * src/engine/components.ts's job, and nothing here runs the component. What can't be read statically (a class
 * component, a higher-order component, a root chosen at run time) is reported as unresolved, never guessed.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { FileBindings } from './bindings.js';
import { calleeName, forEachChild, propertyKeyName, unwrapExpression, type Node } from './estree.js';
import { defaultNode, scopedNode, unknownNode } from './synthetic.js';
import { mergeTailwindTokens } from './class-merge.js';
import type { Attribute, AttributeValue, ClassList, InlineStyle, Range, RenderedFrom, SourceLocation, UIElement, UIModel, UINode } from './types.js';

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

/** Calls that return the component they wrap, rendering the same element. */
const WRAPPERS = new Set(['memo', 'forwardRef', 'observer']);

const MAX_ALIAS_DEPTH = 8;

export type Definition =
  | { kind: 'function'; fn: FunctionNode }
  /** Defined in another module: `export { X } from './X'`, or a local name bound to an import. */
  | { kind: 'import'; source: string; name: string }
  /** Not found here, but `export * from '...'` may hold it. */
  | { kind: 'star'; sources: string[] }
  /** `node`: the call that made it (`styled.a\`...\``), for a reader that knows such calls (src/css/css-in-js.ts). */
  | { kind: 'unresolved'; detail: string; node?: Node };

function topLevel(program: TSESTree.Program): Node[] {
  return program.body.map((statement) =>
    (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') && statement.declaration ? statement.declaration : statement,
  );
}

/** What an expression that defines a component is: a function, possibly inside `memo`/`forwardRef`. */
function definitionOf(expression: Node, program: TSESTree.Program, depth: number): Definition {
  let node = unwrapExpression(expression);
  while (node.type === 'CallExpression' && WRAPPERS.has(calleeName(node) ?? '') && node.arguments[0]) node = unwrapExpression(node.arguments[0] as Node);
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') return { kind: 'function', fn: node };
  if (node.type === 'Identifier') return localDefinition(program, node.name, depth + 1);
  // `const DialogPortal = DialogPrimitive.Portal`, as shadcn/ui's dialog.tsx writes it: the package's component.
  const member = namespaceMember(node, program, depth);
  if (member) return member;
  if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') return { kind: 'unresolved', detail: 'a class component' };
  if (node.type === 'CallExpression' || node.type === 'TaggedTemplateExpression') return { kind: 'unresolved', detail: 'made by a higher-order function', node };
  return { kind: 'unresolved', detail: 'not a function component' };
}

/**
 * `Namespace.Part` where `Namespace` is a module imported whole (`import * as DialogPrimitive from
 * '@radix-ui/react-dialog'`): that module's export `Part`.
 */
function namespaceMember(node: Node, program: TSESTree.Program, depth: number): Definition | undefined {
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier') return undefined;
  const object = unwrapExpression(node.object as Node);
  if (object.type !== 'Identifier') return undefined;
  const namespace = localDefinition(program, object.name, depth + 1);
  return namespace.kind === 'import' && namespace.name === '*' ? { kind: 'import', source: namespace.source, name: node.property.name } : undefined;
}

/** The definition of a name declared in this module (or imported into it). */
export function localDefinition(program: TSESTree.Program, name: string, depth = 0): Definition {
  if (depth > MAX_ALIAS_DEPTH) return { kind: 'unresolved', detail: 'aliased too deeply' };
  for (const node of topLevel(program)) {
    if (node.type === 'FunctionDeclaration' && node.id?.name === name) return { kind: 'function', fn: node };
    if (node.type === 'ClassDeclaration' && node.id?.name === name) return { kind: 'unresolved', detail: 'a class component' };
    if (node.type === 'VariableDeclaration') {
      for (const declarator of node.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) return definitionOf(declarator.init, program, depth);
      }
    }
    if (node.type === 'ImportDeclaration' && node.importKind !== 'type') {
      for (const specifier of node.specifiers) {
        if (specifier.local.name !== name) continue;
        const imported =
          specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.type === 'ImportNamespaceSpecifier' ? '*' : specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
        return { kind: 'import', source: String(node.source.value), name: imported };
      }
    }
  }
  return { kind: 'unresolved', detail: `no component '${name}' in its module` };
}

function exportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : String(node.value);
}

/** The definition of what a module exports under `name` (`default` for the default export). */
export function exportedDefinition(program: TSESTree.Program, name: string): Definition {
  const stars: string[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && name === 'default') {
      const declaration = statement.declaration as Node;
      if (declaration.type === 'FunctionDeclaration') return { kind: 'function', fn: declaration };
      return definitionOf(declaration, program, 0);
    }
    if (statement.type === 'ExportNamedDeclaration') {
      const declaration = statement.declaration;
      if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === name) return { kind: 'function', fn: declaration };
      if (declaration?.type === 'ClassDeclaration' && declaration.id?.name === name) return { kind: 'unresolved', detail: 'a class component' };
      if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) return definitionOf(declarator.init, program, 0);
        }
      }
      for (const specifier of statement.specifiers) {
        if (specifier.type !== 'ExportSpecifier' || exportName(specifier.exported) !== name) continue;
        const local = exportName(specifier.local);
        return statement.source ? { kind: 'import', source: String(statement.source.value), name: local } : localDefinition(program, local);
      }
    }
    if (statement.type === 'ExportAllDeclaration' && !statement.exported && name !== 'default') stars.push(String(statement.source.value));
  }
  return stars.length > 0 ? { kind: 'star', sources: stars } : { kind: 'unresolved', detail: `no export '${name}'` };
}

const FUNCTION_TYPES = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration', 'ClassDeclaration', 'ClassExpression']);

function rendersNothing(node: Node | null | undefined): boolean {
  if (!node) return true;
  const value = unwrapExpression(node);
  return (value.type === 'Literal' && (value.value === null || value.value === false)) || (value.type === 'Identifier' && value.name === 'undefined');
}

/** What a component renders: one element, or a fragment whose children stand in its use site's place. */
export type RootJsx = TSESTree.JSXElement | TSESTree.JSXFragment;

/** A root chosen by a ternary between two elements (`return compact ? <IconButton … /> : <Button … />`). */
export interface RootChoice {
  test: Node;
  whenTrue: RootJsx;
  whenFalse: RootJsx;
}

export type RootLookup = { ok: true; jsx: RootJsx } | { ok: false; detail: string; choice?: RootChoice };

/** componentRoot's reason for a root chosen under a condition (a use site's props may still decide it). */
export const CHOSEN_ROOT = 'chooses its element under a condition';

/** componentRoot's reason for a component with more than one element returned (guardedRoot may still decide it). */
export const DIFFERENT_ROOTS = 'returns different elements under conditions';

/**
 * The one element a component renders. `if (!open) return null` beside one JSX return still has one root; two
 * JSX returns, a ternary or a computed return is a root chosen at run time.
 */
export function componentRoot(fn: FunctionNode): RootLookup {
  const returned: Node[] = [];
  if (fn.body.type !== 'BlockStatement') returned.push(fn.body);
  else {
    const stack: Node[] = [...fn.body.body];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (FUNCTION_TYPES.has(node.type)) continue;
      if (node.type === 'ReturnStatement') {
        if (!rendersNothing(node.argument)) returned.push(node.argument as Node);
        continue;
      }
      forEachChild(node, (child) => stack.push(child));
    }
  }
  if (returned.length === 0) return { ok: false, detail: 'renders nothing it returns directly' };
  if (returned.length > 1) return { ok: false, detail: DIFFERENT_ROOTS };
  const root = unwrapExpression(returned[0] as Node);
  if (root.type === 'JSXElement' || root.type === 'JSXFragment') return { ok: true, jsx: root };
  if (root.type === 'ConditionalExpression') {
    const whenTrue = unwrapExpression(root.consequent as Node);
    const whenFalse = unwrapExpression(root.alternate as Node);
    const isJsx = (node: Node): node is RootJsx => node.type === 'JSXElement' || node.type === 'JSXFragment';
    return { ok: false, detail: CHOSEN_ROOT, ...(isJsx(whenTrue) && isJsx(whenFalse) ? { choice: { test: root.test as Node, whenTrue, whenFalse } } : {}) };
  }
  if (root.type === 'LogicalExpression') return { ok: false, detail: CHOSEN_ROOT };
  return { ok: false, detail: 'renders an element computed at run time' };
}

/** The return statements of a statement, not those of functions declared in it. */
function returnsIn(statement: Node): TSESTree.ReturnStatement[] {
  const found: TSESTree.ReturnStatement[] = [];
  const stack: Node[] = [statement];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (FUNCTION_TYPES.has(node.type)) continue;
    if (node.type === 'ReturnStatement') found.push(node);
    else forEachChild(node, (child) => stack.push(child));
  }
  return found;
}

/**
 * A component that returns another element early under a condition and its one element at the end (`if (asChild)
 * return <Slot …/>; … return <button …/>`, the Button of shadcn/ui-based design systems): the last element, and the
 * tests of the guards that must be false at a use site for it to be what renders. Undefined for any other shape (a
 * return inside a loop, a switch or an if with an else).
 */
export function guardedRoot(fn: FunctionNode): { jsx: RootJsx; guards: Node[] } | undefined {
  if (fn.body.type !== 'BlockStatement') return undefined;
  const guards: Node[] = [];
  for (const statement of fn.body.body) {
    if (statement.type === 'ReturnStatement') {
      const root = statement.argument ? unwrapExpression(statement.argument) : undefined;
      return (root?.type === 'JSXElement' || root?.type === 'JSXFragment') && guards.length > 0 ? { jsx: root, guards } : undefined;
    }
    const renders = returnsIn(statement).some((r) => !rendersNothing(r.argument));
    if (!renders) continue;
    if (statement.type !== 'IfStatement' || statement.alternate) return undefined;
    guards.push(statement.test);
  }
  return undefined;
}

/** How a component receives its props: `(props)`, `({ className, ...rest })`, or `const { a } = props` in its body. */
export interface PropsBinding {
  object: string | undefined;
  /** Destructured props by local name. */
  locals: Map<string, { prop: string; fallback: Node | undefined }>;
  rest: string | undefined;
}

function readPattern(pattern: TSESTree.ObjectPattern, binding: PropsBinding): void {
  for (const property of pattern.properties) {
    if (property.type === 'RestElement') {
      if (property.argument.type === 'Identifier') binding.rest = property.argument.name;
      continue;
    }
    const prop = propertyKeyName(property);
    if (prop === undefined) continue;
    const value = property.value;
    if (value.type === 'Identifier') binding.locals.set(value.name, { prop, fallback: undefined });
    else if (value.type === 'AssignmentPattern' && value.left.type === 'Identifier') {
      binding.locals.set(value.left.name, { prop, fallback: value.right });
    }
  }
}

export function propsBinding(fn: FunctionNode): PropsBinding {
  const binding: PropsBinding = { object: undefined, locals: new Map(), rest: undefined };
  let param: Node | undefined = fn.params[0];
  if (param?.type === 'AssignmentPattern') param = param.left;
  if (param?.type === 'Identifier') binding.object = param.name;
  else if (param?.type === 'ObjectPattern') readPattern(param, binding);
  if (binding.object && fn.body.type === 'BlockStatement') {
    for (const statement of fn.body.body) {
      if (statement.type !== 'VariableDeclaration') continue;
      for (const declarator of statement.declarations) {
        const init = declarator.init && unwrapExpression(declarator.init);
        if (declarator.id.type === 'ObjectPattern' && init?.type === 'Identifier' && init.name === binding.object) readPattern(declarator.id, binding);
      }
    }
  }
  return binding;
}

/**
 * `className`, `props.className`: an expression that is the prop itself. Also a read of the rest of destructured
 * props (`({ loading, ...props }) => <button {...props}>{props.children}</button>`, papermark's Button), where the
 * rest still holds the prop.
 */
function isPropReference(node: Node, prop: string, binding: PropsBinding): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'Identifier') return binding.locals.get(value.name)?.prop === prop;
  if (value.type === 'MemberExpression') {
    const object = unwrapExpression(value.object);
    if (object.type !== 'Identifier' || propertyKeyName(value) !== prop) return false;
    return object.name === binding.object || restHolds(object.name, prop, binding);
  }
  return false;
}

/**
 * A container's expression that renders the use site's children: `{children}`, or one branch of a ternary whose
 * other branch draws something else (`{loading ? <Spinner /> : children}`, the loading state of a design system's
 * button). The model builds the branch the first render takes (build.ts), so the slot is filled only where that is
 * the children.
 */
function rendersChildren(expression: Node, binding: PropsBinding): boolean {
  const value = unwrapExpression(expression);
  if (value.type === 'ConditionalExpression') return isPropReference(value.consequent, 'children', binding) || isPropReference(value.alternate, 'children', binding);
  return isPropReference(value, 'children', binding);
}

/** Whether `name` is the rest of the destructured props and still holds `prop` (it was not taken out by name). */
function restHolds(name: string, prop: string, binding: PropsBinding): boolean {
  return binding.rest !== undefined && name === binding.rest && ![...binding.locals.values()].some((l) => l.prop === prop);
}

function mentions(node: Node, prop: string, binding: PropsBinding): boolean {
  const stack: Node[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (isPropReference(current, prop, binding)) return true;
    forEachChild(current, (child) => stack.push(child));
  }
  return false;
}

/** Whether `{...x}` passes the use site's `prop` on: the whole props object does, a rest object unless destructured out. */
function spreadCarries(argument: Node, prop: string, binding: PropsBinding): boolean {
  const value = unwrapExpression(argument);
  if (value.type !== 'Identifier') return false;
  return value.name === binding.object || restHolds(value.name, prop, binding);
}

function isPassThrough(argument: Node, binding: PropsBinding): boolean {
  const value = unwrapExpression(argument);
  return value.type === 'Identifier' && (value.name === binding.object || value.name === binding.rest);
}

/** How a use site's prop reaches the root: replacing the root's own value, merged into it, or not at all. */
export type Flow = 'replace' | 'merge' | 'none';

function flowOf(root: RootJsx, prop: string, binding: PropsBinding): Flow {
  let flow: Flow = 'none';
  for (const attribute of attributesOf(root)) {
    if (attribute.type === 'JSXSpreadAttribute') {
      if (spreadCarries(attribute.argument, prop, binding)) flow = 'replace';
    } else if (attribute.name.type === 'JSXIdentifier' && attribute.name.name === prop) {
      const value = attribute.value;
      flow = value?.type === 'JSXExpressionContainer' && value.expression.type !== 'JSXEmptyExpression' && mentions(value.expression, prop, binding) ? 'merge' : 'none';
    }
  }
  return flow;
}

/**
 * What an element inside a component (below its root) does with the use site's props: its `className` takes the
 * use site's classes (`cn('…', className)` on a dialog's inner panel), its `style` the use site's style, and a
 * spread of the props passes the use site's other attributes on.
 */
export interface ElementFlow {
  classFlow: Flow;
  styleFlow: Flow;
  /** `{...props}` / `{...rest}`: the use site's attributes the rest still holds reach this element. */
  carriesProps: boolean;
  /** `{...x}` that is not the props: attributes from elsewhere. */
  otherSpread: boolean;
  /**
   * A childless element whose spread carries the use site's `children` (`<Ctx.Provider><div {...props} /></Ctx.Provider>`,
   * shadcn/ui's FormItem): the use site's children are rendered inside it.
   */
  carriesChildren: boolean;
}

/** What the root element does with its props, read from its JSX. */
export interface RootProps {
  classFlow: Flow;
  styleFlow: Flow;
  /** `{...x}` that is not the props: attributes from elsewhere. */
  otherSpread: boolean;
  /** `{...props}` / `{...rest}` on the root: the use site's attributes the rest still holds reach it. */
  carriesProps: boolean;
  /** The root spreads the props object on itself with no children of its own: `<button {...props} />` renders `children`. */
  spreadsChildren: boolean;
  /** `{children}` / `{props.children}` containers in the root's subtree, by range. */
  childrenSlots: Set<string>;
  /** Elements below the root that receive some of the use site's props, by their JSX node. */
  flows: Map<Node, ElementFlow>;
  /** Props the component takes out of the props object by name: a rest spread no longer carries them. */
  destructured: Set<string>;
}

export function rangeKey(range: Range): string {
  return `${range[0]}:${range[1]}`;
}

/** A root's attributes: a fragment has none (React passes a fragment no props but `key`). */
function attributesOf(root: RootJsx): ReadonlyArray<TSESTree.JSXAttribute | TSESTree.JSXSpreadAttribute> {
  return root.type === 'JSXElement' ? root.openingElement.attributes : [];
}

export function rootProps(root: RootJsx, binding: PropsBinding): RootProps {
  const spreads = attributesOf(root).filter((a): a is TSESTree.JSXSpreadAttribute => a.type === 'JSXSpreadAttribute');
  const childrenSlots = new Set<string>();
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'JSXExpressionContainer' && node.expression.type !== 'JSXEmptyExpression' && rendersChildren(node.expression, binding)) childrenSlots.add(rangeKey(node.range));
    forEachChild(node, (child) => stack.push(child));
  }
  const flows = new Map<Node, ElementFlow>();
  const inner: Node[] = [...root.children];
  for (let node = inner.pop(); node; node = inner.pop()) {
    if (node.type === 'JSXElement') {
      const own = node.openingElement.attributes.filter((a): a is TSESTree.JSXSpreadAttribute => a.type === 'JSXSpreadAttribute');
      const flow: ElementFlow = {
        classFlow: flowOf(node, 'className', binding),
        styleFlow: flowOf(node, 'style', binding),
        carriesProps: own.some((a) => isPassThrough(a.argument, binding)),
        otherSpread: own.some((a) => !isPassThrough(a.argument, binding)),
        carriesChildren: node.children.length === 0 && own.some((a) => spreadCarries(a.argument, 'children', binding)),
      };
      if (flow.classFlow !== 'none' || flow.styleFlow !== 'none' || flow.carriesProps) flows.set(node, flow);
    }
    forEachChild(node, (child) => inner.push(child));
  }
  return {
    classFlow: flowOf(root, 'className', binding),
    styleFlow: flowOf(root, 'style', binding),
    otherSpread: spreads.some((s) => !isPassThrough(s.argument, binding)),
    carriesProps: spreads.some((s) => isPassThrough(s.argument, binding)),
    spreadsChildren: root.children.length === 0 && spreads.some((s) => spreadCarries(s.argument, 'children', binding)),
    childrenSlots,
    flows,
    destructured: new Set([...binding.locals.values()].map((local) => local.prop)),
  };
}

function literal(value: string | number | boolean | null, range: Range): Node {
  return { type: 'Literal', value, raw: JSON.stringify(value), range } as unknown as Node;
}

function objectOf(entries: ReadonlyArray<readonly [string, Node]>, range: Range): Node {
  return {
    type: 'ObjectExpression',
    range,
    properties: entries.map(([key, value]) => ({ type: 'Property', key: literal(key, range), value, computed: false, kind: 'init', method: false, shorthand: false, range })),
  } as unknown as Node;
}

/** The expression a use site writes for a prop (`defaultOn={analytics}`, `label="..."`, a bare `defaultOn`). */
function writtenValue(useSite: UIElement, prop: string): Node | undefined {
  const node = useSite.node as Node | undefined;
  if (node?.type !== 'JSXElement') return undefined;
  let found: Node | undefined;
  for (const attribute of node.openingElement.attributes) {
    if (attribute.type !== 'JSXAttribute' || attribute.name.type !== 'JSXIdentifier' || attribute.name.name !== prop) continue;
    const value = attribute.value;
    if (!value) found = literal(true, attribute.range);
    else if (value.type === 'JSXExpressionContainer') found = value.expression.type === 'JSXEmptyExpression' ? undefined : (value.expression as Node);
    else found = value as Node;
  }
  return found;
}

/**
 * The use site's value of a prop as a node the model builder can evaluate, read where the caller wrote it (its
 * constants, its state, its imports); undefined when the use site omits it (the component's default applies).
 */
function useSiteValue(useSite: UIElement, prop: string, scope: FileBindings | undefined): Node | undefined {
  const unknown = unknownNode('dynamic-expression', useSite.openingRange);
  if (prop === 'children') return unknown;
  // Class names are merged token by token afterwards (a CSS module token has no string form).
  if (prop === 'className') return literal('', useSite.openingRange);
  const attribute = useSite.attributes.get(prop);
  if (prop === 'style') {
    if (!attribute) return objectOf([], useSite.openingRange);
    if (useSite.inlineStyle.hasUnknown) return unknown;
    const declared = useSite.inlineStyle.declarations.map((d) => [d.property, literal(d.value, attribute.range)] as const);
    const computed = (useSite.inlineStyle.unknownProperties ?? []).map((property) => [property, unknownNode('dynamic-expression', attribute.range)] as const);
    return objectOf([...declared, ...computed], attribute.range);
  }
  // A spread may pass it.
  if (!attribute) return useSite.hasSpread ? unknown : undefined;
  const written = writtenValue(useSite, prop);
  if (written && scope) return scopedNode(written, scope);
  const value = attribute.value;
  if (value.kind !== 'static' || value.value === undefined) return unknown;
  return literal(value.value, value.range);
}

/**
 * The props a use site passes, as constants for the component's model: the root element is then built as that
 * use site renders it. Values are read in the caller's scope (`scope`: the bindings the use site was built with);
 * what the caller can't resolve stays unknown, and an omitted prop takes the component's default.
 */
export function propsConstants(binding: PropsBinding, useSite: UIElement, scope?: FileBindings): Map<string, Node> {
  const constants = new Map<string, Node>();
  for (const [local, { prop, fallback }] of binding.locals) {
    const value = useSiteValue(useSite, prop, scope) ?? (fallback ? defaultNode(local, fallback) : undefined);
    constants.set(local, value ?? ({ type: 'Identifier', name: 'undefined', range: useSite.openingRange } as unknown as Node));
  }
  if (binding.object) {
    const entries: Array<readonly [string, Node]> = [];
    for (const prop of new Set(['className', 'style', 'children', ...useSite.attributes.keys()])) {
      const value = useSiteValue(useSite, prop, scope);
      if (value) entries.push([prop, value]);
    }
    const object = objectOf(entries, useSite.openingRange) as unknown as TSESTree.ObjectExpression;
    // A spread at the use site may pass any other prop.
    if (useSite.hasSpread) object.properties.unshift({ type: 'SpreadElement', argument: unknownNode('dynamic-expression', useSite.openingRange), range: useSite.openingRange } as unknown as TSESTree.SpreadElement);
    constants.set(binding.object, object as unknown as Node);
  }
  return constants;
}

export interface Rendering {
  /** The module that defines the component. */
  file: string;
  /** The root element as built for this use site, its own components already expanded. */
  root: UIElement;
  props: RootProps;
  /** The component's elements below the root that receive the use site's props (ElementFlow), as built for it. */
  targets?: ReadonlyMap<UIElement, ElementFlow>;
}

function mergeClasses(root: ClassList, useSite: ClassList, flow: Flow, passed: boolean): ClassList {
  if (!passed || flow === 'none') return root;
  if (flow === 'replace') return useSite;
  const tokens = [...root.tokens, ...useSite.tokens];
  // `cn(base, className)`: the use site's classes win their conflicts with the component's (tailwind-merge).
  return { tokens: root.merged ? mergeTailwindTokens(tokens) : tokens, hasUnknown: root.hasUnknown || useSite.hasUnknown, ...(root.merged ? { merged: true } : {}) };
}

/**
 * Pass the use site's attributes on to an element of its component that spreads the props (`<MailPrefs {...props} />`
 * in a form field): what the rest still holds. Unknown props reach it only from a spread of the use site's own or
 * another spread of the element's.
 */
export function carryProps(element: UIElement, useSite: UIElement, flow: { otherSpread: boolean }, destructured: ReadonlySet<string>, useSiteAttributes: ReadonlyMap<string, Attribute> = useSite.attributes): void {
  element.hasSpread = flow.otherSpread || useSite.hasSpread;
  for (const attribute of carriedAttributes({ ...useSite, attributes: new Map(useSiteAttributes) }, destructured)) element.attributes.set(attribute.name, attribute);
}

/** The use site's attributes a spread of the rest of the props passes on: all but what the component takes by name. */
function carriedAttributes(useSite: UIElement, destructured: ReadonlySet<string>): Attribute[] {
  return [...useSite.attributes.values()].filter((a) => !destructured.has(a.name) && a.name !== 'children' && a.name !== 'className' && a.name !== 'style' && a.name !== 'key' && a.name !== 'ref');
}

function mergeStyle(root: InlineStyle, useSite: InlineStyle, flow: Flow, passed: boolean): InlineStyle {
  return passed && flow === 'replace' ? useSite : root;
}

/**
 * A value from the component's file keeps its meaning but not its position: findings and suggestions must point
 * into the file being linted, so the position becomes an empty range at the use site (a removal suggestion on it
 * changes nothing). A value the use site passed (written in `useSiteFile`) keeps its position there. State inside
 * the component keeps its first-render value, but the literal that sets it is the component's to change.
 */
function detachValue(value: AttributeValue, at: Range, useSiteFile: string | undefined, componentFile: string): AttributeValue {
  const empty: Range = [at[0], at[0]];
  switch (value.kind) {
    case 'static':
    case 'initial': {
      if (value.origin !== undefined && value.origin === useSiteFile) {
        const { origin: _origin, ...local } = value;
        return local;
      }
      if (value.kind === 'static') return { ...value, range: empty };
      return { ...value, range: empty, initRange: empty, external: true, origin: value.origin ?? componentFile };
    }
    default:
      return { ...value, range: empty };
  }
}

function detachAttributes(attributes: Map<string, Attribute>, useSite: UIElement, useSiteFile: string | undefined, componentFile: string, keep?: ReadonlySet<Attribute>): Map<string, Attribute> {
  const detached = new Map<string, Attribute>();
  const at = useSite.openingRange;
  for (const [name, attribute] of attributes) {
    // The use site's own attributes, passed on by a spread, already point into the use site's file.
    if (keep?.has(attribute)) {
      detached.set(name, attribute);
      continue;
    }
    const bare = attribute.bare || attribute.range[1] - attribute.range[0] === attribute.name.length;
    detached.set(name, { name, value: detachValue(attribute.value, at, useSiteFile, componentFile), range: [at[0], at[0]], loc: copy(useSite.openingLoc), ...(bare ? { bare: true as const } : {}) });
  }
  return detached;
}

/** Where an element of `file`'s component is written: in `file`, unless a component of its own brought it there. */
function renderedFrom(element: UIElement, file: string): RenderedFrom {
  const written = element.rendered ?? { file, line: element.openingLoc.start.line, column: element.openingLoc.start.column };
  return { via: file, file: written.file, line: written.line, column: written.column };
}

function copy(loc: SourceLocation): SourceLocation {
  return { start: { ...loc.start }, end: { ...loc.end } };
}

function* subtree(element: UIElement): Generator<UIElement> {
  yield element;
  for (const child of element.children) if (child.kind === 'element') yield* subtree(child);
}

/**
 * Make the use site the element its component renders: tag, semantics (unless settings or a role decided them),
 * classes, inline style and attributes of the root; the root's content with the use site's children in the
 * `{children}` slots. Elements brought in from the component point at the use site. A `styled(Component)` use site
 * passes a className (its generated class) even without writing one.
 */
export function applyRendering(model: UIModel, useSite: UIElement, rendering: Rendering, classNamePassed = useSite.attributes.has('className'), useSiteFile?: string): void {
  const { root, props, file } = rendering;
  // As the use site wrote them, for the component's inner elements that receive them.
  const useSiteClasses = useSite.classes;
  const useSiteStyle = useSite.inlineStyle;
  const useSiteAttributes = new Map(useSite.attributes);
  useSite.rendered = renderedFrom(root, file);
  useSite.tag = root.tag;
  useSite.intrinsic = root.intrinsic;
  if (useSite.semanticSource === 'name' || useSite.semanticSource === 'unresolved') {
    useSite.semantic = root.semantic;
    useSite.semanticSource = `component (${root.semanticSource})`;
  }
  useSite.emphasis ??= root.emphasis;
  if (!useSite.library) useSite.expanded = true;
  if (root.library && !useSite.library) useSite.library = root.library;
  // A component that renders a context's provider around its content (shadcn/ui's `SidebarProvider`) draws no box.
  if (root.providesContext) useSite.providesContext = true;
  useSite.classes = mergeClasses(root.classes, useSite.classes, props.classFlow, classNamePassed);
  useSite.inlineStyle = mergeStyle(root.inlineStyle, useSite.inlineStyle, props.styleFlow, useSite.attributes.has('style'));
  const carries = props.classFlow === 'replace' || props.styleFlow === 'replace' || props.spreadsChildren;
  useSite.hasSpread = props.otherSpread || (carries && useSite.hasSpread);
  for (const [name, attribute] of detachAttributes(root.attributes, useSite, useSiteFile, file)) if (!useSite.attributes.has(name)) useSite.attributes.set(name, attribute);

  const own = useSite.children;
  // A root that spreads the props takes the use site's children as its own, unless the root is a component rendered
  // in place and the use site gives none (`const Row = ({ kind, ...props }) => <SettingRow {...props} />`): then
  // its content is that component's.
  if (props.spreadsChildren && (own.length > 0 || root.rendered === undefined)) return;
  let slotted = false;
  const brought: UIElement[] = [];
  const receive = (element: UIElement, flow: ElementFlow): void => {
    element.classes = mergeClasses(element.classes, useSiteClasses, flow.classFlow, classNamePassed);
    element.inlineStyle = mergeStyle(element.inlineStyle, useSiteStyle, flow.styleFlow, useSiteAttributes.has('style'));
    if (flow.carriesProps) carryProps(element, useSite, flow, props.destructured, useSiteAttributes);
  };
  const adopt = (nodes: UINode[], parent: UIElement): UINode[] => {
    const out: UINode[] = [];
    for (const node of nodes) {
      const flow = node.kind === 'element' ? rendering.targets?.get(node) : undefined;
      if (flow && node.kind === 'element') receive(node, flow);
      if (node.kind === 'text' && props.childrenSlots.has(rangeKey(node.range))) {
        // The children are on the page once: a second slot (`{icon ? <>{icon}{children}</> : children}`, both ways
        // of one ternary) stays empty.
        if (!slotted) {
          for (const child of own) child.parent = parent;
          out.push(...own);
          slotted = true;
        }
        continue;
      }
      // An element a component of this one's rendered in place (`<MailPrefs {...props} />` in a field): its content
      // is that component's.
      const expanded = node.kind === 'element' && node.rendered !== undefined;
      if (node.kind === 'element') node.rendered = renderedFrom(node, file);
      node.range = useSite.openingRange;
      node.loc = copy(useSite.openingLoc);
      node.parent = parent;
      if (node.kind === 'element') {
        node.openingRange = useSite.openingRange;
        node.openingLoc = copy(useSite.openingLoc);
        node.node = useSite.node;
        node.component = useSite.component;
        node.conditional ||= useSite.conditional;
        node.attributes = detachAttributes(node.attributes, useSite, useSiteFile, file, flow?.carriesProps ? new Set(useSiteAttributes.values()) : undefined);
        node.children = adopt(node.children, node);
        if (flow?.carriesChildren && !slotted && (own.length > 0 || !expanded)) {
          for (const child of own) child.parent = node;
          node.children = [...own];
          slotted = true;
        }
        brought.push(node);
      }
      out.push(node);
    }
    return out;
  };
  useSite.children = adopt(root.children, useSite);
  if (!slotted) {
    // Children the component never renders are not on the page.
    const dropped = new Set(own.flatMap((child) => (child.kind === 'element' ? [...subtree(child)] : [])));
    if (dropped.size > 0) model.elements.splice(0, model.elements.length, ...model.elements.filter((e) => !dropped.has(e)));
  }
  model.elements.push(...brought);
  if (root.name === FRAGMENT) dissolve(model, useSite);
}

/** The name buildModel gives a fragment that stands on its own (a component's root). */
const FRAGMENT = '#fragment';

/**
 * A component whose root is a fragment (`<><input className="peer sr-only" /><div className="…track" /></>`, a
 * toggle's switch) draws no box of its own: its children stand in the use site's place, among the use site's
 * siblings, as React renders them and as a fragment written in place is read (build.ts). A use site that is not
 * among its parent's children (a root, an element passed as a prop) stays as the container that holds them.
 */
function dissolve(model: UIModel, useSite: UIElement): void {
  // A fragment of text alone (`<>{getCountdownString(time)}</>`, a countdown's) is a run of the parent's text, as a
  // `<Trans>` is: the use site stays, drawing no box, and keeps the name a check may know it by (`<Countdown>`).
  if (useSite.children.every((child) => child.kind === 'text')) {
    useSite.inlineText = true;
    return;
  }
  const parent = useSite.parent;
  const index = parent ? parent.children.indexOf(useSite) : -1;
  if (!parent || index < 0) return;
  for (const child of useSite.children) {
    child.parent = parent;
    if (child.kind !== 'element') continue;
    // What the use site stood for holds for what stands in its place: the branch it renders in (`{step === 'choice'
    // && <DataroomChoice />}`, never on screen with another step's button), the list item it renders per.
    if (useSite.branches) child.branches = [...(child.branches ?? []), ...useSite.branches];
    if (useSite.repeated && !child.repeated) child.repeated = useSite.repeated;
  }
  parent.children.splice(index, 1, ...useSite.children);
  useSite.children = [];
  const at = model.elements.indexOf(useSite);
  if (at >= 0) model.elements.splice(at, 1);
}
