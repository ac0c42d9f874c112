import { useIntl } from 'react-intl';
import { messages } from '../messages';
import styles from '../ConsentManager.module.css';

type BannerViewProps = {
  partnerCount: number;
  privacyPolicyUrl: string;
  onAcceptAll: () => void;
  onRejectAll: () => void;
  onManageOptions: () => void;
};

export function BannerView({ partnerCount, privacyPolicyUrl, onAcceptAll, onRejectAll, onManageOptions }: BannerViewProps) {
  const { formatMessage } = useIntl();

  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby="nwcm-banner-title"
      aria-describedby="nwcm-banner-body"
      className={styles.panel}
    >
      <h2 id="nwcm-banner-title" className={styles.title}>
        {formatMessage(messages.title)}
      </h2>
      <p id="nwcm-banner-body" className={styles.body}>
        {formatMessage(messages.body, { partnerCount })}
      </p>
      <div className={styles.actions}>
        <button type="button" className={styles.choice} onClick={onAcceptAll}>
          {formatMessage(messages.acceptAll)}
        </button>
        <button type="button" className={styles.choice} onClick={onRejectAll}>
          {formatMessage(messages.rejectAll)}
        </button>
      </div>
      <div className={styles.secondary}>
        <button type="button" className={styles.linkButton} onClick={onManageOptions}>
          {formatMessage(messages.manageOptions)}
        </button>
        <a href={privacyPolicyUrl} target="_blank" rel="noopener" className={styles.link}>
          {formatMessage(messages.privacyPolicy)}
        </a>
      </div>
    </div>
  );
}
