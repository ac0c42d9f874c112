'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link, useRouter } from '@/i18n/routing';
import { readConsent, writeConsent } from '@/lib/consent';
import styles from './CookieBanner.module.css';

export function CookieBanner() {
  const t = useTranslations('Consent');
  const router = useRouter();
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    // Only show the banner until a choice has been stored.
    setVisible(readConsent() === null);
  }, []);

  if (!visible) return null;

  function handleAcceptAll() {
    writeConsent({ necessary: true, analytics: true, advertising: true });
    window.dataLayer?.push({ event: 'consent_update' });
    setVisible(false);
  }

  function handleConfigure() {
    router.push('/preferencias-de-cookies');
  }

  return (
    <div role="dialog" aria-labelledby="cookie-banner-title" className={styles.banner}>
      <div className={styles.text}>
        <h2 id="cookie-banner-title" className={styles.title}>
          {t('title')}
        </h2>
        <p className={styles.body}>
          {t.rich('body', {
            policy: (chunks) => <Link href="/politica-de-cookies">{chunks}</Link>,
          })}
        </p>
      </div>
      <div className={styles.actions}>
        <button type="button" className={styles.secondary} onClick={handleConfigure}>
          {t('configure')}
        </button>
        <button type="button" className={styles.primary} onClick={handleAcceptAll}>
          {t('acceptAll')}
        </button>
      </div>
    </div>
  );
}
