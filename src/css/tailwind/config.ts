/**
 * A project's Tailwind configuration read as DATA, never executed: `tailwind.config.{js,ts,cjs,mjs}` parsed with
 * typescript-estree and read by config-data.ts (literals, constants, spreads, member reads and imports); and v4
 * `@theme` blocks in CSS. Whatever isn't data (a function call, a palette from an installed package) makes the part
 * of the theme it sits in unknown, so utilities that read it resolve to unknown values, not to defaults. `presets`
 * are read the same way, and src/resolve/tailwind.ts merges them as Tailwind does.
 */
import type { Root } from 'postcss';
import { parseWithTypescriptEstree } from '../../parse/script.js';
import { exportedValue, moduleScope, openObjects, UNKNOWN, unknownKeys, type Evaluated, type ModuleData } from './config-data.js';
import { CONFIG_KEYS, darkVariantOf, flattenScale, type ConfigKey, type DarkVariant, type ThemeOverrides, type ThemeScale } from './theme.js';

function isRecord(value: Evaluated | unknown): value is Record<string, Evaluated> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A theme key's value as a flat scale; `fontSize` entries may be `['10px', { lineHeight }]`. */
function toScale(key: ConfigKey, value: unknown): ThemeScale {
  if (!isRecord(value) || unknownKeys.has(value)) return 'unknown';
  const nested: Record<string, unknown> = {};
  const normalise = (v: unknown): unknown => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    if (key === 'fontSize' && Array.isArray(v) && typeof v[0] === 'string') return v[0];
    if (isRecord(v) && !unknownKeys.has(v)) return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, normalise(inner)]));
    return UNKNOWN;
  };
  for (const [k, v] of Object.entries(value)) {
    const normal = normalise(v);
    if (normal === UNKNOWN || JSON.stringify(normal, (_k, x: unknown) => (x === UNKNOWN ? '\u0001' : x)).includes('\u0001')) return 'unknown';
    nested[k] = normal;
  }
  return flattenScale(nested as Parameters<typeof flattenScale>[0]);
}

function readThemeSection(section: unknown, into: Partial<Record<ConfigKey, ThemeScale>>): void {
  if (!isRecord(section)) return;
  for (const key of Object.keys(CONFIG_KEYS) as ConfigKey[]) {
    if (key in section) into[key] = toScale(key, section[key]);
  }
}

/** A config read as data: its own theme, and the configs of its presets, which it overrides. */
export interface TailwindConfig extends ThemeOverrides {
  /**
   * Present when the config has `presets`: each preset read the same way, lowest precedence first; undefined for a
   * preset that is not data (made by a call, an installed package's). An empty list (`presets: []`) leaves out
   * Tailwind's default theme.
   */
  presets?: ReadonlyArray<TailwindConfig | undefined>;
}

/**
 * Read a `tailwind.config.*` file's text as data. `load` reads what its imports and `require()` calls lead to
 * (src/resolve/tailwind.ts: the project's modules and its monorepo's packages, and Tailwind's own data); without
 * it, they are unknown.
 */
export function readTailwindConfig(text: string, filePath: string, load?: ModuleData): TailwindConfig {
  const parsed = parseWithTypescriptEstree(text, filePath.replace(/\.[mc]?js$/, '.js'));
  if (!parsed.ok) return { replace: {}, extend: {}, opaque: `${filePath} could not be parsed` };
  return configFromData(exportedValue(parsed.value, 'default', moduleScope(parsed.value, load)), filePath);
}

/** A config object's theme and options as overrides, its presets read the same way. */
export function configFromData(config: Evaluated, filePath: string, depth = 0): TailwindConfig {
  const overrides: TailwindConfig = { replace: {}, extend: {} };
  if (!isRecord(config)) return { ...overrides, opaque: `${filePath} does not export a plain object` };
  if ('presets' in config) {
    const presets = config.presets;
    // Presets loading presets: documenso's app, then its UI package, then its shared config are three.
    overrides.presets = Array.isArray(presets) && depth < MAX_PRESET_DEPTH ? presets.map((preset) => (isRecord(preset) ? configFromData(preset, filePath, depth + 1) : undefined)) : [undefined];
  }
  const theme = config.theme;
  if ('theme' in config && !isRecord(theme)) return { ...overrides, opaque: `${filePath} theme is not a plain object` };
  if (isRecord(theme)) {
    readThemeSection(theme, overrides.replace);
    if ('extend' in theme) {
      if (isRecord(theme.extend) && !openObjects.has(theme.extend)) readThemeSection(theme.extend, overrides.extend);
      else for (const key of Object.keys(CONFIG_KEYS) as ConfigKey[]) overrides.extend[key] = 'unknown';
    }
  }
  if (typeof config.prefix === 'string') overrides.prefix = config.prefix;
  else if ('prefix' in config) return { ...overrides, opaque: `${filePath} prefix is not a string` };
  const core = config.corePlugins;
  if (isRecord(core) && core.preflight === false) overrides.preflight = false;
  if (Array.isArray(core) && !core.includes('preflight')) overrides.preflight = false;
  if ('darkMode' in config) overrides.dark = darkModeOf(config.darkMode);
  return overrides;
}

