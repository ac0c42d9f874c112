/**
 * The whole plugin is consistent (eslint-plugin-unicorn's habit): every rule in the catalogue has a check, an ESLint
 * rule, a doc, a rule test, fixtures and a preset entry; messages, schemas and docs agree with the metadata.
 * Each assertion names the rule, so a new rule added halfway fails with a pointer to what is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// The plugin as built: rules/index.ts reads package.json relative to dist/rules/, so tests use the built file.
import plugin from '../dist/rules/index.js';
import { presetRules, RULES, type RuleMeta } from '../src/catalog/index.js';
import { CHECKS } from '../src/checks/index.js';
import { analyseProject } from '../src/engine/project.js';
import { STANDARDS } from '../src/standards/index.js';
import { resolveSettings, SettingsError } from '../src/settings/settings.js';
import { createAjv } from '../src/settings/ajv.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (relative: string): string => readFileSync(path.join(repo, relative), 'utf8');
const pluginRules = plugin.rules as Record<string, { meta: { docs?: { url?: string; description?: string }; messages?: Record<string, string>; hasSuggestions?: boolean } }>;

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '');
}

/** The text of a `## name` section of a markdown doc, up to the next `## ` heading. */
function section(markdown: string, name: string): string {
  const start = markdown.search(new RegExp(`^## ${name}\\s*$`, 'm'));
  if (start < 0) return '';
  const rest = markdown.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

const rules: readonly RuleMeta<object>[] = RULES;

it('the catalogue has rules, each id unique and kebab-case', () => {
  expect(rules.length).toBeGreaterThan(0);
  const ids = rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
});

it('CHECKS has exactly the catalogue rules', () => {
  expect([...CHECKS.keys()].sort()).toEqual(rules.map((r) => r.id).sort());
});

it('the plugin exports exactly the rules that ESLint can run (all but checker-only and audit-only ones)', () => {
  expect(Object.keys(plugin.rules).sort()).toEqual(rules.filter((r) => !r.checkerOnly && !r.auditOnly).map((r) => r.id).sort());
});

it('configs.recommended and configs.strict are derived from the metadata', () => {
  for (const preset of ['recommended', 'strict'] as const) {
    const expected = Object.fromEntries(
      rules.filter((r) => !r.checkerOnly && !r.auditOnly && r.presets.includes(preset)).map((r) => [`honest-ui/${r.id}`, r.severity]),
    );
    expect(plugin.configs[preset].rules, preset).toEqual(expected);
    expect(plugin.configs[preset].plugins?.['honest-ui'], preset).toBe(plugin);
    // The checker's presets come from the same metadata.
    expect([...presetRules(preset).keys()].sort(), preset).toEqual(rules.filter((r) => r.presets.includes(preset)).map((r) => r.id).sort());
  }
});

it('strict contains everything in recommended', () => {
  for (const rule of rules) {
    if (rule.presets.includes('recommended')) expect(rule.presets, rule.id).toContain('strict');
  }
});

it('every standard a rule cites exists', () => {
  for (const rule of rules) {
    expect(rule.standards.length, rule.id).toBeGreaterThan(0);
    for (const id of rule.standards) expect(STANDARDS.has(id), `${rule.id}: ${id}`).toBe(true);
  }
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const docPath = `docs/rules/${id}.md`;

  it('has a preset entry', () => {
    expect(rule.presets.length).toBeGreaterThan(0);
  });

  it('has an ESLint rule whose metadata is the catalogue entry', () => {
    if (rule.checkerOnly || rule.auditOnly) return expect(pluginRules[id]).toBeUndefined();
    const eslintRule = pluginRules[id];
    expect(eslintRule).toBeDefined();
    expect(eslintRule?.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    expect(eslintRule?.meta.docs?.description).toBe(rule.description);
    expect(eslintRule?.meta.messages).toEqual(rule.messages);
    expect(Boolean(eslintRule?.meta.hasSuggestions)).toBe(rule.hasSuggestions);
  });

  it('has a rule test file and a fixtures folder with a manifest', () => {
    expect(existsSync(path.join(repo, 'tests', 'rules', `${id}.test.ts`)), `tests/rules/${id}.test.ts`).toBe(true);
    expect(existsSync(path.join(repo, 'fixtures', id, 'expected.json')), `fixtures/${id}/expected.json`).toBe(true);
  });

  it('describes every option in its schema and has a default for each', () => {
    const properties = Object.entries(rule.schema.properties);
    for (const [name, property] of properties) {
      expect(typeof property.description, `${id} option ${name}`).toBe('string');
      expect(property.description.trim().length, `${id} option ${name}`).toBeGreaterThan(0);
    }
    expect(Object.keys(rule.defaultOptions).sort()).toEqual(properties.map(([name]) => name).sort());
  });

  it('has default options that its schema accepts (the checker does not validate defaults)', () => {
    const validate = createAjv({ allErrors: true, strict: false }).compile(rule.schema);
    expect(validate(rule.defaultOptions), JSON.stringify(validate.errors)).toBe(true);
  });

  it('uses only word placeholders in its messages, and says what to do in each', () => {
    for (const [messageId, message] of Object.entries(rule.messages)) {
      expect(message.replace(/\{\{\s*\w+\s*\}\}/g, ''), `${id}.${messageId}`).not.toMatch(/\{\{|\}\}/);
    }
  });

  describe('its doc', () => {
    const doc = existsSync(path.join(repo, docPath)) ? read(docPath) : '';

    it(`exists at ${docPath} and starts with # honest-ui/${id}`, () => {
      expect(doc.length).toBeGreaterThan(0);
      expect(doc.split('\n')[0]).toBe(`# honest-ui/${id}`);
    });

    // eslint-doc-generator writes the exact header of ESLint rules (`npm run docs:check` in CI); a checker-only
    // rule's header is written by hand in the same shape, and says it is checker-only.
    it('has the generated header: description, presets, suggestions', () => {
      const header = doc.slice(0, doc.indexOf('<!-- end auto-generated rule header -->'));
      expect(header).toContain(`📝 ${rule.description}`);
      for (const [preset, emoji] of [['recommended', '✅'], ['strict', '🔒']] as const) {
        expect(header.includes(emoji), `${emoji} ${preset}`).toBe(rule.presets.includes(preset));
      }
      expect(header.includes('💡'), 'a 💡 line exactly when the rule has suggestions').toBe(rule.hasSuggestions);
      expect(header.includes('Checker only'), 'a checker-only line exactly when the rule is checker-only').toBe(Boolean(rule.checkerOnly));
      expect(header.includes('Audit only'), 'an audit-only line exactly when the rule is audit-only').toBe(Boolean(rule.auditOnly));
    });

    it('has the sections DESIGN.md asks for', () => {
      for (const name of ['Examples', 'Options', 'Settings', 'Standards', 'Reported data', 'When not to use it']) {
        expect(doc, name).toMatch(new RegExp(`^## ${name}\\s*$`, 'm'));
      }
      expect(doc).toMatch(/^### ❌ Incorrect/m);
      expect(doc).toMatch(/^### ✅ Correct/m);
    });

    it('has one ### heading per option', () => {
      const headings = [...section(doc, 'Options').matchAll(/^### `?(\w+)`?\s*$/gm)].map((m) => m[1]);
      expect(headings.sort()).toEqual(Object.keys(rule.schema.properties).sort());
    });

    it('links every standard the rule follows, with its legal weight', () => {
      const standards = section(doc, 'Standards');
      for (const standardId of rule.standards) {
        const standard = STANDARDS.get(standardId);
        expect(standards, standardId).toContain(`(${standard?.url})`);
      }
      expect(standards).toMatch(/binding law|regulator guidance|court ruling|non-binding|technical standard/);
    });

    it('lists every placeholder of its messages under Reported data', () => {
      const reported = section(doc, 'Reported data');
      for (const message of Object.values(rule.messages)) {
        for (const name of placeholders(message)) expect(reported, name).toContain(`\`${name}\``);
      }
    });
  });
});

describe('messages as reported on the fixtures', () => {
  it('every reported messageId is in the catalogue and its data fills every placeholder', async () => {
    const results = await analyseProject({ cwd: repo, paths: ['fixtures'], settings: resolveSettings(undefined), rules: presetRules('strict') });
    const reported = results.flatMap((r) => r.messages).filter((m) => m.ruleId !== null);
    expect(reported.length).toBeGreaterThan(0);
    for (const message of reported) {
      const id = (message.ruleId ?? '').replace(/^honest-ui\//, '');
      const template = rules.find((r) => r.id === id)?.messages[message.messageId ?? ''];
      expect(template, `${message.ruleId} ${message.messageId}`).toBeDefined();
      for (const name of placeholders(template ?? '')) expect(message.data, `${message.ruleId} ${message.messageId} {{${name}}}`).toHaveProperty(name);
      expect(message.message).not.toMatch(/\{\{/);
    }
  });
});

describe('settings validation', () => {
  it('names the offending key of a misspelt component mapping', () => {
    let error: unknown;
    try {
      resolveSettings({ components: { Toggle: 'swich' } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).key).toBe('/components/Toggle');
    expect((error as Error).message).toContain('/components/Toggle');
  });

  it('names an unknown top-level key', () => {
    expect(() => resolveSettings({ component: {} })).toThrow(/\/component\b.*not a known key/);
  });

  it('accepts the documented mapping shapes', () => {
    const settings = resolveSettings({ components: { Toggle: 'switch', CtaButton: { as: 'button', emphasis: 'primary' } } });
    expect(settings.components.get('Toggle')).toEqual({ as: 'switch' });
    expect(settings.components.get('CtaButton')).toEqual({ as: 'button', emphasis: 'primary' });
  });
});

describe('README.md', () => {
  const readme = read('README.md');

  it('opens with the two commands, in order, right after the title and tagline', () => {
    const lines = readme.split('\n');
    expect(lines[0]).toBe('# eslint-plugin-honest-ui');
    const fence = lines.indexOf('```sh');
    expect(fence).toBeGreaterThan(0);
    expect(lines.slice(1, fence).filter((l) => l.trim()).length, 'only a one-line tagline before the commands').toBe(1);
    expect(lines.slice(fence + 1, fence + 4)).toEqual(['npm ci && npx honest-ui fixtures', 'npm test', '```']);
  });

  const begin = readme.indexOf('<!-- begin auto-generated rules list -->');
  const end = readme.indexOf('<!-- end auto-generated rules list -->');
  const rowsOf = (text: string): string[] => text.split('\n').filter((line) => line.startsWith('| ['));

  // The generated list's exact text is eslint-doc-generator's to check (`npm run docs:check`); here, that it
  // lists exactly the ESLint rules.
  it('lists every ESLint rule, and only those, between the auto-generated markers', () => {
    expect(begin).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(begin);
    const listed = rowsOf(readme.slice(begin, end)).map((row) => /^\| \[([\w-]+)\]\(docs\/rules\/\1\.md\)/.exec(row)?.[1]);
    expect(listed.sort()).toEqual(rules.filter((r) => !r.checkerOnly && !r.auditOnly).map((r) => r.id).sort());
  });

  it('lists the checker-only and audit-only rules, which the generator cannot see, right below the generated list', () => {
    const next = readme.indexOf('\n## ', end);
    const rows = rowsOf(readme.slice(end, next < 0 ? undefined : next));
    const expected = rules
      .filter((r) => r.checkerOnly || r.auditOnly)
      .map((r) => {
        // The generator's columns: presets where the rule errors (💼), then where it warns (⚠️).
        const presets = r.presets.includes('recommended') ? '✅ 🔒' : '🔒';
        return `| [${r.id}](docs/rules/${r.id}.md) | ${r.description} | ${r.severity === 'error' ? presets : ''} | ${r.severity === 'warn' ? presets : ''} |`;
      });
    expect(rows).toEqual(expected);
  });
});
