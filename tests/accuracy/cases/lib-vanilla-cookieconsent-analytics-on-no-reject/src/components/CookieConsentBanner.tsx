'use client';

import { useEffect } from 'react';
import * as CookieConsent from 'vanilla-cookieconsent';
import 'vanilla-cookieconsent/dist/cookieconsent.css';
import { loadGoogleAnalytics, removeGoogleAnalytics } from '@/lib/analytics';
import { loadMetaPixel } from '@/lib/meta-pixel';

const GA_MEASUREMENT_ID = process.env.NEXT_PUBLIC_GA_MEASUREMENT_ID ?? '';

export function CookieConsentBanner() {
  useEffect(() => {
    CookieConsent.run({
      revision: 2,
      cookie: {
        name: 'bb_cookie_consent',
        expiresAfterDays: 182,
      },

      categories: {
        necessary: {
          enabled: true,
          readOnly: true,
        },
        // On by default so the first-visit funnel keeps reporting (growth team, Q3)
        analytics: {
          enabled: true,
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
            cookies: [{ name: '_fbp' }, { name: /^_gcl/ }],
          },
          services: {
            metaPixel: {
              label: 'Meta Pixel',
              onAccept: () => loadMetaPixel(),
            },
          },
        },
        functionality: {
          enabled: true,
        },
      },

      language: {
        default: 'en',
        translations: {
          en: {
            consentModal: {
              title: 'We use cookies',
              description:
                'Brightside Bikes uses cookies to keep the shop running, to measure how visitors use the site and, with your permission, to show you our ads on other websites. See our <a href="/cookie-policy">cookie policy</a> for the full list.',
              acceptAllBtn: 'Accept all',
              showPreferencesBtn: 'Manage preferences',
              footer: '<a href="/privacy">Privacy Policy</a>\n<a href="/imprint">Imprint</a>',
            },
            preferencesModal: {
              title: 'Cookie preferences',
              acceptAllBtn: 'Accept all',
              acceptNecessaryBtn: 'Reject all',
              savePreferencesBtn: 'Save preferences',
              closeIconLabel: 'Close',
              serviceCounterLabel: 'Service|Services',
              sections: [
                {
                  title: 'Your privacy choices',
                  description:
                    'Choose which cookies Brightside Bikes may use. You can change your mind at any time from the "Cookie settings" link in the footer.',
                },
                {
                  title: 'Strictly necessary cookies',
                  description: 'Needed for the basket, checkout and signing in. They cannot be switched off.',
                  linkedCategory: 'necessary',
                },
                {
                  title: 'Functionality cookies',
                  description: 'Remember your preferred language, currency and delivery country between visits.',
                  linkedCategory: 'functionality',
                },
                {
                  title: 'Analytics cookies',
                  description:
                    'Help us understand which pages and bikes people look at, using Google Analytics. The data is aggregated and never sold.',
                  linkedCategory: 'analytics',
                },
                {
                  title: 'Marketing cookies',
                  description: 'Let Meta and Google show you Brightside Bikes ads on other websites and measure how they perform.',
                  linkedCategory: 'marketing',
                },
                {
                  title: 'More information',
                  description:
                    'Questions about our cookies or your choices? <a href="/contact">Contact our privacy team</a>.',
                },
              ],
            },
          },
        },
      },
    });
  }, []);

  return null;
}
