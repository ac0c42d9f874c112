/** Reading a theme object as data, and helpers the library modules share to turn theme values into CSS. */
import { parseColor, contrastRatio, type Rgba } from '../visual/color.js';
import { UNREADABLE, type ThemeData, type ThemeDatum, type ThemeValue } from './types.js';

/** A value at a dotted path: the datum, `undefined` when absent, UNREADABLE when a step on the way isn't data. */
export function at(data: ThemeData | undefined, path: string): ThemeDatum | undefined {
  let current: ThemeDatum | undefined = data;
  for (const key of path.split('.')) {
    if (current === UNREADABLE) return UNREADABLE;
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

export function isRecord(value: ThemeDatum | undefined): value is ThemeData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether anything at or under a path can't be read. */
export function hasUnreadable(value: ThemeDatum | undefined): boolean {
  if (value === UNREADABLE) return true;
  if (Array.isArray(value)) return value.some((item) => hasUnreadable(item as ThemeDatum));
  if (isRecord(value)) return Object.values(value).some(hasUnreadable);
  return false;
}

/** A number or a numeric string (`14`, `'14'`); undefined otherwise. */
export function numberOf(value: ThemeDatum | undefined): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d*\.?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

/** A CSS length: a number is px (as React and the CSS-in-JS libraries write it). */
export function lengthOf(value: ThemeDatum | undefined): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value === 0 ? '0' : `${value}px`;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** `#1976d2` at `alpha` as `rgba(...)`; undefined for what isn't a colour. */
export function withAlpha(color: string, alpha: number): string | undefined {
  const parsed = parseColor(color);
  if (!parsed) return undefined;
  const channel = (n: number): number => Math.round(n * 255);
  return `rgba(${channel(parsed.r)}, ${channel(parsed.g)}, ${channel(parsed.b)}, ${Math.round(parsed.alpha * alpha * 1000) / 1000})`;
}

/** The WCAG contrast ratio of two CSS colours; undefined when either isn't one. */
export function contrastOf(a: string, b: string): number | undefined {
  const x: Rgba | undefined = parseColor(a);
  const y: Rgba | undefined = parseColor(b);
  return x && y ? contrastRatio(x, y) : undefined;
}

/** Theme values that share one source. */
export function fromSource(source: string, values: Readonly<Record<string, string>>): Record<string, ThemeValue> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { value, source }]));
}

/** A longhand honest-ui can't read: the cascade leaves it unknown. */
export const UNKNOWN_VALUE = 'env(honest-ui-unknown)';

/** `--hu-<library>-<name>`: the variable a library's theme value lives in. */
export function themeVariable(library: string, name: string): string {
  return `--hu-${library}-${name}`;
}

/** Subpath imports name their component: `@mui/material/Button` → Button; the package itself names none. */
export function subpathComponent(source: string, root: string): { component?: string } | undefined {
  if (source === root) return {};
  if (!source.startsWith(`${root}/`)) return undefined;
  const rest = source.slice(root.length + 1).split('/')[0] ?? '';
  return /^[A-Z]/.test(rest) ? { component: rest } : {};
}
