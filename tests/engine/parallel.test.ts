// The parallel path runs the built worker (dist/src/engine/parallel-worker.js, through bin/honest-ui.js): `npm test`
// builds first (pretest).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { PARALLEL_MIN_FILES, workerCount, type RunStats } from '../../src/engine/parallel.js';
import { analyseProject } from '../../src/engine/project.js';
import type { LintResult } from '../../src/engine/types.js';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'bin/honest-ui.js');
let root: string;

/** A small app: consent UIs good and bad (with a CSS module shared by several), and ordinary components. */
async function writeProject(dir: string): Promise<void> {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'app' }),
    'src/shared/banner.module.css': '.accept { background: #1d4ed8; color: #fff; font-size: 16px; padding: 12px 28px; }\n.reject { background: #eee; color: #bdbdbd; font-size: 11px; padding: 2px 4px; }\n',
  };
  for (let n = 0; n < 12; n += 1) {
    files[`src/banners/Banner${n}.tsx`] = `import styles from '../shared/banner.module.css';
export function Banner${n}() {
  return (
    <aside>
      <p>We use cookies for analytics and advertising.</p>
      <button className={styles.accept}>Accept all cookies</button>
      <button className={${n % 2 === 0 ? 'styles.reject' : 'styles.accept'}}>Reject cookies</button>
    </aside>
  );
}
`;
    files[`src/checkout/Addon${n}.tsx`] = `export const Addon${n} = () => (
  <form>
    <label><input type="checkbox"${n % 3 === 0 ? ' defaultChecked' : ''} /> Add shipping insurance ($4.99)</label>
    <button type="submit">Place order</button>
  </form>
);
`;
    files[`src/lists/List${n}.tsx`] = `export const List${n} = ({ items }: { items: string[] }) => <ul>{items.map((item) => <li key={item}>{item}</li>)}</ul>;\n`;
  }
  // A consent file with a syntax error (one without consent vocabulary would not be parsed at all).
  files['src/broken/Broken.tsx'] = 'export const Broken = () => <div>We use cookies;\n';
  for (const [relative, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), text);
  }
}

function cli(...args: string[]) {
  const child = spawnSync(process.execPath, [bin, '--format', 'json', ...args, '.'], { cwd: root, encoding: 'utf8' });
  if (child.status !== 0 && child.status !== 1) throw new Error(`honest-ui exited ${child.status}: ${child.stderr}`);
  return child;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'honest-ui-parallel-'));
  await writeProject(root);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('worker threads', () => {
  it('gives the same results in the same order on 1, 2 and 3 threads (through the built bin)', () => {
    const serial = cli('--jobs', '1');
    const results = JSON.parse(serial.stdout) as LintResult[];
    expect(results).toHaveLength(38);
    const rules = results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('honest-ui/no-unbalanced-choices');
    expect(rules).toContain('honest-ui/no-preselected-addon');
    expect(results.some((r) => r.fatalErrorCount === 1)).toBe(true);
    for (const jobs of ['2', '3']) {
      const parallel = cli('--jobs', jobs);
      expect(parallel.status).toBe(serial.status);
      expect(parallel.stdout).toBe(serial.stdout);
    }
  });

  it('really runs on workers from the built package, and on the calling thread from source', async () => {
    // The bundle rewrites where its chunk finds the worker module: a run that silently stayed on one thread would
    // still give the right results, so the run's own count of threads is what this checks.
    const built = cli('--jobs', '2', '--verbose');
    expect(built.stderr).toMatch(/38 files: 38 analysed on 2 worker threads/);
    // Under vitest this module is TypeScript source, which a worker thread cannot load: the run stays on this thread.
    const config = loadConfig({ cwd: root });
    let stats: RunStats | undefined;
    const fromSource = await analyseProject({ cwd: root, paths: ['.'], settings: config.settings, rules: config.rules, configFile: null, jobs: 2, onStats: (found) => (stats = found) });
    expect(stats).toMatchObject({ files: 38, analysed: 38, workers: 0 });
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(JSON.stringify(fromSource)));
  });

  it('uses workers only when asked or when the run is large enough to pay for them', () => {
    const cores = Math.max(2, availableParallelism());
    expect(workerCount(1000, 1)).toBe(0);
    expect(workerCount(3, 8)).toBe(Math.min(3, cores));
    expect(workerCount(50, 2)).toBe(2);
    // Never more workers than cores, however many are asked for.
    expect(workerCount(1000, 99)).toBe(cores);
    expect(workerCount(PARALLEL_MIN_FILES - 1, undefined)).toBe(0);
  });

  it('rejects a --jobs that is not a whole number of 1 or more', () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const child = spawnSync(process.execPath, [bin, `--jobs=${bad}`, '.'], { cwd: root, encoding: 'utf8' });
      expect(child.status).toBe(2);
      expect(child.stderr).toContain('--jobs takes a whole number of 1 or more');
    }
  });
});

describe('--cache through the bin', () => {
  it('writes the cache where --cache-location says, and a second run gives the same report', () => {
    const first = cli('--cache', '--cache-location', 'my-cache');
    const second = cli('--cache', '--cache-location', 'my-cache', '--jobs', '2');
    expect(second.stdout).toBe(first.stdout);
    expect(readdirSync(path.join(root, 'my-cache'))).toEqual(['results-v1.json']);
  });
});
