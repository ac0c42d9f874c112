/**
 * The static checker never loads the browser audit: run the built bin on the fixtures in a child process whose
 * module loader records every module it resolves, and look for playwright-core, third-party-web and src/browser.
 * The audit's own help is then shown to load none of them either (they load only when a browser starts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceModules } from '../helpers/bundle.js';

const ROOT = path.resolve('.');

/**
 * Runs the bin with a resolve hook (module.register, Node 20.6+) that appends each resolved URL to a log file; the
 * package's own files are read as the source modules bundled into them (tests/helpers/bundle.ts), the rest as URLs.
 */
function modulesLoaded(args: string[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'honest-ui-modules-'));
  const log = path.join(dir, 'modules.log');
  const hooks = path.join(dir, 'hooks.mjs');
  const register = path.join(dir, 'register.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const result = await next(specifier, context);\n  appendFileSync(${JSON.stringify(log)}, result.url + '\\n');\n  return result;\n}\n`);
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  writeFileSync(log, '');
  const child = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, path.join(ROOT, 'bin', 'honest-ui.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  expect(child.error).toBeUndefined();
  const urls = new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean));
  const own = [...urls].filter((url) => url.startsWith(pathToFileURL(path.join(ROOT, 'dist')).href + '/'));
  return [...[...urls].filter((url) => !own.includes(url)), ...sourceModules(own.map((url) => path.relative(ROOT, fileURLToPath(url)).split(path.sep).join('/')))];
}

describe('the static checker and the browser audit stay apart', () => {
  it('checking the fixtures loads no browser driver, no tracker dataset and no audit module', () => {
    const loaded = modulesLoaded(['fixtures', '--format', 'json']);
    expect(loaded).toContain('src/engine/project.ts');
    expect(loaded.filter((url) => /playwright|third-party-web|^src\/browser\/|^src\/cli\/audit\.ts/.test(url))).toEqual([]);
  });

  it('audit --help loads the audit command but not playwright-core', () => {
    const loaded = modulesLoaded(['audit', '--help']);
    expect(loaded).toContain('src/cli/audit.ts');
    expect(loaded.filter((url) => /playwright-core|third-party-web/.test(url))).toEqual([]);
  });
});
