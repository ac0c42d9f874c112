/**
 * `npm run bench:real-corpus`: builds the real-code corpus the README's speed numbers are measured on, from four
 * public React apps at pinned commits. Nothing fetched is committed; this recipe is.
 *
 *   node bench/real-corpus.mjs [--mirrors DIR] [--out DIR]
 *
 * For each app it takes the source files at the pinned commit (scripts, stylesheets, JSON: what the checker reads)
 * from a git repository: `DIR/<owner>+<name>/repo` (or `DIR/<owner>+<name>`) when `--mirrors` names a folder of
 * clones, otherwise a blobless clone from GitHub into `<out>/git/`. It writes
 *
 *   <out>/apps/<name>/...   the whole tree of each app (the memory target: every file, imports resolvable)
 *   <out>/sample/<name>/... every 4th `.tsx` file of the four apps, by sorted `<name>/<path>` (the speed target)
 *
 * and prints how many files each holds. `--out` defaults to bench/.corpus/real (ignored by git). Then:
 *
 *   npm run bench -- --corpus bench/.corpus/real/sample
 *   npm run bench -- --corpus bench/.corpus/real/apps --checker-only
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The apps and commits the README's numbers were measured on. */
export const REAL_APPS = [
  { name: 'excalidraw', repo: 'excalidraw/excalidraw', commit: '4872083c044491b6d5c96ae134a75464f96d6831' },
  { name: 'plane', repo: 'makeplane/plane', commit: '4ca6d6c7b807ad09bb571af2c43e85bf47c3ec6b' },
  { name: 'react-admin', repo: 'marmelab/react-admin', commit: '051f511bb0afb5ea565c2d3728bf4dab0a6fa5e0' },
  { name: 'blueprint', repo: 'palantir/blueprint', commit: 'ee26faf0ad8fe4bfd8ccbecf510d8ab385342003' },
];

/**
 * What the checker may read: scripts, stylesheets, JSON (package.json, tsconfig.json, locale files) and a pnpm
 * workspace's package list.
 */
const READ = /\.(?:[cm]?[jt]sx?|css|scss|sass|less|json)$|(?:^|\/)pnpm-workspace\.yaml$/;
/** Larger files are generated or vendored bundles, not app source. */
const MAX_BYTES = 1024 * 1024;

const { values } = parseArgs({
  options: {
    mirrors: { type: 'string' },
    out: { type: 'string', default: path.join(HERE, '.corpus', 'real') },
  },
});
const out = path.resolve(values.out);

function git(dir, args, options = {}) {
  return execFileSync('git', ['-C', dir, ...args], { maxBuffer: 1 << 30, ...options });
}

function repositoryFor(app) {
  if (values.mirrors) {
    const base = path.join(path.resolve(values.mirrors), app.repo.replace('/', '+'));
    for (const dir of [path.join(base, 'repo'), base]) if (existsSync(dir)) return dir;
    throw new Error(`${app.repo}: no clone under ${values.mirrors}`);
  }
  const dir = path.join(out, 'git', app.name);
  if (!existsSync(dir)) {
    execFileSync('git', ['clone', '--quiet', '--filter=blob:none', '--no-checkout', `https://github.com/${app.repo}.git`, dir], { stdio: 'inherit' });
  }
  return dir;
}

/** The readable source files of `commit`, as [path, blob] pairs; blobs a partial clone lacks are fetched or skipped. */
function sourceFiles(dir, commit) {
  const listing = git(dir, ['ls-tree', '-r', '-l', '-z', commit]).toString('utf8').split('\0');
  const wanted = [];
  for (const entry of listing) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const [mode, type, sha, size] = entry.slice(0, tab).split(/\s+/);
    const file = entry.slice(tab + 1);
    if (type !== 'blob' || mode === '120000' || !READ.test(file) || file.split('/').includes('node_modules')) continue;
    if (Number(size) > MAX_BYTES) continue;
    wanted.push({ file, sha });
  }
  const batch = git(dir, ['cat-file', '--batch'], { input: wanted.map((w) => w.sha).join('\n') + '\n' });
  const files = [];
  let offset = 0;
  for (const { file } of wanted) {
    const newline = batch.indexOf(10, offset);
    const header = batch.subarray(offset, newline).toString('utf8').split(' ');
    offset = newline + 1;
    if (header[1] === 'missing') continue;
    const length = Number(header[2]);
    files.push([file, batch.subarray(offset, offset + length)]);
    offset += length + 1;
  }
  return files;
}

function write(root, file, content) {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}

rmSync(path.join(out, 'apps'), { recursive: true, force: true });
rmSync(path.join(out, 'sample'), { recursive: true, force: true });
const tsx = [];
for (const app of REAL_APPS) {
  const dir = repositoryFor(app);
  if (!values.mirrors) git(dir, ['fetch', '--quiet', '--filter=blob:none', 'origin', app.commit], { stdio: 'inherit' });
  const files = sourceFiles(dir, app.commit);
  for (const [file, content] of files) {
    write(path.join(out, 'apps', app.name), file, content);
    if (file.endsWith('.tsx')) tsx.push([`${app.name}/${file}`, content]);
  }
  process.stdout.write(`${app.name}: ${files.length} files at ${app.commit.slice(0, 12)}\n`);
}
tsx.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const sample = tsx.filter((_, index) => index % 4 === 0);
for (const [file, content] of sample) write(path.join(out, 'sample'), file, content);
process.stdout.write(`sample: ${sample.length} of ${tsx.length} .tsx files (every 4th) in ${path.relative(process.cwd(), path.join(out, 'sample'))}\n`);
