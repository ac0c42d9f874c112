/**
 * The bundled fixtures and what their `expected.json` manifests promise, in one comparable form
 * (`folder/file:line:column:ruleId:messageId`, or `folder/file:line:fatal` for a parse error). Used by the in-repo
 * fixture tests and by the end-to-end tests that run the packed plugin over a copy of fixtures/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

export interface ExpectedFinding {
  ruleId: string | null;
  messageId?: string;
  fatal?: boolean;
  line: number;
  column?: number;
}

export type Manifest = Record<string, ExpectedFinding[]>;

const FIXTURE_FILE = /\.(tsx|jsx|ts|js|css|scss)$/;
/** The files ESLint lints (scripts); the checker reads stylesheets too. */
export const SCRIPT_FILE = /\.(tsx|jsx|ts|js|mjs|cjs|mts|cts)$/;

/** Every fixture file, relative to fixtures/ with forward slashes. */
export function fixtureFiles(dir = fixturesDir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...fixtureFiles(full));
    else if (FIXTURE_FILE.test(entry)) out.push(path.relative(fixturesDir, full).split(path.sep).join('/'));
  }
  return out.sort();
}

const isDirectory = (relative: string): boolean => statSync(path.join(fixturesDir, relative)).isDirectory();

/** Rule folders, plus each cross-file project under projects/ (its manifest lives in the project's folder). */
export const folders = readdirSync(fixturesDir)
  .filter(isDirectory)
  .flatMap((entry) => (entry === 'projects' ? readdirSync(path.join(fixturesDir, entry)).map((app) => `projects/${app}`).filter(isDirectory) : [entry]))
  .sort();

export function manifest(folder: string): Manifest {
  return JSON.parse(readFileSync(path.join(fixturesDir, folder, 'expected.json'), 'utf8')) as Manifest;
}

export interface ComparableFinding {
  ruleId: string | null;
  messageId?: string | undefined;
  fatal?: boolean | undefined;
  line: number;
  column?: number | undefined;
}

/** `folder/file:line:column:ruleId:messageId`, the comparable form of one finding (fatal messages: `fatal`). */
export function key(file: string, f: ComparableFinding): string {
  if (f.fatal) return `${file}:${f.line}:fatal`;
  return `${file}:${f.line}:${f.column ?? '?'}:${f.ruleId ?? 'null'}:${f.messageId ?? '?'}`;
}

/** The keys the manifests of `only` expect, for the findings `keep` accepts (`file` relative to fixtures/). */
export function expectedKeys(keep: (file: string, finding: ExpectedFinding) => boolean, only: readonly string[] = folders): string[] {
  const keys: string[] = [];
  for (const folder of only) {
    for (const [file, findings] of Object.entries(manifest(folder))) {
      const relative = `${folder}/${file}`;
      for (const f of findings) if (keep(relative, f)) keys.push(key(relative, f));
    }
  }
  return keys.sort();
}

/** The comparable keys of ESLint-shaped results (`--format json`), with paths relative to `fixturesRoot`. */
export function resultKeys(results: readonly { filePath: string; messages: readonly ComparableFinding[] }[], fixturesRoot: string): string[] {
  return results
    .flatMap((r) => {
      const file = path.relative(fixturesRoot, r.filePath).split(path.sep).join('/');
      return r.messages.map((m) => key(file, m));
    })
    .sort();
}
