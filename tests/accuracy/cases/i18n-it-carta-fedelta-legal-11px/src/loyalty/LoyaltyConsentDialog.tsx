import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { updateLoyaltyConsent } from '../api/loyalty';
import { useCustomer } from '../hooks/useCustomer';
import './LoyaltyConsentDialog.css';

type LoyaltyConsentDialogProps = {
  open: boolean;
  onClose: () => void;
};

export function LoyaltyConsentDialog({ open, onClose }: LoyaltyConsentDialogProps) {
  const { t } = useTranslation(['loyalty', 'common']);
  const { customer } = useCustomer();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState(false);

  if (!open || !customer) return null;

  async function answer(personalisedOffers: boolean) {
    setSaving(true);
    setError(false);
    try {
      await updateLoyaltyConsent(customer!.cardNumber, { personalisedOffers });
      onClose();
    } catch {
      setError(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="overlay">
      <div role="dialog" aria-modal="true" aria-labelledby="loyalty-title" className="loyalty-dialog">
        <h2 id="loyalty-title" className="loyalty-dialog__title">
          {t('consent.title', { name: customer.firstName })}
        </h2>
        <p className="loyalty-dialog__intro">{t('consent.intro')}</p>
        <ul className="loyalty-dialog__perks">
          <li>{t('consent.perks.points')}</li>
          <li>{t('consent.perks.coupons')}</li>
        </ul>
        <p className="legal">
          <Trans i18nKey="consent.legal" t={t} components={{ policy: <a href="/privacy/carta-piu" /> }} />
        </p>
        {error && (
          <p role="alert" className="loyalty-dialog__error">
            {t('common:genericError')}
          </p>
        )}
        <div className="loyalty-dialog__actions">
          <button type="button" className="btn btn-primary" disabled={saving} onClick={() => answer(true)}>
            {t('consent.accept')}
          </button>
          <button type="button" className="btn btn-outline" disabled={saving} onClick={() => answer(false)}>
            {t('consent.reject')}
          </button>
        </div>
      </div>
    </div>
  );
}
