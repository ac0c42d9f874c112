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
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Root } from 'postcss';
import type { UtilityClasses } from '../css/resolve.js';
import { readTailwindConfig, readThemeBlocks, tailwindDirectives, type TailwindConfig } from '../css/tailwind/config.js';
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
  return createHash('sha1').update(text).digest('hex');
}

/** Parsed configs, stylesheets and built utility tables, by content: one per distinct theme per run or session. */
export class TailwindCache {
  private readonly configs = new Map<string, TailwindConfig>();
  private readonly sheets = new Map<string, { version: 3 | 4 | undefined; present: boolean; theme: ThemeOverrides | undefined }>();
  private readonly utilities = new Map<string, UtilityClasses>();

  config(file: SheetText): TailwindConfig {
    const key = `${file.path}\0${hash(file.text)}`;
    let entry = this.configs.get(key);
    if (!entry) {
      entry = readTailwindConfig(file.text, file.path);
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

/** The modules that are Tailwind's own default config: as a preset, they add nothing to the default theme. */
const DEFAULT_CONFIG_MODULES = new Set(['tailwindcss/defaultConfig', 'tailwindcss/defaultConfig.js', 'tailwindcss/stubs/config.full.js']);
/** How deep presets may load presets (documenso: app, then its UI package, then its shared config: 3). */
const MAX_PRESET_DEPTH = 8;

interface ConfigChain {
  /** The configs lowest precedence first, as mergePresets takes them. */
  configs: ThemeOverrides[];
  /** Every file read, for the utility table's key. */
  files: SheetText[];
  /** Whether a config without `presets` (which keeps Tailwind's default theme as its base) is in the chain. */
  keepsDefault: boolean;
}

/**
 * A config and the presets it loads, each read as data (tailwindcss.com/docs/presets). A preset is followed where
 * it is a file of the project or of a package of its monorepo (`require('@documenso/ui/tailwind.config.cjs')`); an
 * installed package's preset, one that is not a module, or a loop leaves the theme opaque.
 */
function configChain(file: SheetText, resolver: ModuleResolver, cache: TailwindCache, loading: readonly string[] = []): ConfigChain {
  const depth = loading.length;
  const config = cache.config(file);
  const chain: ConfigChain = { configs: [], files: [file], keepsDefault: config.presets === undefined };
  const opaque = (reason: string): ConfigChain => ({ ...chain, configs: [{ replace: {}, extend: {}, opaque: reason }] });
  for (const specifier of config.presets ?? []) {
    if (specifier === undefined) return opaque(`${file.path} has a preset that is not a module`);
    if (DEFAULT_CONFIG_MODULES.has(specifier)) {
      chain.keepsDefault = true;
      continue;
    }
    const found = resolver.resolve(file.path, specifier);
    if (found.kind !== 'file') return opaque(`${file.path} loads its preset from ${specifier}, ${found.kind === 'package' ? 'an installed package' : 'which is not there'}`);
    if (found.file === file.path || loading.includes(found.file)) return opaque(`${file.path} loads ${found.file} as a preset, which loads it`);
    if (depth >= MAX_PRESET_DEPTH) return opaque(`${file.path} loads presets more than ${MAX_PRESET_DEPTH} deep`);
    const preset = configChain({ path: found.file, text: found.text }, resolver, cache, [...loading, file.path]);
    chain.configs.push(...preset.configs);
    chain.files.push(...preset.files);
    chain.keepsDefault ||= preset.keepsDefault;
  }
  chain.configs.push(config);
  if (depth === 0 && !chain.keepsDefault) return opaque(`${file.path} leaves out Tailwind's default theme (\`presets: []\`)`);
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
    const chain = configChain(project.config, resolver, cache);
    sources.push(chain.configs.length === 1 ? (chain.configs[0] as ThemeOverrides) : mergePresets(chain.configs));
    for (const file of chain.files) keyParts.push(file.path, hash(file.text));
  }
  for (const { sheet, info } of sheetInfo) {
    if (!info.theme) continue;
    sources.push(info.theme);
    keyParts.push(sheet.path, hash(sheet.text));
  }
  return cache.utilitiesFor(keyParts.join('\0'), () => createTailwindUtilities(buildTheme(version, sources)));
}
