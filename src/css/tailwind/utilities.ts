/**
 * Tailwind class tokens → CSS declarations, for the parts of a UI that decide how prominent it is: type size and
 * weight, colours (with opacity modifiers), backgrounds, borders, padding, opacity, display and visibility, and
 * the off-screen and screen-reader-only patterns. Variant prefixes (`sm:`, `hover:`, `dark:`) become conditions,
 * never the default state. A token this table doesn't know is not a Tailwind declaration (it may be the
 * project's own class); a known utility whose value the theme can't tell (the config isn't plain data) makes
 * its properties unknown.
 *
 * Utility names and values follow the Tailwind CSS docs (v3.4 and v4): tailwindcss.com/docs/font-size,
 * /font-weight, /text-color, /background-color, /border-width, /border-color, /padding, /top-right-bottom-left,
 * /width, /height, /opacity, /display, /visibility, /position, /text-decoration-line, /flex-direction, /order, /screen-readers,
 * /hover-focus-and-other-states, /responsive-design, /adding-custom-styles#using-arbitrary-values.
 */
import type { UtilityClasses, UtilityStyle } from '../resolve.js';
import { parseColor } from '../../visual/color.js';
import { DARK_MODE, type TailwindTheme, type ThemeScale, type ThemeScaleName } from './theme.js';

type Declarations = Array<{ property: string; value: string }>;

/** What the utility part of a token (no variants, no `!`) declares. */
type Translation = { declarations: Declarations; unknown: string[] } | undefined;

const decl = (property: string, value: string): { property: string; value: string } => ({ property, value });
const known = (...declarations: Declarations): Translation => ({ declarations, unknown: [] });
const unknownOf = (...properties: string[]): Translation => ({ declarations: [], unknown: properties });

/** Every tracked property a Tailwind utility can set. */
const SETTABLE = new Set([
  'font-size', 'font-weight', 'color', 'background-color', 'opacity', 'display', 'visibility', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-width', 'border-color', 'border-style', 'text-decoration', 'position', 'left', 'top', 'width', 'height', 'clip',
  'flex-direction', 'order', 'grid-template-columns', 'grid-auto-flow',
]);

/** tailwindcss.com/docs/screen-readers: `sr-only` and `not-sr-only`. */
const SR_ONLY: Declarations = [
  decl('position', 'absolute'), decl('width', '1px'), decl('height', '1px'), decl('padding', '0'), decl('margin', '-1px'),
  decl('overflow', 'hidden'), decl('clip', 'rect(0, 0, 0, 0)'), decl('white-space', 'nowrap'), decl('border-width', '0'),
];
const NOT_SR_ONLY: Declarations = [
  decl('position', 'static'), decl('width', 'auto'), decl('height', 'auto'), decl('padding', '0'), decl('margin', '0'),
  decl('overflow', 'visible'), decl('clip', 'auto'), decl('white-space', 'normal'),
];

