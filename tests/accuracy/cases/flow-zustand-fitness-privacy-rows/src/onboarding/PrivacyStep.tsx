/** @jsxImportSource @emotion/react */
import { useState } from 'react';
import { css } from '@emotion/react';
import { PreferenceRow } from '@/components/PreferenceRow';
import { usePrivacyChoices } from '@/stores/usePrivacyChoices';
import { updatePrivacyChoices } from '@/api/profile';
import { StepHeader } from './StepHeader';

const primary = css`
  width: 100%;
  margin-top: 28px;
  padding: 14px 20px;
  border: 0;
  border-radius: 12px;
  background: #16a34a;
  color: #ffffff;
  font-size: 16px;
  font-weight: 700;
`;

export function PrivacyStep({ onNext, onBack }: { onNext: () => void; onBack: () => void }) {
  const prefs = usePrivacyChoices();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const handleContinue = async () => {
    setSaving(true);
    setError(null);
    try {
      await updatePrivacyChoices({
        personalizedAds: prefs.personalizedAds,
        researchSharing: prefs.researchSharing,
        locationHistory: prefs.locationHistory,
      });
      onNext();
    } catch {
      setError('We could not save your choices. Check your connection and try again.');
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="privacy-step-title" css={{ maxWidth: 480, margin: '0 auto', padding: 24 }}>
      <StepHeader step={4} total={5} onBack={onBack} />
      <h1 id="privacy-step-title" css={{ fontSize: 24, margin: '12px 0 4px' }}>
        Your privacy choices
      </h1>
      <p css={{ color: '#44403c', fontSize: 16, margin: 0 }}>
        Stride works without any of these. Change them later in Settings → Privacy.
      </p>

      <PreferenceRow
        id="pref-ads"
        title="Personalised ads"
        description="Use my workouts and interests to show ads from Stride partners."
        enabled={prefs.personalizedAds}
        onChange={(v) => prefs.setChoice('personalizedAds', v)}
      />
      <PreferenceRow
        id="pref-research"
        title="Contribute to research"
        description="Share my de-identified activity data with university research partners."
        enabled={prefs.researchSharing}
        onChange={(v) => prefs.setChoice('researchSharing', v)}
      />
      <PreferenceRow
        id="pref-location"
        title="Location history"
        description="Keep a map of my outdoor routes, including start and end points."
        enabled={prefs.locationHistory}
        onChange={(v) => prefs.setChoice('locationHistory', v)}
      />

      {error && (
        <p role="alert" css={{ color: '#b91c1c', marginTop: 16 }}>
          {error}
        </p>
      )}

      <button type="button" css={primary} onClick={handleContinue} disabled={saving}>
        {saving ? 'Saving…' : 'Continue'}
      </button>
    </section>
  );
}
