/**
 * The plugin runs on its own fixtures (eslint-plugin-unicorn's habit): every file under fixtures/ is checked with
 * the recommended rules, and the findings must equal the union of the folders' expected.json manifests exactly,
 * nothing extra and nothing missing (axe-core keeps expected results beside its fixtures the same way).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
// The plugin as built: rules/index.ts reads package.json relative to dist/rules/, so tests use the built file.
import plugin from '../dist/rules/index.js';
import { RULES, recommendedRules } from '../src/catalog/index.js';
import { analyseProject } from '../src/engine/project.js';
import type { LintResult } from '../src/engine/types.js';
import { resolveSettings } from '../src/settings/settings.js';
import { expectedKeys, type ExpectedFinding, fixtureFiles, fixturesDir, folders, key, manifest, resultKeys } from './helpers/fixture-manifests.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The whole tree runs with the recommended rules; a rule outside that preset is checked on its own folder only (see
 * below), so its expected findings are left out here.
 */
const recommended = recommendedRules();
const inRecommended = (f: ExpectedFinding): boolean => f.ruleId === null || recommended.has(f.ruleId.replace(/^honest-ui\//, ''));

const recommendedKeys = (only?: readonly string[]): string[] => expectedKeys((_file, f) => inRecommended(f), only);

describe('fixture manifests', () => {
  it('every fixture folder has an expected.json', () => {
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      expect(() => manifest(folder), `fixtures/${folder}/expected.json`).not.toThrow();
    }
  });

  it('every fixture file is listed in its folder manifest, and every listed file exists', () => {
    const listed = folders.flatMap((folder) => Object.keys(manifest(folder)).map((file) => `${folder}/${file}`)).sort();
    expect(listed).toEqual(fixtureFiles());
  });

  it('every good fixture expects no findings and every bad one at least one', () => {
    for (const folder of folders) {
      for (const [file, findings] of Object.entries(manifest(folder))) {
        if (file.startsWith('good/')) expect(findings, `${folder}/${file}`).toEqual([]);
        if (file.startsWith('bad/') && /\.(tsx|jsx)$/.test(file)) expect(findings.length, `${folder}/${file}`).toBeGreaterThan(0);
      }
    }
  });

  it('each rule folder has at least five bad and five good components', () => {
    // An audit-only rule reads a rendered page's network and storage: its cases are pages, in tests/browser.
    for (const folder of folders.filter((f) => f.startsWith('no-') && !RULES.find((rule) => rule.id === f)?.auditOnly)) {
      const files = Object.keys(manifest(folder));
      expect(files.filter((f) => /^bad\/.*\.tsx$/.test(f)).length, folder).toBeGreaterThanOrEqual(5);
      expect(files.filter((f) => /^good\/.*\.tsx$/.test(f)).length, folder).toBeGreaterThanOrEqual(5);
    }
  });

  it('every fixture begins with a comment saying what it shows', () => {
    for (const file of fixtureFiles()) {
      const text = readFileSync(path.join(fixturesDir, file), 'utf8');
      expect(/^\s*(\/\/|\/\*)/.test(text), file).toBe(true);
    }
  });
});

describe('the checker on fixtures/', () => {
  let results: LintResult[];

  beforeAll(async () => {
    results = await analyseProject({ cwd: repo, paths: ['fixtures'], settings: resolveSettings(undefined), rules: recommendedRules() });
  });

  it('checks every fixture file', () => {
    expect(results.map((r) => path.relative(fixturesDir, r.filePath).split(path.sep).join('/')).sort()).toEqual(fixtureFiles());
  });

  it('finds exactly what the manifests expect: nothing extra, nothing missing', () => {
    expect(resultKeys(results, fixturesDir)).toEqual(recommendedKeys());
  });

  // A rule outside the recommended preset (a strict or checker-only rule) runs on its own folder, as one project
  // (a checker-only rule compares the folder's files with each other), beside the recommended rules.
  const otherRules = RULES.filter((rule) => !recommended.has(rule.id) && folders.includes(rule.id)).map((rule) => rule.id);
  it.each(otherRules)('finds exactly what fixtures/%s/expected.json expects with the rule enabled', async (id) => {
    const rules = new Map(recommended);
    rules.set(id, { severity: 2, options: {} });
    const own = await analyseProject({ cwd: repo, paths: [path.join('fixtures', id)], settings: resolveSettings(undefined), rules });
    expect(resultKeys(own, fixturesDir)).toEqual(expectedKeys(() => true, [id]));
  });

  it('reports each parse error as one fatal message on its file, without a rule', () => {
    const fatalFiles = Object.entries(manifest('broken'))
      .filter(([, findings]) => findings.some((f) => f.fatal))
      .map(([file]) => path.join(fixturesDir, 'broken', file));
    expect(fatalFiles.length).toBeGreaterThanOrEqual(2);
    for (const file of fatalFiles) {
      const result = results.find((r) => r.filePath === file);
      expect(result?.messages, file).toHaveLength(1);
      expect(result?.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
      expect(result?.messages[0]?.message).toMatch(/^Parsing error: /);
    }
  });
});

describe('the ESLint plugin on fixtures/', () => {
  // The same core behind ESLint must find the same things in every script fixture (CSS is not ESLint's input).
  const linter = new Linter({ cwd: repo });
  const config = [
    plugin.configs.recommended,
    { files: ['**/*.tsx'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  ] as Linter.Config[];

  it('reports what the manifests expect for every .tsx fixture', () => {
    const scripts = fixtureFiles().filter((f) => f.endsWith('.tsx'));
    const actual: string[] = [];
    for (const file of scripts) {
      const absolute = path.join(fixturesDir, file);
      const messages = linter.verify(readFileSync(absolute, 'utf8'), config, { filename: absolute });
      actual.push(...messages.map((m) => key(file, { ruleId: m.ruleId, messageId: m.messageId, fatal: m.fatal, line: m.line, column: m.column })));
    }
    const eslintRules = plugin.configs.recommended.rules ?? {};
    expect(actual.sort()).toEqual(expectedKeys((file, f) => file.endsWith('.tsx') && (f.ruleId === null || f.ruleId in eslintRules)));
  });
});
