import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverFiles, isCheckableFile } from '../../src/engine/discover.js';

let root: string;

/** Write files given as `{ 'relative/path': 'contents' }`, creating directories on the way. */
async function tree(files: Record<string, string>): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    const absolute = path.join(root, relative);
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, text);
  }
}

/** Discovered files as posix paths relative to the temp root, for readable assertions. */
async function discovered(paths?: string[], cwd = root): Promise<{ files: string[]; missing: string[] }> {
  const { files, missing } = await discoverFiles({ cwd, ...(paths ? { paths } : {}) });
  for (const file of files) expect(path.isAbsolute(file)).toBe(true);
  return { files: files.map((file) => path.relative(root, file).split(path.sep).join('/')), missing };
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'honest-ui-discover-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('isCheckableFile', () => {
  it('accepts every script extension, .css and .scss, but not declaration files or other files', () => {
    for (const ext of ['.tsx', '.jsx', '.ts', '.js', '.mjs', '.cjs', '.mts', '.cts', '.css', '.scss']) {
      expect(isCheckableFile(`/p/a${ext}`), ext).toBe(true);
    }
    for (const name of ['a.d.ts', 'a.d.mts', 'a.d.cts', 'a.json', 'a.less', 'a.md', 'README']) {
      expect(isCheckableFile(`/p/${name}`), name).toBe(false);
    }
  });
});

