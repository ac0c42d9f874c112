/**
 * CSS values: lengths to CSS px, font weights to numbers, shorthands to longhands. Anything that depends on
 * run-time context (var(), calc() with mixed units, env()) is unknown, never guessed.
 */
import { valueParserLib } from './postcss.js';

/** Font-size keywords in CSS px, as browsers compute them with a 16px medium (CSS Fonts 4, table of sizes). */
export const FONT_SIZE_KEYWORDS: Record<string, number> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
};

export interface LengthContext {
  /** The parent's font size (for em and % in font-size) or this element's (for em elsewhere). */
  em: number;
  rem: number;
  /** What 100% means for this property, if it is a length. */
  percentBase?: number;
}

/** Parse a length to CSS px; undefined when it is not a static length. */
export function lengthToPx(value: string, context: LengthContext): number | undefined {
  const text = value.trim().toLowerCase();
  if (text === '0') return 0;
  const parsed = valueParserLib().unit(text);
  if (!parsed) return undefined;
  const number = Number(parsed.number);
  if (!Number.isFinite(number)) return undefined;
  switch (parsed.unit) {
    case 'px':
      return number;
    case 'rem':
      return number * context.rem;
    case 'em':
      return number * context.em;
    case '%':
      return context.percentBase === undefined ? undefined : (number / 100) * context.percentBase;
    case 'pt':
      return (number * 96) / 72;
    case 'pc':
      return number * 16;
    case 'in':
      return number * 96;
    case 'cm':
      return (number * 96) / 2.54;
    case 'mm':
      return (number * 96) / 25.4;
    case 'q':
      return (number * 96) / 101.6;
    case '':
      return number === 0 ? 0 : undefined;
    default:
      return undefined;
  }
}

/** A font-size declaration to px, given the parent's computed size. */
export function fontSizeToPx(value: string, parentPx: number, rootPx: number): number | undefined {
  const text = value.trim().toLowerCase();
  if (text in FONT_SIZE_KEYWORDS) return ((FONT_SIZE_KEYWORDS[text] as number) * rootPx) / 16;
  // CSS Fonts 4: smaller/larger scale by a factor; browsers use 1.2.
  if (text === 'smaller') return parentPx / 1.2;
  if (text === 'larger') return parentPx * 1.2;
  return lengthToPx(text, { em: parentPx, rem: rootPx, percentBase: parentPx });
}

/** A font-weight declaration to a number, given the parent's computed weight (CSS Fonts 4 § 2.4 for bolder/lighter). */
export function fontWeightToNumber(value: string, parentWeight: number): number | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'normal') return 400;
  if (text === 'bold') return 700;
  if (text === 'bolder') return parentWeight < 350 ? 400 : parentWeight < 550 ? 700 : 900;
  if (text === 'lighter') return parentWeight < 550 ? 100 : parentWeight < 750 ? 400 : 700;
  const number = Number(text);
  return Number.isFinite(number) && number >= 1 && number <= 1000 ? number : undefined;
}

export function isDynamicValue(value: string): boolean {
  return /\b(?:var|env|attr|calc|min|max|clamp)\(/i.test(value);
}

/** Expand a 1-4 value box shorthand (padding, margin) into top, right, bottom, left. */
export function expandBox(value: string): [string, string, string, string] | undefined {
  const parts = valueParserLib()(value).nodes.filter((n) => n.type !== 'space').map((n) => valueParserLib().stringify(n));
  const [a, b = a, c = a, d = b] = parts;
  if (parts.length < 1 || parts.length > 4 || a === undefined) return undefined;
  return [a, b as string, c as string, d as string];
}

/** Functions that make a background layer an image (CSS Images 3 and 4): it paints over the colour beneath. */
const IMAGE_FUNCTION = /^(?:url|image|image-set|-webkit-image-set|cross-fade|element|paint|(?:-webkit-)?(?:repeating-)?(?:linear|radial|conic)-gradient)$/i;

/** `inherit`, `initial`, `unset`, `revert`: a shorthand with one of these sets every longhand to it. */
export function isCssWideKeyword(value: string): boolean {
  return /^(?:inherit|initial|unset|revert|revert-layer)$/i.test(value.trim());
}

/** var(), env() and attr(): in a shorthand they leave every longhand pending until computed-value time. */
export function hasSubstitution(value: string): boolean {
  return /\b(?:var|env|attr)\(/i.test(value);
}

/** The colour layer of a `background` shorthand, if it has one. */
export function backgroundColorOf(value: string): string | undefined {
  const nodes = valueParserLib()(value).nodes.filter((n) => n.type !== 'space' && n.type !== 'div');
  for (const node of nodes) {
    const text = valueParserLib().stringify(node);
    if (node.type === 'function' && /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)$/i.test(node.value)) return text;
    if (node.type === 'word' && (/^#[0-9a-f]{3,8}$/i.test(text) || /^[a-z]+$/i.test(text))) {
      if (/^(?:none|no-repeat|repeat|repeat-x|repeat-y|space|round|center|top|bottom|left|right|fixed|scroll|local|cover|contain|auto|border-box|padding-box|content-box|text)$/i.test(text)) continue;
      return text;
    }
  }
  return undefined;
}

/** The image layers of a `background` shorthand (`url(...)`, gradients), comma-separated, or `none`. */
export function backgroundImagesOf(value: string): string {
  const images = valueParserLib()(value)
    .nodes.filter((n) => n.type === 'function' && IMAGE_FUNCTION.test(n.value))
    .map((n) => valueParserLib().stringify(n));
  return images.length > 0 ? images.join(', ') : 'none';
}

/** The width, style and colour parts of a `border` shorthand. */
export function expandBorder(value: string): { width?: string; style?: string; color?: string } {
  const out: { width?: string; style?: string; color?: string } = {};
  for (const node of valueParserLib()(value).nodes) {
    if (node.type === 'space') continue;
    const text = valueParserLib().stringify(node);
    if (/^(?:none|hidden|dotted|dashed|solid|double|groove|ridge|inset|outset)$/i.test(text)) out.style = text;
    else if (/^(?:thin|medium|thick)$/i.test(text) || valueParserLib().unit(text)) out.width = text;
    else out.color = text;
  }
  return out;
}
