/**
 * One project file through both front doors: the checker (analyseProject over the project folder) and the ESLint
 * plugin (Linter with the plugin's preset, reading the file from disk as an editor would), each finding as
 * `line:column rule messageId`, so a test asserts the same result from both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
// The plugin as built: rules/index.ts reads package.json relative to dist/rules/.
import plugin from '../../dist/rules/index.js';
import { recommendedRules, RULES } from '../../src/catalog/index.js';
import { analyseProject } from '../../src/engine/project.js';
import type { LintMessage } from '../../src/engine/types.js';
import { resolveSettings } from '../../src/settings/settings.js';

export type Preset = 'recommended' | 'strict';

function key(m: { line: number; column: number; ruleId: string | null; messageId?: string | undefined }): string {
  return `${m.line}:${m.column} ${m.ruleId?.replace(/^honest-ui\//, '') ?? 'null'} ${m.messageId ?? ''}`.trim();
}

/** What the checker reports for each file of the project, keyed by path relative to the project. */
export async function checkerFindings(dir: string, preset: Preset = 'strict'): Promise<Map<string, LintMessage[]>> {
  const rules = preset === 'recommended' ? recommendedRules() : new Map(RULES.map((rule) => [rule.id, { severity: 2 as const, options: {} }]));
  const results = await analyseProject({ cwd: dir, paths: ['.'], settings: resolveSettings(undefined), rules });
  return new Map(results.map((r) => [path.relative(dir, r.filePath).split(path.sep).join('/'), r.messages]));
}

/** The findings on one file of a project from the checker and from ESLint, as sorted keys. */
export async function bothDoors(dir: string, file: string, preset: Preset = 'strict'): Promise<{ checker: string[]; eslint: string[] }> {
  const inEslint = new Set(Object.keys(plugin.configs[preset].rules ?? {}));
  // Checker-only rules (a project pass) have no ESLint rule to compare with.
  const checker = ((await checkerFindings(dir, preset)).get(file) ?? []).filter((m) => m.ruleId === null || inEslint.has(m.ruleId)).map(key).sort();
  const linter = new Linter({ cwd: dir });
  const config = [plugin.configs[preset], { files: ['**/*.{tsx,jsx}'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } }] as Linter.Config[];
  const absolute = path.join(dir, file);
  const eslint = linter.verify(readFileSync(absolute, 'utf8'), config, { filename: absolute }).map((m) => key({ ...m, messageId: m.messageId })).sort();
  return { checker, eslint };
}
