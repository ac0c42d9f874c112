import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/engine/discover.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'honest-ui-ignores-'));
  for (const file of ['src/App.tsx', 'src/generated/Api.tsx', 'src/legacy.css', 'other/Banner.tsx', 'web/src/generated/Web.tsx']) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), '');
  }
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const relative = (files: string[]) => files.map((file) => path.relative(dir, file).split(path.sep).join('/'));

describe("the config's ignores in discovery", () => {
  it('skip matching files and directories, in .gitignore syntax relative to the config directory', async () => {
    const { files } = await discoverFiles({ cwd: dir, ignores: { base: dir, patterns: ['generated/', '*.css', '/other'] } });
    expect(relative(files)).toEqual(['src/App.tsx']);
  });

  it('support negation', async () => {
    const { files } = await discoverFiles({ cwd: dir, ignores: { base: dir, patterns: ['src/*', '!src/App.tsx'] } });
    expect(relative(files)).toEqual(['other/Banner.tsx', 'src/App.tsx', 'web/src/generated/Web.tsx']);
  });

  it('apply to files named on the command line (as pre-commit names them)', async () => {
    const { files } = await discoverFiles({ cwd: dir, paths: ['src/generated/Api.tsx', 'src/App.tsx'], ignores: { base: dir, patterns: ['generated/'] } });
    expect(relative(files)).toEqual(['src/App.tsx']);
  });

  it('do not reach outside the config directory', async () => {
    const { files } = await discoverFiles({ cwd: dir, ignores: { base: path.join(dir, 'web'), patterns: ['*.tsx', '/src/App.tsx'] } });
    expect(relative(files)).toEqual(['other/Banner.tsx', 'src/App.tsx', 'src/generated/Api.tsx', 'src/legacy.css']);
  });

  it('change nothing when empty', async () => {
    const { files } = await discoverFiles({ cwd: dir, ignores: { base: dir, patterns: [] } });
    expect(files).toHaveLength(5);
  });
});
