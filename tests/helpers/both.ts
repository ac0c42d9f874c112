/**
 * One component, two front doors: the ESLint rules (a Linter with the plugin's strict preset, the file's imports
 * read from disk) and the checker (analyseProject over the same throwaway project, pre-filter on). Tests compare
 * both to the findings they expect, so a capability that works in one and not the other fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../../rules/index.js';
import { presetRules } from '../../src/catalog/index.js';
import { analyseProject } from '../../src/engine/project.js';
import { resolveSettings, type HonestUiSettings } from '../../src/settings/settings.js';
import { tempProjects } from './temp-project.js';

/** A finding as both front doors report it: `rule messageId line:column`, rule without the plugin prefix. */
export type Reported = string;

export interface BothResult {
  eslint: Reported[];
  checker: Reported[];
}

const describeMessage = (m: { ruleId: string | null; messageId?: string | undefined; line: number; column: number }): Reported =>
  `${(m.ruleId ?? '').replace(/^honest-ui\//, '')} ${m.messageId ?? ''} ${m.line}:${m.column}`;

/**
 * A runner for one test file: call it at the top level (its projects are removed after the file). `files` are by
 * relative path; `entry` is the file to lint; `rules` limits both front doors to these rules (all strict ones when
 * omitted).
 */
export function bothRunner(prefix: string) {
  const project = tempProjects(prefix);
  return async (files: Record<string, string>, entry: string, rules?: readonly string[], settings?: HonestUiSettings): Promise<BothResult> => {
    const dir = project(files);
    const file = path.join(dir, entry);
    const strict = presetRules('strict');
    const enabled = new Map([...strict].filter(([id]) => !rules || rules.includes(id)));
    const linter = new Linter({ cwd: dir });
    const config = [
      {
        plugins: { 'honest-ui': plugin },
        rules: Object.fromEntries([...enabled].filter(([id]) => id in plugin.rules).map(([id]) => [`honest-ui/${id}`, 'error'])),
        settings: settings ? { 'honest-ui': settings } : {},
      },
      { files: ['**/*.{tsx,jsx,ts,js}'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    ] as Linter.Config[];
    const eslint = linter
      .verify(readFileSync(file, 'utf8'), config, { filename: file })
      .map((m) => {
        if (m.fatal) throw new Error(`${entry}: ${m.message}`);
        return describeMessage(m);
      })
      .sort();
    const results = await analyseProject({ cwd: dir, paths: [entry], settings: resolveSettings(settings), rules: enabled, jobs: 1 });
    const checker = results.flatMap((r) => r.messages.filter((m) => m.ruleId !== null).map(describeMessage)).sort();
    return { eslint, checker };
  };
}
