import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { consentStorage, type ConsentDecision } from '@/lib/consentStorage';
import { initAnalytics } from '@/lib/analytics';
import { initAdPixels } from '@/lib/ads';
import { messages } from './messages';
import styles from './CookieConsent.module.css';

export function CookieConsent() {
  const intl = useIntl();
  const [decision, setDecision] = useState<ConsentDecision | null | undefined>(undefined);

  useEffect(() => {
    const saved = consentStorage.read();
    setDecision(saved);
    if (saved === 'accepted') {
      initAnalytics();
      initAdPixels();
    }
  }, []);

  function choose(value: ConsentDecision) {
    consentStorage.write(value);
    setDecision(value);
    if (value === 'accepted') {
      initAnalytics();
      initAdPixels();
    }
  }

  // undefined while reading storage, so the banner never flashes for returning visitors
  if (decision !== null) return null;

  return (
    <section className={styles.banner} aria-labelledby="cookie-consent-heading">
      <h2 id="cookie-consent-heading" className={styles.heading}>
        <FormattedMessage id="cookieConsent.heading" defaultMessage="Cookies on Coursely" />
      </h2>
      <p className={styles.body}>
        {intl.formatMessage(messages.body)}{' '}
        <a href="/legal/cookies" className={styles.link}>
          {intl.formatMessage(messages.learnMore)}
        </a>
      </p>
      <div className={styles.buttons}>
        <button type="button" className={styles.button} onClick={() => choose('accepted')}>
          {intl.formatMessage(messages.accept)}
        </button>
        <button type="button" className={styles.button} onClick={() => choose('rejected')}>
          {intl.formatMessage(messages.reject)}
        </button>
      </div>
    </section>
  );
}
