/**
 * Colours: parsing (culori), alpha compositing over a backdrop, and WCAG 2.x contrast ratios.
 */
import { lazyRequire } from '../lazy-require.js';

/**
 * culori, loaded on the first colour that is not hex: its ES build is some 150 modules, its CommonJS bundle (the same
 * code, which `require` resolves to) one file, and a run without such colours loads neither. Loading it took 12 ms
 * of the 0.3 s a run of one small file may take on Node 20 (issue 14, start-up), and hex, the notation of most
 * inline styles, of Tailwind's palette and of the component libraries' themes, needs none of it.
 */
const culori = lazyRequire<typeof import('culori')>('culori');

/** An sRGB colour with channels in 0..1 and alpha in 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

const CSS_WIDE = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer', 'currentcolor']);

/** Parse a CSS colour. Undefined for keywords that depend on context (`currentColor`, `inherit`) or bad input. */
export function parseColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (!text || CSS_WIDE.has(text) || text.includes('var(')) return undefined;
  if (text === 'transparent') return { r: 0, g: 0, b: 0, alpha: 0 };
  const hex = parseHex(text);
  if (hex) return hex;
  const { parse, rgb: toRgb } = culori();
  const parsed = parse(text);
  if (!parsed) return undefined;
  const color = toRgb(parsed);
  if (!color) return undefined;
  const clamp = (n: number | undefined): number => Math.min(1, Math.max(0, Number.isFinite(n) ? (n as number) : 0));
  return { r: clamp(color.r), g: clamp(color.g), b: clamp(color.b), alpha: color.alpha === undefined ? 1 : clamp(color.alpha) };
}

const HEX = /^#([0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{4}|[0-9a-f]{3})$/;

/**
 * A hex colour (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`: CSS Color 4), channels read as culori reads them (each
 * digit of the short forms doubled); tests/visual/color.test.ts checks the two agree.
 */
function parseHex(text: string): Rgba | undefined {
  const digits = HEX.exec(text)?.[1];
  if (!digits) return undefined;
  const short = digits.length <= 4;
  const channel = (index: number): number => (short ? parseInt(digits.charAt(index).repeat(2), 16) : parseInt(digits.slice(index * 2, index * 2 + 2), 16)) / 255;
  const alpha = digits.length === 4 || digits.length === 8 ? channel(3) : 1;
  return { r: channel(0), g: channel(1), b: channel(2), alpha };
}

/** Source-over compositing of `top` over an opaque-or-not `bottom` (Porter-Duff). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top.alpha + bottom.alpha * (1 - top.alpha);
  if (alpha === 0) return { r: 0, g: 0, b: 0, alpha: 0 };
  const mix = (t: number, b: number): number => (t * top.alpha + b * bottom.alpha * (1 - top.alpha)) / alpha;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), alpha };
}

/** Apply an opacity multiplier to a colour. */
export function withOpacity(color: Rgba, opacity: number): Rgba {
  return { ...color, alpha: color.alpha * opacity };
}

/** WCAG contrast ratio of text over an opaque backdrop (the text's alpha is composited first). */
export function contrastRatio(foreground: Rgba, backdrop: Rgba): number {
  const solidBackdrop = backdrop.alpha < 1 ? composite(backdrop, { r: 1, g: 1, b: 1, alpha: 1 }) : backdrop;
  const solidForeground = composite(foreground, solidBackdrop);
  const text = luminance(solidForeground);
  const behind = luminance(solidBackdrop);
  return (Math.max(text, behind) + 0.05) / (Math.min(text, behind) + 0.05);
}

/**
 * WCAG 2.x relative luminance: each sRGB channel linearised, then weighted. Written as culori's `wcagLuminance`
 * computes it (the same operations in the same order, so the same ratios to the last bit), without loading culori
 * for colours that are already sRGB.
 */
function luminance(color: Rgba): number {
  const linear = (channel: number): number => {
    const abs = Math.abs(channel);
    return abs <= 0.04045 ? channel / 12.92 : (Math.sign(channel) || 1) * Math.pow((abs + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}

export function toHex(color: Rgba): string {
  const byte = (channel: number): number => Math.round(Math.max(0, Math.min(1, channel || 0)) * 255);
  const hex = `#${((1 << 24) | (byte(color.r) << 16) | (byte(color.g) << 8) | byte(color.b)).toString(16).slice(1)}`;
  return color.alpha < 1 ? `${hex}${Math.round(color.alpha * 255).toString(16).padStart(2, '0')}` : hex;
}

/** Truncated, never rounded up, so a failing 4.499:1 does not print as a passing 4.5:1. */
export function formatRatio(ratio: number): string {
  // The epsilon undoes binary floating point (4.35 * 100 is 434.999…), not the truncation.
  return `${(Math.floor(ratio * 100 + 1e-9) / 100).toFixed(2).replace(/0$/, '')}:1`;
}

export function isTransparent(color: Rgba): boolean {
  return color.alpha === 0;
}
