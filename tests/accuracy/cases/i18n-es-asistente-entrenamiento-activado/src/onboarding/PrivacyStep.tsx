import { useState } from 'react';
import * as Switch from '@radix-ui/react-switch';
import { useIntl } from 'react-intl';
import { savePrivacySettings } from '@/api/settings';
import { messages } from './messages';
import './PrivacyStep.scss';

type PrivacyStepProps = {
  current: number;
  total: number;
  onBack: () => void;
  onNext: () => void;
};

export function PrivacyStep({ current, total, onBack, onNext }: PrivacyStepProps) {
  const intl = useIntl();
  const [saveHistory, setSaveHistory] = useState(true);
  const [allowTraining, setAllowTraining] = useState(true);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState(false);

  async function handleContinue() {
    setSaving(true);
    setError(false);
    try {
      await savePrivacySettings({ chatHistory: saveHistory, modelTraining: allowTraining });
      onNext();
    } catch {
      setError(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="privacy-step" aria-labelledby="privacy-step-title">
      <p className="privacy-step__step">{intl.formatMessage(messages.step, { current, total })}</p>
      <h1 id="privacy-step-title">{intl.formatMessage(messages.title)}</h1>
      <p>{intl.formatMessage(messages.intro)}</p>

      <div className="privacy-step__row">
        <div>
          <label htmlFor="save-history" className="privacy-step__label">
            {intl.formatMessage(messages.historyLabel)}
          </label>
          <p className="privacy-step__help">{intl.formatMessage(messages.historyHelp)}</p>
        </div>
        <Switch.Root id="save-history" className="switch" checked={saveHistory} onCheckedChange={setSaveHistory}>
          <Switch.Thumb className="switch__thumb" />
        </Switch.Root>
      </div>

      <div className="privacy-step__row">
        <div>
          <label htmlFor="allow-training" className="privacy-step__label">
            {intl.formatMessage(messages.trainingLabel)}
          </label>
          <p className="privacy-step__help">{intl.formatMessage(messages.trainingHelp)}</p>
        </div>
        <Switch.Root
          id="allow-training"
          className="switch"
          checked={allowTraining}
          onCheckedChange={setAllowTraining}
        >
          <Switch.Thumb className="switch__thumb" />
        </Switch.Root>
      </div>

      {error && (
        <p role="alert" className="privacy-step__error">
          {intl.formatMessage(messages.error)}
        </p>
      )}
      <div className="privacy-step__actions">
        <button type="button" className="privacy-step__back" onClick={onBack}>
          {intl.formatMessage(messages.back)}
        </button>
        <button type="button" className="privacy-step__continue" onClick={handleContinue} disabled={saving}>
          {intl.formatMessage(messages.continue)}
        </button>
      </div>
    </section>
  );
}
