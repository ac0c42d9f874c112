/**
 * Minimal, parser-neutral helpers over ESTree / TS-ESTree shaped nodes.
 *
 * The model builder walks nodes by typescript-eslint's visitor keys (the child properties of each node type, in
 * source order), and any node of a type they do not name generically (every own property holding a node or an
 * array of nodes), so any parser that produces the standard shapes can feed it.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

export type Node = TSESTree.Node;

const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'tokens', 'comments', 'start', 'end', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'decorators']);

/** Each node type's child properties, without those the analysis never reads (types, decorators). */
const CHILD_KEYS = new Map<string, readonly string[]>(Object.entries(visitorKeys).map(([type, keys]) => [type, (keys ?? []).filter((key) => !SKIPPED_KEYS.has(key))]));

export function isNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Call `visit` for each direct child node, in source order (a template literal's texts, then its values). By the
 * node type's visitor keys: a node has twice as many properties as children (its type, range, location, parent,
 * name, operator...), and reading only the children halves the walks, which every analysis makes over every node of
 * its file. It also puts both parsers' trees in one order: typescript-estree lays a node's properties out in
 * alphabetical order (a conditional's `alternate` before its `test`), oxc in the order of the visitor keys. A node
 * of a type the keys do not name (another parser's extension) is walked property by property.
 */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  const keys = CHILD_KEYS.get(node.type);
  if (keys === undefined) return forEachProperty(node, visit);
  for (let i = 0; i < keys.length; i++) visitValue((node as unknown as Record<string, unknown>)[keys[i] as string], visit);
}

/**
 * forEachChild for a node of a type the visitor keys do not name. `for...in` rather than `Object.keys`: AST nodes are
 * plain objects (nothing enumerable is inherited), and it allocates no array of keys per node.
 */
function forEachProperty(node: Node, visit: (child: Node) => void): void {
  for (const key in node) {
    if (!SKIPPED_KEYS.has(key)) visitValue((node as unknown as Record<string, unknown>)[key], visit);
  }
}

function visitValue(value: unknown, visit: (child: Node) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) if (isNode(item)) visit(item);
  } else if (isNode(value)) {
    visit(value);
  }
}

/**
 * Reverse `stack` from index `from` to its end, in place: children pushed there in source order then pop in source
 * order, with no array of children per node.
 */
export function reverseFrom(stack: unknown[], from: number): void {
  for (let low = from, high = stack.length - 1; low < high; low++, high--) {
    const item = stack[low];
    stack[low] = stack[high];
    stack[high] = item;
  }
}

/**
 * The value a literal writes as data: a string, number, boolean or null, a template without values, a negative
 * number. Undefined for anything else (the theme and config readers' "not data").
 */
export function literalData(node: Node): string | number | boolean | null | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean' || node.value === null ? node.value : undefined;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis[0]?.value.cooked : undefined;
    case 'UnaryExpression':
      return node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number' ? -node.argument.value : undefined;
    default:
      return undefined;
  }
}

/** Unwrap TypeScript-only wrappers and parentheses that do not change a value. */
export function unwrapExpression(node: Node): Node {
  let current: Node = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
        current = current.expression;
        break;
      default: {
        // oxc (with preserveParens) and some other parsers keep parentheses as a node.
        const maybeParen = current as unknown as { type: string; expression?: Node };
        if (maybeParen.type === 'ParenthesizedExpression' && maybeParen.expression) {
          current = maybeParen.expression;
          break;
        }
        return current;
      }
    }
  }
}

/** The name of a JSX tag as written: `button`, `Button`, `Form.Check`, `svg:path`. */
export function jsxTagName(name: TSESTree.JSXTagNameExpression): string {
  switch (name.type) {
    case 'JSXIdentifier':
      return name.name;
    case 'JSXNamespacedName':
      return `${name.namespace.name}:${name.name.name}`;
    case 'JSXMemberExpression':
      return `${jsxTagName(name.object)}.${name.property.name}`;
    default:
      return '';
  }
}

/** A property key as a string, when it is static. */
export function propertyKeyName(property: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  if (property.type === 'Property') {
    if (!property.computed && property.key.type === 'Identifier') return property.key.name;
    if (property.key.type === 'Literal' && (typeof property.key.value === 'string' || typeof property.key.value === 'number')) {
      return String(property.key.value);
    }
    return undefined;
  }
  if (!property.computed && property.property.type === 'Identifier') return property.property.name;
  const key = unwrapExpression(property.property);
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The name of the function being called: `clsx`, `useState` for `React.useState`, `t` for `i18n.t`. */
export function calleeName(call: TSESTree.CallExpression): string | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

/** The names a parameter binds: `props`, `{ children, initialValue = DEFAULTS }`, `[first, ...rest]`. */
export function boundNames(pattern: Node): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'AssignmentPattern':
      return boundNames(pattern.left as Node);
    case 'RestElement':
      return boundNames(pattern.argument as Node);
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) => boundNames((property.type === 'Property' ? property.value : property) as Node));
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => (element ? boundNames(element as Node) : []));
    default:
      return [];
  }
}
