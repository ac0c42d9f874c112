/**
 * react-cookie-consent: the banner itself. Its accept and decline buttons are drawn by the library from props
 * (`buttonText`, `enableDeclineButton`, `declineButtonText`) and added to the model by src/model/cookie-consent.ts,
 * with the library's default styles (github.com/Mastermindzh/react-cookie-consent, src/CookieConsent.tsx).
 */
import type { LibraryModule } from './types.js';

export const reactCookieConsent: LibraryModule = {
  id: 'react-cookie-consent',
  matches: (source) => (source === 'react-cookie-consent' ? { component: 'CookieConsent' } : undefined),
  components: {
    // A <div> whose style the model takes from the library's defaults and the props (`style`, `buttonStyle`).
    CookieConsent: { semantic: 'dialog', renders: 'div', style: {} },
  },
};
