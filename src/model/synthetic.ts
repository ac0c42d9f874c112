/**
 * Nodes the evaluator makes itself, never a parser: a value to be read in another scope (a prop where its caller
 * wrote it), a value known to be unknown, an object a library hands a render function (react-hook-form's `field`),
 * and text with typed slots (a translated message with `{count}` in it). They carry the range of the code they
 * stand for, so every node the model keeps still points into a file.
 */
import type { FileBindings } from './bindings.js';
import type { Node } from './estree.js';
import type { Range, TextPart, UnresolvedReason } from './types.js';

export const SCOPED = 'HonestUiScoped';
export const UNKNOWN = 'HonestUiUnknown';
export const TEXT = 'HonestUiText';
export const DEFAULT = 'HonestUiDefault';

export interface ScopedNode {
  type: typeof SCOPED;
  target: Node;
  scope: FileBindings;
  range: Range;
}

export interface TextNode {
  type: typeof TEXT;
  parts: TextPart[];
  range: Range;
}

export function syntheticType(node: Node): string {
  return (node as { type: string }).type;
}

/** A node standing for `node` read in `bindings` (a caller's scope, another module). */
export function scopedNode(node: Node, bindings: FileBindings, range: Range = node.range): Node {
  return { type: SCOPED, target: node, scope: bindings, range } as unknown as Node;
}

/** A node whose value is known to be unknown: a prop a caller passes from a server, a spread. */
export function unknownNode(reason: UnresolvedReason, range: Range): Node {
  return { type: UNKNOWN, reason, range } as unknown as Node;
}

/** A prop's default value (`{ defaultOn = true }`) where the caller omits it: read as the default, named by the prop. */
export function defaultNode(name: string, fallback: Node): Node {
  return { type: DEFAULT, name, target: fallback, range: fallback.range } as unknown as Node;
}

/** Text with typed slots, such as a message read from a locale file. */
export function textNode(parts: TextPart[], range: Range): Node {
  return { type: TEXT, parts, range } as unknown as Node;
}

export function literalNode(value: string | number | boolean | null, range: Range): Node {
  return { type: 'Literal', value, raw: JSON.stringify(value), range } as unknown as Node;
}

/** `object.key` as a node, for names destructured from an object (`const { t } = useTranslation()`). */
export function memberNode(object: Node, key: string, range: Range): Node {
  return {
    type: 'MemberExpression',
    object,
    property: { type: 'Identifier', name: key, range },
    computed: false,
    optional: false,
    range,
  } as unknown as Node;
}

/** An object literal with these properties (values are nodes, possibly scoped). */
export function objectNode(entries: ReadonlyArray<readonly [string, Node]>, range: Range): Node {
  return {
    type: 'ObjectExpression',
    range,
    properties: entries.map(([key, value]) => ({ type: 'Property', key: literalNode(key, range), value, computed: false, kind: 'init', method: false, shorthand: false, range })),
  } as unknown as Node;
}

/** An array literal of these elements (nodes, possibly scoped): what a hook returns as a tuple. */
export function arrayNode(elements: readonly Node[], range: Range): Node {
  return { type: 'ArrayExpression', elements: [...elements], range } as unknown as Node;
}

/**
 * An object of which only these properties are known: every other key is unknown (a spread of an unknown value
 * comes first, so the listed keys win), never `undefined`. For what a library hook returns when only part of it is
 * known on the first render.
 */
export function partialObjectNode(entries: ReadonlyArray<readonly [string, Node]>, range: Range): Node {
  const object = objectNode(entries, range) as unknown as { properties: unknown[] };
  object.properties.unshift({ type: 'SpreadElement', argument: unknownNode('dynamic-expression', range), range });
  return object as unknown as Node;
}