const STATIC: Record<string, Declarations> = {
  block: [decl('display', 'block')],
  'inline-block': [decl('display', 'inline-block')],
  inline: [decl('display', 'inline')],
  flex: [decl('display', 'flex')],
  'inline-flex': [decl('display', 'inline-flex')],
  grid: [decl('display', 'grid')],
  'inline-grid': [decl('display', 'inline-grid')],
  table: [decl('display', 'table')],
  contents: [decl('display', 'contents')],
  'flow-root': [decl('display', 'flow-root')],
  'list-item': [decl('display', 'list-item')],
  hidden: [decl('display', 'none')],
  visible: [decl('visibility', 'visible')],
  invisible: [decl('visibility', 'hidden')],
  collapse: [decl('visibility', 'collapse')],
  static: [decl('position', 'static')],
  fixed: [decl('position', 'fixed')],
  absolute: [decl('position', 'absolute')],
  relative: [decl('position', 'relative')],
  sticky: [decl('position', 'sticky')],
  'sr-only': SR_ONLY,
  'not-sr-only': NOT_SR_ONLY,
  underline: [decl('text-decoration-line', 'underline')],
  overline: [decl('text-decoration-line', 'overline')],
  'line-through': [decl('text-decoration-line', 'line-through')],
  'no-underline': [decl('text-decoration-line', 'none')],
  'border-solid': [decl('border-style', 'solid')],
  'border-dashed': [decl('border-style', 'dashed')],
  'border-dotted': [decl('border-style', 'dotted')],
  'border-double': [decl('border-style', 'double')],
  'border-hidden': [decl('border-style', 'hidden')],
  'border-none': [decl('border-style', 'none')],
  'flex-row': [decl('flex-direction', 'row')],
  'flex-row-reverse': [decl('flex-direction', 'row-reverse')],
  'flex-col': [decl('flex-direction', 'column')],
  'flex-col-reverse': [decl('flex-direction', 'column-reverse')],
  // tailwindcss.com/docs/grid-template-columns, /grid-auto-flow.
  'grid-cols-none': [decl('grid-template-columns', 'none')],
  'grid-cols-subgrid': [decl('grid-template-columns', 'subgrid')],
  'grid-flow-row': [decl('grid-auto-flow', 'row')],
  'grid-flow-col': [decl('grid-auto-flow', 'column')],
  'grid-flow-dense': [decl('grid-auto-flow', 'dense')],
  'grid-flow-row-dense': [decl('grid-auto-flow', 'row dense')],
  'grid-flow-col-dense': [decl('grid-auto-flow', 'column dense')],
  'order-first': [decl('order', '-9999')],
  'order-last': [decl('order', '9999')],
  'order-none': [decl('order', '0')],
};

/** Utilities that set nothing honest-ui tracks but share a prefix with ones that do (`text-center`, `bg-cover`). */
const UNTRACKED = /^(?:text-(?:left|center|right|justify|start|end|ellipsis|clip|wrap|nowrap|balance|pretty)|font-(?:sans|serif|mono)|bg-(?:fixed|local|scroll|clip-\S+|origin-\S+|repeat(?:-\S+)?|no-repeat|cover|contain|auto|center|top|bottom|left|right|left-top|left-bottom|right-top|right-bottom|blend-\S+|none)|border-(?:collapse|separate|spacing(?:-\S+)?)|(?:right|bottom|end)-\S+)$/;

/** State variants (tailwindcss.com/docs/hover-focus-and-other-states) as the pseudo-class they stand for. */
const STATE_VARIANTS = new Set([
  'hover', 'focus', 'focus-visible', 'focus-within', 'active', 'visited', 'target', 'disabled', 'enabled', 'checked', 'indeterminate', 'required', 'invalid', 'valid',
  'placeholder-shown', 'autofill', 'read-only', 'first', 'last', 'only', 'odd', 'even', 'first-of-type', 'last-of-type', 'empty', 'open', 'default', 'in-range', 'out-of-range',
]);
const PSEUDO_CLASS_NAME: Record<string, string> = { first: 'first-child', last: 'last-child', only: 'only-child', odd: 'nth-child(odd)', even: 'nth-child(even)', open: 'open' };

/** Variants that style a pseudo-element, not the element itself: such a token says nothing about the element. */
const PSEUDO_ELEMENT_VARIANTS = new Set(['before', 'after', 'placeholder', 'file', 'marker', 'selection', 'first-line', 'first-letter', 'backdrop']);

const MEDIA_VARIANTS: Record<string, string> = {
  dark: DARK_MODE,
  print: 'print',
  'motion-safe': 'prefers-reduced-motion: no-preference',
  'motion-reduce': 'prefers-reduced-motion: reduce',
  'contrast-more': 'prefers-contrast: more',
  'contrast-less': 'prefers-contrast: less',
  portrait: 'orientation: portrait',
  landscape: 'orientation: landscape',
  rtl: 'right-to-left text',
  ltr: 'left-to-right text',
};
const MEDIA_CONDITIONS = new Set(Object.values(MEDIA_VARIANTS));

