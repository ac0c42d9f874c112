import { useEffect, useState } from 'react';
import styles from './ConsentWall.module.css';
import { cmp } from '@/lib/cmp';
import { useSubscriber } from '@/hooks/useSubscriber';

export function ConsentWall() {
  const { isPurSubscriber, loading } = useSubscriber();
  const [needsDecision, setNeedsDecision] = useState(false);
  const [vendorCount, setVendorCount] = useState<number | null>(null);

  useEffect(() => {
    cmp.hasValidConsent().then((valid) => setNeedsDecision(!valid));
    cmp.getVendorCount().then(setVendorCount);
  }, []);

  if (loading || isPurSubscriber || !needsDecision) return null;

  const acceptAll = async () => {
    await cmp.acceptAll();
    setNeedsDecision(false);
  };

  return (
    <div className={styles.backdrop}>
      <div className={styles.wall} role="dialog" aria-modal="true" aria-labelledby="wall-title">
        <img className={styles.logo} src="/static/rheinblick-logo.svg" alt="Rheinblick" />
        <p id="wall-title" className={styles.lead}>
          Rheinblick finanziert seinen Journalismus mit Werbung und Abonnements. Wie möchten Sie weiterlesen?
        </p>

        <div className={styles.options}>
          <div className={styles.option}>
            <h2 className={styles.optionTitle}>Mit Werbung lesen</h2>
            <button type="button" className={styles.cta} onClick={acceptAll}>
              Alle akzeptieren und weiter
            </button>
          </div>
          <div className={styles.option}>
            <h2 className={styles.optionTitle}>Werbefrei lesen</h2>
            <a className={styles.cta} href="/abo/pur?ref=consent-wall">
              PUR-Abo für 2,99 € im Monat
            </a>
          </div>
        </div>

        <p className={styles.legal}>
          Mit „Alle akzeptieren und weiter“ willigen Sie ein, dass wir und unsere {vendorCount ?? 'über 200'} Partner
          Informationen auf Ihrem Gerät speichern und abrufen und Ihre personenbezogenen Daten, etwa IP-Adresse und
          Nutzungsverhalten, für personalisierte Werbung, Werbemessung und das Erstellen von Nutzerprofilen verarbeiten.
          Einige Partner verarbeiten Daten auch in den USA, wo kein gleichwertiges Datenschutzniveau besteht. Ihre
          Einwilligung können Sie jederzeit über „Datenschutz-Einstellungen“ im Seitenfuß widerrufen.
        </p>

        <div className={styles.links}>
          <button type="button" className={styles.linkButton} onClick={() => cmp.showVendorList()}>
            Partnerliste
          </button>
          <button type="button" className={styles.linkButton} onClick={() => cmp.showPurposes()}>
            Einstellungen
          </button>
          <a href="/datenschutz">Datenschutzerklärung</a>
        </div>
      </div>
    </div>
  );
}
