import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribeToNewsletter } from '@/api/newsletter';
import { useSession } from '@/hooks/useSession';
import { track } from '@/lib/analytics';
import styles from './NewsletterPopup.module.css';

type NewsletterPopupProps = {
  onClose: () => void;
};

type Status = 'idle' | 'saving' | 'error';

export function NewsletterPopup({ onClose }: NewsletterPopupProps) {
  const { t } = useTranslation('newsletter');
  const { user } = useSession();
  const [status, setStatus] = useState<Status>('idle');

  if (!user) return null;

  async function handleAccept() {
    setStatus('saving');
    try {
      await subscribeToNewsletter({ email: user!.email, source: 'popup-10-percent' });
      track('newsletter_popup_accept');
      onClose();
    } catch {
      setStatus('error');
    }
  }

  function handleDecline() {
    track('newsletter_popup_decline');
    localStorage.setItem('nl-popup-dismissed-at', String(Date.now()));
    onClose();
  }

  return (
    <div className={styles.backdrop}>
      <div role="dialog" aria-modal="true" aria-labelledby="nl-popup-title" className={styles.popup}>
        <button type="button" className={styles.close} aria-label={t('popup.close')} onClick={onClose}>
          ×
        </button>
        <h2 id="nl-popup-title" className={styles.title}>
          {t('popup.title')}
        </h2>
        <p className={styles.body}>{t('popup.body', { email: user.email })}</p>
        {status === 'error' && (
          <p role="alert" className={styles.error}>
            {t('popup.error')}
          </p>
        )}
        <div className={styles.actions}>
          <button
            type="button"
            className={styles.accept}
            onClick={handleAccept}
            disabled={status === 'saving'}
          >
            {t('popup.accept')}
          </button>
          <button type="button" className={styles.decline} onClick={handleDecline}>
            {t('popup.decline')}
          </button>
        </div>
      </div>
    </div>
  );
}
