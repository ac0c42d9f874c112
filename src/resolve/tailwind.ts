/**
 * Is Tailwind active for a file, and with which theme? Files are read as TEXT, never executed:
 * - a `tailwind.config.{js,ts,cjs,mjs,mts,cts}` found walking up from the file to the nearest package.json;
 * - `tailwindcss` (or `@tailwindcss/postcss`, `@tailwindcss/vite`, `@tailwindcss/cli`) in that package.json's
 *   dependencies or, in a monorepo, in the workspace root's (src/resolve/packages.ts), whose version range says v3
 *   or v4;
 * - `@import "tailwindcss"` / `@tailwind` / `@theme` in a stylesheet the file imports.
 * The theme is the default one plus the config's `theme`/`theme.extend` (read as data), with the presets it loads
 * (files of the project or of its monorepo's packages, read the same way), and the `@theme` blocks of the
 * stylesheets in scope. A v4 project's `@theme` in a CSS entry file that this file doesn't import is not seen.
 */
import { sha1Hex } from '../hash.js';
import path from 'node:path';
import type { Root } from 'postcss';
import type { UtilityClasses } from '../css/resolve.js';
import { readTailwindConfig, readThemeBlocks, tailwindDirectives, type TailwindConfig } from '../css/tailwind/config.js';
import { exportedValue, moduleScope, openObjects, UNKNOWN, type Data, type Evaluated, type ModuleData } from '../css/tailwind/config-data.js';
import DEFAULT_THEME from '../css/tailwind/theme.json' with { type: 'json' };
import { buildTheme, mergePresets, type ThemeOverrides } from '../css/tailwind/theme.js';
import { createTailwindUtilities } from '../css/tailwind/utilities.js';
import { parseStylesheet } from '../parse/css.js';
import type { ModuleResolver } from './modules.js';
import { appPackages } from './packages.js';

const CONFIG_NAMES = ['tailwind.config.js', 'tailwind.config.ts', 'tailwind.config.cjs', 'tailwind.config.mjs', 'tailwind.config.mts', 'tailwind.config.cts'];
const PACKAGES = ['tailwindcss', '@tailwindcss/postcss', '@tailwindcss/vite', '@tailwindcss/cli'];

export interface SheetText {
  path: string;
  text: string;
}

interface ProjectFiles {
  config: SheetText | undefined;
  /** The major version the package.json asks for; undefined when it doesn't name Tailwind or the range is unclear. */
  packageVersion: 3 | 4 | undefined;
  packageUsesTailwind: boolean;
}

function hash(text: string): string {
  return sha1Hex(text);
}

/** Parsed configs, stylesheets and built utility tables, by content: one per distinct theme per run or session. */
export class TailwindCache {
  private readonly configs = new Map<string, { config: TailwindConfig; reads: SheetText[] }>();
  private readonly sheets = new Map<string, { version: 3 | 4 | undefined; present: boolean; theme: ThemeOverrides | undefined }>();
  private readonly utilities = new Map<string, UtilityClasses>();

  /**
   * A config read as data, with the modules its imports led to (presets, palettes), read through the resolver's
   * reader. A config read before is read again when one of those modules has changed since.
   */
  config(file: SheetText, resolver: ModuleResolver): { config: TailwindConfig; reads: SheetText[] } {
    const key = `${file.path}\0${hash(file.text)}`;
    let entry = this.configs.get(key);
    if (!entry || entry.reads.some((read) => resolver.readFile(read.path) !== read.text)) {
      const reads: SheetText[] = [];
      entry = { config: readTailwindConfig(file.text, file.path, moduleData(file.path, resolver, reads, [file.path])), reads };
      this.configs.set(key, entry);
    }
    return entry;
  }

  sheet(file: SheetText): { version: 3 | 4 | undefined; present: boolean; theme: ThemeOverrides | undefined } {
    const key = `${file.path}\0${hash(file.text)}`;
    let entry = this.sheets.get(key);
    if (!entry) {
      const parsed = parseStylesheet(file.text, file.path);
      const root: Root | undefined = parsed.ok ? parsed.value : undefined;
      entry = root ? { ...tailwindDirectives(root), theme: readThemeBlocks(root) } : { version: undefined, present: false, theme: undefined };
      this.sheets.set(key, entry);
    }
    return entry;
  }

  utilitiesFor(key: string, build: () => UtilityClasses): UtilityClasses {
    let entry = this.utilities.get(key);
    if (!entry) {
      entry = build();
      this.utilities.set(key, entry);
    }
    return entry;
  }
}

function majorOf(range: unknown): 3 | 4 | undefined {
  if (typeof range !== 'string') return undefined;
  const match = /(\d+)/.exec(range);
  return match?.[1] === '3' ? 3 : match?.[1] === '4' ? 4 : undefined;
}

function readPackages(dependencies: ReadonlyMap<string, string>): { uses: boolean; version: 3 | 4 | undefined } {
  let uses = false;
  let version: 3 | 4 | undefined;
  for (const name of PACKAGES) {
    const range = dependencies.get(name);
    if (range === undefined) continue;
    uses = true;
    // The v4 integrations exist only for v4.
    version ??= name === 'tailwindcss' ? majorOf(range) : 4;
  }
  return { uses, version };
}

