/**
 * Colours: parsing (culori), alpha compositing over a backdrop, and WCAG 2.x contrast ratios (culori's
 * wcagContrast implements the WCAG relative-luminance formula).
 */
import { lazyRequire } from '../lazy-require.js';

/**
 * culori, loaded on the first colour: its ES build is some 150 modules, its CommonJS bundle (the same code, which
 * `require` resolves to) one file, and a run without colours loads neither (issue 14, start-up).
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
  const { parse, rgb: toRgb } = culori();
  const parsed = parse(text);
  if (!parsed) return undefined;
  const color = toRgb(parsed);
  if (!color) return undefined;
  const clamp = (n: number | undefined): number => Math.min(1, Math.max(0, Number.isFinite(n) ? (n as number) : 0));
  return { r: clamp(color.r), g: clamp(color.g), b: clamp(color.b), alpha: color.alpha === undefined ? 1 : clamp(color.alpha) };
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
  return culori().wcagContrast({ mode: 'rgb', ...solidForeground, alpha: 1 }, { mode: 'rgb', ...solidBackdrop, alpha: 1 });
}

export function toHex(color: Rgba): string {
  const hex = culori().formatHex({ mode: 'rgb', r: color.r, g: color.g, b: color.b }) ?? '#000000';
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
