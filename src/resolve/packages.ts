/**
 * What a file's app depends on: the dependencies of the nearest package.json above it and, in a monorepo, of the
 * workspace root above that (a package.json with `workspaces`, or a folder with pnpm-workspace.yaml or lerna.json),
 * where tooling such as Tailwind is often installed once for every package. Read as JSON, never executed.
 */
import path from 'node:path';
import type { ReadFile } from './modules.js';

export interface AppPackages {
  /** The folder of the nearest package.json, or undefined when there is none. */
  dir: string | undefined;
  /** Package name → version range, the nearest package.json's first, then the workspace root's. */
  dependencies: Map<string, string>;
}

const FIELDS = ['dependencies', 'devDependencies', 'peerDependencies'];

function parse(text: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function addDependencies(manifest: Record<string, unknown>, into: Map<string, string>): void {
  for (const field of FIELDS) {
    const deps = manifest[field];
    if (typeof deps !== 'object' || deps === null) continue;
    for (const [name, range] of Object.entries(deps as Record<string, unknown>)) if (!into.has(name) && typeof range === 'string') into.set(name, range);
  }
}

function isWorkspaceRoot(dir: string, manifest: Record<string, unknown> | undefined, readFile: ReadFile): boolean {
  return manifest?.workspaces !== undefined || readFile(path.join(dir, 'pnpm-workspace.yaml')) !== undefined || readFile(path.join(dir, 'lerna.json')) !== undefined;
}

export function appPackages(filePath: string, readFile: ReadFile): AppPackages {
  const dependencies = new Map<string, string>();
  let nearest: string | undefined;
  for (let dir = path.dirname(filePath); ; ) {
    const text = readFile(path.join(dir, 'package.json'));
    const manifest = text === undefined ? undefined : parse(text);
    if (text !== undefined) {
      nearest ??= dir;
      if (manifest) addDependencies(manifest, dependencies);
    }
    // The nearest package.json decides, unless it is one package of a workspace whose root lies further up.
    if (isWorkspaceRoot(dir, manifest, readFile)) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    if (nearest !== undefined && !hasWorkspaceAbove(parent, readFile)) break;
    dir = parent;
  }
  return { dir: nearest, dependencies };
}

/** Whether a workspace root lies at or above `dir`. */
function hasWorkspaceAbove(dir: string, readFile: ReadFile): boolean {
  for (let current = dir; ; ) {
    const text = readFile(path.join(current, 'package.json'));
    if (isWorkspaceRoot(current, text === undefined ? undefined : parse(text), readFile)) return true;
    const parent = path.dirname(current);
    if (parent === current) return false;
    current = parent;
  }
}
