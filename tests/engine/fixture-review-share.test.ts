/**
 * The README states how many of the consent contexts in the bundled fixtures (fixtures/) honest-ui decides and how
 * many need review; this keeps that sentence true as the fixtures and the core change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../scripts/accuracy/run.js';
import { needsReview } from '../../scripts/accuracy/score.js';
import { fixturesDir } from '../helpers/fixture-manifests.js';

const README = readFileSync(path.join(fixturesDir, '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
const STATED = /On the bundled fixtures \(`fixtures\/`\), honest-ui finds (\d+) consent contexts and decides (\d+) of them: (\d+) \(([\d.]+)%\) need review/;

describe('the needs-review share of the bundled fixtures', () => {
  it('is what the README says', async () => {
    const stated = STATED.exec(README);
    expect(stated, 'the README states the share').not.toBeNull();
    const { outcome } = await checkCase(fixturesDir);
    const share = needsReview(outcome.contexts, outcome.reviews);
    const [, contexts, decided, reviewed, percent] = stated as RegExpExecArray;
    expect({ contexts: share.contexts, decided: share.contexts - share.reviewedContexts, reviewed: share.reviewedContexts }).toEqual({ contexts: Number(contexts), decided: Number(decided), reviewed: Number(reviewed) });
    expect(((100 * share.reviewedContexts) / share.contexts).toFixed(1)).toBe(percent);
  }, 300_000);
});