describe('discoverFiles', () => {
  it('finds scripts and stylesheets, sorted, skipping declaration files and other extensions', async () => {
    await tree({
      'src/b.tsx': '',
      'src/a.ts': '',
      'src/types.d.ts': '',
      'src/style.css': '',
      'src/data.json': '{}',
      'src/notes.md': '',
      'lib/x.mjs': '',
      'lib/y.cjs': '',
      'lib/z.jsx': '',
      'lib/w.js': '',
      'lib/v.mts': '',
      'lib/u.cts': '',
    });
    expect(await discovered()).toEqual({
      files: ['lib/u.cts', 'lib/v.mts', 'lib/w.js', 'lib/x.mjs', 'lib/y.cjs', 'lib/z.jsx', 'src/a.ts', 'src/b.tsx', 'src/style.css'],
      missing: [],
    });
  });

  it('always skips node_modules and .git, even without a .gitignore', async () => {
    await tree({
      'app.tsx': '',
      'node_modules/pkg/index.js': '',
      'packages/ui/node_modules/dep/index.js': '',
      '.git/hooks/pre-commit.js': '',
    });
    expect((await discovered()).files).toEqual(['app.tsx']);
  });

  it('gives the listing of every folder it walked, and none of a folder it skipped', async () => {
    await tree({ '.gitignore': 'dist/\n', 'src/Banner.tsx': '', 'src/ui/Switch.tsx': '', 'dist/out.js': '', 'node_modules/lib/index.js': '' });
    const { listings } = await discoverFiles({ cwd: root });
    const relative = new Map([...listings].map(([dir, names]) => [path.relative(root, dir).split(path.sep).join('/'), [...names].sort()]));
    expect(relative).toEqual(
      new Map([
        ['', ['.gitignore', 'dist', 'node_modules', 'src']],
        ['src', ['Banner.tsx', 'ui']],
        ['src/ui', ['Switch.tsx']],
      ]),
    );
  });

  it('does not skip build-like directories unless .gitignore says so', async () => {
    await tree({ 'dist/out.js': '', 'build/out.js': '', 'src/a.tsx': '' });
    expect((await discovered()).files).toEqual(['build/out.js', 'dist/out.js', 'src/a.tsx']);
    await tree({ '.gitignore': 'dist/\n' });
    expect((await discovered()).files).toEqual(['build/out.js', 'src/a.tsx']);
  });

  it('applies nested .gitignore files relative to their own directory, deeper files taking precedence', async () => {
    await tree({
      '.gitignore': '# generated code\n*.generated.tsx\n/out\n',
      'out/a.tsx': '',
      'src/out/kept.tsx': '', // `/out` is anchored to the root .gitignore's directory
      'src/a.generated.tsx': '',
      'src/a.tsx': '',
      'packages/ui/.gitignore': 'legacy/\n!keep.generated.tsx\n/local.tsx\n',
      'packages/ui/legacy/old.tsx': '',
      'packages/ui/keep.generated.tsx': '',
      'packages/ui/drop.generated.tsx': '',
      'packages/ui/local.tsx': '',
      'packages/ui/nested/local.tsx': '', // `/local.tsx` is anchored to packages/ui
      'packages/other/legacy/old.tsx': '', // the nested rule does not leak into siblings
    });
    expect((await discovered()).files).toEqual([
      'packages/other/legacy/old.tsx',
      'packages/ui/keep.generated.tsx',
      'packages/ui/nested/local.tsx',
      'src/a.tsx',
      'src/out/kept.tsx',
    ]);
  });

  it('uses the .gitignore files of the git root when run from a subdirectory', async () => {
    await tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'generated/\n',
      'app/.gitignore': 'skip.tsx\n',
      'app/src/a.tsx': '',
      'app/src/skip.tsx': '',
      'app/src/generated/b.tsx': '',
    });
    const cwd = path.join(root, 'app', 'src');
    expect(await discovered(undefined, cwd)).toEqual({ files: ['app/src/a.tsx'], missing: [] });
  });

  it('does not enter an ignored directory, so its contents cannot be re-included', async () => {
    await tree({
      '.gitignore': 'vendor/\n!vendor/keep.tsx\n',
      'vendor/keep.tsx': '',
      'vendor/.gitignore': '!*.tsx\n',
      'vendor/other.tsx': '',
      'a.tsx': '',
    });
    expect((await discovered()).files).toEqual(['a.tsx']);
  });

  it('accepts files and directories given explicitly, deduplicated', async () => {
    await tree({ 'src/a.tsx': '', 'src/b.css': '', 'other/c.tsx': '', 'other/readme.md': '' });
    expect(await discovered(['src', 'src/a.tsx', path.join(root, 'src', 'b.css'), 'other/c.tsx', 'other/readme.md'])).toEqual({
      files: ['other/c.tsx', 'src/a.tsx', 'src/b.css'],
      missing: [],
    });
  });

  it('includes an explicitly named file even when .gitignore covers it', async () => {
    await tree({ '.gitignore': 'ignored.tsx\n', 'ignored.tsx': '', 'a.tsx': '' });
    expect((await discovered()).files).toEqual(['a.tsx']);
    expect((await discovered(['ignored.tsx'])).files).toEqual(['ignored.tsx']);
  });

  it('reports missing paths as given, and still finds the rest', async () => {
    await tree({ 'src/a.tsx': '' });
    expect(await discovered(['src', 'nope', 'src/missing.tsx'])).toEqual({
      files: ['src/a.tsx'],
      missing: ['nope', 'src/missing.tsx'],
    });
  });

  it('defaults to the working directory when no paths are given', async () => {
    await tree({ 'a.tsx': '' });
    expect(await discovered([])).toEqual({ files: ['a.tsx'], missing: [] });
  });

  it('follows symbolic links to files but not to directories', async () => {
    await tree({ 'real/a.tsx': '' });
    await symlink(path.join(root, 'real', 'a.tsx'), path.join(root, 'link.tsx'));
    await symlink(root, path.join(root, 'real', 'loop'));
    expect((await discovered()).files).toEqual(['link.tsx', 'real/a.tsx']);
  });

  it('does not follow a file symlink out of the tree, but checks an outside file named on the command line', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'honest-ui-outside-'));
    try {
      await writeFile(path.join(outside, 'Secret.tsx'), '');
      await tree({ 'a.tsx': '' });
      await symlink(path.join(outside, 'Secret.tsx'), path.join(root, 'leak.tsx'));
      expect((await discovered()).files).toEqual(['a.tsx']);
      const named = await discoverFiles({ cwd: root, paths: [path.join(outside, 'Secret.tsx')] });
      expect(named.files).toEqual([path.join(outside, 'Secret.tsx')]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
