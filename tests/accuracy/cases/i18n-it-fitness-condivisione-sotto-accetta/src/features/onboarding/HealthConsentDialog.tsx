import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { saveHealthConsent } from '@/api/consent';
import { COPY } from '@/constants/copy';
import { signOut } from '@/lib/auth';
import styles from './HealthConsentDialog.module.css';

const copy = COPY.privacy;

export function HealthConsentDialog() {
  const navigate = useNavigate();
  const [shareWithInsurers, setShareWithInsurers] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState(false);

  async function handleAccept() {
    setPending(true);
    setError(false);
    try {
      await saveHealthConsent({ healthData: true, shareWithInsurers });
      navigate('/oggi', { replace: true });
    } catch {
      setError(true);
    } finally {
      setPending(false);
    }
  }

  async function handleDecline() {
    await signOut();
    navigate('/benvenuto', { replace: true });
  }

  return (
    <div className={styles.overlay}>
      <div role="dialog" aria-modal="true" aria-labelledby="health-consent-title" className={styles.dialog}>
        <h2 id="health-consent-title" className={styles.title}>
          {copy.title}
        </h2>
        <p className={styles.text}>{copy.intro}</p>
        <a className={styles.link} href="/privacy">
          {copy.policyLink}
        </a>
        {error && (
          <p role="alert" className={styles.error}>
            {copy.error}
          </p>
        )}
        <div className={styles.actions}>
          <button type="button" className={styles.primary} onClick={handleAccept} disabled={pending}>
            {copy.accept}
          </button>
          <button type="button" className={styles.secondary} onClick={handleDecline} disabled={pending}>
            {copy.decline}
          </button>
        </div>
        <div className={styles.extra}>
          <div className={styles.switchRow}>
            <label htmlFor="share-insurers" className={styles.switchLabel}>
              {copy.shareLabel}
            </label>
            <input
              id="share-insurers"
              type="checkbox"
              role="switch"
              className={styles.switch}
              checked={shareWithInsurers}
              onChange={(e) => setShareWithInsurers(e.target.checked)}
            />
          </div>
          <p className={styles.text}>{copy.retention}</p>
        </div>
      </div>
    </div>
  );
}
