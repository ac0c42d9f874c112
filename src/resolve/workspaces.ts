/**
 * A monorepo's own packages: `import { Button } from '@acme/ui'` in one of its apps names a folder of the same
 * repository (npm, Yarn and pnpm workspaces link it into node_modules), whose components are the project's code as
 * much as a relative import's. Without following them, every design-system component of a monorepo (documenso's
 * `@documenso/ui/primitives/input`, dub's `@dub/ui`, plane's `@plane/ui`) was an unknown element.
 *
 * The workspace root is the nearest folder above the importing file with a package.json that has `workspaces`
 * (npm, Yarn: a list of globs, or `{ packages: [...] }`) or a pnpm-workspace.yaml (`packages:` globs). Its packages
 * are the folders those globs match that hold a package.json with a `name`. Where an import of such a package leads
 * is read from its manifest, as Node and TypeScript read it: the `exports` entry for the subpath (conditions in
 * order: `source`, `import`, `module`, `default`, `require`, never `types`), else for the package itself `source`,
 * `module`, `main`, else the subpath as a path inside the package. A target in a build folder that is not there (a
 * source checkout: `./dist/button/index.js`) is looked for where the build took it from (`./src/button/index`),
 * the folder layout every bundler keeps. Manifests are read as JSON, never executed. Only the workspace's own
 * packages are followed: an installed package (React, a component library) stays a package, whose defaults the
 * library modules (src/libraries) know.
 */
import path from 'node:path';
import type { ReadFile } from './modules.js';
import { lazyRequire } from '../lazy-require.js';

/** Loaded by the first workspace root found: a project that is no monorepo never needs it. */
const tinyglobby = lazyRequire<typeof import('tinyglobby')>('tinyglobby');

/** The conditions of an `exports` entry that lead to code, in the order tried; `types` leads to declarations only. */
const CONDITIONS = ['source', 'import', 'module', 'default', 'require', 'node', 'browser'];
/** The build folders whose files are looked for in `src` when the build has not run. */
const BUILD_FOLDER = /^(?:\.\/)?(?:dist|build|lib|esm|cjs|out)\//;
const DECLARATION = /\.d\.[mc]?ts$/;

interface WorkspacePackage {
  dir: string;
  manifest: Record<string, unknown>;
}

/** The name of the package an import names (`@scope/name`, `name`) and the rest of it (`primitives/input`, or ''). */
export function splitSpecifier(specifier: string): { name: string; subpath: string } | undefined {
  const parts = specifier.split('/');
  const count = specifier.startsWith('@') ? 2 : 1;
  if (parts.length < count || parts.slice(0, count).some((part) => part === '' || part === '.' || part === '..')) return undefined;
  return { name: parts.slice(0, count).join('/'), subpath: parts.slice(count).join('/') };
}

function parseJson(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The globs of a package.json's `workspaces` (a list, or Yarn's `{ packages: [...] }`); undefined when it has none. */
function manifestGlobs(manifest: Record<string, unknown> | undefined): string[] | undefined {
  const workspaces = manifest?.workspaces;
  if (Array.isArray(workspaces)) return strings(workspaces);
  if (typeof workspaces === 'object' && workspaces !== null) return strings((workspaces as { packages?: unknown }).packages);
  return undefined;
}

/**
 * The `packages` globs of a pnpm-workspace.yaml, in the two forms pnpm's documentation writes: a block list
 * (`packages:` then `  - 'apps/*'` lines) or a flow list (`packages: ['apps/*']`). Anything else in the file
 * (catalogs, build settings) is skipped.
 */
