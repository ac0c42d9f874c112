/**
 * "Continue to vehicle selection" on a booking page moves people to the flow's next step: on a page whose copy
 * speaks of no data practice (a chauffeur service promising "a personalized experience"), it takes no agreement, so
 * a "no hidden fees" claim below it is buried under nothing. The same move on a step that speaks of what is done
 * with people's data still has the terms below it buried. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('next-step-buried');

const BOOKING = `import { useState } from 'react';
import { Button } from '@/components/Button';
import { saveDraftBooking } from '@/api/bookings';

export default function BookingPage() {
  const [pickup, setPickup] = useState('');
  return (
    <main className="container mx-auto px-4">
      <h1>Book your ride</h1>
      <p>Tell us about your transportation needs and we'll create a personalized experience just for you.</p>
      <form id="booking-form" onSubmit={(event) => { event.preventDefault(); saveDraftBooking({ pickup }); }}>
        <label>Pickup address <input name="pickup" value={pickup} onChange={(event) => setPickup(event.target.value)} /></label>
      </form>
      <div className="sticky bottom-0 flex justify-center py-4">
        <Button type="submit" form="booking-form" variant="secondary">
          Continue to Vehicle Selection
        </Button>
      </div>
      <div className="mt-12 grid grid-cols-1 md:grid-cols-4 gap-4">
        <div className="text-center p-4">
          <h4>Fair Pricing</h4>
          <p>Transparent rates, no hidden fees</p>
        </div>
        <div className="text-center p-4">
          <h4>Professional</h4>
          <p>Trained, licensed chauffeurs</p>
        </div>
      </div>
    </main>
  );
}
`;

const TRAINING_STEP = `import { useState } from 'react';
import { saveOnboarding } from '@/api/onboarding';

export function TrainingStep({ onDone }: { onDone: () => void }) {
  const [saving, setSaving] = useState(false);
  return (
    <section aria-labelledby="training-title" style={{ display: 'block', background: '#ffffff', color: '#111827' }}>
      <h2 id="training-title">Your privacy on Atlas</h2>
      <p>By continuing, you agree that we use your chats to train and improve our models.</p>
      <button type="button" style={{ background: '#111827', color: '#ffffff', fontSize: 16, padding: '12px 24px' }} onClick={() => { setSaving(true); saveOnboarding().then(onDone); }}>
        {saving ? 'Saving…' : 'Continue to your workspace'}
      </button>
      <p>Your chats are kept for 5 years and shared with our model partners.</p>
    </section>
  );
}
`;

describe('a "Continue to ..." that moves to the next step', () => {
  it('near-miss: a booking page\'s "Continue to Vehicle Selection" buries no "no hidden fees" claim below it', async () => {
    const result = await both({ 'src/pages/BookingPage.tsx': BOOKING }, 'src/pages/BookingPage.tsx', ['no-buried-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('on a step that speaks of what is done with the data, the retention and sharing terms below it are buried', async () => {
    const result = await both({ 'src/onboarding/TrainingStep.tsx': TRAINING_STEP }, 'src/onboarding/TrainingStep.tsx', ['no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 13:7']);
    expect(result.eslint).toEqual(result.checker);
  });
});
