import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startTrial } from '@/api/subscriptions';
import { usePlayer } from '@/player/usePlayer';
import { formatPrice } from '@/utils/money';
import './PremiumTrialModal.css';

type PremiumTrialModalProps = {
  onDismiss: () => void;
};

export function PremiumTrialModal({ onDismiss }: PremiumTrialModalProps) {
  const { t } = useTranslation('upsell');
  const { pause, resume } = usePlayer();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function handleStart() {
    setBusy(true);
    setFailed(false);
    pause();
    try {
      await startTrial({ plan: 'premium-individual', trialDays: 30 });
      onDismiss();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  function handleDecline() {
    resume();
    onDismiss();
  }

  return (
    <div className="trial-modal__scrim">
      <div role="dialog" aria-modal="true" aria-labelledby="trial-title" className="trial-modal">
        <h2 id="trial-title" className="trial-modal__title">
          {t('trial.title')}
        </h2>
        <p className="trial-modal__text">{t('trial.body')}</p>
        <p className="trial-modal__text">{t('trial.terms', { price: formatPrice(10.99, 'EUR', 'es-ES') })}</p>
        {failed && (
          <p role="alert" className="trial-modal__error">
            {t('trial.error')}
          </p>
        )}
        <div className="trial-modal__actions">
          <button type="button" className="trial-modal__btn trial-modal__btn--accept" onClick={handleStart} disabled={busy}>
            {t('trial.accept')}
          </button>
          <button type="button" className="trial-modal__btn trial-modal__btn--decline" onClick={handleDecline}>
            {t('trial.decline')}
          </button>
        </div>
      </div>
    </div>
  );
}
