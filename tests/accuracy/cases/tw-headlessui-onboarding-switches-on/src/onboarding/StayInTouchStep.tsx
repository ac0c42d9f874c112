import { useState } from 'react';
import { useNavigate } from 'react-router-dom';

import { saveCommunicationPreferences } from '@/api/preferences';
import { OnboardingLayout } from './OnboardingLayout';
import { PreferenceRow } from './PreferenceRow';

type Prefs = {
  weeklyPicks: boolean;
  productAnalytics: boolean;
};

export function StayInTouchStep() {
  const navigate = useNavigate();
  const [prefs, setPrefs] = useState<Prefs>({ weeklyPicks: true, productAnalytics: true });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const update = (key: keyof Prefs) => (value: boolean) =>
    setPrefs((prev) => ({ ...prev, [key]: value }));

  async function handleContinue() {
    setSaving(true);
    setError(null);
    try {
      await saveCommunicationPreferences(prefs);
      navigate('/onboarding/follow-shows');
    } catch {
      setError('We could not save your preferences. Check your connection and try again.');
    } finally {
      setSaving(false);
    }
  }

  return (
    <OnboardingLayout step={3} totalSteps={4}>
      <section aria-labelledby="stay-in-touch" className="mx-auto max-w-lg">
        <h1 id="stay-in-touch" className="text-2xl font-semibold text-zinc-900">
          How should Brightwave stay in touch?
        </h1>
        <p className="mt-2 text-base text-zinc-600">You can change these any time in Settings.</p>

        <div className="mt-6 space-y-3">
          <PreferenceRow
            title="Account and security emails"
            description="Sign-in alerts, receipts and changes to your plan. Always on."
            checked
            disabled
          />
          <PreferenceRow
            title="Weekly picks and partner offers"
            description="A Friday email with new shows, plus discounts from podcasts and brands we work with."
            checked={prefs.weeklyPicks}
            onChange={update('weeklyPicks')}
          />
          <PreferenceRow
            title="Help improve Brightwave"
            description="Send anonymous usage analytics about which features you use."
            checked={prefs.productAnalytics}
            onChange={update('productAnalytics')}
          />
        </div>

        {error && <p className="mt-4 text-sm text-red-600">{error}</p>}

        <button
          type="button"
          onClick={handleContinue}
          disabled={saving}
          className="mt-8 w-full rounded-full bg-violet-600 px-6 py-3 text-sm font-semibold text-white hover:bg-violet-700 disabled:opacity-60"
        >
          {saving ? 'Saving…' : 'Continue'}
        </button>
      </section>
    </OnboardingLayout>
  );
}