export function pnpmGlobs(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^packages\s*:/.test(line));
  if (start < 0) return [];
  const unquote = (item: string): string => item.trim().replace(/^(['"])(.*)\1$/, '$2');
  const inline = /^packages\s*:\s*\[(.*)\]\s*(?:#.*)?$/.exec(lines[start] as string);
  if (inline) return (inline[1] as string).split(',').map(unquote).filter(Boolean);
  const globs: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    // Items may sit at the key's own indentation (`- apps/*`, as plane writes them) or deeper.
    const item = /^\s*-\s+(.+?)\s*(?:#.*)?$/.exec(line);
    if (!item) break;
    globs.push(unquote(item[1] as string));
  }
  return globs;
}

export class Workspaces {
  /** The workspace root governing each folder walked (null: none). */
  private readonly roots = new Map<string, string | null>();
  /** Each root's packages by name. */
  private readonly packages = new Map<string, Map<string, WorkspacePackage>>();

  constructor(private readonly readFile: ReadFile) {}

  /**
   * Where an import of a workspace package may lead, best first, as paths for the caller to try with its
   * extensions (`…/src/index` is tried as `index.tsx`, `index.ts`, …); empty when the import names no package of
   * the workspace around `fromFile`.
   */
  bases(fromFile: string, specifier: string): string[] {
    const split = splitSpecifier(specifier);
    if (!split) return [];
    const root = this.rootOf(path.dirname(fromFile));
    if (root === undefined) return [];
    const found = this.packagesOf(root).get(split.name);
    if (!found) return [];
    return targets(found, split.subpath).flatMap((target) => {
      const file = path.join(found.dir, target);
      if (DECLARATION.test(file)) return [];
      if (!BUILD_FOLDER.test(target)) return [file];
      // Built output is there after a build; its source is where a source checkout has it.
      const source = path.join(found.dir, 'src', target.replace(BUILD_FOLDER, '').replace(/\.(?:[mc]?js)$/, ''));
      return [file, source];
    });
  }

  /** The workspace root governing a folder (its nearest package.json or pnpm-workspace.yaml that lists packages). */
  rootOf(dir: string): string | undefined {
    const walked: string[] = [];
    let root: string | null = null;
    for (let current = dir; ; ) {
      const known = this.roots.get(current);
      if (known !== undefined) {
        root = known;
        break;
      }
      walked.push(current);
      if (manifestGlobs(parseJson(this.readFile(path.join(current, 'package.json')))) !== undefined || this.readFile(path.join(current, 'pnpm-workspace.yaml')) !== undefined) {
        root = current;
        break;
      }
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const folder of walked) this.roots.set(folder, root);
    return root ?? undefined;
  }

  private packagesOf(root: string): Map<string, WorkspacePackage> {
    let byName = this.packages.get(root);
    if (byName) return byName;
    byName = new Map();
    this.packages.set(root, byName);
    const pnpm = this.readFile(path.join(root, 'pnpm-workspace.yaml'));
    const globs = pnpm !== undefined ? pnpmGlobs(pnpm) : (manifestGlobs(parseJson(this.readFile(path.join(root, 'package.json')))) ?? []);
    const manifestOf = (glob: string): string => `${glob.replace(/\/+$/, '')}/package.json`;
    const include = globs.filter((glob) => !glob.startsWith('!')).map(manifestOf);
    // `!apps/api` leaves that package out; `!**/test/**` every package under a test folder.
    const ignore = ['**/node_modules/**', ...globs.filter((glob) => glob.startsWith('!')).flatMap((glob) => [manifestOf(glob.slice(1)), glob.slice(1)])];
    if (include.length === 0) return byName;
    let manifests: string[];
    try {
      // tinyglobby gives `/` separators everywhere; the rest of the run names files with the platform's.
      manifests = tinyglobby().globSync(include, { cwd: root, ignore, absolute: true, dot: false, followSymbolicLinks: false }).map((file) => path.resolve(file)).sort();
    } catch {
      return byName;
    }
    for (const file of manifests) {
      const manifest = parseJson(this.readFile(file));
      const name = manifest?.name;
      // The first of two packages of one name wins, in path order: a run gives the same answer every time.
      if (typeof name === 'string' && manifest && !byName.has(name)) byName.set(name, { dir: path.dirname(file), manifest });
    }
    return byName;
  }
}

/** The paths, inside the package, that an import of `subpath` ('' for the package itself) leads to, best first. */
function targets(found: WorkspacePackage, subpath: string): string[] {
  const { manifest } = found;
  const key = subpath === '' ? '.' : `./${subpath}`;
  const exports = manifest.exports;
  if (exports !== undefined && exports !== null) {
    // `"exports": "./index.js"` or a conditions object stand for the package itself.
    const map = typeof exports === 'string' || Array.isArray(exports) || !Object.keys(exports).some((k) => k.startsWith('.')) ? { '.': exports } : (exports as Record<string, unknown>);
    return exportTargets(map, key);
  }
  if (subpath !== '') return [subpath];
  return [...['source', 'module', 'main'].flatMap((field) => (typeof manifest[field] === 'string' ? [manifest[field] as string] : [])), 'index'];
}

/** An `exports` map's targets for a key: the exact entry, else the longest `*` pattern that matches it. */
function exportTargets(map: Record<string, unknown>, key: string): string[] {
  if (key in map) return conditionTargets(map[key]);
  let best: { prefix: string; suffix: string; value: unknown } | undefined;
  for (const [pattern, value] of Object.entries(map)) {
    const star = pattern.indexOf('*');
    if (star < 0) continue;
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (key.length >= prefix.length + suffix.length && key.startsWith(prefix) && key.endsWith(suffix) && (!best || prefix.length > best.prefix.length)) best = { prefix, suffix, value };
  }
  if (!best) return [];
  const match = key.slice(best.prefix.length, key.length - best.suffix.length);
  return conditionTargets(best.value).map((target) => target.split('*').join(match));
}

function conditionTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(conditionTargets);
  if (typeof value !== 'object' || value === null) return [];
  const conditions = value as Record<string, unknown>;
  return CONDITIONS.flatMap((condition) => (condition in conditions ? conditionTargets(conditions[condition]) : []));
}
