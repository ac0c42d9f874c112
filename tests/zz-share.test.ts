import { it } from 'vitest';
import path from 'node:path';
import { checkCase } from '../scripts/accuracy/run.js';
import { needsReview } from '../scripts/accuracy/score.js';
it('share', async () => {
  const dir = path.resolve('fixtures');
  const { outcome } = await checkCase(dir);
  const share = needsReview(outcome.contexts, outcome.reviews);
  for (const r of outcome.reviews) console.log(r.file, r.line, r.rule, r.reason, r.detail);
  console.log(JSON.stringify({ contexts: share.contexts, reviewed: share.reviewedContexts, reviews: share.reviews, byReason: outcome.reviews.reduce((m, r) => ({ ...m, [r.reason]: (m[r.reason] ?? 0) + 1 }), {} as Record<string, number>) }));
}, 300000);
