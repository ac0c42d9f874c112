import { useEffect } from 'react';
import * as CookieConsent from 'vanilla-cookieconsent';
import 'vanilla-cookieconsent/dist/cookieconsent.css';
import { cookieConsentConfig } from '../consent/cookieconsent-config';

export function CookieConsentBanner() {
  useEffect(() => {
    void CookieConsent.run(cookieConsentConfig);
  }, []);

  return null;
}

export function CookieSettingsLink() {
  return (
    <button type="button" className="footer__link" onClick={() => CookieConsent.showPreferences()}>
      Cookie-Einstellungen
    </button>
  );
}
