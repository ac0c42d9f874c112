import { useEffect, useState } from 'preact/hooks';
import { useCmpConfig } from './config/useCmpConfig';
import { consentStore, type StoredDecision } from './store/consentStore';
import { emit, openPreferences } from './bridge';
import { daysSince } from './util/time';
import { BannerView } from './views/BannerView';
import { ReaskView } from './views/ReaskView';
import styles from './ConsentManager.module.css';

type View = 'banner' | 'reask' | null;

function viewFor(decision: StoredDecision | null, reaskAfterDays: number | null): View {
  if (!decision) return 'banner';
  if (reaskAfterDays !== null && decision.outcome === 'rejected' && !decision.reasked) {
    return daysSince(decision.decidedAt) >= reaskAfterDays ? 'reask' : null;
  }
  return null;
}

export function ConsentManager({ siteId }: { siteId: string }) {
  const { config, loading, error } = useCmpConfig(siteId);
  const [view, setView] = useState<View>(null);

  useEffect(() => {
    if (!config) return;
    setView(viewFor(consentStore.read(), config.reaskAfterDays));
  }, [config]);

  if (loading || error || !config || view === null) return null;

  const decide = (outcome: 'accepted' | 'rejected') => {
    consentStore.write({
      outcome,
      decidedAt: Date.now(),
      vendorListVersion: config.vendorListVersion,
      reasked: view === 'reask',
    });
    emit('consent', { outcome, source: view });
    setView(null);
  };

  return (
    <div className={styles.root} data-nwcm-view={view}>
      {view === 'banner' ? (
        <BannerView
          partnerCount={config.vendors.length}
          privacyPolicyUrl={config.privacyPolicyUrl}
          onAcceptAll={() => decide('accepted')}
          onRejectAll={() => decide('rejected')}
          onManageOptions={() => openPreferences()}
        />
      ) : (
        <ReaskView onAccept={() => decide('accepted')} onDecline={() => decide('rejected')} />
      )}
    </div>
  );
}
