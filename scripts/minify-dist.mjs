/**
 * The last step of `npm run build`: the published `dist/` is compacted in place, file by file, so the package
 * stays under its 1 MB unpacked budget (tests/e2e/pack.test.ts) and Node parses less at start-up.
 *
 * - JavaScript: oxc's minifier (through rolldown, which vite already brings) removes whitespace, folds syntax and
 *   shortens local names. Module boundaries, exports and top-level function names stay, so stack traces still name
 *   the function and the file.
 * - JSON (the lexicons, the Tailwind theme): re-serialised without indentation. A built-in lexicon's `references`
 *   (the regulator document behind each family of phrases) stay in src/context/lexicons/ for readers; nothing reads
 *   them at run time, so the published copy leaves them out (about 90 kB).
 *
 * Type declarations are left as tsc wrote them.
 */
import { Buffer } from 'node:buffer';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { minifySync } from 'rolldown/utils';

const root = path.resolve(process.argv[2] ?? 'dist');

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* files(file);
    else yield file;
  }
}

let before = 0;
let after = 0;
for (const file of files(root)) {
  const isScript = file.endsWith('.js') && !file.endsWith('.d.js');
  if (!isScript && !file.endsWith('.json')) continue;
  const text = readFileSync(file, 'utf8');
  let compact;
  if (isScript) {
    const result = minifySync(file, text, { compress: { target: 'es2022' }, mangle: { toplevel: false } });
    if (result.errors?.length) throw new Error(`${file}: ${result.errors.map((e) => e.message).join('; ')}`);
    compact = result.code;
  } else {
    const data = JSON.parse(text);
    if (/[\\/]context[\\/]lexicons[\\/][a-z]{2}\.json$/.test(file)) delete data.references;
    compact = `${JSON.stringify(data)}\n`;
  }
  before += Buffer.byteLength(text);
  after += Buffer.byteLength(compact);
  writeFileSync(file, compact);
}
console.log(`minify-dist: ${(before / 1000).toFixed(1)} kB -> ${(after / 1000).toFixed(1)} kB`);
