/**
 * `node --import ./module-log.mjs`: records the file or URL of every module the process loads, one a line, in the
 * file HONEST_UI_MODULE_LOG names (tests/cli/startup.test.ts). ES modules are logged by a load hook as they load;
 * CommonJS ones (what the checker requires lazily: ajv, culori, postcss, typescript-estree) from require's cache
 * at exit, as Node 20's hooks do not see require(). Node's own modules are logged at exit too, as `node:<name>`,
 * however they were loaded (an import, a require, Node itself).
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const log = process.env.HONEST_UI_MODULE_LOG;

/** The hooks thread: one line per module loaded. */
export function load(url, context, nextLoad) {
  if (log) appendFileSync(log, `${url}\n`);
  return nextLoad(url, context);
}

if (isMainThread && log) {
  register(import.meta.url);
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const builtins = process.moduleLoadList.flatMap((entry) => (/^NativeModule (?!internal\/)/.test(entry) ? [`node:${entry.slice('NativeModule '.length)}`] : []));
    appendFileSync(log, [...Object.keys(require.cache), ...builtins].map((file) => `${file}\n`).join(''));
  });
}
