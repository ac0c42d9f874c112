/**
 * The real install path: pack the built package, install the tarball into a fresh consumer project next to ESLint 9
 * (from the npm cache where it can), and run both front doors there: `npx eslint .` with `configs.recommended`, and
 * `npx honest-ui .`. Catches what in-repo tests can't: the `files` list, `exports`, the bin, the package.json the
 * plugin reads for its meta, and runtime dependencies declared as devDependencies.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SETUP_TIMEOUT = 180_000;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a command and return its exit code and output instead of throwing on a non-zero exit. */
async function exec(command: string, args: string[], cwd: string): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const CONSENT_COMPONENT = `export function Signup() {
  return (
    <form className="signup">
      <label>
        <input type="checkbox" name="offers" defaultChecked />
        Send me marketing emails and special offers
      </label>
      <button type="submit">Create account</button>
    </form>
  );
}
`;

const CLEAN_COMPONENT = `export function Signin() {
  return (
    <form>
      <label>
        <input type="checkbox" defaultChecked />
        Remember me
      </label>
      <button type="submit">Sign in</button>
    </form>
  );
}
`;

const ESLINT_CONFIG = `import honestUi from 'eslint-plugin-honest-ui';

export default [{ ...honestUi.configs.recommended, files: ['**/*.jsx'] }];
`;

describe('installing the packed plugin into a consumer project', () => {
  let work: string;
  let consumer: string;

  beforeAll(async () => {
    expect(existsSync(path.join(repo, 'dist', 'rules', 'index.js')), 'run `npm run build` before the e2e tests').toBe(true);
    work = await mkdtemp(path.join(tmpdir(), 'honest-ui-e2e-'));
    // --ignore-scripts: pack what `npm run build` produced instead of rebuilding inside the test.
    const packed = await exec('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], repo);
    expect(packed.code, packed.stderr).toBe(0);
    const tarball = (await readdir(work)).find((file) => file.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    consumer = path.join(work, 'consumer');
    await mkdir(path.join(consumer, 'src'), { recursive: true });
    await writeFile(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
    await writeFile(path.join(consumer, 'eslint.config.js'), ESLINT_CONFIG);
    await writeFile(path.join(consumer, 'src', 'Signup.jsx'), CONSENT_COMPONENT);
    await writeFile(path.join(consumer, 'src', 'Signin.jsx'), CLEAN_COMPONENT);
    const installed = await exec(
      'npm',
      ['install', path.join(work, tarball ?? ''), 'eslint@9.39.5', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'],
      consumer,
    );
    expect(installed.code, installed.stderr).toBe(0);
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('ships only what the package needs', async () => {
    const installedRoot = path.join(consumer, 'node_modules', 'eslint-plugin-honest-ui');
    expect(existsSync(path.join(installedRoot, 'dist', 'rules', 'index.js'))).toBe(true);
    expect(existsSync(path.join(installedRoot, 'bin', 'honest-ui.js'))).toBe(true);
    expect(existsSync(path.join(installedRoot, 'docs', 'rules', 'no-preselected-consent.md'))).toBe(true);
    expect(existsSync(path.join(installedRoot, 'src'))).toBe(false);
    expect(existsSync(path.join(installedRoot, 'tests'))).toBe(false);
  });

  it(
    '`npx eslint .` with configs.recommended reports the pre-checked marketing box and exits 1',
    async () => {
      const result = await exec('npx', ['--no-install', 'eslint', '.', '--format', 'json'], consumer);
      expect(result.code, result.stderr).toBe(1);
      const results = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string | null; messageId?: string; line: number; column: number }[] }[];
      const signup = results.find((r) => r.filePath.endsWith('Signup.jsx'));
      expect(signup?.messages).toEqual([expect.objectContaining({ ruleId: 'honest-ui/no-preselected-consent', messageId: 'preselected', line: 5, column: 9 })]);
      expect(results.find((r) => r.filePath.endsWith('Signin.jsx'))?.messages).toEqual([]);
    },
    SETUP_TIMEOUT,
  );

  it(
    '`npx honest-ui .` reports the same finding and exits 1',
    async () => {
      const json = await exec('npx', ['--no-install', 'honest-ui', '.', '--format', 'json'], consumer);
      expect(json.code, json.stderr).toBe(1);
      const results = JSON.parse(json.stdout) as { filePath: string; messages: { ruleId: string | null; messageId?: string; line: number; column: number }[] }[];
      const findings = results.flatMap((r) => r.messages.map((m) => ({ file: path.basename(r.filePath), ...m })));
      expect(findings).toEqual([expect.objectContaining({ file: 'Signup.jsx', ruleId: 'honest-ui/no-preselected-consent', messageId: 'preselected', line: 5, column: 9 })]);

      const stylish = await exec('npx', ['--no-install', 'honest-ui', '.'], consumer);
      expect(stylish.code).toBe(1);
      expect(stylish.stdout).toContain('honest-ui/no-preselected-consent');
      expect(stylish.stdout).toContain('Signup.jsx');
    },
    SETUP_TIMEOUT,
  );
});
