/**
 * The repository stands on its own: a clone of it alone passes `npm ci && npm test`, the bench and `.ci/run`. So no
 * test, bench, docs-generation or CI source may name a path that leaves the repository root: a sibling folder
 * (`../shared`), the machine it was written on (`/work/...`, a home directory), a system directory holding data, or a
 * climb above the root (`path.resolve(repo, '..')`, more `../` than the file is deep). The scan is textual, so it
 * is checked on samples below too, that it keeps catching what it is meant to catch.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What is scanned: every test, bench and CI source, and the config files the tools read. */
const SCANNED_DIRS = ['tests', 'bench', '.ci', 'scripts'];
const SCANNED_FILES = ['vitest.config.ts', 'eslint.config.js', '.eslint-doc-generatorrc.js', 'tsconfig.json', 'tsconfig.build.json'];
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs|json|sh)$|^run$/;
/** Data the tests read as data (the vendored SARIF schema, JSON snapshots): not code that names paths. */
const SKIPPED = /^tests\/[^/]+\/data\//;

/**
 * System paths that are programs, not data: the shebang's `env`, and the Chromium that `.ci/run` installs from Debian
 * for the browser test. Everything else rooted in a system directory is reported.
 */
const ALLOWED_ABSOLUTE = new Set(['/usr/bin/env', '/usr/bin/chromium']);
// Rooted at the start of a token (not `</option>`, not a URL's path), and a whole folder name (`/optional` is not `/opt`).
const SYSTEM_ROOT = /(?<![^\s'"`=(,:])\/(?:work|home|root|Users|tmp|var|etc|opt|mnt|srv|usr|private|media|shared)(?![\w.-])(?:\/[\w.@+-]*)*/g;
const OUTSIDE_PATTERNS: [RegExp, string][] = [
  [/\bshared[/\\](?:schemas|hooks)\b|\bshared[/\\](?:DESIGN|GUIDANCE)\.md\b/, 'names the shared folder beside the repository'],
  [/\bos\.homedir\(|\bhomedir\(\)|\$HOME\b|process\.env\.HOME\b|(?<![\w.])~\//, "reaches into the user's home directory"],
  [/\b[A-Za-z]:\\\\/, 'names an absolute Windows path'],
  [/\b(?:repo|repoRoot|root|ROOT|repository|packageRoot|projectRoot)\s*,\s*['"`]\.\.(?:[/\\'"`])/, 'climbs above the repository root'],
];

/**
 * Files whose `../` runs are the text of code they generate into a temporary folder, so they climb inside that
 * folder, not out of this repository. Only the climb count is waived for them; every other check applies.
 */
const GENERATED_SOURCE_TEXT = new Set(['bench/corpus.mjs']);
/** A comment line: what it says about paths is prose. */
const COMMENT_LINE = /^\s*(?:\/\/|\*|\/\*|#)/;

/** How many folders below the repository root a file sits (`tests/e2e/x.ts` is 2). */
function depthOf(relative: string): number {
  return relative.split('/').length - 1;
}

/**
 * The longest climb written in one place: a run of `../` in a literal (`'../../fixtures'`, `"$(dirname "$0")/.."`),
 * or of `'..'` arguments in one call (`path.resolve(here, '..', '..')`).
 */
function longestClimb(line: string): number {
  let longest = 0;
  for (const match of line.matchAll(/(?:\.\.[/\\])*\.\.(?![\w.])/g)) longest = Math.max(longest, match[0].split('..').length - 1);
  for (const match of line.matchAll(/(?:['"`]\.\.['"`]\s*,\s*)*['"`]\.\.['"`]/g)) longest = Math.max(longest, match[0].split('..').length - 1);
  return longest;
}

/** Each place in `text` (a file `relative` to the root) that names a path outside the repository, as `line: why`. */
export function outsidePaths(relative: string, text: string): string[] {
  const problems: string[] = [];
  const depth = depthOf(relative);
  text.split('\n').forEach((line, index) => {
    const at = `${relative}:${index + 1}`;
    for (const [pattern, why] of OUTSIDE_PATTERNS) if (pattern.test(line)) problems.push(`${at}: ${why}: ${line.trim()}`);
    for (const match of line.matchAll(SYSTEM_ROOT)) {
      if (!ALLOWED_ABSOLUTE.has(match[0])) problems.push(`${at}: names the absolute path ${match[0]}`);
    }
    const climb = GENERATED_SOURCE_TEXT.has(relative) || COMMENT_LINE.test(line) ? 0 : longestClimb(line);
    if (climb > depth) problems.push(`${at}: climbs ${climb} folders up from a file ${depth} deep: ${line.trim()}`);
  });
  return problems;
}

function sourcesUnder(relativeDir: string): string[] {
  const full = path.join(repo, relativeDir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const relative = `${relativeDir}/${entry}`;
    // Dependencies, and what the bench and scripts generate into ignored dot-folders (bench/.corpus), are not ours.
    if (entry === 'node_modules' || entry.startsWith('.')) return [];
    if (statSync(path.join(repo, relative)).isDirectory()) return sourcesUnder(relative);
    return SOURCE.test(entry) && !SKIPPED.test(relative) ? [relative] : [];
  });
}

describe('the repository stands on its own', () => {
  const files = [...SCANNED_DIRS.flatMap(sourcesUnder), ...SCANNED_FILES];

  it('scans the tests, the bench, CI and the tool configs', () => {
    expect(files).toContain('tests/repository/self-contained.test.ts');
    expect(files).toContain('.ci/run');
    expect(files.filter((f) => f.startsWith('bench/')).length).toBeGreaterThan(0);
    expect(files.length).toBeGreaterThan(50);
  });

  it('no test, bench, CI or tool config source names a path outside the repository', () => {
    const problems = files.flatMap((file) => (file === 'tests/repository/self-contained.test.ts' ? [] : outsidePaths(file, readFileSync(path.join(repo, file), 'utf8'))));
    expect(problems).toEqual([]);
  });

  it('no package.json script names a path outside the repository', () => {
    const scripts = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(Object.keys(scripts).length).toBeGreaterThan(0);
    const problems = Object.entries(scripts).flatMap(([name, command]) => outsidePaths(`package.json#scripts.${name}`.replace(/\//g, '_'), command));
    expect(problems).toEqual([]);
  });

  it('the vendored SARIF schema carries its OASIS notice', () => {
    const notice = readFileSync(path.join(repo, 'tests/formatters/data/NOTICE.md'), 'utf8');
    expect(notice).toContain('Copyright © OASIS Open');
    expect(notice).toContain('OASIS DISCLAIMS ALL\nWARRANTIES');
    const schema = JSON.parse(readFileSync(path.join(repo, 'tests/formatters/data/sarif-schema-2.1.0.json'), 'utf8')) as { id: string };
    expect(schema.id).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
  });
});

describe('the scan itself', () => {
  it.each([
    ['tests/formatters/x.ts', "path.resolve(repoRoot, '../shared/schemas/sarif-schema-2.1.0.json')"],
    ['tests/x.ts', "readFileSync('/work/shared/schemas/a.json')"],
    ['tests/x.ts', "const cache = '/home/dev/.cache/honest-ui';"],
    ['tests/x.ts', 'const cache = path.join(os.homedir(), ".npm");'],
    ['tests/x.ts', "const up = path.resolve(repo, '..');"],
    ['tests/e2e/x.ts', "const root = path.resolve(here, '..', '..', '..');"],
    ['tests/e2e/x.ts', "import data from '../../../shared/data.json';"],
    ['bench/x.mjs', "const corpus = '../../corpus';"],
    ['.ci/run', 'cd "$(dirname "$0")/../.."'],
    ['.ci/run', 'cp /tmp/cache/x.json .'],
    ['package.json#scripts.test', 'vitest run --dir ../other'],
    ['package.json#scripts.test', 'node C:\\\\tools\\\\x.js'],
  ])('reports %s: %s', (file, line) => {
    expect(outsidePaths(file, line)).not.toEqual([]);
  });

  it.each([
    ['tests/e2e/x.ts', "const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');"],
    ['tests/x.ts', "import { run } from '../src/cli/run.js';"],
    ['tests/rules/x.ts', "import noFinePrint from '../../rules/no-fine-print.js';"],
    ['.ci/run', 'cd "$(dirname "$0")/.."'],
    ['.ci/run', '#!/usr/bin/env bash'],
    ['tests/formatters/x.ts', "const CHROMIUM = '/usr/bin/chromium';"],
    ['tests/x.ts', "const file = path.join(tmpdir(), 'honest-ui-x');"],
    ['tests/x.ts', "expect(error).toContain('/settings/components/Toggle');"],
    ['tests/x.ts', "const virtual = '/project/src/App.tsx';"],
    ['tests/x.ts', 'const spread = [...items];'],
  ])('accepts %s: %s', (file, line) => {
    expect(outsidePaths(file, line)).toEqual([]);
  });
});
