import type { CookieConsentConfig } from 'vanilla-cookieconsent';
import { loadGoogleAnalytics, removeGoogleAnalytics } from '../lib/analytics';
import { loadGoogleAdsTag } from '../lib/google-ads';

const GA_MEASUREMENT_ID = import.meta.env.VITE_GA_MEASUREMENT_ID as string;

export const cookieConsentConfig: CookieConsentConfig = {
  guiOptions: {
    consentModal: {
      layout: 'box inline',
      position: 'bottom left',
      equalWeightButtons: true,
    },
    preferencesModal: {
      layout: 'box',
      equalWeightButtons: true,
    },
  },

  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {
      enabled: false,
      autoClear: {
        cookies: [{ name: /^_ga/ }, { name: '_gid' }],
      },
      services: {
        ga4: {
          label: 'Google Analytics 4',
          onAccept: () => loadGoogleAnalytics(GA_MEASUREMENT_ID),
          onReject: () => removeGoogleAnalytics(),
        },
      },
    },
    marketing: {
      autoClear: {
        cookies: [{ name: /^_gcl/ }],
      },
      services: {
        googleAds: {
          label: 'Google Ads Conversion-Tracking',
          onAccept: () => loadGoogleAdsTag(),
        },
      },
    },
  },

  language: {
    default: 'de',
    translations: {
      de: {
        consentModal: {
          title: 'Cookies bei der Kaffeerösterei Hansen',
          description:
            'Mit Ihrer Einwilligung nutzen wir Cookies, um die Nutzung unseres Shops mit Google Analytics auszuwerten und den Erfolg unserer Anzeigen bei Google Ads zu messen. Details finden Sie in unserer <a href="/datenschutz">Datenschutzerklärung</a>.',
          acceptAllBtn: 'Alle akzeptieren',
          acceptNecessaryBtn: 'Alle ablehnen',
          showPreferencesBtn: 'Einstellungen verwalten',
          footer: '<a href="/impressum">Impressum</a>\n<a href="/datenschutz">Datenschutz</a>',
        },
        preferencesModal: {
          title: 'Cookie-Einstellungen',
          acceptAllBtn: 'Alle akzeptieren',
          acceptNecessaryBtn: 'Alle ablehnen',
          savePreferencesBtn: 'Auswahl speichern',
          closeIconLabel: 'Schließen',
          serviceCounterLabel: 'Dienst|Dienste',
          sections: [
            {
              title: 'Ihre Datenschutz-Einstellungen',
              description:
                'Hier entscheiden Sie, welche Cookies wir setzen dürfen. Ihre Auswahl können Sie jederzeit über den Link „Cookie-Einstellungen“ im Seitenfuß ändern.',
            },
            {
              title: 'Technisch notwendige Cookies',
              description: 'Für Warenkorb, Kasse und Anmeldung erforderlich. Diese Cookies können nicht deaktiviert werden.',
              linkedCategory: 'necessary',
            },
            {
              title: 'Statistik-Cookies',
              description: 'Helfen uns zu verstehen, welche Seiten und Kaffees besucht werden (Google Analytics, IP-Adressen gekürzt).',
              linkedCategory: 'analytics',
            },
            {
              title: 'Marketing-Cookies',
              description: 'Messen, ob jemand nach einem Klick auf eine unserer Google-Anzeigen bei uns bestellt.',
              linkedCategory: 'marketing',
            },
            {
              title: 'Weitere Informationen',
              description:
                'Fragen zu Cookies und Ihrer Auswahl? <a href="/kontakt">Schreiben Sie unserem Datenschutzteam</a>.',
            },
          ],
        },
      },
    },
  },
};