const MAX_PRESET_DEPTH = 8;

/** v3's `darkMode`: `'media'`, `'class'` and `'selector'` (on `.dark`), or `['class' | 'selector' | 'variant', selector]`. */
function darkModeOf(value: unknown): DarkVariant {
  if (value === 'media') return { kind: 'media' };
  if (value === 'class' || value === 'selector') return { kind: 'selector', classes: ['dark'], attributes: [] };
  if (Array.isArray(value) && (value[0] === 'class' || value[0] === 'selector')) {
    if (value.length === 1) return { kind: 'selector', classes: ['dark'], attributes: [] };
    return typeof value[1] === 'string' ? darkVariantOf(value[1]) : { kind: 'unknown' };
  }
  // v3.4.1's `['variant', '&:is(.dark *)']`: one selector is read as v4's `@custom-variant` is; a list is unknown.
  if (Array.isArray(value) && value[0] === 'variant' && typeof value[1] === 'string') return darkVariantOf(value[1]);
  return { kind: 'unknown' };
}

/** v4 theme variables (tailwindcss.com/docs/theme#theme-variable-namespaces) and the scale each one extends. */
const THEME_NAMESPACES: ReadonlyArray<readonly [string, ConfigKey]> = [
  ['--color-', 'colors'],
  ['--text-', 'fontSize'],
  ['--font-weight-', 'fontWeight'],
  ['--breakpoint-', 'screens'],
];

/** Whether a stylesheet loads Tailwind: `@import "tailwindcss"` (v4) or `@tailwind base|utilities` (v3). */
export function tailwindDirectives(root: Root): { version: 3 | 4 | undefined; present: boolean } {
  let version: 3 | 4 | undefined;
  let present = false;
  root.walkAtRules((rule) => {
    if (rule.name === 'import' && /^(?:url\()?["']tailwindcss(?:\/[a-z-]+(?:\.css)?)?["']/.test(rule.params.trim())) {
      present = true;
      version = 4;
    } else if (rule.name === 'tailwind') {
      present = true;
      version ??= 3;
    } else if (rule.name === 'theme') {
      present = true;
      version = 4;
    }
  });
  return { version, present };
}

/** v4 `@theme { --color-brand: #…; --text-tiny: 10px; }` blocks as theme extensions. */
export function readThemeBlocks(root: Root): ThemeOverrides | undefined {
  let found = false;
  const overrides: ThemeOverrides = { replace: {}, extend: {} };
  const extend = (key: ConfigKey, name: string, value: string): void => {
    const current = overrides.extend[key];
    if (current === 'unknown') return;
    const map = new Map(current ?? []);
    map.set(name, value);
    overrides.extend[key] = map;
  };
  // v4 `@custom-variant dark (&:where(.dark, .dark *));` or its block form, `{ &:where(...) { @slot; } }` (the 4.0
  // betas wrote `@variant dark (...)`, which 4.0 uses inside a rule to apply the variant instead).
  root.walkAtRules(/^(?:custom-variant|variant)$/, (rule) => {
    if (rule.parent?.type !== 'root') return;
    const [name, ...rest] = rule.params.trim().split(/\s+/);
    if (name !== 'dark') return;
    const inline = /^\((.*)\)$/s.exec(rest.join(' ').trim())?.[1]?.trim();
    const block = rule.name === 'custom-variant' ? rule.nodes?.find((node) => node.type === 'rule') : undefined;
    const selector = inline ?? (block?.type === 'rule' ? block.selector : undefined);
    if (selector === undefined && rule.name === 'variant') return;
    found = true;
    overrides.dark = selector ? darkVariantOf(selector) : { kind: 'unknown' };
  });
  root.walkAtRules('theme', (rule) => {
    found = true;
    rule.walkDecls((d) => {
      const property = d.prop;
      const value = d.value.trim();
      // `--color-*: initial` clears the namespace; `--*: initial` clears the whole default theme.
      if (value === 'initial' && property.endsWith('-*')) {
        for (const [prefix, key] of THEME_NAMESPACES) {
          if (property === '--*' || `${property.slice(0, -1)}` === prefix) {
            overrides.replace[key] = new Map();
            delete overrides.extend[key];
          }
        }
        if (property === '--*') overrides.replace.spacing = new Map();
        return;
      }
      if (property === '--spacing') {
        overrides.spacingStep = value;
        return;
      }
      for (const [prefix, key] of THEME_NAMESPACES) {
        const name = property.startsWith(prefix) ? property.slice(prefix.length) : undefined;
        // `--text-tiny--line-height` is a companion variable, not a size.
        if (name && !name.includes('--')) extend(key, name, value);
      }
    });
  });
  return found ? overrides : undefined;
}
