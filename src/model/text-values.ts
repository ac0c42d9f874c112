/**
 * Text as the first render shows it, with typed slots for what is computed at run time: `{label}` read through
 * constants, imports, props and translations; `\`Only ${left} left\`` as "Only {left} left" with a number slot;
 * `{pending ? <Spinner /> : 'Agree'}` as "Agree" (the branch the first render takes, or the only branch that is
 * text); `$${price.toFixed(2)}` and `formatPrice(total)` as prices. Nothing is executed.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { evaluateFirstRender, locate, type FileBindings } from './bindings.js';
import { calleeName, propertyKeyName, unwrapExpression, type Node } from './estree.js';
import { looksNumeric } from './i18n.js';
import { normaliseParts, typePriceSlots } from './messages.js';
import { syntheticType, TEXT, type TextNode } from './synthetic.js';
import type { TextPart, TextSlot, UnresolvedReason } from './types.js';

export type TextEvaluation = { ok: true; parts: TextPart[] } | { ok: false; reason: UnresolvedReason };

/** Names teams give numbers they render ("{count} left", "{seatsLeft} seats"). */
const NUMERIC_NAME = /^(?:count|n|num|amount|total|qty|quantity|left|remaining|stock|seats|days|hours|minutes|seconds|percent|discount)$|(?:Count|Left|Remaining|Total|Amount|Quantity|Qty|Seats|Stock|Days|Hours|Minutes|Seconds)$/;
/** Helpers that format an amount of money (a team's own `formatPrice`, `formatCurrency`, `formatMoney`); the pre-filter reads it too. */
export const PRICE_FORMATTERS = ['formatPrice', 'formatCurrency', 'formatMoney', 'formatAmount', 'formatCost', 'toCurrency', 'currency', 'money', 'price'];
const PRICE_FORMATTER = new RegExp(`^(?:${PRICE_FORMATTERS.join('|')})$`, 'i');

const MAX_DEPTH = 12;

function nameOf(node: Node): string {
  const value = unwrapExpression(node);
  if (value.type === 'Identifier') return value.name;
  if (value.type === 'MemberExpression') {
    const key = propertyKeyName(value);
    return `${nameOf(value.object)}.${key ?? '[]'}`;
  }
  if (value.type === 'CallExpression') return `${nameOf(value.callee)}()`;
  return 'value';
}

/** `style: 'currency'` in an options object, with its `currency`. */
function currencyOption(node: Node | undefined, bindings: FileBindings): { currency?: string } | undefined {
  if (!node) return undefined;
  const located = locate(node, bindings);
  if (!located.ok || located.node.type !== 'ObjectExpression') return undefined;
  let style: string | undefined;
  let currency: string | undefined;
  for (const property of located.node.properties) {
    if (property.type !== 'Property') continue;
    const key = propertyKeyName(property);
    const value = unwrapExpression(property.value as Node);
    const text = value.type === 'Literal' && typeof value.value === 'string' ? value.value : undefined;
    if (key === 'style') style = text;
    if (key === 'currency') currency = text;
  }
  return style === 'currency' ? (currency ? { currency: currency.toUpperCase() } : {}) : undefined;
}

/** `new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })`, where a name or call leads to one. */
function currencyFormatter(node: Node, bindings: FileBindings): { currency?: string } | undefined {
  const located = locate(node, bindings);
  if (!located.ok) return undefined;
  const value = located.node;
  if (value.type !== 'NewExpression' && value.type !== 'CallExpression') return undefined;
  const callee = unwrapExpression(value.callee);
  const isNumberFormat = callee.type === 'MemberExpression' && propertyKeyName(callee) === 'NumberFormat';
  return isNumberFormat ? currencyOption(value.arguments[1] as Node | undefined, located.bindings) : undefined;
}

/** The typed slot an unknown expression fills. */
export function slotOf(node: Node, bindings: FileBindings): TextSlot {
  const value = unwrapExpression(node);
  const name = nameOf(value);
  if (value.type === 'CallExpression') {
    const callee = unwrapExpression(value.callee);
    const called = calleeName(value) ?? '';
    // formatPrice(total), intl.formatNumber(x, { style: 'currency' }), total.toLocaleString('en', { style: 'currency' }).
    if (PRICE_FORMATTER.test(called)) return { slot: 'price', name };
    if (called === 'formatNumber' || called === 'toLocaleString') {
      const option = currencyOption(value.arguments[called === 'formatNumber' ? 1 : 1] as Node | undefined, bindings);
      if (option) return { slot: 'price', name, ...option };
      return { slot: 'number', name };
    }
    // fmt.format(x) with fmt an Intl.NumberFormat in currency style.
    if (called === 'format' && callee.type === 'MemberExpression') {
      const option = currencyFormatter(callee.object, bindings);
      if (option) return { slot: 'price', name, ...option };
    }
  }
  if (looksNumeric(value)) return { slot: 'number', name };
  const last = name.split('.').pop()?.replace(/\(\)$/, '') ?? name;
  return { slot: NUMERIC_NAME.test(last) ? 'number' : 'text', name };
}

/**
 * The text an expression renders on the first render, as known words and typed slots. Fails for what is not
 * text (an element, a call that renders something else) or cannot be told (two different known branches of an
 * unknown test).
 */
