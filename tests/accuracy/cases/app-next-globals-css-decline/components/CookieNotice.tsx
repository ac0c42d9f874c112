'use client';

import { useEffect, useState } from 'react';
import Cookies from 'js-cookie';
import { grantAdStorage, denyAdStorage } from '@/lib/gtag';

const CONSENT_COOKIE = 'sbx_consent';

export function CookieNotice() {
  const [show, setShow] = useState(false);

  useEffect(() => {
    setShow(!Cookies.get(CONSENT_COOKIE));
  }, []);

  function remember(value: 'granted' | 'denied') {
    Cookies.set(CONSENT_COOKIE, value, { expires: 180, sameSite: 'lax' });
    if (value === 'granted') {
      grantAdStorage();
    } else {
      denyAdStorage();
    }
    setShow(false);
  }

  if (!show) return null;

  return (
    <div className="cookie-notice" role="dialog" aria-live="polite" aria-label="Cookie consent">
      <p>
        Saltbox is free because of ads. We and our ad partners use cookies to personalise the ads you see and to
        measure how our recipes perform. Find out more in our <a href="/cookies">cookie policy</a>.
      </p>
      <div className="consent-actions">
        <button type="button" className="consent-accept" onClick={() => remember('granted')}>
          Accept
        </button>
        <button type="button" className="consent-decline" onClick={() => remember('denied')}>
          Decline
        </button>
      </div>
    </div>
  );
}
