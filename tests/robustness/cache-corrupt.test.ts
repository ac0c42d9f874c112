// A cache file whose key matches (same honest-ui version and config) but whose entries have another shape, as a
// development build of the same version or a hand edit leaves it: those entries are ignored, never reported from.
// Through the built bin (`npm test` builds first).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'bin/honest-ui.js');
let root: string;
let pristine: string;

const CACHE_DIR = 'cache dir #1';

function cli(...args: string[]) {
  return spawnSync(process.execPath, [bin, '--cache', '--cache-location', CACHE_DIR, '--verbose', ...args, '.'], { cwd: root, encoding: 'utf8' });
}

interface CacheFile {
  key: string;
  files: Record<string, { detail: number; outcome: Record<string, unknown> }>;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'honest-ui-cache-corrupt-'));
  await writeFile(
    path.join(root, 'Banner.tsx'),
    `export function Banner() {
  return (
    <div role="dialog">
      <p>Want our weekly newsletter with tips and deals?</p>
      <button>Sign me up</button>
      <button>No, I prefer boring emails</button>
    </div>
  );
}
`,
  );
  // Detail level 2 (HTML) so that every format would take the entry from the cache.
  const first = cli('--format', 'html');
  expect(first.status).toBe(1);
  pristine = await readFile(path.join(root, CACHE_DIR, 'results-v1.json'), 'utf8');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const corruptions: Record<string, (outcome: Record<string, unknown>) => void> = {
  'a null message': (outcome) => (outcome.messages = [null]),
  'an empty message': (outcome) => (outcome.messages = [{}]),
  'a message that is a string': (outcome) => (outcome.messages = ['honest-ui/no-confirmshaming']),
  'a message without a line': (outcome) => (outcome.messages = [{ ruleId: 'honest-ui/no-confirmshaming', severity: 2, message: 'x', column: 1 }]),
  'suppressed messages that are not a list': (outcome) => (outcome.suppressedMessages = 5),
  'details of another shape': (outcome) => (outcome.details = { reviews: 5, unresolvedImports: [] }),
  'contexts holding null': (outcome) => (outcome.details = { reviews: [], unresolvedImports: [], contexts: [null] }),
};

describe('a cache file with the right key and entries of the wrong shape', () => {
  it.each(Object.keys(corruptions))('%s: the file is analysed again in every format, no internal error', async (name) => {
    const cache = JSON.parse(pristine) as CacheFile;
    for (const entry of Object.values(cache.files)) corruptions[name]?.(entry.outcome);
    for (const format of ['stylish', 'json', 'sarif', 'html', 'junit', 'github']) {
      await writeFile(path.join(root, CACHE_DIR, 'results-v1.json'), JSON.stringify(cache));
      const child = cli('--format', format);
      expect(child.stderr, format).not.toContain('internal error');
      expect(child.stderr, format).toContain('1 analysed, 0 from the cache');
      expect(child.status, format).toBe(1);
      expect(child.stdout, format).toContain('no-confirmshaming');
    }
  });

  it('the untouched cache is still used (the check is not rejecting everything)', async () => {
    await writeFile(path.join(root, CACHE_DIR, 'results-v1.json'), pristine);
    const child = cli('--format', 'json');
    expect(child.stderr).toContain('0 analysed, 1 from the cache');
    expect(child.status).toBe(1);
  });
});