/** Walk up from the file's folder to the nearest package.json, collecting the Tailwind config on the way. */
function findProjectFiles(filePath: string, readFile: (absolutePath: string) => string | undefined): ProjectFiles {
  let dir = path.dirname(filePath);
  let config: SheetText | undefined;
  for (;;) {
    if (!config) {
      for (const name of CONFIG_NAMES) {
        const candidate = path.join(dir, name);
        const text = readFile(candidate);
        if (text !== undefined) {
          config = { path: candidate, text };
          break;
        }
      }
    }
    if (readFile(path.join(dir, 'package.json')) !== undefined) {
      const { uses, version } = readPackages(appPackages(filePath, readFile).dependencies);
      return { config, packageVersion: version, packageUsesTailwind: uses };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return { config, packageVersion: undefined, packageUsesTailwind: false };
    dir = parent;
  }
}

/**
 * Tailwind's own modules a config imports, as data: the palette (`tailwindcss/colors`: `colors.zinc`), the default
 * theme (`tailwindcss/defaultTheme`: `...defaultTheme.screens`) and the default config as a preset, which adds
 * nothing to the default theme. Only the parts of the default theme honest-ui carries are there: the others are
 * unknown, not missing.
 */
const TAILWIND_MODULES: Record<string, () => Data> = {
  'tailwindcss/colors': () => open(structuredClone(DEFAULT_THEME.colors) as Data),
  'tailwindcss/defaultTheme': () => open(defaultThemeData()),
  'tailwindcss/defaultConfig': () => open({}),
  'tailwindcss/stubs/config.full': () => open({ theme: defaultThemeData() }),
};

function defaultThemeData(): Data {
  const { $comment: _comment, ...theme } = DEFAULT_THEME;
  return open(structuredClone(theme) as Data);
}

function open(value: Data): Data {
  if (typeof value === 'object' && value !== null) openObjects.add(value);
  return value;
}

/** Imports followed from a config: presets that load presets, palettes that import palettes. */
const MAX_MODULE_DEPTH = 8;

/**
 * What a config module's imports lead to, read as data: Tailwind's own modules, and the project's modules and its
 * monorepo's packages (resolved as any import is). An installed package's module, a loop or a module that does
 * not parse is unknown. Each module read is added to `reads`.
 */
function moduleData(fromFile: string, resolver: ModuleResolver, reads: SheetText[], loading: readonly string[], values = new Map<string, Evaluated>()): ModuleData {
  return (specifier, name) => {
    const own = TAILWIND_MODULES[specifier.replace(/\.js$/, '')];
    if (own) return name === 'default' ? own() : UNKNOWN;
    const found = resolver.resolve(fromFile, specifier);
    if (found.kind !== 'file' || loading.includes(found.file) || loading.length > MAX_MODULE_DEPTH) return UNKNOWN;
    // dub's app config reads its shared config four times (`...sharedConfig`, `sharedConfig?.theme?.extend`...).
    const key = `${found.file}\0${name}`;
    let value = values.get(key);
    if (value === undefined) {
      if (!reads.some((read) => read.path === found.file)) reads.push({ path: found.file, text: found.text });
      const program = resolver.program(found.file, found.text);
      value = program ? exportedValue(program, name, moduleScope(program, moduleData(found.file, resolver, reads, [...loading, found.file], values))) : UNKNOWN;
      values.set(key, value);
    }
    return value;
  };
}

/**
 * A config and its presets as the list mergePresets takes, lowest precedence first (tailwindcss.com/docs/presets):
 * each preset's own presets, then the preset, then the config. A preset that is not data, or `presets: []` with no
 * preset keeping the default theme underneath, leaves the whole theme unknown.
 */
function presetChain(config: TailwindConfig, filePath: string): ThemeOverrides[] {
  const chain: ThemeOverrides[] = [];
  const keepsDefault = (current: TailwindConfig): boolean => current.presets === undefined || current.presets.some((preset) => preset !== undefined && keepsDefault(preset));
  const walk = (current: TailwindConfig): boolean => {
    for (const preset of current.presets ?? []) if (preset === undefined || !walk(preset)) return false;
    chain.push(current);
    return true;
  };
  if (!walk(config)) return [{ replace: {}, extend: {}, opaque: `${filePath} has a preset that is not data (made by a call, or an installed package's)` }];
  if (!keepsDefault(config)) return [{ replace: {}, extend: {}, opaque: `${filePath} leaves out Tailwind's default theme (\`presets: []\`)` }];
  return chain;
}

/** The Tailwind utilities for a file, or undefined when its project doesn't use Tailwind. */
export function tailwindFor(filePath: string, resolver: ModuleResolver, sheets: readonly SheetText[], cache: TailwindCache): UtilityClasses | undefined {
  const project = findProjectFiles(filePath, resolver.readFile);
  const sheetInfo = sheets.map((sheet) => ({ sheet, info: cache.sheet(sheet) }));
  const inCss = sheetInfo.filter((s) => s.info.present);
  if (!project.config && !project.packageUsesTailwind && inCss.length === 0) return undefined;

  const version = project.packageVersion ?? inCss.map((s) => s.info.version).find((v) => v !== undefined);
  const sources: ThemeOverrides[] = [];
  const keyParts: string[] = [String(version)];
  if (project.config) {
    const { config, reads } = cache.config(project.config, resolver);
    const chain = presetChain(config, project.config.path);
    sources.push(chain.length === 1 ? (chain[0] as ThemeOverrides) : mergePresets(chain));
    for (const file of [project.config, ...reads]) keyParts.push(file.path, hash(file.text));
  }
  for (const { sheet, info } of sheetInfo) {
    if (!info.theme) continue;
    sources.push(info.theme);
    keyParts.push(sheet.path, hash(sheet.text));
  }
  return cache.utilitiesFor(keyParts.join('\0'), () => createTailwindUtilities(buildTheme(version, sources)));
}
