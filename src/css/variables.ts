/**
 * CSS custom properties (CSS Variables 1): `--name: value` declarations cascade like any property and inherit down
 * the tree, and `var(--name, fallback)` in a value is replaced by the element's value of `--name` at computed-value
 * time (§ 3). A variable that is not defined takes the fallback; one whose value is not known statically (a rule
 * that may or may not apply, a value computed at run time) leaves the whole declaration unknown. Library themes
 * define their values as variables too (src/libraries/), so a theme value and a page's own variable resolve alike.
 */
import { valueParserLib } from './postcss.js';

/** A variable's value, or `undefined` when it is defined but not known statically. */
export type Variables = ReadonlyMap<string, string | undefined>;

/** Nested var() references followed before giving up (a cycle is invalid at computed-value time, § 3.4). */
const MAX_SUBSTITUTIONS = 32;

export function hasVar(value: string): boolean {
  return /\bvar\(/i.test(value);
}

/**
 * `value` with every `var()` replaced; undefined when one can't be: not defined and no fallback, defined as
 * unknown, or nested past MAX_SUBSTITUTIONS (a cycle).
 */
export function substituteVariables(value: string, variables: Variables, depth = 0): string | undefined {
  if (!hasVar(value)) return value;
  if (depth > MAX_SUBSTITUTIONS) return undefined;
  let failed = false;
  const parsed = valueParserLib()(value);
  parsed.walk((node) => {
    if (failed || node.type !== 'function' || node.value.toLowerCase() !== 'var') return undefined;
    const comma = node.nodes.findIndex((n) => n.type === 'div' && n.value === ',');
    const name = valueParserLib().stringify(comma < 0 ? node.nodes : node.nodes.slice(0, comma)).trim();
    const fallback = comma < 0 ? undefined : valueParserLib().stringify(node.nodes.slice(comma + 1)).trim();
    let replacement: string | undefined;
    if (variables.has(name)) replacement = variables.get(name);
    else replacement = fallback;
    const resolved = replacement === undefined ? undefined : substituteVariables(replacement, variables, depth + 1);
    if (resolved === undefined) {
      failed = true;
      return false;
    }
    // Replace the function node by a word holding the substituted text.
    (node as unknown as { type: string; value: string; nodes?: unknown }).type = 'word';
    (node as unknown as { value: string }).value = resolved;
    delete (node as unknown as { nodes?: unknown }).nodes;
    return false;
  });
  return failed ? undefined : parsed.toString();
}

/** A custom property's own value, its var() references resolved against what its element inherits and declares. */
export function defineVariables(inherited: Variables, own: ReadonlyMap<string, string | undefined>): Variables {
  if (own.size === 0) return inherited;
  const out = new Map(inherited);
  // Declared values first (they may refer to each other on the same element), then resolved in that scope.
  for (const [name, value] of own) out.set(name, value);
  for (const [name, value] of own) out.set(name, value === undefined ? undefined : substituteVariables(value, out));
  return out;
}
