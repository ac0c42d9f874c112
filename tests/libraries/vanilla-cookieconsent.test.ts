/**
 * vanilla-cookieconsent (v3): the library draws its consent and preferences modals from the configuration given to
 * `run()`, so what people see is in that object, not in JSX. The modals are built as the library builds them and
 * styled by its default theme, under the project's own overrides. Configurations as the library's docs and real
 * projects write them: in a React effect, in a `.ts` module of their own, returned by a `getConfig()`. Through
 * ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('vanilla-cookieconsent');

const PACKAGE = JSON.stringify({ name: 'storefront', private: true, dependencies: { react: '19.0.0', 'vanilla-cookieconsent': '3.1.0' } });

interface Options {
  equalWeightButtons?: boolean;
  analyticsEnabled?: boolean;
  reject?: boolean;
  /** The texts fetched at run time, from a JSON file the library loads. */
  remoteTexts?: boolean;
}

/** The categories and texts of the docs' getting-started example, with the options a team changes. */
const config = ({ equalWeightButtons, analyticsEnabled = false, reject = true, remoteTexts = false }: Options = {}) => `{
  guiOptions: {
    consentModal: {
      layout: 'box inline',
      position: 'bottom left',${equalWeightButtons === undefined ? '' : `\n      equalWeightButtons: ${equalWeightButtons},`}
    },
  },
  categories: {
    necessary: {
      enabled: true,
      readOnly: true,
    },
    analytics: {
      enabled: ${analyticsEnabled},
      autoClear: { cookies: [{ name: /^_ga/ }, { name: '_gid' }] },
    },
    ads: {},
  },
  language: {
    default: 'en',
    translations: {${remoteTexts ? "\n      en: '/assets/cookieconsent/en.json'," : ''}
      ${remoteTexts ? 'de' : 'en'}: {
        consentModal: {
          title: 'We use cookies',
          description: 'We use cookies to measure how the shop is used and to show you relevant ads. <a href="/cookies">Cookie policy</a>',
          acceptAllBtn: 'Accept all',${reject ? "\n          acceptNecessaryBtn: 'Reject all'," : ''}
          showPreferencesBtn: 'Manage individual preferences',
        },
        preferencesModal: {
          title: 'Manage cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Accept current selection',
          closeIconLabel: 'Close modal',
          sections: [
            { title: 'Somebody said ... cookies?', description: 'We use cookies to run the shop and, with your permission, to measure it.' },
            { title: 'Strictly Necessary cookies', description: 'These cookies are essential for the proper functioning of the website and cannot be disabled.', linkedCategory: 'necessary' },
            { title: 'Performance and Analytics', description: 'These cookies collect information about how you use our website.', linkedCategory: 'analytics' },
            { title: 'Targeting and Advertising', description: 'These cookies are used to show you ads that are relevant to you.', linkedCategory: 'ads' },
          ],
        },
      },
    },
  },
}`;

const BANNER = (options?: Options, extraImport = '') => `'use client';

import { useEffect } from 'react';
import * as CookieConsent from 'vanilla-cookieconsent';
import 'vanilla-cookieconsent/dist/cookieconsent.css';${extraImport}

export default function CookieConsentComponent() {
  useEffect(() => {
    CookieConsent.run(${config(options).replace(/\n/g, '\n    ')});
  }, []);

  return <a href="#" data-cc="show-preferencesModal">Cookie settings</a>;
}
`;

/** The line of the first occurrence of `text` in `source` after `after` (1-based). */
const lineOf = (source: string, text: string, after = ''): number => source.slice(0, source.indexOf(text, source.indexOf(after))).split('\n').length;

