/**
 * What a file declares that the model can read statically: constants, React state with its initial value,
 * imports. Nothing is executed; a name declared more than once is ambiguous and resolves to nothing.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, forEachChild, propertyKeyName, unwrapExpression, type Node } from './estree.js';
import type { ImportInfo, Range, StaticValue, UnresolvedReason } from './types.js';

export interface StateBinding {
  /** The argument of `useState(...)`, if any. */
  initial: Node | undefined;
}

export interface FileBindings {
  /** `const NAME = <expression>`; null when the name is declared more than once. */
  constants: Map<string, Node | null>;
  /** `const [value, setValue] = useState(initial)` by the value's name; null when ambiguous. */
  states: Map<string, StateBinding | null>;
  imports: ImportInfo[];
}

const STATE_HOOKS = new Set(['useState', 'useLocalStorage', 'useSessionStorage']);

function remember<T>(map: Map<string, T | null>, name: string, value: T): void {
  map.set(name, map.has(name) ? null : value);
}

export function collectBindings(program: TSESTree.Program): FileBindings {
  const constants = new Map<string, Node | null>();
  const states = new Map<string, StateBinding | null>();
  const imports: ImportInfo[] = [];

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
    if (node.type === 'VariableDeclarator' && node.init) {
      if (node.id.type === 'Identifier') {
        remember(constants, node.id.name, node.init);
      } else if (node.id.type === 'ArrayPattern') {
        const first = node.id.elements[0];
        const init = unwrapExpression(node.init);
        if (first?.type === 'Identifier' && init.type === 'CallExpression' && STATE_HOOKS.has(calleeName(init) ?? '')) {
          // useState(initial); storage hooks take (key, initial).
          const argument = init.arguments[calleeName(init) === 'useState' ? 0 : 1];
          remember(states, first.name, { initial: argument && argument.type !== 'SpreadElement' ? argument : undefined });
        }
      }
    }
    return true;
  };
  const stack: Node[] = [program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!visit(node)) continue;
    const children: Node[] = [];
    forEachChild(node, (child) => children.push(child));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return { constants, states, imports };
}

export type Evaluation =
  | { ok: true; value: StaticValue; node: Node }
  | { ok: false; reason: UnresolvedReason };

const MAX_DEPTH = 16;

const TRANSLATION_CALLS = new Set(['t', 'tr', '__', 'i18n', 'translate', 'formatMessage', '$t', 'useTranslation', 'gettext', '_']);

/**
 * Evaluate an expression to a static value, following `const` bindings of this file.
 * `node` in the result is the literal that holds the value (for suggestions that change it).
 */
export function evaluate(expression: Node, bindings: FileBindings, depth = 0): Evaluation {
  if (depth > MAX_DEPTH) return { ok: false, reason: 'unknown-value' };
  const node = unwrapExpression(expression);
  switch (node.type) {
    case 'Literal':
      if (node.value instanceof RegExp || typeof node.value === 'bigint') return { ok: false, reason: 'unknown-value' };
      return { ok: true, value: node.value as StaticValue, node };
    case 'TemplateLiteral':
      if (node.expressions.length === 0) return { ok: true, value: node.quasis[0]?.value.cooked ?? '', node };
      return evaluateTemplate(node, bindings, depth);
    case 'Identifier': {
      if (node.name === 'undefined') return { ok: true, value: undefined, node };
      const bound = bindings.constants.get(node.name);
      if (bound) return evaluate(bound, bindings, depth + 1);
      return { ok: false, reason: 'dynamic-expression' };
    }
    case 'UnaryExpression': {
      const inner = evaluate(node.argument, bindings, depth + 1);
      if (!inner.ok) return inner;
      if (node.operator === '!') return { ok: true, value: !inner.value, node: inner.node };
      if (node.operator === '-' && typeof inner.value === 'number') return { ok: true, value: -inner.value, node };
      return { ok: false, reason: 'unknown-value' };
    }
    case 'MemberExpression': {
      const target = memberTarget(node, bindings, depth);
      return target ? evaluate(target, bindings, depth + 1) : { ok: false, reason: 'dynamic-expression' };
    }
    case 'BinaryExpression':
      return node.left.type === 'PrivateIdentifier' ? { ok: false, reason: 'unknown-value' } : evaluateComparison(node.operator, node.left, node.right, node, bindings, depth);
    case 'ConditionalExpression': {
      // `variant === 'ghost' ? 'ghost' : 'solid'` where a use site passed `variant`: the branch it takes.
      const test = evaluate(node.test, bindings, depth + 1);
      return test.ok ? evaluate(test.value ? node.consequent : node.alternate, bindings, depth + 1) : test;
    }
    case 'LogicalExpression': {
      const left = evaluate(node.left, bindings, depth + 1);
      if (!left.ok) return left;
      const decided = node.operator === '&&' ? !left.value : node.operator === '||' ? Boolean(left.value) : left.value !== null && left.value !== undefined;
      return decided ? left : evaluate(node.right, bindings, depth + 1);
    }
    case 'CallExpression':
      return { ok: false, reason: TRANSLATION_CALLS.has(calleeName(node) ?? '') ? 'translation' : 'dynamic-expression' };
    default:
      return { ok: false, reason: 'dynamic-expression' };
  }
}

