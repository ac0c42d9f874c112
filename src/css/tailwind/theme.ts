/**
 * The Tailwind theme honest-ui resolves utilities against: the default theme (data in theme.json, one source of
 * truth) merged with a project's overrides, read as data from `tailwind.config.*` (`theme`, `theme.extend`) and
 * from v4 `@theme` blocks. A part of the theme that can't be read as data is `'unknown'`, and every utility that
 * depends on it resolves to an unknown value rather than to the default.
 */
import defaults from './theme.json' with { type: 'json' };

/** The scales utilities read, one per kind of utility (v3's theme keys for them). */
export type ThemeScaleName =
  | 'fontSize'
  | 'fontWeight'
  | 'textColor'
  | 'backgroundColor'
  | 'borderColor'
  | 'padding'
  | 'inset'
  | 'width'
  | 'height'
  | 'opacity'
  | 'borderWidth'
  | 'screens';

/** Flat keys (`gray-400`, `brand`, `2xl`) to CSS values, or unknown when the config doesn't say it as data. */
export type ThemeScale = ReadonlyMap<string, string> | 'unknown';

/** The keys a config's `theme` may set, and the scales each one feeds (v3: `textColor` defaults to `colors`, ...). */
export const CONFIG_KEYS = {
  colors: ['textColor', 'backgroundColor', 'borderColor'],
  textColor: ['textColor'],
  backgroundColor: ['backgroundColor'],
  borderColor: ['borderColor'],
  spacing: ['padding', 'inset', 'width', 'height'],
  padding: ['padding'],
  inset: ['inset'],
  width: ['width'],
  height: ['height'],
  fontSize: ['fontSize'],
  fontWeight: ['fontWeight'],
  opacity: ['opacity'],
  borderWidth: ['borderWidth'],
  screens: ['screens'],
} as const satisfies Record<string, readonly ThemeScaleName[]>;

export type ConfigKey = keyof typeof CONFIG_KEYS;

/** Overrides from one source (a config file, a `@theme` block), in the shape of a v3 config's `theme`. */
export interface ThemeOverrides {
  /** `theme.colors` etc.: replaces the default scale. */
  replace: Partial<Record<ConfigKey, ThemeScale>>;
  /** `theme.extend.colors` etc.: adds to it. */
  extend: Partial<Record<ConfigKey, ThemeScale>>;
  /** v4's `--spacing` step: numeric spacing utilities are multiples of it. */
  spacingStep?: string | 'unknown';
  /** v3's `prefix` option (`tw-`). */
  prefix?: string;
  /** Set when nothing in the theme can be trusted (the config isn't plain data, it uses presets): the reason. */
  opaque?: string;
  /** `corePlugins: { preflight: false }`. */
  preflight?: boolean;
  /** v3's `darkMode`, v4's `@custom-variant dark (...)`. */
  dark?: DarkVariant;
}

/**
 * What `dark:` utilities wait for: the person's colour-scheme preference (`media`: the default of v3 and v4), or a
 * class or attribute on an ancestor (v3 `darkMode: 'class'` / `'selector'` / `['class', '[data-mode="dark"]']`, v4
 * `@custom-variant dark (&:where(.dark, .dark *))`), which the app's root may set as it first renders
 * (src/resolve/entries.ts). tailwindcss.com/docs/dark-mode.
 */
export type DarkVariant = { kind: 'media' } | { kind: 'selector'; classes: string[]; attributes: Array<{ name: string; value?: string }> } | { kind: 'unknown' };

/** The condition a `dark:` utility applies under, as the cascade records it. */
export const DARK_MODE = 'dark mode';

