/**
 * How an element looks, as far as the resolved styles tell: its presentation (filled button, outlined button,
 * text or link), type size and weight, colours and contrast. The measured numbers findings report come from here.
 */
import type { ComputedStyle, Resolved, StyleSource } from '../css/resolve.js';
import type { Emphasis, UIElement } from '../model/types.js';
import { textContent } from '../model/query.js';
import { NUMBERS } from '../standards/index.js';
import { composite, contrastRatio, formatRatio, toHex, withOpacity, type Rgba } from './color.js';

export type Presentation = 'filled' | 'outlined' | 'text';

export interface Appearance {
  element: UIElement;
  style: ComputedStyle;
  presentation: Resolved<Presentation>;
  /** Text contrast against the backdrop, with opacity applied. Known only when both colours come from the author. */
  contrast: Resolved<number>;
  /** The colour people see: text colour composited with opacity, as hex. */
  colorHex: string | undefined;
  backdropHex: string | undefined;
}

/** Below this ratio a fill is indistinguishable from what is behind it: no visible button shape. */
const VISIBLE_FILL_RATIO = 1.1;

function presentationOf(element: UIElement, style: ComputedStyle, parentStyle: ComputedStyle | undefined): Resolved<Presentation> {
  const fromEmphasis = (emphasis: Emphasis): Presentation => (emphasis === 'filled' ? 'filled' : emphasis === 'outlined' ? 'outlined' : 'text');
  if (element.emphasis) return { known: true, value: fromEmphasis(element.emphasis), origin: 'author', source: element.semanticSource };
  if (!style.fill.known) return style.fill;
  const fill = style.fill.value;
  if (fill && fill.alpha > 0) {
    const behind = parentStyle?.backdrop;
    if (behind?.known && contrastRatio(fill, behind.value) < VISIBLE_FILL_RATIO && fill.alpha >= 0.99) {
      // Same colour as the surface: only a border can draw the button.
      return borderOrText(style);
    }
    return { known: true, value: 'filled', origin: style.fill.origin };
  }
  return borderOrText(style);
}

function borderOrText(style: ComputedStyle): Resolved<Presentation> {
  if (!style.borderWidth.known) return style.borderWidth;
  if (style.borderWidth.value > 0 && style.borderColor.known && (style.borderColor.value === null || style.borderColor.value.alpha > 0)) {
    return { known: true, value: 'outlined', origin: style.borderWidth.origin };
  }
  return { known: true, value: 'text', origin: style.fill.known ? style.fill.origin : 'default' };
}

/** The colour of text as seen: its own alpha and the element's effective opacity, over the backdrop. */
export function visibleTextColor(style: ComputedStyle): Rgba | undefined {
  if (!style.color.known || !style.backdrop.known || !style.opacity.known) return undefined;
  return composite(withOpacity(style.color.value, style.opacity.value), style.backdrop.value);
}

export function textContrast(style: ComputedStyle): Resolved<number> {
  if (!style.color.known) return style.color;
  if (!style.backdrop.known) return style.backdrop;
  if (!style.opacity.known) return style.opacity;
  // A default colour on an author background (or the reverse) may be changed by global CSS we don't see.
  if (style.color.origin === 'default' || style.backdrop.origin === 'default') return { known: false, reason: 'no-background', detail: 'text colour or background is a browser default' };
  return { known: true, value: contrastRatio(withOpacity(style.color.value, style.opacity.value), style.backdrop.value), origin: style.color.origin === 'author' || style.backdrop.origin === 'author' ? 'author' : 'library' };
}

export function describeAppearance(element: UIElement, styles: StyleSource): Appearance {
  const box = styles.computed(element);
  // The text is drawn as the element that holds it says: a React Native `<Pressable>` draws its label in a `<Text>`
  // of its own size and colour, as `<button><span class="text-xs">No</span></button>` does.
  const holder = textHolder(element);
  const text = holder === element ? box : styles.computed(holder);
  const style = holder === element ? box : { ...box, fontSize: text.fontSize, fontWeight: text.fontWeight, color: text.color, backdrop: text.backdrop, opacity: text.opacity, textDecoration: text.textDecoration };
  const parentStyle = element.parent ? styles.computed(element.parent) : undefined;
  const seen = visibleTextColor(style);
  return {
    element,
    style,
    presentation: presentationOf(element, style, parentStyle),
    contrast: textContrast(style),
    colorHex: seen ? toHex(seen) : undefined,
    backdropHex: style.backdrop.known ? toHex(style.backdrop.value) : undefined,
  };
}

/**
 * The element a choice's text is in: the element itself when it has text of its own, else the one child its text is
 * in, a few wrappers deep. Several children with text (an icon's label and a badge) leave it the element.
 */
function textHolder(element: UIElement): UIElement {
  let current = element;
  for (let level = 0; level < 4; level++) {
    if (current.children.some((child) => child.kind === 'text' && (!child.text.known || child.text.value.trim() !== ''))) return current;
    const withText = current.children.filter((child): child is UIElement => child.kind === 'element' && textContent(child).value.trim() !== '');
    if (withText.length !== 1) return current;
    current = withText[0] as UIElement;
  }
  return current;
}

export function isLargeText(sizePx: number, weight: number): boolean {
  return sizePx >= NUMBERS.largeTextPx || (sizePx >= NUMBERS.largeBoldTextPx && weight >= 700);
}

export function formatPx(px: number): string {
  return `${Math.round(px * 100) / 100}px`;
}

export function weightName(weight: number): string {
  if (weight >= 700) return 'bold';
  if (weight >= 600) return 'semibold';
  if (weight >= 500) return 'medium';
  if (weight <= 300) return 'light';
  return 'regular';
}

export { formatRatio };