/**
 * Whether a utility's condition is about the screen or the person's settings (`sm:`, `max-md:`, `min-[900px]:`,
 * `dark:`, `motion-reduce:`), as a media query is, rather than about interaction or run-time state (`hover:`,
 * `group-focus:`, `aria-expanded:`, a class added at run time).
 */
export function isMediaVariantCondition(condition: string): boolean {
  return condition.split(' and ').every((part) => /^screens (?:>=|<) \S+$/.test(part) || MEDIA_CONDITIONS.has(part));
}

/** Split on `:` outside brackets and parentheses: `md:[&>p]:text-[color:red]`. */
function splitTopLevel(token: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth = Math.max(0, depth - 1);
    else if (c === separator && depth === 0) {
      parts.push(token.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(token.slice(start));
  return parts;
}

/** The last top-level `/` splits a value from its modifier: `black/50`, `[#000]/[.3]`, `sm/6`. */
function splitModifier(body: string): [string, string | undefined] {
  let depth = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const c = body[i];
    if (c === ']' || c === ')') depth++;
    else if (c === '[' || c === '(') depth--;
    else if (c === '/' && depth === 0) return [body.slice(0, i), body.slice(i + 1)];
  }
  return [body, undefined];
}

/** An arbitrary value `[...]`, underscores read as spaces (`\_` keeps one); v4's `(--var)` shorthand as `var(--var)`. */
function arbitrary(value: string): string | undefined {
  if (value.startsWith('[') && value.endsWith(']') && value.length > 2) {
    return value
      .slice(1, -1)
      .split('\\_')
      .map((part) => part.replace(/_/g, ' '))
      .join('_');
  }
  if (value.startsWith('(') && value.endsWith(')') && value.startsWith('(--')) return `var(${value.slice(1, -1)})`;
  return undefined;
}

/** `color:#999` → ['color', '#999']: the data-type hint Tailwind accepts in arbitrary values. */
function typeHint(value: string): [string | undefined, string] {
  const match = /^([a-z-]+):(.+)$/.exec(value);
  return match?.[1] && match[2] && !/^(?:https?|data)$/.test(match[1]) ? [match[1], match[2]] : [undefined, value];
}

const LENGTH = /^-?(?:\d+\.?\d*|\.\d+)(?:px|rem|em|pt|pc|in|cm|mm|q|%|vw|vh|vmin|vmax|svh|lvh|dvh|ch|ex|lh)?$/i;
const FONT_SIZE_KEYWORD = /^(?:xx-small|x-small|small|medium|large|x-large|xx-large|xxx-large|smaller|larger)$/i;

function looksLikeColor(value: string): boolean {
  return /^#[0-9a-f]{3,8}$/i.test(value) || /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(/i.test(value) || parseColor(value) !== undefined || /^(?:currentcolor|transparent|inherit)$/i.test(value);
}

function formatRgba(r: number, g: number, b: number, alpha: number): string {
  const channel = (n: number): number => Math.round(n * 255);
  return `rgba(${channel(r)}, ${channel(g)}, ${channel(b)}, ${Math.round(alpha * 1000) / 1000})`;
}

export function createTailwindUtilities(theme: TailwindTheme): UtilityClasses {
  const cache = new Map<string, UtilityStyle | undefined>();
  const v4 = theme.version === 4;

  const scale = (name: ThemeScaleName): ThemeScale => theme.scales[name];

  /** A key of a scale: its value, 'unknown' when the scale can't be read, undefined when the key isn't there. */
  const lookup = (name: ThemeScaleName, key: string): string | 'unknown' | undefined => {
    const s = scale(name);
    if (s === 'unknown') return 'unknown';
    return s.get(key);
  };

  /** An opacity modifier or `opacity-*` value as a 0..1 number string. */
  const opacityValue = (key: string): string | 'unknown' | undefined => {
    const arb = arbitrary(key);
    if (arb !== undefined) {
      const text = arb.trim();
      if (text.endsWith('%')) return Number.isFinite(Number(text.slice(0, -1))) ? String(Number(text.slice(0, -1)) / 100) : undefined;
      return Number.isFinite(Number(text)) ? text : 'unknown';
    }
    const fromScale = lookup('opacity', key);
    if (fromScale !== undefined) return fromScale;
    // v4 takes any whole percentage (`opacity-37`, `bg-black/37`).
    if (v4 && /^\d{1,3}$/.test(key) && Number(key) <= 100) return String(Number(key) / 100);
    return undefined;
  };

  /** A colour utility's value with its opacity modifier applied. */
  const colorValue = (name: ThemeScaleName, body: string): string | 'unknown' | undefined => {
    const [key, modifier] = splitModifier(body);
    let value: string | 'unknown' | undefined;
    const arb = arbitrary(key);
    if (arb !== undefined) {
      const [hint, raw] = typeHint(arb);
      if (hint !== undefined && hint !== 'color') return undefined;
      if (hint === undefined && !looksLikeColor(raw) && !raw.startsWith('var(')) return undefined;
      value = raw;
    } else value = lookup(name, key);
    if (value === undefined || value === 'unknown') return value;
    const alpha = modifier === undefined ? '1' : opacityValue(modifier);
    if (alpha === undefined) return undefined;
    if (alpha === 'unknown') return 'unknown';
    // A theme colour written for opacity modifiers: `rgb(var(--brand) / <alpha-value>)`.
    if (value.includes('<alpha-value>')) return value.replace(/<alpha-value>/g, alpha);
    if (modifier === undefined) return value;
    if (/^transparent$/i.test(value)) return value;
    const parsed = parseColor(value);
    // `current/50`, `inherit/50`, a var(): a mix with a colour only the page knows.
    if (!parsed) return 'unknown';
    return formatRgba(parsed.r, parsed.g, parsed.b, parsed.alpha * Number(alpha));
  };

  /** A spacing-like value (padding, inset, width, height). */
  const spacingValue = (name: ThemeScaleName, key: string, negative: boolean): string | 'unknown' | undefined => {
    let value: string | 'unknown' | undefined;
    const arb = arbitrary(key);
    if (arb !== undefined) value = typeHint(arb)[1];
    else {
      value = lookup(name, key);
      if (value === undefined && name !== 'padding') {
        if (key === 'auto') value = 'auto';
        else if (key === 'full') value = '100%';
        else if (key === 'screen') value = name === 'height' ? '100vh' : '100vw';
        else if (/^(?:min|max|fit)$/.test(key) && name !== 'inset') value = `${key}-content`;
        else if (/^\d+\/\d+$/.test(key)) {
          const [a, b] = key.split('/').map(Number);
          if (a !== undefined && b) value = `${(a / b) * 100}%`;
        }
      }
      // v4: any multiple of a quarter step, `p-13` = calc(var(--spacing) * 13).
      if (value === undefined && v4 && /^\d+(?:\.(?:25|5|75))?$/.test(key)) {
        if (theme.spacingStep === 'unknown') return 'unknown';
        const step = /^(\d*\.?\d+)([a-z%]*)$/.exec(theme.spacingStep);
        value = step?.[1] ? `${Number(step[1]) * Number(key)}${step[2] ?? ''}` : 'unknown';
      }
    }
    if (value === undefined || value === 'unknown' || !negative) return value;
    if (/^0(?:[a-z%]*)$/.test(value)) return value;
    return LENGTH.test(value) ? (value.startsWith('-') ? value.slice(1) : `-${value}`) : 'unknown';
  };

  const fromValue = (properties: string[], value: string | 'unknown' | undefined): Translation => {
    if (value === undefined) return undefined;
    if (value === 'unknown') return unknownOf(...properties);
    return known(...properties.map((p) => decl(p, value)));
  };

  const PADDING: Record<string, string[]> = {
    p: ['padding-top', 'padding-right', 'padding-bottom', 'padding-left'],
    px: ['padding-left', 'padding-right'],
    py: ['padding-top', 'padding-bottom'],
    pt: ['padding-top'],
    pr: ['padding-right'],
    pb: ['padding-bottom'],
    pl: ['padding-left'],
    // Logical sides, read for left-to-right text.
    ps: ['padding-left'],
    pe: ['padding-right'],
  };
  const INSET: Record<string, string[]> = { left: ['left'], top: ['top'], start: ['left'], inset: ['top', 'left'], 'inset-x': ['left'], 'inset-y': ['top'] };
  const SIZE: Record<string, Array<[string, ThemeScaleName]>> = { w: [['width', 'width']], h: [['height', 'height']], size: [['width', 'width'], ['height', 'height']] };

  const translate = (body: string, negative: boolean): Translation => {
    if (!negative) {
      const fixed = STATIC[body];
      if (fixed) return known(...fixed);
      // The scale's DEFAULT key is flattened to ''.
      if (body === 'border') return fromValue(['border-width'], lookup('borderWidth', ''));
      if (UNTRACKED.test(body)) return known();
    }
    const dash = body.indexOf('-');
    if (dash <= 0) return undefined;
    // Longest prefix first: `inset-x-0` before `inset-0`.
    const twoPart = /^([a-z]+-[xy])-(.+)$/.exec(body);
    const [base, rest] = twoPart?.[1] && twoPart[2] && INSET[twoPart[1]] ? [twoPart[1], twoPart[2]] : [body.slice(0, dash), body.slice(dash + 1)];

    const insetProperties = INSET[base];
    if (insetProperties) return fromValue(insetProperties, spacingValue('inset', rest, negative));
    // `grid-cols-3`: three equal columns; `grid-cols-[200px_1fr]` as written.
    if (base === 'grid' && rest.startsWith('cols-') && !negative) {
      const count = rest.slice(5);
      const arb = arbitrary(count);
      if (arb !== undefined) return known(decl('grid-template-columns', arb));
      return /^\d+$/.test(count) ? known(decl('grid-template-columns', `repeat(${count}, minmax(0, 1fr))`)) : undefined;
    }
    // tailwindcss.com/docs/order: `order-2`, `-order-1`, `order-[13]`.
    if (base === 'order') {
      const value = arbitrary(rest) ?? rest;
      return /^\d+$/.test(value) ? known(decl('order', negative ? `-${value}` : value)) : unknownOf('order');
    }
    if (negative) return undefined;

    const paddingProperties = PADDING[base];
    if (paddingProperties) return fromValue(paddingProperties, spacingValue('padding', rest, false));
    const sizes = SIZE[base];
    if (sizes) {
      const declarations: Declarations = [];
      const unknown: string[] = [];
      for (const [property, scaleName] of sizes) {
        const value = spacingValue(scaleName, rest, false);
        if (value === undefined) return undefined;
        if (value === 'unknown') unknown.push(property);
        else declarations.push(decl(property, value));
      }
      return { declarations, unknown };
    }

    switch (base) {
      case 'text': {
        if (/^opacity-/.test(rest)) return unknownOf('color');
        const arb = arbitrary(splitModifier(rest)[0]);
        if (arb !== undefined) {
          const [hint, raw] = typeHint(arb);
          if (hint === 'color') return fromValue(['color'], colorValue('textColor', rest));
          if (hint !== undefined) return hint === 'length' || hint === 'size' || hint === 'absolute-size' || hint === 'relative-size' || hint === 'percentage' ? known(decl('font-size', raw)) : undefined;
          if (LENGTH.test(raw) || FONT_SIZE_KEYWORD.test(raw)) return known(decl('font-size', raw));
          if (looksLikeColor(raw)) return fromValue(['color'], colorValue('textColor', rest));
          // `text-[var(--x)]`: a size or a colour, only the page knows.
          return unknownOf('font-size', 'color');
        }
        // `text-sm/6`: the modifier is a line height.
        const size = lookup('fontSize', splitModifier(rest)[0]);
        if (size !== undefined && size !== 'unknown') return known(decl('font-size', size));
        const color = colorValue('textColor', rest);
        if (color !== undefined && color !== 'unknown') return known(decl('color', color));
        if (size === 'unknown' || color === 'unknown') return unknownOf(...(size === 'unknown' ? ['font-size'] : []), ...(color === 'unknown' ? ['color'] : []));
        return undefined;
      }
      case 'font': {
        const arb = arbitrary(rest);
        if (arb !== undefined) return /^\d+$/.test(arb) || /^(?:normal|bold|bolder|lighter)$/.test(arb) ? known(decl('font-weight', arb)) : known();
        return fromValue(['font-weight'], lookup('fontWeight', rest));
      }
      case 'bg': {
        if (/^opacity-/.test(rest) || /^(?:gradient|linear|radial|conic)-/.test(rest)) return unknownOf('background-color');
        const arb = arbitrary(splitModifier(rest)[0]);
        if (arb !== undefined) {
          const [hint, raw] = typeHint(arb);
          if (hint === 'url' || hint === 'image' || /^(?:url|image|image-set|[a-z-]*gradient)\(/.test(raw)) return unknownOf('background-color');
        }
        return fromValue(['background-color'], colorValue('backgroundColor', rest));
      }
      case 'border': {
        if (/^opacity-/.test(rest)) return unknownOf('border-color');
        // One side's width or colour: honest-ui tracks one border width for all sides.
        const side = /^([xytrblse])(?:-(.+))?$/.exec(rest);
        if (side) {
          const sideValue = side[2];
          if (sideValue === undefined || lookup('borderWidth', sideValue) !== undefined || /^\[\d/.test(sideValue)) return unknownOf('border-width');
          return colorValue('borderColor', sideValue) !== undefined ? unknownOf('border-color') : undefined;
        }
        const arb = arbitrary(splitModifier(rest)[0]);
        if (arb !== undefined) {
          const [hint, raw] = typeHint(arb);
          if (hint === 'length' || (hint === undefined && LENGTH.test(raw))) return known(decl('border-width', raw));
          return fromValue(['border-color'], colorValue('borderColor', rest));
        }
        const width = lookup('borderWidth', rest);
        if (width !== undefined && width !== 'unknown') return known(decl('border-width', width));
        const color = colorValue('borderColor', rest);
        if (color !== undefined) return fromValue(['border-color'], color);
        return width === 'unknown' ? unknownOf('border-width') : undefined;
      }
      case 'opacity':
        return fromValue(['opacity'], opacityValue(rest));
      default:
        return undefined;
    }
  };

  /** Variant prefixes to a readable condition; undefined when the token styles a pseudo-element instead. */
  const conditionOf = (variants: string[]): string | undefined | null => {
    const parts: string[] = [];
    for (const variant of variants) {
      if (PSEUDO_ELEMENT_VARIANTS.has(variant)) return null;
      const screens = scale('screens');
      const max = /^max-(.+)$/.exec(variant);
      const minArbitrary = /^min-\[(.+)\]$/.exec(variant);
      const maxArbitrary = /^max-\[(.+)\]$/.exec(variant);
      const group = /^(group|peer)-(.+)$/.exec(variant);
      if (screens !== 'unknown' && screens.has(variant)) parts.push(`screens >= ${screens.get(variant) ?? ''}`);
      else if (minArbitrary?.[1]) parts.push(`screens >= ${minArbitrary[1]}`);
      else if (maxArbitrary?.[1]) parts.push(`screens < ${maxArbitrary[1]}`);
      else if (max?.[1] && screens !== 'unknown' && screens.has(max[1])) parts.push(`screens < ${screens.get(max[1]) ?? ''}`);
      else if (STATE_VARIANTS.has(variant)) parts.push(`:${PSEUDO_CLASS_NAME[variant] ?? variant}`);
      else if (group?.[1] && group[2] && STATE_VARIANTS.has(group[2])) parts.push(`:${PSEUDO_CLASS_NAME[group[2]] ?? group[2]} on a .${group[1]} ${group[1] === 'group' ? 'ancestor' : 'sibling'}`);
      else if (MEDIA_VARIANTS[variant]) parts.push(MEDIA_VARIANTS[variant]);
      // Anything else (`aria-expanded:`, `data-[state=open]:`, `[&.is-open]:`, a plugin's variant) applies under
      // some condition too: never the default.
      else parts.push(`variant ${variant}:`);
    }
    return parts.length > 0 ? parts.join(' and ') : undefined;
  };

  const resolveToken = (token: string): UtilityStyle | undefined => {
    const parts = splitTopLevel(token, ':');
    let body = parts.pop() ?? '';
    const condition = conditionOf(parts);
    if (condition === null) return undefined;
    let important = false;
    // v3 `!text-xs`, v4 `text-xs!`.
    if (body.startsWith('!')) {
      important = true;
      body = body.slice(1);
    } else if (body.endsWith('!')) {
      important = true;
      body = body.slice(0, -1);
    }
    const negative = body.startsWith('-');
    if (negative) body = body.slice(1);
    if (theme.prefix) {
      if (!body.startsWith(theme.prefix)) return undefined;
      body = body.slice(theme.prefix.length);
    }
    const translated = translate(body, negative);
    if (!translated) return undefined;
    return { declarations: translated.declarations, important, unknownProperties: translated.unknown, condition, source: `tailwind ${token}` };
  };

  return {
    resolve(token: string): UtilityStyle | undefined {
      if (cache.has(token)) return cache.get(token);
      const style = resolveToken(token);
      cache.set(token, style);
      return style;
    },
    settableProperties: SETTABLE,
    baseStyles(tag: string) {
      return theme.preflight ? PREFLIGHT[tag] : undefined;
    },
    darkVariant: theme.dark,
  };
}

/**
 * Preflight, Tailwind's reset (v3 src/css/preflight.css, v4 preflight.css; tailwindcss.com/docs/preflight), for
 * the properties honest-ui tracks: form controls inherit the page's type and colour and lose the browser's
 * background, border and padding; links inherit colour and decoration; headings and `<small>` lose their sizes.
 */
const CONTROL_RESET: Record<string, string> = {
  'font-size': '100%',
  'font-weight': 'inherit',
  color: 'inherit',
  'padding-top': '0',
  'padding-right': '0',
  'padding-bottom': '0',
  'padding-left': '0',
  'border-width': '0',
};
const HEADING_RESET: Record<string, string> = { 'font-size': 'inherit', 'font-weight': 'inherit' };
const PREFLIGHT: Record<string, Record<string, string>> = {
  button: { ...CONTROL_RESET, 'background-color': 'transparent' },
  input: CONTROL_RESET,
  select: CONTROL_RESET,
  textarea: CONTROL_RESET,
  a: { color: 'inherit', 'text-decoration': 'inherit' },
  h1: HEADING_RESET,
  h2: HEADING_RESET,
  h3: HEADING_RESET,
  h4: HEADING_RESET,
  h5: HEADING_RESET,
  h6: HEADING_RESET,
  small: { 'font-size': '80%' },
  sub: { 'font-size': '75%' },
  sup: { 'font-size': '75%' },
  dialog: { 'padding-top': '0', 'padding-right': '0', 'padding-bottom': '0', 'padding-left': '0' },
};
