import { useEffect, useState } from 'react';
import { COPY } from '@/constants/copy';
import { loadAdScripts } from '@/lib/ads';
import { getStoredConsent, storeConsent } from '@/lib/consent';
import { CookiePreferencesModal } from './CookiePreferencesModal';
import './CookieBanner.scss';

const copy = COPY.cookieBanner;

export function CookieBanner() {
  const [open, setOpen] = useState(false);
  const [preferencesOpen, setPreferencesOpen] = useState(false);

  useEffect(() => {
    const stored = getStoredConsent();
    if (!stored) {
      setOpen(true);
    } else if (stored.advertising) {
      loadAdScripts();
    }
  }, []);

  function decide(all: boolean) {
    storeConsent({ audience: all, personalisation: all, advertising: all });
    if (all) loadAdScripts();
    setOpen(false);
  }

  if (!open) return null;

  return (
    <>
      <div className="cookie-banner" role="dialog" aria-labelledby="cookie-banner-title">
        <p id="cookie-banner-title" className="cookie-banner__title">
          {copy.title}
        </p>
        <p className="cookie-banner__text">
          {copy.text} <a href="/cookies">{copy.policyLink}</a>
        </p>
        <div className="cookie-banner__actions">
          <button type="button" className="cookie-banner__btn cookie-banner__btn--reject" onClick={() => decide(false)}>
            {copy.rejectAll}
          </button>
          <button
            type="button"
            className="cookie-banner__btn cookie-banner__btn--settings"
            onClick={() => setPreferencesOpen(true)}
          >
            {copy.customize}
          </button>
          <button type="button" className="cookie-banner__btn cookie-banner__btn--accept" onClick={() => decide(true)}>
            {copy.acceptAll}
          </button>
        </div>
      </div>
      {preferencesOpen && (
        <CookiePreferencesModal
          onClose={() => setPreferencesOpen(false)}
          onSaved={() => {
            setPreferencesOpen(false);
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
