/**
 * What a file's code says about the state its JSX shows, read as data (nothing runs):
 * - ticking state: a `useState` value whose setter is called with a subtraction inside `setInterval`,
 *   `setTimeout` or an interval hook (`useInterval`), the way a countdown is written; and the JSX elements that
 *   render it (`<span>{secondsLeft}</span>`);
 * - toggled state: a button whose click handler flips a boolean state (`setShare(!share)`, `setOn((v) => !v)`),
 *   with that state's initial value, so a button drawn as a checkbox or switch has a checked state.
 * Elements are matched by their ESTree node, so components brought in from other files (whose nodes belong to
 * another program) are never read against this file's state.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { collectBindings, stateAt, type StateBinding } from '../model/bindings.js';
import { calleeName, forEachChild, unwrapExpression, type Node } from '../model/estree.js';

/** The boolean state a button's click handler flips, and how that state is declared. */
export interface ToggledState {
  name: string;
  state: StateBinding | null | undefined;
}

export interface ProgramFacts {
  /** JSX elements (ESTree nodes) with a child expression that renders ticking state. */
  tickingDisplays: ReadonlySet<unknown>;
  /** Buttons (ESTree JSXElement nodes) whose click handler flips a boolean state, with that state. */
  toggles: ReadonlyMap<unknown, ToggledState>;
}

const EMPTY: ProgramFacts = { tickingDisplays: new Set(), toggles: new Map() };
/** Calls whose callback runs on a timer: the DOM's, and the hooks that wrap them (react-use, usehooks-ts). */
const TIMER_CALL = /^(?:setInterval|setTimeout|useInterval|useTimeout|requestAnimationFrame)$/;
const CLICK_PROPS = new Set(['onClick', 'onPress', 'onChange', 'onToggle']);

const cache = new WeakMap<TSESTree.Program, ProgramFacts>();

/**
 * Whether `test` holds for `root` or a node below it, each visited once until it does (in no particular order),
 * with an explicit stack (a bundle's expressions nest deeper than the call stack allows).
 */
function someNode(root: Node, test: (node: Node) => boolean): boolean {
  const stack: Node[] = [root];
  const push = (child: Node): void => void stack.push(child);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (test(node)) return true;
    forEachChild(node, push);
  }
  return false;
}

/** `setSecondsLeft` → `secondsLeft`, for the setter named after its state, as the React docs write it. */
function stateOfSetter(name: string): string | undefined {
  if (!/^set[A-Z]/.test(name)) return undefined;
  return name.charAt(3).toLowerCase() + name.slice(4);
}

/** `x - 1`, `(s) => s - 1`, `(s) => Math.max(0, s - 1)`, `s > 0 ? s - 1 : 0`: a subtraction anywhere in the argument. */
function subtracts(argument: Node): boolean {
  return someNode(argument, (node) => node.type === 'BinaryExpression' && node.operator === '-');
}

/** `!x`, or `(v) => !v`: the argument flips a boolean. */
function flips(argument: Node): boolean {
  const node = unwrapExpression(argument);
  if (node.type === 'UnaryExpression' && node.operator === '!') return true;
  if ((node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') && node.params.length === 1) {
    const body = node.body.type === 'BlockStatement' ? node.body.body.find((s) => s.type === 'ReturnStatement')?.argument : node.body;
    return !!body && unwrapExpression(body).type === 'UnaryExpression' && (unwrapExpression(body) as TSESTree.UnaryExpression).operator === '!';
  }
  return false;
}

/** The state a setter call inside `root` decrements or flips. */
function setterTargets(root: Node, test: (argument: Node) => boolean): string[] {
  const names: string[] = [];
  someNode(root, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return false;
    const state = stateOfSetter(node.callee.name);
    const argument = node.arguments[0];
    if (state && argument && argument.type !== 'SpreadElement' && test(argument)) names.push(state);
    return false;
  });
  return names;
}

function referencesAny(expression: Node, names: ReadonlySet<string>): boolean {
  return someNode(expression, (node) => node.type === 'Identifier' && names.has(node.name));
}

export function programFacts(program: TSESTree.Program | undefined): ProgramFacts {
  if (!program) return EMPTY;
  let facts = cache.get(program);
  if (facts) return facts;
  const ticking = new Set<string>();
  const jsx: TSESTree.JSXElement[] = [];
  someNode(program, (node) => {
    if (node.type === 'CallExpression' && TIMER_CALL.test(calleeName(node) ?? '')) {
      for (const argument of node.arguments) if (argument.type === 'ArrowFunctionExpression' || argument.type === 'FunctionExpression') for (const name of setterTargets(argument, subtracts)) ticking.add(name);
    }
    if (node.type === 'JSXElement') jsx.push(node);
    return false;
  });
  const tickingDisplays = new Set<unknown>();
  const toggles = new Map<unknown, ToggledState>();
  const bindings = ticking.size > 0 || jsx.length > 0 ? collectBindings(program) : undefined;
  for (const element of jsx) {
    if (ticking.size > 0 && element.children.some((child) => child.type === 'JSXExpressionContainer' && child.expression.type !== 'JSXEmptyExpression' && referencesAny(child.expression, ticking))) {
      tickingDisplays.add(element);
    }
    for (const attribute of element.openingElement.attributes) {
      if (attribute.type !== 'JSXAttribute' || attribute.name.type !== 'JSXIdentifier' || !CLICK_PROPS.has(attribute.name.name)) continue;
      const value = attribute.value;
      if (value?.type !== 'JSXExpressionContainer' || value.expression.type === 'JSXEmptyExpression') continue;
      const [name] = setterTargets(value.expression, flips);
      if (name) toggles.set(element, { name, state: bindings ? stateAt(bindings, name, element.range) : undefined });
    }
  }
  facts = { tickingDisplays, toggles };
  cache.set(program, facts);
  return facts;
}
