/**
 * What the built package is made of: `npm run build` bundles tsc's modules into a few files (scripts/bundle-dist.mjs)
 * and writes which source modules went into each to .build/bundle-manifest.json. Tests that check which modules a
 * run loads read the files it loaded through this map.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..', '..');
const MANIFEST = path.join(repo, '.build', 'bundle-manifest.json');

let manifest: Record<string, string[]> | undefined;

/**
 * The source modules behind files a run loaded, given relative to the repository: a file of `dist/` becomes the
 * modules bundled into it (`dist/chunks/project.js` → `src/engine/project.ts`, …), anything else (a dependency in
 * node_modules, a `node:` built-in) stays as it is.
 */
export function sourceModules(files: Iterable<string>): string[] {
  if (!manifest) {
    if (!existsSync(MANIFEST)) throw new Error('.build/bundle-manifest.json is missing: run `npm run build` first (`npm test` does it in pretest).');
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string[]>;
  }
  const known = manifest;
  const modules = new Set<string>();
  for (const file of files) {
    if (!file.startsWith('dist/')) modules.add(file);
    else if (known[file]) for (const module of known[file]) modules.add(module);
    else throw new Error(`${file} is not in the bundle's manifest: is dist/ stale? Run \`npm run build\`.`);
  }
  return [...modules];
}
