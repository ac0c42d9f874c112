/**
 * Fresh consumer projects for the end-to-end tests: pack the built plugin as npm would publish it, install the
 * tarball beside exact versions of ESLint, a parser or oxlint, and run their command lines there. npm's cache is a
 * folder in the system's temporary directory (shared by the runs on one machine), never the user's home.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fixturesDir } from '../helpers/fixture-manifests.js';

const run = promisify(execFile);
export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Exact versions, so a new release upstream can't change what these tests mean overnight. */
export const PINNED = {
  eslint9: 'eslint@9.39.5',
  eslint10: 'eslint@10.16.0',
  typescriptEslintParser: '@typescript-eslint/parser@8.72.0',
  oxlint: 'oxlint@1.95.0',
} as const;

/** Packing, installing and running a linter over every fixture: generous on a busy 2-core CI machine. */
export const E2E_TIMEOUT = 300_000;

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

const npmCache = path.join(tmpdir(), 'honest-ui-e2e-npm-cache');

/** Run a command and return its exit code and output instead of throwing on a non-zero exit. */
export async function exec(command: string, args: string[], cwd: string): Promise<Outcome> {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_cache: npmCache, npm_config_update_notifier: 'false' };
  try {
    const { stdout, stderr } = await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** A new temporary folder holding the packed plugin; returns the folder and the tarball's path. */
export async function packPlugin(prefix: string): Promise<{ work: string; tarball: string }> {
  if (!existsSync(path.join(repo, 'dist', 'rules', 'index.js'))) throw new Error('run `npm run build` before the e2e tests');
  const work = await mkdtemp(path.join(tmpdir(), `honest-ui-${prefix}-`));
  // --ignore-scripts: pack what `npm run build` produced instead of rebuilding inside the test.
  const packed = await exec('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], repo);
  if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const tarball = (await readdir(work)).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  return { work, tarball: path.join(work, tarball) };
}

export async function removeWork(work: string | undefined): Promise<void> {
  if (work) await rm(work, { recursive: true, force: true });
}

/**
 * A consumer project at `dir` with `files` written in it and `packages` installed as a user would
 * (`npm install <tarball> eslint@10 ...`, install scripts allowed); returns npm's outcome.
 */
export async function installConsumer(dir: string, packages: readonly string[], files: Record<string, string> = {}): Promise<Outcome> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return exec('npm', ['install', ...packages, '--no-audit', '--no-fund', '--prefer-offline'], dir);
}

/** Copy the repository's fixtures/ into `dir/fixtures`. */
export async function copyFixtures(dir: string): Promise<string> {
  const target = path.join(dir, 'fixtures');
  await cp(fixturesDir, target, { recursive: true });
  return target;
}

/**
 * npm's warnings, less one note that only a local tarball gets: npm 11 lists a `prepare` script of a package
 * installed from a file (never of one from the registry) as an install script "not yet covered by allowScripts",
 * though it does not run it for a tarball. Every other `npm warn` line is kept.
 */
export function npmWarnings(output: string): string[] {
  const lines = output.split('\n').filter((line) => /^npm warn\b/i.test(line));
  const scriptNote = lines.filter((line) => /^npm warn (install|allow)-scripts\b/i.test(line));
  const packagesNamed = scriptNote.filter((line) => /^npm warn \S+\s{3}\S+@/.test(line));
  const onlyOurPrepare = packagesNamed.length > 0 && packagesNamed.every((line) => /\s{3}eslint-plugin-honest-ui@\S+ \(prepare: /.test(line));
  return onlyOurPrepare ? lines.filter((line) => !scriptNote.includes(line)) : lines;
}

/** The lines of npm's output about peer dependencies: conflicts, overrides, missing or invalid peers. */
export function peerProblems(outcome: Outcome): string[] {
  return `${outcome.stdout}\n${outcome.stderr}`.split('\n').filter((line) => /peer|ERESOLVE|conflicting|overriding/i.test(line));
}