export function evaluateText(expression: Node, bindings: FileBindings, depth = 0): TextEvaluation {
  if (depth > MAX_DEPTH) return { ok: false, reason: 'unknown-value' };
  const evaluated = evaluateFirstRender(expression, bindings);
  if (evaluated.ok) {
    const value = evaluated.value;
    return { ok: true, parts: typeof value === 'string' || typeof value === 'number' ? [String(value)] : [] };
  }
  const located = locate(expression, bindings, { depth: 0, hops: 0, firstRender: true });
  if (!located.ok) {
    // A value that is there but unknown: a slot, when how it is written says what it holds.
    const node = unwrapExpression(expression);
    const slot = isTextLike(node) && located.reason !== 'translation' ? slotOf(node, bindings) : undefined;
    return slot && slot.slot !== 'text' ? { ok: true, parts: [slot] } : located;
  }
  const node = located.node;
  const scope = located.bindings;
  if (syntheticType(node) === TEXT) return { ok: true, parts: (node as unknown as TextNode).parts };
  switch (node.type) {
    case 'TemplateLiteral': {
      const parts: TextPart[] = [];
      node.quasis.forEach((quasi, i) => {
        parts.push(quasi.value.cooked ?? '');
        const part = node.expressions[i];
        if (part) parts.push(...partsOf(part, scope, depth));
      });
      return { ok: true, parts: typePriceSlots(normaliseParts(parts)) };
    }
    case 'BinaryExpression': {
      if (node.operator !== '+') break;
      const left = evaluateText(node.left as Node, scope, depth + 1);
      const right = evaluateText(node.right, scope, depth + 1);
      const stringy = (e: typeof left) => e.ok && e.parts.some((p) => typeof p === 'string');
      // `a + b` concatenates only when a side is text.
      if (!stringy(left) && !stringy(right)) return { ok: true, parts: [slotOf(node, scope)] };
      return { ok: true, parts: typePriceSlots(normaliseParts([...partsOf(node.left as Node, scope, depth), ...partsOf(node.right, scope, depth)])) };
    }
    case 'ConditionalExpression':
      return chooseBranch(node, scope, depth);
    case 'LogicalExpression': {
      const left = evaluateFirstRender(node.left, scope);
      if (left.ok) {
        const rendersRight = node.operator === '&&' ? Boolean(left.value) : node.operator === '||' ? !left.value : left.value === null || left.value === undefined;
        return rendersRight ? evaluateText(node.right, scope, depth + 1) : { ok: true, parts: typeof left.value === 'string' || typeof left.value === 'number' ? [String(left.value)] : [] };
      }
      return { ok: false, reason: left.reason };
    }
    case 'CallExpression':
    case 'Identifier':
    case 'MemberExpression': {
      // Named as written; typed by how it is written or by what it leads to (`n` bound to `useStock()`).
      const written = slotOf(unwrapExpression(expression), bindings);
      const slot = written.slot !== 'text' ? written : { ...slotOf(node, scope), name: written.name };
      if (slot.slot !== 'text') return { ok: true, parts: [slot] };
      break;
    }
    default:
      break;
  }
  return { ok: false, reason: evaluated.reason };
}

/** Parts for a piece of a template or concatenation: text where known, else one slot. */
function partsOf(node: Node, bindings: FileBindings, depth: number): TextPart[] {
  const inner = evaluateText(node, bindings, depth + 1);
  return inner.ok ? inner.parts : [slotOf(node, bindings)];
}

function isTextLike(node: Node): boolean {
  return node.type === 'Identifier' || node.type === 'MemberExpression' || (node.type === 'CallExpression' && !isJsxFactory(node));
}

function isJsxFactory(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call);
  return name === 'map' || name === 'createElement' || name === 'cloneElement' || name === 'createPortal';
}

/** Whether an expression renders nothing or an element, not text (`null`, `<Spinner />`, `false`). */
function rendersNoText(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'JSXElement' || value.type === 'JSXFragment') return true;
  if (value.type === 'Literal') return value.value === null || value.value === false || value.value === '';
  return value.type === 'Identifier' && value.name === 'undefined';
}

/**
 * A ternary's text: the branch the first render takes when its test is known; otherwise the branch that is text
 * when the other is an element or nothing (`loading ? <Spinner /> : t('accept')`). Two different texts under a
 * test that can't be read stay unknown.
 */
function chooseBranch(node: TSESTree.ConditionalExpression, bindings: FileBindings, depth: number): TextEvaluation {
  const test = evaluateFirstRender(node.test, bindings);
  if (test.ok) return evaluateText(test.value ? node.consequent : node.alternate, bindings, depth + 1);
  const consequentEmpty = rendersNoText(node.consequent);
  const alternateEmpty = rendersNoText(node.alternate);
  if (consequentEmpty && !alternateEmpty) return known(evaluateText(node.alternate, bindings, depth + 1), test.reason);
  if (alternateEmpty && !consequentEmpty) return known(evaluateText(node.consequent, bindings, depth + 1), test.reason);
  const consequent = evaluateText(node.consequent, bindings, depth + 1);
  const alternate = evaluateText(node.alternate, bindings, depth + 1);
  // `isEditing ? 'Save' : 'Save'`: the same either way.
  if (consequent.ok && alternate.ok && JSON.stringify(consequent.parts) === JSON.stringify(alternate.parts)) return consequent;
  // One branch's text can't be read (a translation that is missing), the other can: the known one.
  if (consequent.ok && !alternate.ok && consequent.parts.some((p) => typeof p === 'string')) return consequent;
  if (alternate.ok && !consequent.ok && alternate.parts.some((p) => typeof p === 'string')) return alternate;
  return { ok: false, reason: test.reason };
}

/** A branch's text only when it has known words; a lone slot says nothing more than unknown. */
function known(evaluation: TextEvaluation, reason: UnresolvedReason): TextEvaluation {
  return evaluation.ok && evaluation.parts.some((p) => typeof p === 'string') ? evaluation : { ok: false, reason: evaluation.ok ? reason : evaluation.reason };
}
