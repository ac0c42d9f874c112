import { Trans, useTranslation } from 'react-i18next';
import { useConsentStore } from './consentStore';
import styles from './CookieBanner.module.css';

export function CookieBanner() {
  const { t } = useTranslation('consent');
  const hasDecided = useConsentStore((s) => s.hasDecided);
  const acceptAll = useConsentStore((s) => s.acceptAll);
  const rejectAll = useConsentStore((s) => s.rejectAll);
  const openPreferences = useConsentStore((s) => s.openPreferences);

  if (hasDecided) return null;

  return (
    <aside className={styles.banner} aria-label={t('banner.label')}>
      <p className={styles.text}>
        <Trans
          i18nKey="banner.body"
          t={t}
          components={{ policy: <a href="/politica-de-cookies" className={styles.inlineLink} /> }}
        />
      </p>
      <div className={styles.actions}>
        <button type="button" className={styles.accept} onClick={acceptAll}>
          {t('banner.accept')}
        </button>
        <button type="button" className={styles.manage} onClick={openPreferences}>
          {t('banner.manage')}
        </button>
        <button type="button" className={styles.reject} onClick={rejectAll}>
          {t('banner.reject')}
        </button>
      </div>
    </aside>
  );
}
