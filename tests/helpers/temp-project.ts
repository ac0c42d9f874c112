/**
 * Throwaway projects on disk, for tests that follow imports across files (the checker and the ESLint rules read
 * imported modules and stylesheets from disk). Every project made in a test file is removed after it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A function that writes `files` (by relative path) into a new temporary directory and returns its path. */
export function tempProjects(prefix: string): (files: Record<string, string>) => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (files) => {
    const dir = mkdtempSync(path.join(tmpdir(), `honest-ui-${prefix}-`));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
}

/** A file's text, or undefined where there is none: the reader the checker and the rules hand the core. */
export function readFileOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
