/**
 * Writes the ready-made oxlint configs `oxlint/<preset>.json` from the built plugin's presets (one source of truth:
 * the catalogue), or with `--check` fails when the files differ from what it would write. Run after `npm run build`.
 *
 * oxlint's `.oxlintrc.json` resolves `extends` as a file path relative to the config that names it, and a
 * `jsPlugins` entry relative to the file it is written in; so each config points at the plugin's built entry
 * beside it, and users extend `./node_modules/eslint-plugin-honest-ui/oxlint/<preset>.json` (README, "oxlint").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { default: plugin } = await import(pathToFileURL(path.join(root, 'dist', 'rules', 'index.js')).href);

/** The text of `oxlint/<preset>.json`. */
function oxlintConfigText(preset) {
  return `${JSON.stringify({ jsPlugins: ['../dist/rules/index.js'], rules: plugin.configs[preset].rules }, null, 2)}\n`;
}

const check = process.argv.includes('--check');
let stale = 0;
for (const preset of Object.keys(plugin.configs)) {
  const file = path.join(root, 'oxlint', `${preset}.json`);
  const text = oxlintConfigText(preset);
  let current;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (check) {
    stale += 1;
    console.error(`oxlint/${preset}.json is out of date with the ${preset} preset: run \`npm run docs:generate\``);
  } else {
    writeFileSync(file, text);
    console.log(`wrote oxlint/${preset}.json`);
  }
}
process.exitCode = stale ? 1 : 0;
