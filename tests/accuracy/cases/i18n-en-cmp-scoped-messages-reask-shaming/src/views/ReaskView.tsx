import { useIntl } from 'react-intl';
import { messages } from '../messages';
import styles from '../ConsentManager.module.css';

type ReaskViewProps = {
  onAccept: () => void;
  onDecline: () => void;
};

/** Shown once to readers who rejected advertising, after `config.reaskAfterDays`. */
export function ReaskView({ onAccept, onDecline }: ReaskViewProps) {
  const { formatMessage } = useIntl();

  return (
    <div role="dialog" aria-modal="false" aria-labelledby="nwcm-reask-title" className={styles.panel}>
      <h2 id="nwcm-reask-title" className={styles.title}>
        {formatMessage(messages.reaskTitle)}
      </h2>
      <p className={styles.body}>{formatMessage(messages.reaskBody)}</p>
      <div className={styles.actions}>
        <button type="button" className={styles.choice} onClick={onAccept}>
          {formatMessage(messages.reaskAccept)}
        </button>
        <button type="button" className={styles.choice} onClick={onDecline}>
          {formatMessage(messages.reaskDecline)}
        </button>
      </div>
    </div>
  );
}
