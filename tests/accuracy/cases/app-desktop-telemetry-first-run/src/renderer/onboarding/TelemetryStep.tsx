import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import styles from './TelemetryStep.module.css';

type Props = {
  onNext: (choice: { usageStats: boolean; crashReports: boolean }) => void;
};

export function TelemetryStep({ onNext }: Props) {
  const intl = useIntl();
  const [crashReports, setCrashReports] = useState(false);

  const choose = (usageStats: boolean) => {
    window.quillmark.settings.set('telemetry', { usageStats, crashReports, askedInVersion: window.quillmark.version });
    onNext({ usageStats, crashReports });
  };

  return (
    <section className={styles.step} aria-labelledby="telemetry-heading">
      <h1 id="telemetry-heading" className={styles.heading}>
        <FormattedMessage id="onboarding.telemetry.heading" defaultMessage="Help improve Quillmark?" />
      </h1>
      <p className={styles.body}>
        <FormattedMessage
          id="onboarding.telemetry.body"
          defaultMessage="Quillmark is built by volunteers. If you agree, the app sends an anonymous usage report once a day. It contains:"
        />
      </p>
      <ul className={styles.list}>
        <li>
          <FormattedMessage id="onboarding.telemetry.item.version" defaultMessage="app version, operating system and language" />
        </li>
        <li>
          <FormattedMessage id="onboarding.telemetry.item.features" defaultMessage="which menu commands and plugins you use, as counts" />
        </li>
        <li>
          <FormattedMessage
            id="onboarding.telemetry.item.never"
            defaultMessage="never your notes, file names or anything you type"
          />
        </li>
      </ul>

      <label className={styles.crash}>
        <input type="checkbox" checked={crashReports} onChange={(event) => setCrashReports(event.target.checked)} />
        <FormattedMessage id="onboarding.telemetry.crash" defaultMessage="Also send crash reports when Quillmark quits unexpectedly" />
      </label>

      <div className={styles.actions}>
        <button type="button" className={styles.choice} onClick={() => choose(true)}>
          <FormattedMessage id="onboarding.telemetry.share" defaultMessage="Share usage data" />
        </button>
        <button type="button" className={styles.choice} onClick={() => choose(false)}>
          <FormattedMessage id="onboarding.telemetry.dontShare" defaultMessage="Don't share" />
        </button>
      </div>

      <p className={styles.footnote}>
        <FormattedMessage
          id="onboarding.telemetry.footnote"
          defaultMessage="You can change this any time in Preferences → Privacy. {link}"
          values={{
            link: (
              <a href="https://quillmark.app/docs/telemetry" target="_blank" rel="noreferrer">
                {intl.formatMessage({ id: 'onboarding.telemetry.schema', defaultMessage: 'See the report format' })}
              </a>
            ),
          }}
        />
      </p>
    </section>
  );
}