/**
 * `===`, `!==` and `==`/`!=` between static values. Loose equality is decided only where it can't coerce (same
 * type, or null against undefined); anything else is unknown rather than a re-implementation of JavaScript's rules.
 */
function evaluateComparison(operator: string, leftNode: Node, rightNode: Node, node: Node, bindings: FileBindings, depth: number): Evaluation {
  if (!['===', '!==', '==', '!='].includes(operator)) return { ok: false, reason: 'dynamic-expression' };
  const left = evaluate(leftNode, bindings, depth + 1);
  if (!left.ok) return left;
  const right = evaluate(rightNode, bindings, depth + 1);
  if (!right.ok) return right;
  const nullish = (value: StaticValue): boolean => value === null || value === undefined;
  let equal: boolean;
  if (operator.length === 3 || typeof left.value === typeof right.value) equal = left.value === right.value;
  else if (nullish(left.value) || nullish(right.value)) equal = nullish(left.value) && nullish(right.value);
  else return { ok: false, reason: 'unknown-value' };
  return { ok: true, value: operator.startsWith('!') ? !equal : equal, node };
}

function evaluateTemplate(node: TSESTree.TemplateLiteral, bindings: FileBindings, depth: number): Evaluation {
  let value = '';
  for (let i = 0; i < node.quasis.length; i++) {
    value += node.quasis[i]?.value.cooked ?? '';
    const expression = node.expressions[i];
    if (expression) {
      const part = evaluate(expression, bindings, depth + 1);
      if (!part.ok) return part;
      value += String(part.value ?? '');
    }
  }
  return { ok: true, value, node };
}

/** Resolve an expression to an object literal declared in this file. */
export function resolveObject(expression: Node, bindings: FileBindings, depth = 0): TSESTree.ObjectExpression | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrapExpression(expression);
  if (node.type === 'ObjectExpression') return node;
  if (node.type === 'Identifier') {
    const bound = bindings.constants.get(node.name);
    return bound ? resolveObject(bound, bindings, depth + 1) : undefined;
  }
  if (node.type === 'MemberExpression') {
    const target = memberTarget(node, bindings, depth);
    return target ? resolveObject(target, bindings, depth + 1) : undefined;
  }
  return undefined;
}

/** The value node of `object.key` where `object` is a literal of this file. */
export function objectProperty(object: TSESTree.ObjectExpression, key: string): Node | undefined {
  let found: Node | undefined;
  for (const property of object.properties) {
    if (property.type === 'Property' && propertyKeyName(property) === key) found = property.value;
  }
  return found;
}

function memberTarget(node: TSESTree.MemberExpression, bindings: FileBindings, depth: number): Node | undefined {
  const key = propertyKeyName(node);
  if (key === undefined) return undefined;
  const object = resolveObject(node.object, bindings, depth + 1);
  return object ? objectProperty(object, key) : undefined;
}

/**
 * The initial value of a value bound to React state: `checked={marketing}` with
 * `const [marketing, setMarketing] = useState(true)`, or `checked={prefs.marketing}` with
 * `useState({ marketing: true })` or `useState(DEFAULTS)`.
 */
export function evaluateInitialState(
  expression: Node,
  bindings: FileBindings,
): { value: StaticValue; node: Node; binding: string } | undefined {
  const node = unwrapExpression(expression);
  if (node.type === 'Identifier') {
    const state = bindings.states.get(node.name);
    if (!state?.initial) return undefined;
    const initial = evaluate(state.initial, bindings);
    return initial.ok ? { value: initial.value, node: initial.node, binding: node.name } : undefined;
  }
  if (node.type === 'MemberExpression') {
    const key = propertyKeyName(node);
    const objectNode = unwrapExpression(node.object);
    if (key === undefined || objectNode.type !== 'Identifier') return undefined;
    const state = bindings.states.get(objectNode.name);
    if (!state?.initial) return undefined;
    const object = resolveObject(state.initial, bindings);
    const property = object && objectProperty(object, key);
    if (!property) return undefined;
    const initial = evaluate(property, bindings);
    return initial.ok ? { value: initial.value, node: initial.node, binding: `${objectNode.name}.${key}` } : undefined;
  }
  return undefined;
}

export function rangeOf(node: Node): Range {
  return node.range;
}
