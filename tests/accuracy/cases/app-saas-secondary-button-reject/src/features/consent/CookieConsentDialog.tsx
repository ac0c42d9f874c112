import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components';
import { readConsentCookie, writeConsentCookie, type ConsentChoice } from './consentCookie';
import { loadMarketingTags } from '@/lib/tags';
import './CookieConsentDialog.css';

type Props = {
  onOpenSettings: () => void;
};

export function CookieConsentDialog({ onOpenSettings }: Props) {
  const { t } = useTranslation('consent');
  const [visible, setVisible] = useState(false);
  const [saving, setSaving] = useState<ConsentChoice | null>(null);

  useEffect(() => {
    setVisible(readConsentCookie() === null);
  }, []);

  async function choose(choice: ConsentChoice) {
    setSaving(choice);
    await writeConsentCookie(choice);
    if (choice === 'all') {
      loadMarketingTags();
    }
    setSaving(null);
    setVisible(false);
  }

  if (!visible) return null;

  return (
    <div className="consent-dialog" role="dialog" aria-modal="false" aria-labelledby="consent-dialog-title">
      <h2 id="consent-dialog-title" className="consent-dialog__title">
        Cookies on Tallyboard
      </h2>
      <p className="consent-dialog__body">
        We use essential cookies to keep you signed in. With your consent we also use analytics cookies to see how
        features are used, and advertising cookies from LinkedIn and Google to measure our campaigns.
      </p>
      <div className="consent-dialog__actions">
        <Button loading={saving === 'all'} onClick={() => choose('all')}>
          Accept all cookies
        </Button>
        <Button variant="secondary" loading={saving === 'essential'} onClick={() => choose('essential')}>
          Reject all
        </Button>
        <Button variant="secondary" onClick={onOpenSettings}>
          {t('settingsLink', 'Cookie settings')}
        </Button>
      </div>
    </div>
  );
}
