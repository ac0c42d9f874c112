/**
 * Is Tailwind active for a file, and with which theme? Files are read as TEXT, never executed:
 * - a `tailwind.config.{js,ts,cjs,mjs,mts,cts}` found walking up from the file to the nearest package.json;
 * - `tailwindcss` (or `@tailwindcss/postcss`, `@tailwindcss/vite`, `@tailwindcss/cli`) in that package.json's
 *   dependencies or, in a monorepo, in the workspace root's (src/resolve/packages.ts), whose version range says v3
 *   or v4;
 * - `@import "tailwindcss"` / `@tailwind` / `@theme` in a stylesheet the file imports.
 * The theme is the default one plus the config's `theme`/`theme.extend` (read as data) and the `@theme` blocks of
 * the stylesheets in scope. A v4 project's `@theme` in a CSS entry file that this file doesn't import is not seen.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Root } from 'postcss';
import type { UtilityClasses } from '../css/resolve.js';
import { readTailwindConfig, readThemeBlocks, tailwindDirectives } from '../css/tailwind/config.js';
import { buildTheme, type ThemeOverrides } from '../css/tailwind/theme.js';
import { createTailwindUtilities } from '../css/tailwind/utilities.js';
import { parseStylesheet } from '../parse/css.js';
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
  private readonly configs = new Map<string, ThemeOverrides>();
  private readonly sheets = new Map<string, { version: 3 | 4 | undefined; present: boolean; theme: ThemeOverrides | undefined }>();
  private readonly utilities = new Map<string, UtilityClasses>();

  config(file: SheetText): ThemeOverrides {
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

/** The Tailwind utilities for a file, or undefined when its project doesn't use Tailwind. */
export function tailwindFor(filePath: string, readFile: (absolutePath: string) => string | undefined, sheets: readonly SheetText[], cache: TailwindCache): UtilityClasses | undefined {
  const project = findProjectFiles(filePath, readFile);
  const sheetInfo = sheets.map((sheet) => ({ sheet, info: cache.sheet(sheet) }));
  const inCss = sheetInfo.filter((s) => s.info.present);
  if (!project.config && !project.packageUsesTailwind && inCss.length === 0) return undefined;

  const version = project.packageVersion ?? inCss.map((s) => s.info.version).find((v) => v !== undefined);
  const sources: ThemeOverrides[] = [];
  const keyParts: string[] = [String(version)];
  if (project.config) {
    sources.push(cache.config(project.config));
    keyParts.push(project.config.path, hash(project.config.text));
  }
  for (const { sheet, info } of sheetInfo) {
    if (!info.theme) continue;
    sources.push(info.theme);
    keyParts.push(sheet.path, hash(sheet.text));
  }
  return cache.utilitiesFor(keyParts.join('\0'), () => createTailwindUtilities(buildTheme(version, sources)));
}
