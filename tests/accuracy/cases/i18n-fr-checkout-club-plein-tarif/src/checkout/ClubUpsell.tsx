import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { startClubTrial } from '@/api/club';
import { Spinner } from '@/components/Spinner';
import { useCheckout } from './useCheckout';
import messages from './messages';
import './ClubUpsell.css';

type ClubUpsellProps = {
  onContinue: () => void;
};

export function ClubUpsell({ onContinue }: ClubUpsellProps) {
  const intl = useIntl();
  const { cartId, refreshTotals } = useCheckout();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  const price = intl.formatNumber(4.99, { style: 'currency', currency: 'EUR' });

  async function handleAccept() {
    setPending(true);
    setFailed(false);
    try {
      await startClubTrial({ cartId });
      await refreshTotals();
      onContinue();
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="club-upsell" aria-labelledby="club-upsell-title">
      <h2 id="club-upsell-title" className="club-upsell__title">
        <FormattedMessage {...messages.title} />
      </h2>
      <p className="club-upsell__body">
        <FormattedMessage {...messages.body} />
      </p>
      <p className="club-upsell__renewal">{intl.formatMessage(messages.renewal, { price })}</p>
      {failed && (
        <p role="alert" className="club-upsell__error">
          {intl.formatMessage(messages.error)}
        </p>
      )}
      <div className="club-upsell__actions">
        <button type="button" className="btn btn--primary" onClick={handleAccept} disabled={pending}>
          {pending ? <Spinner size="sm" /> : intl.formatMessage(messages.accept)}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onContinue} disabled={pending}>
          {intl.formatMessage(messages.reject)}
        </button>
      </div>
    </section>
  );
}
