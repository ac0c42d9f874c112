/**
 * TanStack Query's `useMutation()` is idle on the first render: a button labelled `{save.isPending ? 'Saving…' :
 * 'Keep my discount'}` shows its resting label, so it is a choice. And "Continue to cancel", the way out of a
 * retention offer, is its decline. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('mutation-first-render');

const RETENTION = (cancelColor: string, pendingName: string) => `import { useMutation } from '@tanstack/react-query';
import { acceptRetentionOffer, cancelSubscription } from '@/api/billing';

export function RetentionOffer({ onDone }: { onDone: () => void }) {
  const keep = useMutation({ mutationFn: acceptRetentionOffer, onSuccess: onDone });
  const cancel = useMutation({ mutationFn: cancelSubscription, onSuccess: onDone });
  return (
    <div role="dialog" aria-labelledby="offer-title" style={{ background: '#ffffff', padding: 24 }}>
      <h2 id="offer-title">Before you go: 50% off your subscription for 3 months</h2>
      <p>Stay on Pro for $6/month for the next 3 months.</p>
      <button type="button" style={{ background: '#4f46e5', color: '#ffffff', fontSize: 17, fontWeight: 700, padding: '12px 24px', border: 0 }} onClick={() => keep.mutate()}>
        {keep.${pendingName} ? 'Applying…' : 'Keep my discount'}
      </button>
      <button type="button" style={{ background: 'none', border: 0, color: '${cancelColor}', fontSize: 14 }} onClick={() => cancel.mutate()}>
        {cancel.${pendingName} ? 'Cancelling…' : 'Continue to cancel'}
      </button>
    </div>
  );
}
`;

describe('a retention offer whose buttons show a mutation state', () => {
  it.each(['isPending', 'isLoading'])('reads %s as idle: a near-white "Continue to cancel" is a hidden decline', async (pending) => {
    const result = await both({ 'src/billing/RetentionOffer.tsx': RETENTION('#e4e4e7', pending) }, 'src/billing/RetentionOffer.tsx', ['no-hidden-decline']);
    expect(result.checker).toEqual(['no-hidden-decline nearInvisible 14:7']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: the same decline in a readable grey is not hidden', async () => {
    const result = await both({ 'src/billing/RetentionOffer.tsx': RETENTION('#4b5563', 'isPending') }, 'src/billing/RetentionOffer.tsx', ['no-hidden-decline']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});
