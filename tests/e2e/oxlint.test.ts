/**
 * oxlint runs honest-ui as a JS plugin (`jsPlugins` in `.oxlintrc.json`). The real `oxlint` binary from npm, pinned,
 * is installed with the packed plugin (and no ESLint) into a fresh project and run over a copy of the fixtures,
 * through the ready-made `oxlint/recommended.json` and through a hand-written config as the README shows; its
 * findings (rule, file, line, column) must be ESLint's on the same files. The one difference, parse errors, is an
 * oxlint limitation the README documents: oxlint reports a syntax error with its own parser and words, so only the
 * files are compared. Settings (`settings['honest-ui']`) must reach the rules as they do under ESLint.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../dist/rules/index.js';
import { fixtureFiles, fixturesDir, SCRIPT_FILE } from '../helpers/fixture-manifests.js';
import { copyFixtures, E2E_TIMEOUT, exec, installConsumer, npmWarnings, packPlugin, peerProblems, PINNED, removeWork, type Outcome } from './consumer.js';

const READY_MADE = { extends: ['./node_modules/eslint-plugin-honest-ui/oxlint/recommended.json'] };
const HAND_WRITTEN = { jsPlugins: ['eslint-plugin-honest-ui'], rules: plugin.configs.recommended.rules };

const TOGGLE_PREFERENCES = `// A design-system switch whose default is the \`defaultOn\` prop: only settings say so.
import { Toggle } from '@acme/ui';

export function Preferences() {
  return (
    <section>
      <h2>Privacy choices</h2>
      <label>
        <Toggle defaultOn name="ads" />
        Personalised advertising
      </label>
      <button type="submit">Save</button>
    </section>
  );
}
`;
const TOGGLE_SETTINGS = { 'honest-ui': { components: { Toggle: { as: 'switch', checkedProp: 'on', defaultCheckedProp: 'defaultOn' } } } };

interface Diagnostic {
  code?: string;
  message: string;
  filename: string;
  labels: { span: { line: number; column: number } }[];
}

/** `rule file:line:column` for each honest-ui finding; `fatal file` for each parse error (a diagnostic without a code). */
function oxlintKeys(outcome: Outcome): string[] {
  let diagnostics: Diagnostic[];
  try {
    diagnostics = (JSON.parse(outcome.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
  } catch {
    throw new Error(`oxlint printed no JSON (exit ${outcome.code}): ${outcome.stderr || outcome.stdout.slice(0, 2000)}`);
  }
  const keys = diagnostics.flatMap((d) => {
    const file = d.filename.split(path.sep).join('/').replace(/^fixtures\//, '');
    const rule = /^honest-ui\((.+)\)$/.exec(d.code ?? '')?.[1];
    if (rule) return [`honest-ui/${rule} ${file}:${d.labels[0]?.span.line}:${d.labels[0]?.span.column}`];
    return d.code === undefined ? [`fatal ${file}`] : [];
  });
  return [...new Set(keys)].sort();
}

/** The same keys from ESLint (the plugin as built, typescript-eslint's parser) over the same fixture files. */
function eslintKeys(): string[] {
  const linter = new Linter({ cwd: fixturesDir });
  const config = [{ ...plugin.configs.recommended, files: ['**/*.{ts,tsx,js}'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } }] as Linter.Config[];
  const keys = fixtureFiles()
    .filter((file) => SCRIPT_FILE.test(file))
    .flatMap((file) => {
      const absolute = path.join(fixturesDir, file);
      return linter.verify(readFileSync(absolute, 'utf8'), config, { filename: absolute }).map((m) => (m.fatal ? `fatal ${file}` : `${m.ruleId} ${file}:${m.line}:${m.column}`));
    });
  return [...new Set(keys)].sort();
}

let work: string | undefined;
let dir: string;
let install: Outcome;
const runs = new Map<string, Outcome>();

async function oxlint(name: string, config: object, target: string): Promise<Outcome> {
  // Relative paths in a config are resolved from its folder: the ready-made one is the project's .oxlintrc.json.
  const at = name === 'ready-made' ? path.join(dir, '.oxlintrc.json') : path.join(dir, 'configs', `${name}.json`);
  await mkdir(path.dirname(at), { recursive: true });
  await writeFile(at, JSON.stringify(config, null, 2));
  const outcome = await exec('npx', ['--no-install', 'oxlint', '-c', at, '--format', 'json', target], dir);
  runs.set(name, outcome);
  return outcome;
}

beforeAll(async () => {
  const packed = await packPlugin('oxlint');
  work = packed.work;
  dir = path.join(work, 'consumer');
  install = await installConsumer(dir, [packed.tarball, PINNED.oxlint], { 'settings/src/Preferences.tsx': TOGGLE_PREFERENCES });
  await copyFixtures(dir);
  await oxlint('ready-made', READY_MADE, 'fixtures');
  await oxlint('hand-written', HAND_WRITTEN, 'fixtures');
  await oxlint('with-settings', { ...HAND_WRITTEN, settings: TOGGLE_SETTINGS }, 'settings');
  await oxlint('without-settings', HAND_WRITTEN, 'settings');
  await oxlint('mistyped-settings', { ...HAND_WRITTEN, settings: { 'honest-ui': { components: { Toggle: 'swich' } } } }, 'settings');
}, E2E_TIMEOUT);

afterAll(() => removeWork(work));

function run(name: string): Outcome {
  const outcome = runs.get(name);
  if (!outcome) throw new Error(`oxlint did not run with the ${name} config`);
  return outcome;
}

describe(`${PINNED.oxlint} with the packed plugin`, () => {
  it('installs with no ESLint and no peer warnings', () => {
    expect(install.code, install.stderr).toBe(0);
    expect(peerProblems(install)).toEqual([]);
    expect(npmWarnings(install.stderr)).toEqual([]);
  });

  const eslint = eslintKeys();

  it.each(['ready-made', 'hand-written'])('with the %s config reports exactly what ESLint reports on the fixtures (rule, file, line, column)', (name) => {
    const outcome = run(name);
    expect(outcome.code, outcome.stderr).toBe(1);
    const findings = oxlintKeys(outcome).filter((k) => !k.startsWith('fatal '));
    expect(findings.length).toBeGreaterThan(50);
    expect(findings).toEqual(eslint.filter((k) => !k.startsWith('fatal ')));
  });

  it('reports a parse error in the same files as ESLint (its own words and lines: a documented limitation)', () => {
    const fatal = (keys: string[]) => keys.filter((k) => k.startsWith('fatal '));
    expect(fatal(eslint).length).toBeGreaterThan(0);
    expect(fatal(oxlintKeys(run('ready-made')))).toEqual(fatal(eslint));
  });

  it("passes settings['honest-ui'] from .oxlintrc.json to the rules", () => {
    expect(oxlintKeys(run('with-settings'))).toEqual(['honest-ui/no-preselected-consent settings/src/Preferences.tsx:9:9']);
    // Without the component mapping, <Toggle defaultOn> is an unknown component: nothing to report.
    expect(oxlintKeys(run('without-settings'))).toEqual([]);
    expect(run('without-settings').code).toBe(0);
  });

  it('fails on mistyped settings, naming the key, as ESLint does', () => {
    const outcome = run('mistyped-settings');
    expect(outcome.code).toBe(1);
    expect(`${outcome.stdout}${outcome.stderr}`).toContain("invalid settings['honest-ui']: /components/Toggle must be one of");
  });
});
