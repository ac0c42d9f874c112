// The accuracy ratchet: the corpus in tests/accuracy/cases/ scored as `npm run accuracy` scores it, against the
// figures recorded in tests/accuracy/baseline.json, and the README's figures block against those figures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineOf, ratchet, withFigures } from '../../scripts/accuracy/baseline.js';
import { defaultPaths, readBaseline } from '../../scripts/accuracy/cli.js';
import { figureLines } from '../../scripts/accuracy/report.js';
import { scoreCorpus } from '../../scripts/accuracy/run.js';

const repo = path.resolve(import.meta.dirname, '../..');
const paths = defaultPaths(repo);
const recorded = readBaseline(paths.baseline);

describe('the accuracy ratchet', () => {
  it('has recorded figures', () => {
    expect(recorded, `${paths.baseline}: record the figures with \`npm run accuracy -- --update\``).toBeDefined();
  });

  // A corpus of 80 or more cases on a busy 2-core machine takes a while; the figures are deterministic.
  it('scores the corpus at or above the recorded figures', { timeout: 600_000 }, async () => {
    const scored = await scoreCorpus(paths.cases);
    const result = ratchet(recorded ?? baselineOf(scored.summary), baselineOf(scored.summary));
    console.log(['accuracy corpus:', ...figureLines(scored.summary), ...result.notes.map((note) => `ratchet: ${note}`), 'every false positive and negative: npm run accuracy'].join('\n'));
    expect(result.failures, 'figures below the record; `npm run accuracy` lists every false positive and false negative').toEqual([]);
  });

  it("shows the recorded figures in the README's Accuracy section", () => {
    const readme = readFileSync(paths.readme, 'utf8');
    expect(recorded).toBeDefined();
    if (!recorded) return;
    expect(readme, 'README.md figures differ from tests/accuracy/baseline.json: run `npm run accuracy -- --update`').toBe(withFigures(readme, recorded));
  });
});