describe('vanilla-cookieconsent', () => {
  it("a category that is `enabled` has its toggle on in the preferences modal before anyone chooses: reported at that option", async () => {
    const source = BANNER({ analyticsEnabled: true });
    const result = await both({ 'package.json': PACKAGE, 'src/components/CookieConsent.tsx': source }, 'src/components/CookieConsent.tsx');
    expect(result.checker).toEqual([`no-preselected-consent preselected ${lineOf(source, 'enabled: true', 'analytics: {')}:20`]);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: the docs\' configuration, with the reject beside the accept and every optional category off, is clean', async () => {
    const result = await both({ 'package.json': PACKAGE, 'src/components/CookieConsent.tsx': BANNER() }, 'src/components/CookieConsent.tsx');
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: `equalWeightButtons: false` draws the reject in the theme\'s secondary colours, still a filled button of the same size', async () => {
    const result = await both({ 'package.json': PACKAGE, 'src/components/CookieConsent.tsx': BANNER({ equalWeightButtons: false }) }, 'src/components/CookieConsent.tsx');
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('a consent modal with "Accept all" and no "Reject all" offers no decline on its first layer', async () => {
    const source = BANNER({ reject: false });
    const result = await both({ 'package.json': PACKAGE, 'src/components/CookieConsent.tsx': source }, 'src/components/CookieConsent.tsx');
    expect(result.checker).toEqual([`require-decline-option missingDecline ${lineOf(source, 'consentModal: {', 'translations')}:27`]);
    expect(result.eslint).toEqual(result.checker);
  });

  it("the project's overrides restyle the library's buttons: a secondary reject turned into faint small text is drawn weaker", async () => {
    const overrides = `#cc-main {
  --cc-btn-primary-bg: #111827;
}

#cc-main .cm__btn--secondary {
  background: transparent;
  border-color: transparent;
  color: #9aa0a6;
  font-size: 0.7em;
  font-weight: 400;
}
`;
    const source = BANNER({ equalWeightButtons: false }, "\nimport './cookieconsent-overrides.css';");
    const result = await both({ 'package.json': PACKAGE, 'src/components/CookieConsent.tsx': source, 'src/components/cookieconsent-overrides.css': overrides }, 'src/components/CookieConsent.tsx', ['no-unbalanced-choices']);
    expect(result.checker).toEqual([`no-unbalanced-choices weakerDecline ${lineOf(source, "acceptNecessaryBtn: 'Reject all'")}:35`]);
    expect(result.eslint).toEqual(result.checker);
  });

  it('a configuration in a module of its own, returned by getConfig(), is read there; findings point at the run() call', async () => {
    const module = `import type { CookieConsentConfig } from 'vanilla-cookieconsent';

export const getConfig = () => {
  const config: CookieConsentConfig = ${config({ analyticsEnabled: true })};

  return config;
};
`;
    const banner = `import { useEffect } from 'react';
import * as CookieConsent from 'vanilla-cookieconsent';
import 'vanilla-cookieconsent/dist/cookieconsent.css';
import { getConfig } from './Config';

export function CookieConsentBanner() {
  useEffect(() => {
    CookieConsent.run(getConfig());
  }, []);

  return <div id="cookieconsent"></div>;
}
`;
    const files = { 'package.json': PACKAGE, 'src/cookie-consent/Config.ts': module, 'src/cookie-consent/Banner.tsx': banner };
    const result = await both(files, 'src/cookie-consent/Banner.tsx');
    expect(result.checker).toEqual(['no-preselected-consent preselected 8:5']);
    expect(result.eslint).toEqual(result.checker);
    // The module that only holds the configuration draws nothing itself.
    expect(await both(files, 'src/cookie-consent/Config.ts')).toEqual({ eslint: [], checker: [] });
  });

  it('`run` imported by name, from a component with no JSX of its own, is read too', async () => {
    const source = `import { useEffect } from 'react';
import { run } from 'vanilla-cookieconsent';

export function CookieBanner(): null {
  useEffect(() => {
    void run(${config({ reject: false }).replace(/\n/g, '\n    ')});
  }, []);
  return null;
}
`.replace("description: 'We use cookies to measure how the shop is used and to show you relevant ads. <a href=\"/cookies\">Cookie policy</a>'", "description: 'We use cookies to measure how the shop is used and to show you relevant ads.'");
    expect(source).not.toContain('<');
    const result = await both({ 'package.json': PACKAGE, 'src/CookieBanner.ts': source }, 'src/CookieBanner.ts');
    expect(result.checker).toEqual([`require-decline-option missingDecline ${lineOf(source, 'consentModal: {', 'translations')}:27`]);
    expect(result.eslint).toEqual(result.checker);
  });

  it('texts loaded at run time (a translation file by URL) draw nothing: no finding is guessed', async () => {
    const source = BANNER({ reject: false, remoteTexts: true });
    const result = await both({ 'package.json': PACKAGE, 'src/components/CookieConsent.tsx': source }, 'src/components/CookieConsent.tsx');
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});
