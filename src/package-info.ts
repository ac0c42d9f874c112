/**
 * honest-ui's own package.json, found by walking up from this module: it is `src/` under vitest and `dist/src/`
 * once built, so a fixed relative path would be wrong in one of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_NAME = 'eslint-plugin-honest-ui';

export const REPOSITORY_URL = 'https://github.com/honest-ui/eslint-plugin-honest-ui';

/** Where a rule's documentation lives: ESLint's docs.url, SARIF's helpUri, the HTML report's links. */
export function ruleDocsUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;
}

export interface PackageInfo {
  name: string;
  version: string;
  /** The directory holding package.json. */
  root: string;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  for (let directory = path.dirname(fileURLToPath(import.meta.url)); ; directory = path.dirname(directory)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === PACKAGE_NAME && typeof manifest.version === 'string') {
        cached = { name: PACKAGE_NAME, version: manifest.version, root: directory };
        return cached;
      }
    } catch {
      // No readable package.json here; keep walking up.
    }
    if (path.dirname(directory) === directory) throw new Error(`cannot find the package.json of ${PACKAGE_NAME}`);
  }
}