/** A dark variant's selector (`.dark`, `&:where(.dark, .dark *)`, `&:is([data-theme=dark] *)`): what its ancestor has. */
export function darkVariantOf(selector: string): DarkVariant {
  const inner = selector.replace(/&/g, '').replace(/:(?:where|is)\(/g, '').trim();
  const first = /^((?:\.[\w-]+|\[[\w-]+(?:=(?:"[^"]*"|'[^']*'|[\w-]+))?\])+)/.exec(inner)?.[1];
  if (!first) return { kind: 'unknown' };
  const classes = [...first.matchAll(/\.([\w-]+)/g)].map((match) => match[1] as string);
  const attributes = [...first.matchAll(/\[([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([\w-]+)))?\]/g)].map((match) => {
    const value = match[2] ?? match[3] ?? match[4];
    return { name: match[1] as string, ...(value !== undefined ? { value } : {}) };
  });
  return { kind: 'selector', classes, attributes };
}

export interface TailwindTheme {
  /** The major version, when the project says which; v4-only syntax (`p-13`, `opacity-37`) needs 4. */
  version: 3 | 4 | undefined;
  scales: Record<ThemeScaleName, ThemeScale>;
  spacingStep: string | 'unknown';
  prefix: string;
  preflight: boolean;
  dark: DarkVariant;
}

type NestedScale = { [key: string]: string | NestedScale };

/**
 * Flatten a nested colour object the way Tailwind names its utilities: `{ brand: { DEFAULT: x, 500: y } }`
 * gives `brand` and `brand-500`.
 */
export function flattenScale(scale: NestedScale, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(scale)) {
    if (key.startsWith('$')) continue;
    const name = key === 'DEFAULT' ? prefix : prefix ? `${prefix}-${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flattenScale(value, name)) out.set(k, v);
  }
  return out;
}

const DEFAULT_SCALES: Record<ConfigKey, ThemeScale> = {
  colors: flattenScale(defaults.colors as NestedScale),
  textColor: new Map(),
  backgroundColor: new Map(),
  borderColor: new Map(),
  spacing: flattenScale(defaults.spacing),
  padding: new Map(),
  inset: new Map(),
  width: new Map(),
  height: new Map(),
  fontSize: flattenScale(defaults.fontSize),
  fontWeight: flattenScale(defaults.fontWeight),
  opacity: flattenScale(defaults.opacity),
  borderWidth: flattenScale(defaults.borderWidth),
  screens: flattenScale(defaults.screens),
};

/** v3 and v4: numeric spacing utilities step by 0.25rem (v4's `--spacing`, v3's scale `1: 0.25rem`). */
const DEFAULT_SPACING_STEP = '0.25rem';

function merge(base: ThemeScale, extension: ThemeScale | undefined): ThemeScale {
  if (extension === undefined) return base;
  if (base === 'unknown' || extension === 'unknown') return 'unknown';
  return new Map([...base, ...extension]);
}

/** The config keys that feed a scale: the generic one (`colors`, `spacing`) and the scale's own, in that order. */
function keysFeeding(name: ThemeScaleName): ConfigKey[] {
  return (Object.keys(CONFIG_KEYS) as ConfigKey[]).filter((key) => (CONFIG_KEYS[key] as readonly ThemeScaleName[]).includes(name));
}

/**
 * A config and its presets as one source, the way Tailwind v3 merges them (tailwindcss.com/docs/presets, "Merging
 * logic in-depth"): `configs` lowest precedence first (a preset's own presets, then the preset, then the config
 * that names it). A theme key replaced by a later config replaces an earlier one's; every config's `theme.extend`
 * applies on top of the merged theme, a later one's keys over an earlier one's, so a preset's extension survives
 * a config that replaces the scale it extends. Other options (`prefix`, `darkMode`, `corePlugins`) come from the
 * last config that sets them.
 */
export function mergePresets(configs: readonly ThemeOverrides[]): ThemeOverrides {
  const out: ThemeOverrides = { replace: {}, extend: {} };
  for (const config of configs) {
    Object.assign(out.replace, config.replace);
    for (const key of Object.keys(config.extend) as ConfigKey[]) out.extend[key] = merge(out.extend[key] ?? new Map(), config.extend[key]);
    if (config.spacingStep !== undefined) out.spacingStep = config.spacingStep;
    if (config.prefix !== undefined) out.prefix = config.prefix;
    if (config.preflight !== undefined) out.preflight = config.preflight;
    if (config.dark !== undefined) out.dark = config.dark;
    if (config.opaque !== undefined) out.opaque ??= config.opaque;
  }
  return out;
}

/** The default theme with each source's overrides applied in order. */
export function buildTheme(version: 3 | 4 | undefined, sources: readonly ThemeOverrides[]): TailwindTheme {
  const opaque = sources.some((s) => s.opaque !== undefined);
  const scales = {} as Record<ThemeScaleName, ThemeScale>;
  const names = [...new Set(Object.values(CONFIG_KEYS).flat())] as ThemeScaleName[];
  for (const name of names) {
    const feeding = keysFeeding(name);
    const generic = feeding[0] as ConfigKey;
    let scale: ThemeScale = opaque ? 'unknown' : DEFAULT_SCALES[generic];
    for (const source of sources) {
      // v3: `textColor` defaults to `theme('colors')`, so replacing either replaces it; extending either adds.
      for (const key of feeding) if (source.replace[key] !== undefined) scale = source.replace[key];
      for (const key of feeding) scale = merge(scale, source.extend[key]);
    }
    scales[name] = scale;
  }
  let spacingStep: string | 'unknown' = opaque ? 'unknown' : DEFAULT_SPACING_STEP;
  let prefix = '';
  let preflight = true;
  let dark: DarkVariant = { kind: 'media' };
  for (const source of sources) {
    if (source.spacingStep !== undefined) spacingStep = source.spacingStep;
    if (source.prefix !== undefined) prefix = source.prefix;
    if (source.preflight !== undefined) preflight = source.preflight;
    if (source.dark !== undefined) dark = source.dark;
  }
  return { version, scales, spacingStep, prefix, preflight, dark };
}
