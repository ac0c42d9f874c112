/**
 * Run the checker on a folder as a user would run `honest-ui` there: the project API the CLI uses, the folder as
 * cwd (so tsconfig paths, package.json and stylesheets resolve as they would for a user), every rule of the
 * `strict` preset at its default options and the default settings. Used by the accuracy scorer on each case and by
 * the real-code script on a fetched project.
 */
import path from 'node:path';
import { presetRules } from '../../src/catalog/index.js';
import { RULE_PREFIX } from '../../src/engine/analyse.js';
import { analyseProject, type FileDetails } from '../../src/engine/project.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { resolveSettings } from '../../src/settings/settings.js';

export interface StrictRun {
  results: LintResult[];
  /** By absolute file path: needs-review results, imports not followed and the file's consent contexts. */
  details: Map<string, FileDetails>;
}

/**
 * `strict` with nothing over it: what `honest-ui` does with `{ "extends": "strict" }` as its whole config. The
 * folder's own config, if any, is not read: the figures must not depend on a config file in the folder or above it.
 */
export async function runStrict(dir: string, options: { jobs?: number; prefilter?: boolean } = {}): Promise<StrictRun> {
  const details = new Map<string, FileDetails>();
  const cwd = path.resolve(dir);
  const results = await analyseProject({
    cwd,
    paths: ['.'],
    settings: resolveSettings(undefined),
    rules: presetRules('strict'),
    ignores: { base: cwd, patterns: [] },
    onDetails: (filePath, found) => details.set(filePath, found),
    summariseContexts: true,
    configFile: null,
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.prefilter !== undefined ? { prefilter: options.prefilter } : {}),
  });
  return { results, details };
}

/** A rule's id without the `honest-ui/` prefix the messages carry. */
export function ruleIdOf(message: LintMessage): string | undefined {
  return message.ruleId?.startsWith(RULE_PREFIX) ? message.ruleId.slice(RULE_PREFIX.length) : undefined;
}

/** A path relative to `dir` with forward slashes, as labels name files. */
export function relativeFile(dir: string, filePath: string): string {
  return path.relative(dir, filePath).split(path.sep).join('/');
}
