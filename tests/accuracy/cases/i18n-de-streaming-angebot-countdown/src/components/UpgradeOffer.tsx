'use client';

import { useEffect, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { startCheckout } from '@/lib/billing';
import styles from './UpgradeOffer.module.css';

const OFFER_WINDOW_SECONDS = 10 * 60;

function toClock(totalSeconds: number) {
  const minutes = String(Math.floor(totalSeconds / 60)).padStart(2, '0');
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return `${minutes}:${seconds}`;
}

type UpgradeOfferProps = {
  promoId: string;
  currentPlan: string;
};

export function UpgradeOffer({ promoId, currentPlan }: UpgradeOfferProps) {
  const t = useTranslations('Offer');
  const format = useFormatter();
  const [secondsLeft, setSecondsLeft] = useState(OFFER_WINDOW_SECONDS - 1);
  const [redirecting, setRedirecting] = useState(false);
  const [error, setError] = useState(false);

  useEffect(() => {
    const id = window.setInterval(() => {
      setSecondsLeft((s) => (s > 0 ? s - 1 : OFFER_WINDOW_SECONDS - 1));
    }, 1000);
    return () => window.clearInterval(id);
  }, []);

  const eur = (value: number) => format.number(value, { style: 'currency', currency: 'EUR' });

  async function handleSubscribe() {
    setRedirecting(true);
    setError(false);
    try {
      const { url } = await startCheckout({ promoId });
      window.location.assign(url);
    } catch {
      setError(true);
      setRedirecting(false);
    }
  }

  return (
    <section className={styles.offer} aria-labelledby="offer-title">
      <span className={styles.badge}>{t('badge')}</span>
      <h1 id="offer-title" className={styles.title}>
        {t('title', { promo: eur(4.99) })}
      </h1>
      <p className={styles.meta}>{t('currentPlan', { plan: currentPlan })}</p>
      <p className={styles.features}>{t('features')}</p>
      <p className={styles.terms}>{t('terms', { regular: eur(12.99) })}</p>
      <p className={styles.timer} role="timer" aria-live="off">
        {t('endsIn', { time: toClock(secondsLeft) })}
      </p>
      {error && (
        <p role="alert" className={styles.error}>
          {t('error')}
        </p>
      )}
      <button type="button" className={styles.cta} onClick={handleSubscribe} disabled={redirecting}>
        {redirecting ? t('redirecting') : t('cta')}
      </button>
    </section>
  );
}
