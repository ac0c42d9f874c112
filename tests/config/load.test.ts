import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { presetRules, RULE_IDS, RULES } from '../../src/catalog/index.js';
import { ConfigError, jsonErrorPosition, loadConfig } from '../../src/config/load.js';
import { configSchema } from '../../src/config/schema.js';
import { settingsSchema } from '../../src/settings/schema.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'honest-ui-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(relative: string, value: unknown): Promise<string> {
  const file = path.join(dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('finding the config', () => {
  it('uses the recommended preset and default settings when there is no config', async () => {
    await mkdir(path.join(dir, 'a'));
    const config = loadConfig({ cwd: path.join(dir, 'a') });
    expect(config.filePath).toBeUndefined();
    expect(config.rules).toEqual(presetRules('recommended'));
    expect(config.settings.rootFontSize).toBe(16);
    expect(config.ignores.patterns).toEqual([]);
  });

  it('walks up from the working directory to the nearest honest-ui.config.json', async () => {
    const file = await write('honest-ui.config.json', { settings: { rootFontSize: 10 }, ignores: ['generated/'] });
    await mkdir(path.join(dir, 'packages', 'web', 'src'), { recursive: true });
    const config = loadConfig({ cwd: path.join(dir, 'packages', 'web', 'src') });
    expect(config.filePath).toBe(file);
    expect(config.settings.rootFontSize).toBe(10);
    // Ignore patterns are relative to the config file, wherever the checker runs.
    expect(config.ignores).toEqual({ base: dir, patterns: ['generated/'] });
  });

  it('reads the "honest-ui" key of package.json, and skips a package.json without it', async () => {
    const manifest = await write('package.json', { name: 'app', 'honest-ui': { settings: { rootFontSize: 20 } } });
    await write('packages/web/package.json', { name: 'web' });
    const config = loadConfig({ cwd: path.join(dir, 'packages', 'web') });
    expect(config.filePath).toBe(manifest);
    expect(config.settings.rootFontSize).toBe(20);
  });

  it('prefers the nearest config, and a config file over package.json in the same directory', async () => {
    await write('honest-ui.config.json', { settings: { rootFontSize: 10 } });
    await write('web/package.json', { 'honest-ui': { settings: { rootFontSize: 20 } } });
    const nearest = await write('web/honest-ui.config.json', { settings: { rootFontSize: 30 } });
    const config = loadConfig({ cwd: path.join(dir, 'web') });
    expect(config.filePath).toBe(nearest);
    expect(config.settings.rootFontSize).toBe(30);
  });

  it('uses the file named with --config (relative to the working directory) and does not search', async () => {
    await write('honest-ui.config.json', { settings: { rootFontSize: 10 } });
    const named = await write('ci/strict.json', { extends: 'strict' });
    const config = loadConfig({ cwd: dir, configPath: 'ci/strict.json' });
    expect(config.filePath).toBe(named);
    expect(config.rules).toEqual(presetRules('strict'));
    expect(config.ignores.base).toBe(path.join(dir, 'ci'));
  });

  it('reports a --config file that does not exist', () => {
    const error = configError(() => loadConfig({ cwd: dir, configPath: 'missing.json' }));
    expect(error.message).toBe(`cannot read config ${path.join(dir, 'missing.json')}: no such file.`);
  });
});

describe('rules', () => {
  const [first, second] = RULES.filter((rule) => rule.presets.includes('recommended'));

  it('turns rules off, changes severities and merges options over the defaults', async () => {
    expect(first && second).toBeTruthy();
    const option = Object.keys(second!.schema.properties)[0]!;
    const value = typeof (second!.defaultOptions as Record<string, unknown>)[option] === 'number' ? 7 : true;
    await write('honest-ui.config.json', { rules: { [first!.id]: 'off', [second!.id]: ['warn', { [option]: value }] } });
    const config = loadConfig({ cwd: dir });
    expect(config.rules.has(first!.id)).toBe(false);
    expect(config.rules.get(second!.id)).toEqual({ severity: 1, options: { ...(second!.defaultOptions as object), [option]: value } });
  });

  it('severity alone keeps the default options; ["error"] too', async () => {
    await write('honest-ui.config.json', { rules: { [first!.id]: 'warn', [second!.id]: ['error'] } });
    const config = loadConfig({ cwd: dir });
    expect(config.rules.get(first!.id)).toEqual({ severity: 1, options: first!.defaultOptions });
    expect(config.rules.get(second!.id)).toEqual({ severity: 2, options: second!.defaultOptions });
  });
});

describe('config errors name the file, the key and what was expected', () => {
  const cases: [string, unknown, string][] = [
    ['an unknown top-level key', { rule: {} }, `/rule is not a known key.`],
    ['an unknown rule', { rules: { 'no-such-rule': 'error' } }, `/rules/no-such-rule is not a known rule; known rules: ${RULE_IDS.join(', ')}.`],
    ['a prefixed rule id', { rules: { [`honest-ui/${RULE_IDS[0]}`]: 'error' } }, `/rules/honest-ui/${RULE_IDS[0]} is written with its prefix; write "${RULE_IDS[0]}".`],
    ['a misspelt severity', { rules: { [RULE_IDS[0]!]: 'warning' } }, `/rules/${RULE_IDS[0]} must be "off", "warn", "error" or an array ["warn" | "error", { options }].`],
    ['a misspelt severity in an array', { rules: { [RULE_IDS[0]!]: ['on', {}] } }, `/rules/${RULE_IDS[0]} must be "off", "warn", "error" or an array ["warn" | "error", { options }].`],
    ['an unknown option', { rules: { [RULE_IDS[0]!]: ['error', { nope: 1 }] } }, `/rules/${RULE_IDS[0]}/1/nope is not a known key.`],
    ['a bad preset', { extends: 'strictest' }, `/extends must be one of "recommended", "strict".`],
    ['a bad settings value', { settings: { rootFontSize: 'big' } }, `/settings/rootFontSize must be number.`],
    ['an unknown setting', { settings: { component: {} } }, `/settings/component is not a known key.`],
    ['a non-array ignores', { ignores: 'dist' }, `/ignores must be array.`],
  ];
  for (const [what, value, expected] of cases) {
    it(what, async () => {
      const file = await write('honest-ui.config.json', value);
      const error = configError(() => loadConfig({ cwd: dir }));
      expect(error.message).toBe(`invalid config in ${file}: ${expected}`);
      expect(error.filePath).toBe(file);
    });
  }

  it('an option of the wrong type, checked with the rule\'s own schema', async () => {
    const rule = RULES.find((r) => Object.values(r.schema.properties).some((p) => p.type === 'number'))!;
    const [option] = Object.entries(rule.schema.properties).find(([, p]) => p.type === 'number')!;
    const file = await write('honest-ui.config.json', { rules: { [rule.id]: ['error', { [option]: 'large' }] } });
    const error = configError(() => loadConfig({ cwd: dir }));
    expect(error.message).toBe(`invalid config in ${file}: /rules/${rule.id}/1/${option} must be number.`);
    expect(error.key).toBe(`/rules/${rule.id}/1/${option}`);
  });

  it('the package.json key is named as such', async () => {
    const file = await write('package.json', { name: 'app', 'honest-ui': { rules: { 'no-such-rule': 'off' } } });
    const error = configError(() => loadConfig({ cwd: dir }));
    expect(error.message).toMatch(new RegExp(`^invalid config in ${escape(file)} \\("honest-ui" key\\): /rules/no-such-rule is not a known rule`));
  });

  it('bad JSON, with the line and column', async () => {
    const file = await write('honest-ui.config.json', '{\n  "rules": {\n    "no-fine-print": "warn",\n  }\n}\n');
    const error = configError(() => loadConfig({ cwd: dir }));
    expect(error.message).toMatch(new RegExp(`^invalid JSON in ${escape(file)} at line 4, column 3: `));
  });

  it('a truncated file, at its end', async () => {
    const file = await write('honest-ui.config.json', '{\n  "rules": {');
    expect(configError(() => loadConfig({ cwd: dir })).message).toMatch(new RegExp(`^invalid JSON in ${escape(file)} at line 2, column 13: `));
    // An empty file has no position in V8's message: the error is at its end.
    await write('honest-ui.config.json', '');
    expect(configError(() => loadConfig({ cwd: dir })).message).toBe(`invalid JSON in ${file} at line 1, column 1: Unexpected end of JSON input.`);
  });
});

describe('the schema', () => {
  it('is valid for strict ajv and embeds the settings schema unchanged', () => {
    expect(() => new Ajv({ strict: true, strictTuples: false }).compile(configSchema)).not.toThrow();
    const { $schema: _dialect, title: _title, ...settingsBody } = settingsSchema;
    expect({ ...configSchema.properties.settings, description: undefined }).toEqual({ ...settingsBody, description: undefined });
    expect(Object.keys(configSchema.properties.rules.properties)).toEqual([...RULE_IDS]);
  });

  it('locates JSON.parse errors', () => {
    expect(jsonErrorPosition('Unexpected token in JSON at position 4', 'ab\ncdef')).toEqual({ line: 2, column: 2 });
    expect(jsonErrorPosition('Something else', 'x')).toBeUndefined();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
