import { useState } from 'react';
import { useRouter } from 'next/router';
import { startCheckout } from '@/lib/billing';
import { useOfferTimer } from './useOfferTimer';
import styles from './TwoYearDeal.module.css';

const FIRST_TERM_PRICE = 79;
const RENEWAL_PRICE = 119.99;

export function TwoYearDeal() {
  const router = useRouter();
  const { minutes, seconds } = useOfferTimer();
  const [loading, setLoading] = useState(false);

  const claim = async () => {
    setLoading(true);
    const { url } = await startCheckout({ plan: 'two-year-promo' });
    router.push(url);
  };

  return (
    <section className={styles.deal} aria-labelledby="deal-title">
      <div className={styles.ribbon}>Save 68%</div>
      <h2 id="deal-title" className={styles.title}>
        ShieldNet Pro — 2 years
      </h2>
      <ul className={styles.perks}>
        <li>Unlimited devices and bandwidth</li>
        <li>Servers in 94 countries</li>
        <li>Ad and tracker blocking built in</li>
      </ul>
      <p className={styles.price}>
        <strong>${FIRST_TERM_PRICE}</strong> for 24 months
      </p>
      <p className={styles.deadline}>
        Offer ends in{' '}
        <span className={styles.timer}>
          {minutes}:{seconds}
        </span>
      </p>
      <button type="button" className={styles.cta} onClick={claim} disabled={loading}>
        {loading ? 'Redirecting…' : 'Claim offer'}
      </button>
      <p className={styles.fine}>
        You will be charged ${FIRST_TERM_PRICE.toFixed(2)} today for the first 24 months. Your plan renews
        automatically at ${RENEWAL_PRICE.toFixed(2)} every year after that unless you cancel at least 24 hours before
        the renewal date.
      </p>
    </section>
  );
}
