/**
 * class-variance-authority: `const buttonVariants = cva(base, { variants, compoundVariants, defaultVariants })`
 * then `buttonVariants({ variant, size, className })`, read as data (cva.style/docs/getting-started/variants). The
 * classes a call produces are the base, each variant's classes for the prop's value (or its default), the
 * compound variants whose conditions hold, then `class`/`className`; in that order, as cva joins them. A prop whose
 * value isn't static makes each of its options' classes conditional; nothing is executed.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { Evaluation } from './bindings.js';
import { calleeName, propertyKeyName, unwrapExpression, type Node } from './estree.js';

/** A class expression the call produces (for the class collector to read) and whether it applies only sometimes. */
export interface CvaPart {
  node: Node;
  conditional: boolean;
}

type Evaluate = (node: Node) => Evaluation;

/** The `cva(...)` call a name is bound to, if any. */
export function cvaDefinition(node: Node | null | undefined): TSESTree.CallExpression | undefined {
  if (!node) return undefined;
  const value = unwrapExpression(node);
  return value.type === 'CallExpression' && calleeName(value) === 'cva' ? value : undefined;
}

function objectOf(node: Node | undefined): TSESTree.ObjectExpression | undefined {
  const value = node && unwrapExpression(node);
  return value?.type === 'ObjectExpression' ? value : undefined;
}

function entries(object: TSESTree.ObjectExpression | undefined): Array<[string, Node]> | undefined {
  if (!object) return [];
  const out: Array<[string, Node]> = [];
  for (const property of object.properties) {
    if (property.type !== 'Property') return undefined;
    const key = propertyKeyName(property);
    if (key === undefined) return undefined;
    out.push([key, property.value as Node]);
  }
  return out;
}

/** cva's falsyToString: booleans and 0 name their option (`"true"`, `"false"`, `"0"`). */
function optionName(value: unknown): string | undefined {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : undefined;
}

type PropState = { kind: 'known'; option: string | undefined } | { kind: 'null' } | { kind: 'unknown' };

/**
 * The parts of `call`, a call of the function `definition` made. Undefined when the definition isn't plain data
 * (computed keys, spreads): the caller treats the class list as unknown.
 */
export function cvaParts(definition: TSESTree.CallExpression, call: TSESTree.CallExpression, evaluate: Evaluate): CvaPart[] | undefined {
  const [baseNode, configNode] = definition.arguments;
  const parts: CvaPart[] = [];
  if (baseNode && baseNode.type !== 'SpreadElement') parts.push({ node: baseNode as Node, conditional: false });
  const config = configNode && configNode.type !== 'SpreadElement' ? objectOf(configNode as Node) : undefined;
  if (configNode && !config) return undefined;
  const configEntries = entries(config);
  if (!configEntries) return undefined;
  const section = (name: string): Node | undefined => configEntries.find(([key]) => key === name)?.[1];
  const variants = entries(objectOf(section('variants')));
  const defaults = entries(objectOf(section('defaultVariants')));
  if (!variants || !defaults) return undefined;

  const argument = call.arguments[0];
  const props = argument === undefined ? [] : argument.type === 'SpreadElement' ? undefined : entries(objectOf(argument as Node));
  // A props object that isn't a literal (`buttonVariants(props)`): every option is possible.
  const propsKnown = props !== undefined && (argument === undefined || objectOf(argument as Node) !== undefined);
  const propNode = (name: string): Node | undefined => props?.find(([key]) => key === name)?.[1];
  const defaultOf = (name: string): string | undefined => {
    const node = defaults.find(([key]) => key === name)?.[1];
    if (!node) return undefined;
    const value = evaluate(node);
    return value.ok ? optionName(value.value) : undefined;
  };
  const stateOf = (name: string): PropState => {
    if (!propsKnown) return { kind: 'unknown' };
    const node = propNode(name);
    if (!node) return { kind: 'known', option: defaultOf(name) };
    const value = evaluate(node);
    if (!value.ok) return { kind: 'unknown' };
    if (value.value === null) return { kind: 'null' };
    return { kind: 'known', option: optionName(value.value) ?? (value.value === undefined ? defaultOf(name) : undefined) };
  };

  const states = new Map<string, PropState>();
  for (const [name, optionsNode] of variants) {
    const options = entries(objectOf(optionsNode));
    if (!options) return undefined;
    const state = stateOf(name);
    states.set(name, state);
    if (state.kind === 'null') continue;
    for (const [option, classes] of options) {
      if (state.kind === 'unknown') parts.push({ node: classes, conditional: true });
      else if (state.option === option) parts.push({ node: classes, conditional: false });
    }
  }

  const compounds = section('compoundVariants');
  const compoundList = compounds && unwrapExpression(compounds);
  if (compoundList?.type === 'ArrayExpression') {
    for (const item of compoundList.elements) {
      const conditions = item && item.type !== 'SpreadElement' ? entries(objectOf(item as Node)) : undefined;
      if (!conditions) return undefined;
      let holds: boolean | 'maybe' = true;
      let classes: Node | undefined;
      for (const [key, value] of conditions) {
        if (key === 'class' || key === 'className') {
          classes = value;
          continue;
        }
        const state = states.get(key) ?? stateOf(key);
        const wanted = unwrapExpression(value);
        const options = wanted.type === 'ArrayExpression' ? wanted.elements.map((e) => (e && e.type !== 'SpreadElement' ? evaluate(e as Node) : undefined)) : [evaluate(wanted)];
        if (state.kind !== 'known' || options.some((o) => !o?.ok)) {
          holds = holds === false ? false : 'maybe';
          continue;
        }
        if (!options.some((o) => o?.ok && optionName(o.value) === state.option)) holds = false;
      }
      if (classes && holds !== false) parts.push({ node: classes, conditional: holds === 'maybe' });
    }
  } else if (compounds) return undefined;

  for (const name of ['class', 'className']) {
    const node = propNode(name);
    if (node) parts.push({ node, conditional: false });
  }
  return parts;
}
