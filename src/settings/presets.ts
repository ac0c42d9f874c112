/**
 * Built-in presets for popular component libraries: what their controls are (button, switch, checkbox, ...), how
 * prominent each variant is drawn, and which element each renders, so `<Button variant="contained">` vs
 * `<Button variant="text">` compares as a filled button vs a text button without any user setting.
 *
 * This is the thin reader of the library modules (src/libraries/<id>.ts), where each library's knowledge lives as
 * data with its sources: semantics, variants, default theme, layout components, slots. Where the variant prop is
 * present but not static, the emphasis is unknown (undefined), never the default.
 */
import type { Emphasis, Semantic } from '../model/types.js';
import { libraryComponent, type PresetInput } from '../libraries/index.js';
import type { VariantRule } from '../libraries/types.js';

export type { PresetInput } from '../libraries/index.js';

export interface PresetSemantics {
  semantic: Semantic;
  emphasis: Emphasis | undefined;
  checkedProps: string[];
  /** `mui`, `antd`, ... for explanations. */
  library: string;
  /** The component's key in its library (`Button`, `dialog.Content`). */
  component: string;
  /** The element it renders, where the library says; `none` when it draws no box of its own. */
  tag: string | undefined;
}

function variantEmphasis(rule: VariantRule, input: PresetInput): Emphasis | undefined {
  if (!input.hasAttribute(rule.prop)) return rule.absent;
  const value = input.staticAttribute(rule.prop);
  // Present but computed at run time: unknown, not the default.
  if (typeof value !== 'string') return undefined;
  const exact = rule.values[value];
  if (exact) return exact;
  for (const [prefix, emphasis] of Object.entries(rule.byPrefix ?? {})) if (value.startsWith(prefix)) return emphasis;
  return undefined;
}

/** Of several variant props (antd's `variant` and `type`), the first one given; the last one's default otherwise. */
function variantRule(rules: VariantRule | readonly VariantRule[], input: PresetInput): VariantRule {
  const list: readonly VariantRule[] = Array.isArray(rules) ? rules : [rules as VariantRule];
  return list.find((rule) => input.hasAttribute(rule.prop)) ?? (list[list.length - 1] as VariantRule);
}

/** A polymorphic prop naming an HTML element (`component="span"`, `as="a"`): what a library component renders instead. */
const POLYMORPHIC_PROPS = ['component', 'as'];

function renderedTag(renders: string | ((input: PresetInput) => string | undefined) | undefined, input: PresetInput): string | undefined {
  for (const prop of POLYMORPHIC_PROPS) {
    if (!input.hasAttribute(prop)) continue;
    const as = input.staticAttribute(prop);
    // A component passed as `component={Link}` draws what that component draws: not known here.
    return typeof as === 'string' && /^[a-z][a-z0-9-]*$/.test(as) ? as : undefined;
  }
  return typeof renders === 'function' ? renders(input) : renders;
}

/** The preset for an element, if it comes from a library honest-ui knows. */
export function presetFor(input: PresetInput): PresetSemantics | undefined {
  const found = libraryComponent(input);
  if (!found) return undefined;
  const { data } = found;
  return {
    semantic: typeof data.semantic === 'function' ? data.semantic(input) : data.semantic,
    emphasis: data.variant ? variantEmphasis(variantRule(data.variant, input), input) : undefined,
    checkedProps: [...(data.checkedProps ?? [])],
    library: found.library.id,
    component: found.name,
    tag: renderedTag(data.renders, input),
  };
}
