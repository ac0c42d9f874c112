import { useState } from 'react';
import { ConsentToggle } from '../components/privacy/ConsentToggle';
import { storeCookieConsent } from '@/consent/storage';
import { useConsentBanner } from '@/consent/useConsentBanner';
import styles from './PrivacyCenter.module.scss';

export default function PrivacyCenter() {
  const { close } = useConsentBanner();
  const [analytics, setAnalytics] = useState(true);
  const [advertising, setAdvertising] = useState(false);
  const [saving, setSaving] = useState(false);

  async function persist(next: { analytics: boolean; advertising: boolean }) {
    setSaving(true);
    try {
      await storeCookieConsent({ necessary: true, ...next });
      close();
    } finally {
      setSaving(false);
    }
  }

  return (
    <div role="dialog" aria-modal="true" aria-labelledby="privacy-center-title" className={styles.panel}>
      <header className={styles.header}>
        <h2 id="privacy-center-title">Privacy center</h2>
        <p>
          Choose which cookies Northwind Fibre may set on this device. Strictly necessary cookies keep the site secure
          and cannot be switched off.
        </p>
      </header>

      <ConsentToggle
        id="consent-necessary"
        title="Strictly necessary"
        badge="Always active"
        description="Sign-in, load balancing and fraud protection."
        checked
        disabled
      />
      <ConsentToggle
        id="consent-analytics"
        title="Analytics"
        description="Lets us count visits and see which pages are slow, using Matomo hosted in the EU."
        checked={analytics}
        onChange={setAnalytics}
      />
      <ConsentToggle
        id="consent-advertising"
        title="Advertising"
        description="Lets our ad partners show you Northwind offers on other websites and measure them."
        checked={advertising}
        onChange={setAdvertising}
      />

      <footer className={styles.actions}>
        <button type="button" className={styles.action} disabled={saving} onClick={() => persist({ analytics: false, advertising: false })}>
          Reject all
        </button>
        <button type="button" className={styles.action} disabled={saving} onClick={() => persist({ analytics, advertising })}>
          Save my choices
        </button>
        <button type="button" className={styles.action} disabled={saving} onClick={() => persist({ analytics: true, advertising: true })}>
          Accept all
        </button>
      </footer>
    </div>
  );
}
