/**
 * Branches of a choice between renderings: `{step === 'offer' && <OfferStep/>}` beside `{step === 'done' && ...}`,
 * the two sides of a ternary, `{submitted && <Thanks/>}` beside `{!submitted && <Form/>}`. The model keeps every
 * branch (a step shown later is still checked), so order between elements of branches that exclude each other means
 * nothing: they are never on screen together.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { unwrapExpression, type Node } from './estree.js';
import type { Branch, UIElement } from './types.js';

/** `state.step`, `submitted`, `props.mode`: a condition's subject as written, where it is a plain name or path. */
function subject(node: Node): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === 'Identifier') return expression.name;
  if (expression.type === 'ThisExpression') return 'this';
  if (expression.type === 'MemberExpression' && !expression.computed && expression.property.type === 'Identifier') {
    const object = subject(expression.object as Node);
    return object === undefined ? undefined : `${object}.${expression.property.name}`;
  }
  return undefined;
}

/** A literal (as `literal` writes it) that is truthy: a non-empty string, a number other than 0, `true`. */
const TRUTHY_LITERAL = /^(?:"[^]+"|true|-?(?!0(?:\.0*)?$)[\d.e+-]+)$/;

function literal(node: Node): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === 'Literal' && (typeof expression.value === 'string' || typeof expression.value === 'number' || typeof expression.value === 'boolean')) return JSON.stringify(expression.value);
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) return JSON.stringify(expression.quasis[0]?.value.cooked ?? '');
  return undefined;
}

/**
 * What is known when `test` is `holds` (true or false): a subject's truthiness (`submitted?`) or its value
 * (`state.step=`). Keys of the two kinds never meet, so `{step && ...}` is not read against `step === 'done'`.
 */
export function conditionBranches(test: Node, holds: boolean): Branch[] {
  const expression = unwrapExpression(test);
  if (expression.type === 'UnaryExpression' && expression.operator === '!') return conditionBranches(expression.argument as Node, !holds);
  // `config && provider === 'cline'` holding says both hold; `a || b` failing, that both fail. (The other way round,
  // it says only that one of them does not, or does: nothing about either.)
  if (expression.type === 'LogicalExpression' && ((expression.operator === '&&' && holds) || (expression.operator === '||' && !holds))) {
    return [...conditionBranches(expression.left as Node, holds), ...conditionBranches(expression.right as Node, holds)];
  }
  // `type === 'yellow' || type === 'green'` holding says the subject is one of those values.
  if (expression.type === 'LogicalExpression' && expression.operator === '||' && holds) return oneOf(expression);
  const name = subject(expression);
  if (name !== undefined) return [{ key: `${name}?`, value: String(holds) }];
  if (expression.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(expression.operator)) {
    const equal = expression.operator === '===' || expression.operator === '==';
    // Only `x === 'a'` holding (or `x !== 'a'` failing) says what x is.
    if (equal !== holds) return [];
    const left = expression.left as Node;
    const right = expression.right as Node;
    const [side, value] = literal(right) !== undefined ? [subject(left), literal(right)] : [subject(right), literal(left)];
    if (side === undefined || value === undefined) return [];
    // Equal to a truthy value, it is truthy too: `type === 'dataroom-choice'` excludes the `type ? ... : <Intro/>` that
    // shows only while there is no type.
    return [{ key: `${side}=`, value }, ...(TRUTHY_LITERAL.test(value) ? [{ key: `${side}?`, value: 'true' }] : [])];
  }
  return [];
}

/**
 * Between the values of a `=` branch that is one of several (`"yellow"` and `"green"`): no literal as `literal`
 * writes it holds a raw line break (JSON escapes it).
 */
const ALTERNATIVES = '\n';

/** What `a === 'x' || a === 'y' || …` holding says: `a` is one of the literals. Nothing unless every side says so of one subject. */
function oneOf(expression: TSESTree.LogicalExpression): Branch[] {
  const values: string[] = [];
  let side: string | undefined;
  const sides: Node[] = [expression as Node];
  for (let node = sides.pop(); node; node = sides.pop()) {
    const inner = unwrapExpression(node);
    if (inner.type === 'LogicalExpression' && inner.operator === '||') {
      sides.push(inner.right as Node, inner.left as Node);
      continue;
    }
    const known = inner.type === 'BinaryExpression' && (inner.operator === '===' || inner.operator === '==') ? conditionBranches(inner, true) : [];
    const value = known[0];
    if (!value || (side !== undefined && value.key !== side)) return [];
    side = value.key;
    values.push(value.value);
  }
  if (side === undefined) return [];
  const truthy = values.every((value) => TRUTHY_LITERAL.test(value));
  return [{ key: side, value: values.join(ALTERNATIVES) }, ...(truthy ? [{ key: `${side.slice(0, -1)}?`, value: 'true' }] : [])];
}

/** Whether two values of one branch key can't hold together: different values, or, of `=` keys, no value in common. */
function excludes(a: string, b: string): boolean {
  if (a === b) return false;
  if (!a.includes(ALTERNATIVES) && !b.includes(ALTERNATIVES)) return true;
  const values = new Set(a.split(ALTERNATIVES));
  return !b.split(ALTERNATIVES).some((value) => values.has(value));
}

/** The branches each operand of a conditional rendering opens: `test ? a : b`, `test && a`, `test || a`. */
export function operandBranches(node: Node, operand: Node): Branch[] {
  if (node.type === 'ConditionalExpression') {
    const ternary = node as TSESTree.ConditionalExpression;
    if (operand !== ternary.consequent && operand !== ternary.alternate) return [];
    const holds = operand === ternary.consequent;
    // A test with no readable subject still splits its own two sides.
    const known = conditionBranches(ternary.test as Node, holds);
    return [...known, { key: `?${ternary.range[0]}`, value: String(holds) }];
  }
  if (node.type === 'LogicalExpression') {
    const logical = node as TSESTree.LogicalExpression;
    if (operand !== logical.right || logical.operator === '??') return [];
    return conditionBranches(logical.left as Node, logical.operator === '&&');
  }
  return [];
}

function branchesAlong(element: UIElement): Map<string, string> {
  const found = new Map<string, string>();
  for (let current: UIElement | null = element; current; current = current.parent) {
    for (const branch of current.branches ?? []) if (!found.has(branch.key)) found.set(branch.key, branch.value);
  }
  return found;
}

/** Whether two elements sit in branches that exclude each other, so they are never rendered together. */
export function mutuallyExclusive(a: UIElement, b: UIElement): boolean {
  if (!a.branches && !b.branches && a.parent === b.parent) return false;
  const ofA = branchesAlong(a);
  if (ofA.size === 0) return false;
  for (const [key, value] of branchesAlong(b)) {
    const other = ofA.get(key);
    if (other !== undefined && excludes(other, value)) return true;
  }
  return false;
}
