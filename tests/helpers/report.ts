/**
 * The checker's whole report on a throwaway project (strict preset, default settings): its findings and what it
 * leaves to review, with paths relative to the project, for tests that also assert what stays undecided.
 */
import path from 'node:path';
import { presetRules } from '../../src/catalog/index.js';
import { analyseProject } from '../../src/engine/project.js';
import { resolveSettings } from '../../src/settings/settings.js';

export interface Reported {
  file: string;
  line: number;
  /** Without the plugin's prefix: `no-preselected-consent`. */
  rule: string;
  /** The finding's message, or the review's detail. */
  text: string;
}

export async function checkerReport(dir: string): Promise<{ findings: Reported[]; reviews: Reported[] }> {
  const reviews: Reported[] = [];
  const rule = (id: string | null): string => (id ?? '').replace(/^honest-ui\//, '');
  const results = await analyseProject({
    cwd: dir,
    paths: ['.'],
    settings: resolveSettings(undefined),
    rules: presetRules('strict'),
    jobs: 1,
    onDetails: (file, details) => reviews.push(...details.reviews.map((r) => ({ file: path.relative(dir, file), line: r.loc.start.line, rule: rule(r.ruleId), text: r.detail }))),
  });
  const findings = results.flatMap((r) => r.messages.map((m) => ({ file: path.relative(dir, r.filePath), line: m.line, rule: rule(m.ruleId), text: m.message })));
  return { findings, reviews };
}
