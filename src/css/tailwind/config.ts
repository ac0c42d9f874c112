/**
 * A project's Tailwind configuration read as DATA, never executed: `tailwind.config.{js,ts,cjs,mjs}` parsed with
 * typescript-estree, where only literal objects, arrays, strings and numbers are evaluated; and v4 `@theme`
 * blocks in CSS. Whatever isn't plain data (a function call, an imported palette, a spread) makes the part of the
 * theme it sits in unknown, so utilities that read it resolve to unknown values, not to defaults. `presets` are
 * named by the modules they load (`require('@acme/tailwind-config')`), which src/resolve/tailwind.ts reads the same
 * way and merges as Tailwind does.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { Root } from 'postcss';
import { parseWithTypescriptEstree } from '../../parse/script.js';
import { CONFIG_KEYS, darkVariantOf, flattenScale, type ConfigKey, type DarkVariant, type ThemeOverrides, type ThemeScale } from './theme.js';

type Data = string | number | boolean | null | Data[] | { [key: string]: Data };
const UNKNOWN = Symbol('unknown');
type Evaluated = Data | typeof UNKNOWN;

/** Evaluate a literal node; anything else is UNKNOWN. Object values that aren't data stay UNKNOWN in place. */
function evaluate(node: TSESTree.Node | null | undefined): Evaluated {
  if (!node) return UNKNOWN;
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean' || node.value === null ? node.value : UNKNOWN;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? UNKNOWN) : UNKNOWN;
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') return -node.argument.value;
      return UNKNOWN;
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
      return evaluate(node.expression);
    case 'ArrayExpression': {
      const out: Data[] = [];
      for (const element of node.elements) {
        const value = element && element.type !== 'SpreadElement' ? evaluate(element) : UNKNOWN;
        if (value === UNKNOWN) return UNKNOWN;
        out.push(value);
      }
      return out;
    }
    case 'ObjectExpression': {
      const out: Record<string, Data> = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init') return UNKNOWN;
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
        if (key === undefined) return UNKNOWN;
        const value = evaluate(property.value);
        if (value === UNKNOWN) {
          // Keep the key, mark its value: `theme: { extend: { colors: palette } }` loses only `colors`.
          unknownKeys.add(out);
          (out as Record<string, unknown>)[key] = UNKNOWN;
          continue;
        }
        out[key] = value;
      }
      return out;
    }
    default:
      return UNKNOWN;
  }
}

/** Objects that hold an UNKNOWN value somewhere (WeakSet so parsed configs don't accumulate). */
const unknownKeys = new WeakSet<object>();

/** The object a config module exports: `module.exports = {…}`, `export default {…}`, or a top-level const so exported. */
function exportedObject(program: TSESTree.Program, consts: ReadonlyMap<string, TSESTree.Node>): TSESTree.Node | undefined {
  let exported: TSESTree.Node | undefined;
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') exported = statement.declaration;
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const left = statement.expression.left;
      if (left.type === 'MemberExpression' && left.object.type === 'Identifier' && left.object.name === 'module' && left.property.type === 'Identifier' && left.property.name === 'exports') {
        exported = statement.expression.right;
      }
    }
  }
  let node = exported;
  while (node && (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression')) node = node.expression;
  if (node?.type === 'Identifier') node = consts.get(node.name);
  while (node && (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression')) node = node.expression;
  return node;
}

function isRecord(value: Evaluated | unknown): value is Record<string, Data> {
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

/** A module's top-level consts and default imports: `const base = require('…')`, `import preset from '…'`. */
function topLevelBindings(program: TSESTree.Program): { consts: Map<string, TSESTree.Node>; imports: Map<string, string> } {
  const consts = new Map<string, TSESTree.Node>();
  const imports = new Map<string, string>();
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration' && statement.kind === 'const') {
      for (const d of statement.declarations) if (d.id.type === 'Identifier' && d.init) consts.set(d.id.name, d.init);
    }
    if (statement.type === 'ImportDeclaration' && statement.importKind !== 'type') {
      for (const specifier of statement.specifiers) if (specifier.type === 'ImportDefaultSpecifier') imports.set(specifier.local.name, statement.source.value);
    }
  }
  return { consts, imports };
}

/**
 * The module a preset loads, or undefined when the preset is anything else (a call such as `createPreset({…})`,
 * an object written in place, a spread): `require('x')`, `require('x').default`, or a binding of either, or a default
 * import.
 */
function presetModule(node: TSESTree.Node | null, bindings: ReturnType<typeof topLevelBindings>, seen = 0): string | undefined {
  if (!node || seen > 2) return undefined;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'default') return presetModule(node.object, bindings, seen + 1);
  if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) {
    const [argument] = node.arguments;
    return argument?.type === 'Literal' && typeof argument.value === 'string' ? argument.value : undefined;
  }
  if (node.type === 'Identifier') return bindings.imports.get(node.name) ?? presetModule(bindings.consts.get(node.name) ?? null, bindings, seen + 1);
  return undefined;
}

/** A config's `presets`: each preset's module, in order (undefined where a preset is not a module). */
function presetModules(config: TSESTree.Node, bindings: ReturnType<typeof topLevelBindings>): Array<string | undefined> | undefined {
  if (config.type !== 'ObjectExpression') return undefined;
  const property = config.properties.find((p): p is TSESTree.Property => p.type === 'Property' && !p.computed && ((p.key.type === 'Identifier' && p.key.name === 'presets') || (p.key.type === 'Literal' && p.key.value === 'presets')));
  if (!property) return undefined;
  let list: TSESTree.Node = property.value;
  while (list.type === 'TSAsExpression' || list.type === 'TSSatisfiesExpression') list = list.expression;
  if (list.type !== 'ArrayExpression') return [undefined];
  return list.elements.map((element) => (element && element.type !== 'SpreadElement' ? presetModule(element, bindings) : undefined));
}

/** A config file read as data: its own theme, and the modules of its presets, which it overrides. */
export interface TailwindConfig extends ThemeOverrides {
  /**
   * Present when the config has `presets`: the module each one loads, as written, lowest precedence first; undefined
   * for a preset that is not a module. An empty list (`presets: []`) leaves out Tailwind's default theme.
   */
  presets?: ReadonlyArray<string | undefined>;
}

/** Read a `tailwind.config.*` file's text as data. */
export function readTailwindConfig(text: string, filePath: string): TailwindConfig {
  const overrides: TailwindConfig = { replace: {}, extend: {} };
  const parsed = parseWithTypescriptEstree(text, filePath.replace(/\.[mc]?js$/, '.js'));
  if (!parsed.ok) return { ...overrides, opaque: `${filePath} could not be parsed` };
  const bindings = topLevelBindings(parsed.value);
  const node = exportedObject(parsed.value, bindings.consts);
  const config = node ? evaluate(node) : UNKNOWN;
  if (!node || !isRecord(config)) return { ...overrides, opaque: `${filePath} does not export a plain object literal` };
  const presets = presetModules(node, bindings);
  if (presets) overrides.presets = presets;
  const theme = config.theme;
  if ('theme' in config && !isRecord(theme)) return { ...overrides, opaque: `${filePath} theme is not a plain object` };
  if (isRecord(theme)) {
    readThemeSection(theme, overrides.replace);
    if ('extend' in theme) {
      if (isRecord(theme.extend)) readThemeSection(theme.extend, overrides.extend);
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
