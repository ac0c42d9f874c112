/**
 * The real install path, as users take it: the packed tarball installed into fresh consumer projects with ESLint 9,
 * with ESLint 10, and with nothing but the checker (ESLint is an optional peer). Each runs over a copy of the bundled
 * fixtures and must report what their manifests expect, and the same as the others: ESLint with typescript-eslint's
 * parser on the .ts/.tsx fixtures and with ESLint's default parser on .jsx copies of them, and the `honest-ui`
 * checker. Catches what in-repo tests can't: the `files` list, `exports`, the bin, the declared peer range, runtime
 * dependencies declared as devDependencies, and a dependency that drags ESLint into a checker-only install.
 * One install per consumer, shared by its tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendedRules } from '../../src/catalog/index.js';
import { expectedKeys, fixturesDir, folders, manifest, resultKeys, SCRIPT_FILE } from '../helpers/fixture-manifests.js';
import { copyFixtures, E2E_TIMEOUT, exec, installConsumer, npmWarnings, packPlugin, peerProblems, PINNED, removeWork, type Outcome } from './consumer.js';

const ESLINT_CONFIG = `import honestUi from 'eslint-plugin-honest-ui';
import tsParser from '@typescript-eslint/parser';

export default [
  {
    ...honestUi.configs.recommended,
    files: ['fixtures/**/*.{ts,tsx,js}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  // ESLint's default parser: the preset turns JSX on.
  { ...honestUi.configs.recommended, files: ['jsx/**/*.jsx'] },
];
`;

/** Rule folders (not the cross-file projects, not the broken files): their components stand alone. */
const JSX_FOLDERS = folders.filter((folder) => !folder.startsWith('projects/') && folder !== 'broken');

/** Whether ESLint's default parser (espree) reads a component: true of those written without TypeScript syntax. */
const espree = new Linter();
const isPlainJsx = (text: string): boolean =>
  !espree.verify(text, [{ files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }], { filename: 'Component.jsx' }).some((m) => m.fatal);

/** The rule fixtures copied to jsx/ as .jsx, for ESLint's default parser: `folder/file.tsx`. */
const JSX_COPIES = JSX_FOLDERS.flatMap((folder) =>
  Object.keys(manifest(folder))
    .filter((file) => file.endsWith('.tsx') && isPlainJsx(readFileSync(path.join(fixturesDir, folder, file), 'utf8')))
    .map((file) => `${folder}/${file}`),
);

const recommended = recommendedRules();
/** Both the checker and ESLint run the recommended preset (checker-only rules are in the strict one). */
const inRecommended = (ruleId: string | null): boolean => ruleId === null || recommended.has(ruleId.replace(/^honest-ui\//, ''));

/** What the manifests promise the checker with the recommended rules, over every fixture. */
const checkerExpected = expectedKeys((_file, f) => inRecommended(f.ruleId));
/** What they promise ESLint: the same findings, in script files only (ESLint does not read stylesheets). */
const eslintExpected = expectedKeys((file, f) => SCRIPT_FILE.test(file) && inRecommended(f.ruleId));
/** ...and on the .jsx copies, the findings of the components they copy, under their new names. */
const jsxExpected = expectedKeys((file, f) => JSX_COPIES.includes(file) && inRecommended(f.ruleId), JSX_FOLDERS).map((k) => k.replace(/^([^:]+)\.tsx:/, '$1.jsx:'));

/** The rule folders under `consumer/jsx`, their stylesheets as they are and their plain-JSX components as .jsx. */
async function copyAsJsx(consumer: string): Promise<void> {
  for (const folder of JSX_FOLDERS) {
    await cp(path.join(fixturesDir, folder), path.join(consumer, 'jsx', folder), { recursive: true, filter: (source) => !source.endsWith('.tsx') });
  }
  for (const file of JSX_COPIES) await cp(path.join(fixturesDir, file), path.join(consumer, 'jsx', file.replace(/\.tsx$/, '.jsx')));
}

interface Results {
  filePath: string;
  messages: { ruleId: string | null; messageId?: string; fatal?: boolean; line: number; column: number }[];
}

function parseResults(outcome: Outcome): Results[] {
  try {
    return JSON.parse(outcome.stdout) as Results[];
  } catch {
    throw new Error(`not JSON (exit ${outcome.code}): ${outcome.stderr || outcome.stdout.slice(0, 2000)}`);
  }
}

interface Consumer {
  dir: string;
  install: Outcome;
  /** `npx honest-ui fixtures --format json` */
  checker: Outcome;
  /** `npx eslint fixtures jsx --format json`, where ESLint is installed */
  eslint?: Outcome;
}

const CONSUMERS = {
  'ESLint 9': [PINNED.eslint9, PINNED.typescriptEslintParser],
  'ESLint 10': [PINNED.eslint10, PINNED.typescriptEslintParser],
  'the checker alone': [],
} satisfies Record<string, string[]>;
type ConsumerName = keyof typeof CONSUMERS;

let work: string | undefined;
const consumers = new Map<ConsumerName, Consumer>();

beforeAll(async () => {
  const packed = await packPlugin('e2e');
  work = packed.work;
  // One after the other: npm installs are mostly CPU on a 2-core machine, and share one cache.
  for (const [name, packages] of Object.entries(CONSUMERS) as [ConsumerName, string[]][]) {
    const dir = path.join(packed.work, name.replace(/\W+/g, '-'));
    const eslint = packages.length > 0;
    const install = await installConsumer(dir, [packed.tarball, ...packages], eslint ? { 'eslint.config.js': ESLINT_CONFIG } : {});
    await copyFixtures(dir);
    if (eslint) await copyAsJsx(dir);
    const checker = await exec('npx', ['--no-install', 'honest-ui', 'fixtures', '--format', 'json'], dir);
    const linted = eslint ? await exec('npx', ['--no-install', 'eslint', 'fixtures', 'jsx', '--format', 'json'], dir) : undefined;
    consumers.set(name, { dir, install, checker, ...(linted ? { eslint: linted } : {}) });
  }
}, E2E_TIMEOUT);

afterAll(() => removeWork(work));

function consumer(name: ConsumerName): Consumer {
  const found = consumers.get(name);
  if (!found) throw new Error(`${name}: not installed`);
  return found;
}

function checkerKeys(name: ConsumerName): string[] {
  const { dir, checker } = consumer(name);
  return resultKeys(parseResults(checker), path.join(dir, 'fixtures'));
}

describe.each(Object.keys(CONSUMERS) as ConsumerName[])('installing the packed plugin with %s', (name) => {
  it('installs cleanly: no peer dependency warnings, no other npm warnings', () => {
    const { install } = consumer(name);
    expect(install.code, install.stderr).toBe(0);
    expect(peerProblems(install)).toEqual([]);
    expect(npmWarnings(install.stderr)).toEqual([]);
  });

  it('installs the ESLint asked for, and none when only the checker is wanted', async () => {
    const { dir } = consumer(name);
    const eslintPackage = path.join(dir, 'node_modules', 'eslint', 'package.json');
    if (name === 'the checker alone') {
      expect(existsSync(eslintPackage), 'ESLint was installed though nothing asked for it').toBe(false);
    } else {
      const { version } = JSON.parse(await readFile(eslintPackage, 'utf8')) as { version: string };
      expect(version.split('.')[0]).toBe(name === 'ESLint 9' ? '9' : '10');
    }
  });

  it('`npx honest-ui fixtures` reports what the manifests expect and exits 1', () => {
    const { checker } = consumer(name);
    expect(checker.code, checker.stderr).toBe(1);
    expect(checkerKeys(name)).toEqual(checkerExpected);
  });
});

describe.each(['ESLint 9', 'ESLint 10'] as const)('%s with configs.recommended', (name) => {
  function results(): Results[] {
    const { eslint } = consumer(name);
    if (!eslint) throw new Error(`${name}: ESLint did not run`);
    expect(eslint.code, eslint.stderr).toBe(1);
    return parseResults(eslint);
  }

  it('with typescript-eslint\'s parser reports on the fixtures what their manifests expect', () => {
    const keys = resultKeys(results().filter((r) => r.filePath.includes(`${path.sep}fixtures${path.sep}`)), path.join(consumer(name).dir, 'fixtures'));
    expect(keys.length).toBeGreaterThan(50);
    expect(keys).toEqual(eslintExpected);
  });

  it('with ESLint\'s default parser reports on the .jsx copies what the manifests expect of the originals', () => {
    const jsxResults = results().filter((r) => r.filePath.includes(`${path.sep}jsx${path.sep}`));
    expect(JSX_COPIES.length).toBeGreaterThanOrEqual(100);
    expect(jsxResults.filter((r) => r.filePath.endsWith('.jsx')).length).toBe(JSX_COPIES.length);
    const keys = resultKeys(jsxResults, path.join(consumer(name).dir, 'jsx'));
    expect(keys).toEqual(jsxExpected);
  });
});

describe('every front door agrees', () => {
  it('the checker reports the same with ESLint 9, ESLint 10 or alone', () => {
    const alone = checkerKeys('the checker alone');
    expect(alone.length).toBeGreaterThan(50);
    expect(checkerKeys('ESLint 9')).toEqual(alone);
    expect(checkerKeys('ESLint 10')).toEqual(alone);
  });

  it('ESLint 9 and ESLint 10 report the same, and what the checker reports in the files ESLint reads', () => {
    const eslintKeys = (name: 'ESLint 9' | 'ESLint 10'): string[] => {
      const { dir, eslint } = consumer(name);
      return resultKeys(parseResults(eslint ?? { code: -1, stdout: '', stderr: 'ESLint did not run' }), dir);
    };
    expect(eslintKeys('ESLint 10')).toEqual(eslintKeys('ESLint 9'));
    const checkerInScripts = checkerKeys('the checker alone').filter((k) => SCRIPT_FILE.test(k.split(':')[0] ?? ''));
    const eslintOnFixtures = eslintKeys('ESLint 9').filter((k) => k.startsWith('fixtures/')).map((k) => k.slice('fixtures/'.length));
    expect(eslintOnFixtures).toEqual(checkerInScripts);
  });
});
