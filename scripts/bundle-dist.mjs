/**
 * The last step of `npm run build`: tsc's per-module `dist/` becomes a bundle, so a run loads a few files instead of
 * some 180 modules (issue 14: one small file under 0.3 s), and the package stays under its 1 MB unpacked budget
 * (tests/e2e/pack.test.ts).
 *
 * - The package's entry points stay where package.json, bin/honest-ui.js and the oxlint configs name them:
 *   `dist/rules/index.js` (the ESLint plugin), `dist/src/browser/index.js` (`eslint-plugin-honest-ui/browser`),
 *   `dist/src/cli/run.js` (the command line) and `dist/src/engine/parallel-worker.js` (a worker thread's module).
 *   What they share, and every module loaded with `import()` (the engine, each formatter, the audit, baseline),
 *   goes into `dist/chunks/`, so what loads lazily still loads lazily.
 * - Dependencies stay external: they are installed beside the package and loaded only when a run needs them.
 * - rolldown (which vite already brings) minifies with oxc: whitespace, folded syntax, shorter names for local and
 *   top-level variables and the imports between chunks (20 kB); exports and the names of functions and classes stay,
 *   so stack traces and CPU profiles still name the function.
 * - JSON (the lexicons, the Tailwind theme) is inlined, each lexicon as JSON text for `JSON.parse`. A built-in
 *   lexicon's `references` (the regulator document behind each family of phrases) and the theme's `$comment` stay
 *   in src/ for readers; nothing reads them at run time, so the bundle leaves them out (about 90 kB).
 * - No comments: not even `/* @__PURE__ *\/` marks, which only a bundler reads.
 * - `.build/bundle-manifest.json` lists the source modules in each output file, for the tests that check which
 *   modules a run loads (tests/cli/startup.test.ts, tests/browser/static-isolation.test.ts). It is not part of the
 *   package.
 *
 * Type declarations are left as tsc wrote them.
 */
import { Buffer } from 'node:buffer';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(root, '.build', 'bundle');

const ENTRIES = {
  'rules/index': 'rules/index.js',
  'src/browser/index': 'src/browser/index.js',
  'src/cli/run': 'src/cli/run.js',
  'src/engine/parallel-worker': 'src/engine/parallel-worker.js',
};
/** How parallel.ts names its worker, relative to itself; rewritten to where the worker is relative to its chunk. */
const WORKER_SPECIFIER = './parallel-worker.js';
const WORKER_FILE = 'src/engine/parallel-worker.js';

const LEXICON = /[\\/]context[\\/]lexicons[\\/][a-z]{2}\.json$/;
const TAILWIND_THEME = /[\\/]css[\\/]tailwind[\\/]theme\.json$/;

/** A built-in lexicon without its `references`, the Tailwind theme without its `$comment`: notes for readers. */
const leanLexicons = {
  name: 'honest-ui:lean-lexicons',
  load(id) {
    const lexicon = LEXICON.test(id);
    if (!lexicon && !TAILWIND_THEME.test(id)) return null;
    const data = JSON.parse(readFileSync(id, 'utf8'));
    if (lexicon) delete data.references;
    else delete data.$comment;
    // A lexicon is read as JSON text: V8 parses JSON.parse('…') faster than the same data as an object literal (it
    // builds no syntax tree for it), 6 ms of a run of one small file on Node 20 (issue 14, start-up).
    if (lexicon) return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`, moduleType: 'js' };
    return { code: JSON.stringify(data), moduleType: 'json' };
  },
};

const HTML_STYLES = /[\\/]formatters[\\/]html-styles\.js$/;

/**
 * The HTML report's stylesheet (src/formatters/html-styles.ts, one template literal with no `${}`) without the
 * whitespace its readers need: runs of it collapsed to one space, and none after `:` (no selector has a space
 * there) or around `{`, `}`, `;` and `,`, and no `;` before a `}`. About 1 kB of the package; tests/cli/cli.test.ts
 * checks that the report's stylesheet keeps every rule and declaration.
 */
const compactStyles = {
  name: 'honest-ui:compact-styles',
  transform(code, id) {
    if (!HTML_STYLES.test(id)) return null;
    let found = 0;
    const compacted = code.replace(/`([^`$]*)`/g, (_literal, css) => {
      found++;
      const compact = css.replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}').trim();
      return `\`${compact}\``;
    });
    if (found !== 1) throw new Error(`bundle-dist: expected one stylesheet in ${id}, found ${found}`);
    return { code: compacted, map: null };
  },
};

/** `new URL('./parallel-worker.js', import.meta.url)` in whichever chunk parallel.ts lands: the worker's path from there. */
const workerPath = {
  name: 'honest-ui:worker-path',
  generateBundle(_options, bundle) {
    let rewritten = 0;
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || chunk.fileName === WORKER_FILE) continue;
      const pattern = new RegExp(`new URL\\((["'\`])${WORKER_SPECIFIER.replace(/[.]/g, '\\.')}\\1,import\\.meta\\.url\\)`, 'g');
      const relative = path.posix.relative(path.posix.dirname(chunk.fileName), WORKER_FILE);
      chunk.code = chunk.code.replace(pattern, () => {
        rewritten++;
        return `new URL(${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)},import.meta.url)`;
      });
    }
    if (rewritten !== 1) throw new Error(`bundle-dist: expected the worker's URL once in the bundle, found it ${rewritten} times`);
  },
};

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* files(file);
    else yield file;
  }
}

const before = [...files(dist)].filter((file) => file.endsWith('.js') || file.endsWith('.json')).reduce((sum, file) => sum + statSync(file).size, 0);

rmSync(out, { recursive: true, force: true });
const { output } = await build({
  input: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(dist, file)])),
  platform: 'node',
  // Dependencies (and node: built-ins) are loaded from node_modules, as installed beside the package.
  external: (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0'),
  plugins: [leanLexicons, compactStyles, workerPath],
  output: {
    dir: out,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js',
    minify: { compress: { target: 'es2022' }, mangle: { toplevel: true, keepNames: { function: true, class: true } } },
    // No `/* @__PURE__ */` marks (454 of them, 7 kB): they tell a bundler what it may drop, and Node runs this code
    // as it is. No licence comment is dropped: the bundle holds only honest-ui's own code.
    comments: { legal: true, annotation: false, jsdoc: false },
  },
  logLevel: 'warn',
});

// tsc's JavaScript and JSON give way to the bundle; its declarations stay.
for (const file of files(dist)) if (file.endsWith('.js') || file.endsWith('.json')) rmSync(file);
cpSync(out, dist, { recursive: true });

/** A module of tsc's output as the source file it was compiled from: `dist/src/engine/project.js` → `src/engine/project.ts`. */
function sourceOf(id) {
  return path.relative(dist, id).split(path.sep).join('/').replace(/\.js$/, '.ts');
}

const manifest = Object.fromEntries(
  output
    .filter((item) => item.type === 'chunk')
    .map((chunk) => [`dist/${chunk.fileName}`, chunk.moduleIds.filter((id) => path.isAbsolute(id)).map(sourceOf).sort()]),
);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(path.join(root, '.build', 'bundle-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const after = output.reduce((sum, item) => sum + Buffer.byteLength(item.type === 'chunk' ? item.code : item.source), 0);
console.log(`bundle-dist: ${(before / 1000).toFixed(1)} kB in modules -> ${(after / 1000).toFixed(1)} kB in ${output.length} files`);
