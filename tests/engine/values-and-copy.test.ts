/**
 * Values and copy the way the page renders them, across files, through the checker (a project on disk) and ESLint
 * (each file linted on its own, reading what it imports from disk): constants and lists in modules reached through
 * barrels and tsconfig paths, react-i18next / next-intl / FormatJS copy from the project's message files, a
 * zustand store module, a wizard passing state down, react-hook-form and Formik defaults. Each has a near-miss from
 * ordinary app code that stays clean.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import { presetRules } from '../../src/catalog/index.js';
import { analyseProject } from '../../src/engine/project.js';
import { resolveSettings, type HonestUiSettings } from '../../src/settings/settings.js';
import { fixturesDir } from '../helpers/fixture-manifests.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('values');

async function check(dir: string, settings?: HonestUiSettings): Promise<string[]> {
  const results = await analyseProject({ cwd: dir, paths: ['.'], settings: resolveSettings(settings), rules: presetRules('strict'), jobs: 1 });
  return results.flatMap((r) => r.messages.map((m) => `${path.relative(dir, r.filePath)}:${m.line} ${m.ruleId}`)).sort();
}

async function messages(dir: string, settings?: HonestUiSettings): Promise<string[]> {
  const results = await analyseProject({ cwd: dir, paths: ['.'], settings: resolveSettings(settings), rules: presetRules('strict'), jobs: 1 });
  return results.flatMap((r) => r.messages.map((m) => m.message));
}

function lint(dir: string, file: string, files: Record<string, string>, settings?: HonestUiSettings): string[] {
  const linter = new Linter({ cwd: dir });
  const config = [
    { plugins: { 'honest-ui': plugin }, rules: plugin.configs.strict.rules, ...(settings ? { settings: { 'honest-ui': settings } } : {}) },
    { files: ['**/*.tsx', '**/*.ts'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  ] as Linter.Config[];
  return linter.verify(files[file] as string, config, { filename: path.join(dir, file) }).map((m) => `${file}:${m.line} ${m.ruleId}`);
}

const PACKAGE = (dependencies: Record<string, string>) => JSON.stringify({ name: 'shop', private: true, dependencies });

describe('constants and lists in other modules', () => {
  const files = {
    'package.json': PACKAGE({ react: '^18.3.1' }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
    'src/consent/copy.ts': `export const COOKIE_COPY = {
  title: 'Your privacy',
  body: 'We use cookies to personalise ads and measure traffic.',
  accept: \`Accept all cookies\`,
} as const;
`,
    'src/consent/purposes.ts': `export type Purpose = { id: string; label: string; defaultOn: boolean };

export const PURPOSES: Purpose[] = [
  { id: 'analytics', label: 'Analytics cookies', defaultOn: false },
  { id: 'ads', label: 'Personalised advertising', defaultOn: true },
];
`,
    'src/consent/index.ts': `export * from './copy';
export { PURPOSES } from './purposes';
`,
    'src/consent/CookieBanner.tsx': `import { COOKIE_COPY } from '@/consent';
import { acceptAll } from '@/lib/consent-api';

export function CookieBanner() {
  return (
    <div role="dialog" aria-label={COOKIE_COPY.title}>
      <p>{COOKIE_COPY.body}</p>
      <button onClick={acceptAll}>{COOKIE_COPY.accept}</button>
    </div>
  );
}
`,
    'src/consent/PurposeList.tsx': `import { PURPOSES } from '@/consent';
import { Toggle } from '@/components/ui/toggle';

export function PurposeList({ onChange }: { onChange: (id: string, on: boolean) => void }) {
  return (
    <fieldset>
      <legend>Cookie preferences</legend>
      {PURPOSES.map((purpose) => (
        <label key={purpose.id} className="flex items-center gap-2">
          <input type="checkbox" defaultChecked={purpose.defaultOn} onChange={(e) => onChange(purpose.id, e.target.checked)} />
          {purpose.label}
        </label>
      ))}
    </fieldset>
  );
}
`,
  };

  it('reads copy through a barrel and a tsconfig alias, and renders an imported list per item', async () => {
    const dir = project(files);
    expect(await check(dir)).toEqual(['src/consent/CookieBanner.tsx:6 honest-ui/require-decline-option', 'src/consent/PurposeList.tsx:10 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/consent/CookieBanner.tsx', files)).toEqual(['src/consent/CookieBanner.tsx:6 honest-ui/require-decline-option']);
    expect(lint(dir, 'src/consent/PurposeList.tsx', files)).toEqual(['src/consent/PurposeList.tsx:10 honest-ui/no-preselected-consent']);
    // The unticked analytics box is not reported; the ticked one names its label.
    expect((await messages(dir)).find((m) => m.includes('Personalised advertising'))).toBeDefined();
    expect((await messages(dir)).find((m) => m.includes('Analytics cookies'))).toBeUndefined();
  });

  it('reports two pre-ticked items of one list once, at the line to fix', async () => {
    const purposes = files['src/consent/purposes.ts'].replace("{ id: 'analytics', label: 'Analytics cookies', defaultOn: false }", "{ id: 'analytics', label: 'Analytics cookies', defaultOn: true }");
    const dir = project({ ...files, 'src/consent/purposes.ts': purposes });
    expect(await check(dir)).toEqual(['src/consent/CookieBanner.tsx:6 honest-ui/require-decline-option', 'src/consent/PurposeList.tsx:10 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/consent/PurposeList.tsx', { ...files, 'src/consent/purposes.ts': purposes })).toEqual(['src/consent/PurposeList.tsx:10 honest-ui/no-preselected-consent']);
  });

  it('stays clean when the list starts unticked', async () => {
    const dir = project({ ...files, 'src/consent/purposes.ts': files['src/consent/purposes.ts'].replace('defaultOn: true', 'defaultOn: false') });
    expect(await check(dir)).toEqual(['src/consent/CookieBanner.tsx:6 honest-ui/require-decline-option']);
  });
});

describe('react-i18next copy from public/locales', () => {
  const files = {
    'package.json': PACKAGE({ react: '^18.3.1', i18next: '^23.11.0', 'react-i18next': '^14.1.0', 'i18next-http-backend': '^2.5.0' }),
    'src/i18n.ts': `import i18n from 'i18next';
import HttpBackend from 'i18next-http-backend';
import { initReactI18next } from 'react-i18next';

i18n.use(HttpBackend).use(initReactI18next).init({
  fallbackLng: 'en',
  ns: ['common', 'consent'],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
});

export default i18n;
`,
    'public/locales/en/consent.json': JSON.stringify({
      settings: { title: 'Privacy settings', intro: 'Choose which cookies we may use.', save: 'Save preferences', rememberDevice: 'Remember this device' },
      purposes: { analytics: 'Analytics cookies', marketing: 'Personalised advertising', partners: 'Share my data with {{count}} partners' },
    }),
    'public/locales/de/consent.json': JSON.stringify({
      settings: { title: 'Datenschutzeinstellungen', intro: 'Wählen Sie, welche Cookies wir verwenden dürfen.', save: 'Einstellungen speichern', rememberDevice: 'Dieses Gerät merken' },
      purposes: { analytics: 'Analyse-Cookies', marketing: 'Personalisierte Werbung', partners: 'Meine Daten mit {{count}} Partnern teilen' },
    }),
    'src/settings/PrivacySettings.tsx': `import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Switch } from '@/components/ui/switch';
import { savePreferences } from '@/api/preferences';

export function PrivacySettings() {
  const { t } = useTranslation('consent');
  const [prefs, setPrefs] = useState({ analytics: false, marketing: true, remember: true });
  return (
    <form onSubmit={() => savePreferences(prefs)}>
      <h2>{t('settings.title')}</h2>
      <p>{t('settings.intro')}</p>
      <label>
        <Switch checked={prefs.analytics} onCheckedChange={(analytics) => setPrefs({ ...prefs, analytics })} />
        {t('purposes.analytics')}
      </label>
      <label>
        <Switch checked={prefs.marketing} onCheckedChange={(marketing) => setPrefs({ ...prefs, marketing })} />
        {t('purposes.marketing')}
      </label>
      <label>
        <input type="checkbox" checked={prefs.remember} onChange={(e) => setPrefs({ ...prefs, remember: e.target.checked })} />
        {t('settings.rememberDevice')}
      </label>
      <button type="submit">{t('settings.save')}</button>
    </form>
  );
}
`,
  };

  it('reads the label from the namespace file and reports the switch that starts on; a harmless key stays clean', async () => {
    const dir = project(files);
    expect(await check(dir)).toEqual(['src/settings/PrivacySettings.tsx:18 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/settings/PrivacySettings.tsx', files)).toEqual(['src/settings/PrivacySettings.tsx:18 honest-ui/no-preselected-consent']);
    expect((await messages(dir))[0]).toContain('Personalised advertising');
  });

  it('reports nothing when the key is missing: unknown, not empty', async () => {
    const dir = project({ ...files, 'public/locales/en/consent.json': JSON.stringify({ settings: { title: 'Privacy settings' } }) });
    expect(await check(dir)).toEqual([]);
  });

  it('reads the locale a setting names as the default', async () => {
    const dir = project(files);
    const [message] = await messages(dir, { i18n: { defaultLocale: 'de', locales: ['de', 'en'] } });
    expect(message).toContain('Personalisierte Werbung');
  });
});

describe('next-intl App Router page with messages/en.json', () => {
  const files = {
    'package.json': PACKAGE({ next: '^14.2.3', 'next-intl': '^3.14.0', react: '^18.3.1' }),
    'src/i18n/routing.ts': `import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({ locales: ['en', 'fr'], defaultLocale: 'en' });
`,
    'messages/en.json': JSON.stringify({
      Waitlist: {
        title: 'Join the beta',
        updates: 'Send me marketing emails and partner offers',
        spots: 'Hurry, only {count} left in this cohort',
        joinNow: 'Join the beta',
        terms: 'By joining you accept our <link>terms</link>.',
      },
    }),
    'src/app/[locale]/waitlist/page.tsx': `import { getTranslations } from 'next-intl/server';
import { joinWaitlist, getCohort } from '@/lib/waitlist';

export default async function WaitlistPage({ params }: { params: { locale: string } }) {
  const t = await getTranslations('Waitlist');
  const cohort = await getCohort();
  return (
    <form action={joinWaitlist}>
      <h1>{t('title')}</h1>
      <p>{t('spots', { count: cohort.remaining })}</p>
      <input type="email" name="email" required />
      <label>
        <input type="checkbox" name="updates" defaultChecked />
        {t('updates')}
      </label>
      <p>{t.rich('terms', { link: (chunks) => <a href="/terms">{chunks}</a> })}</p>
      <button type="submit">{t('joinNow')}</button>
    </form>
  );
}
`,
  };

  it('reads the namespace and ICU plurals: a pre-ticked marketing box and a scarcity claim with a number slot', async () => {
    const dir = project(files);
    const expected = ['src/app/[locale]/waitlist/page.tsx:10 honest-ui/no-false-urgency', 'src/app/[locale]/waitlist/page.tsx:13 honest-ui/no-preselected-consent'];
    expect(await check(dir)).toEqual(expected);
    expect(lint(dir, 'src/app/[locale]/waitlist/page.tsx', files).sort()).toEqual(expected);
    expect((await messages(dir)).find((m) => m.includes('Hurry, only {cohort.remaining} left'))).toBeDefined();
  });
});

describe('next-intl rich text in a checkbox label', () => {
  const files = {
    'package.json': PACKAGE({ next: '^15.0.3', 'next-intl': '^3.25.1' }),
    'messages/en.json': JSON.stringify({
      Signup: {
        terms: 'I agree to the <terms>Terms of Service</terms> and <privacy>Privacy Policy</privacy>, and I allow Scribbly to use my notebooks to train its AI writing assistant.',
        termsOnly: 'I agree to the <terms>Terms of Service</terms> and <privacy>Privacy Policy</privacy>.',
        create: 'Create account',
      },
    }),
    'src/components/SignupForm.tsx': `'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

export function SignupForm({ action, key_ }: { action: (data: FormData) => void; key_: 'terms' | 'termsOnly' }) {
  const t = useTranslations('Signup');
  return (
    <form action={action}>
      <input type="email" name="email" required />
      <label className="flex gap-2">
        <input type="checkbox" name="acceptTerms" required />
        <span>
          {t.rich('KEY', {
            terms: (chunks) => <Link href="/legal/terms">{chunks}</Link>,
            privacy: (chunks) => <Link href="/legal/privacy">{chunks}</Link>,
          })}
        </span>
      </label>
      <button type="submit">{t('create')}</button>
    </form>
  );
}
`,
  };

  it('reads the label with its markup as one sentence: terms and AI training in one required tick is bundled', async () => {
    const bundled = { ...files, 'src/components/SignupForm.tsx': files['src/components/SignupForm.tsx'].replace('KEY', 'terms') };
    const dir = project(bundled);
    const expected = ['src/components/SignupForm.tsx:11 honest-ui/no-bundled-consent'];
    expect(await check(dir)).toEqual(expected);
    expect(lint(dir, 'src/components/SignupForm.tsx', bundled).sort()).toEqual(expected);
    // Near-miss: the two documents alone are one agreement, not a bundle.
    const termsOnly = { ...files, 'src/components/SignupForm.tsx': files['src/components/SignupForm.tsx'].replace('KEY', 'termsOnly') };
    expect(await check(project(termsOnly))).toEqual([]);
  });

  it('reads a wish to receive offers after the privacy policy as granted, in English and Dutch, not as what the policy describes', async () => {
    const withMessages = (locale: string, text: string) => ({
      'package.json': files['package.json'],
      'src/i18n/routing.ts': `import { defineRouting } from 'next-intl/routing';
export const routing = defineRouting({ locales: ['${locale}'], defaultLocale: '${locale}' });
`,
      [`messages/${locale}.json`]: JSON.stringify({ Signup: { wish: text, create: locale === 'nl' ? 'Contract afsluiten' : 'Create account' } }),
      'src/components/SignupForm.tsx': files['src/components/SignupForm.tsx'].replace('KEY', 'wish'),
    });
    const expected = ['src/components/SignupForm.tsx:11 honest-ui/no-bundled-consent'];
    const english = withMessages('en', 'I agree to the <terms>Terms of Service</terms> and the <privacy>Privacy Policy</privacy> and would like to receive offers and energy tips from Zonstroom and partners by email.');
    expect(await check(project(english))).toEqual(expected);
    expect(lint(project(english), 'src/components/SignupForm.tsx', english)).toEqual(expected);
    const dutch = withMessages('nl', 'Ik ga akkoord met de <terms>algemene voorwaarden</terms> en het <privacy>privacybeleid</privacy> en ontvang graag aanbiedingen en energietips van Zonstroom en partners per e-mail.');
    expect(await check(project(dutch))).toEqual(expected);
    // Near-miss: the policy explains how offers are chosen; nothing is asked for.
    const describes = withMessages('en', 'I agree to the <terms>Terms of Service</terms> and the <privacy>Privacy Policy</privacy>, which explains how we choose the offers you see.');
    expect(await check(project(describes))).toEqual([]);
  });
});

describe('FormatJS messages in a module', () => {
  const files = {
    'package.json': PACKAGE({ react: '^18.3.1', 'react-intl': '^6.6.8' }),
    'src/features/promo/messages.ts': `import { defineMessages } from 'react-intl';

export default defineMessages({
  title: { id: 'promo.title', defaultMessage: 'Get 15% off your first order' },
  body: { id: 'promo.body', defaultMessage: 'Sign up for our newsletter and we will email you offers and product news.' },
  accept: { id: 'promo.accept', defaultMessage: 'Claim my discount' },
  decline: { id: 'promo.decline', defaultMessage: "No thanks, I'd rather pay full price" },
});
`,
    'src/features/promo/PromoModal.tsx': `import { FormattedMessage, useIntl } from 'react-intl';
import { Dialog } from '@/components/Dialog';
import messages from './messages';

export function PromoModal({ onClose, onAccept }: { onClose: () => void; onAccept: () => void }) {
  const intl = useIntl();
  return (
    <div role="dialog" aria-modal="true">
      <h2><FormattedMessage {...messages.title} /></h2>
      <p>{intl.formatMessage(messages.body)}</p>
      <button onClick={onAccept}>{intl.formatMessage(messages.accept)}</button>
      <button onClick={onClose}>
        <FormattedMessage id="promo.decline" defaultMessage="No thanks, I'd rather pay full price" />
      </button>
    </div>
  );
}
`,
  };

  it('reads defaultMessage as the text, from defineMessages in another module and inline', async () => {
    const dir = project(files);
    expect(await check(dir)).toEqual(['src/features/promo/PromoModal.tsx:12 honest-ui/no-confirmshaming']);
    expect(lint(dir, 'src/features/promo/PromoModal.tsx', files)).toEqual(['src/features/promo/PromoModal.tsx:12 honest-ui/no-confirmshaming']);
  });

  it('reads the compiled catalog of the locale over the default message', async () => {
    const dir = project({ ...files, 'lang/en.json': JSON.stringify({ 'promo.decline': { defaultMessage: 'No thanks' } }) });
    expect(await check(dir)).toEqual([]);
  });
});

describe('FormatJS messages declared under a namespace', () => {
  // Transcend's consent manager UI (Preact): its package's defineMessages(namespace, messages) prefixes the ids.
  const files = (view: string) => ({
    'package.json': PACKAGE({ preact: '10.5.14', 'react-intl': '6.2.5', '@transcend-io/internationalization': '^2.3.0' }),
    'src/messages.ts': `import { defineMessages } from '@transcend-io/internationalization';

export const messages = defineMessages('ui.src.messages', {
  consentTitleAcceptAll: {
    defaultMessage: 'We use cookies',
    description: 'The title displayed when asking the user to accept all data processing.',
  },
  acceptAllDescription: {
    defaultMessage: 'By clicking “Accept all”, you agree to the storing of cookies on your device for functional, analytics, and advertising purposes.',
    description: 'The description displayed when asking the user to accept all data processing.',
  },
  acceptAllButtonPrimary: { defaultMessage: 'Accept all', description: 'Button text for accepting all trackers.' },
  rejectAllButtonPrimary: { defaultMessage: 'Reject all', description: 'Button text for rejecting all trackers.' },
});
`,
    'src/components/Button.tsx': `import { h, JSX } from 'preact';

export function Button({ primaryText, handleClick }: { primaryText: string; handleClick: JSX.MouseEventHandler<HTMLButtonElement> }): JSX.Element {
  return (
    <button className="button" onClick={handleClick}>
      <span className="button-base-text button-primary-text">{primaryText}</span>
    </button>
  );
}
`,
    'src/components/Banner.tsx': `import { h, JSX } from 'preact';
import { useIntl } from 'react-intl';
import { useAirgap } from '../hooks';
import { messages } from '../messages';
import { Button } from './Button';

export function Banner({ onClose }: { onClose: () => void }): JSX.Element {
  const { airgap } = useAirgap();
  const { formatMessage } = useIntl();

  return (
    <div className="column-content" role="dialog" aria-labelledby="consent-dialog-title">
      <p id="consent-dialog-title" role="heading" className="text-title">{formatMessage(messages.consentTitleAcceptAll)}</p>
      <p className="paragraph">{formatMessage(messages.acceptAllDescription)}</p>
      <Button primaryText={formatMessage(messages.acceptAllButtonPrimary)} handleClick={() => { airgap.optIn(); onClose(); }} />
${view}    </div>
  );
}
`,
  });

  it('reads the messages a namespaced defineMessages is given: an accept-only cookie banner has no decline', async () => {
    const acceptOnly = files('');
    const dir = project(acceptOnly);
    expect(await check(dir)).toEqual(['src/components/Banner.tsx:12 honest-ui/require-decline-option']);
    expect(lint(dir, 'src/components/Banner.tsx', acceptOnly)).toEqual(['src/components/Banner.tsx:12 honest-ui/require-decline-option']);
    const both = files(`      <Button primaryText={formatMessage(messages.rejectAllButtonPrimary)} handleClick={() => { airgap.optOut(); onClose(); }} />\n`);
    expect(await check(project(both))).toEqual([]);
  });
});

/** A file of the realistic fixture project (fixtures/projects/values-app), to vary it in a throwaway project. */
const fixture = (file: string): string => readFileSync(path.join(fixturesDir, 'projects/values-app', file), 'utf8');

describe('a zustand store module', () => {
  const files = (analytics: boolean) => ({
    'package.json': PACKAGE({ react: '^18.3.1', zustand: '^4.5.2' }),
    'src/stores/consent.ts': fixture('src/stores/consent.ts').replace('analytics: true,', `analytics: ${analytics},`),
    'src/CookiePreferences.tsx': fixture('src/CookiePreferences.tsx'),
  });

  it("reports a switch whose store starts on; the store's false default stays clean", async () => {
    const dir = project(files(true));
    expect(await check(dir)).toEqual(['src/CookiePreferences.tsx:13 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/CookiePreferences.tsx', files(true))).toEqual(['src/CookiePreferences.tsx:13 honest-ui/no-preselected-consent']);
    expect(await check(project(files(false)))).toEqual([]);
  });
});

describe('a wizard passing state down', () => {
  const ROW = fixture('src/onboarding/ConsentRow.tsx');
  const WIZARD = (partnerDefault: string) => fixture('src/onboarding/PreferencesStep.tsx').replace('useState(true)', `useState(${partnerDefault})`);

  it("reports at the use site the state the parent starts true, read in the parent's scope, with the fix there", async () => {
    const files = { 'src/onboarding/ConsentRow.tsx': ROW, 'src/onboarding/PreferencesStep.tsx': WIZARD('true') };
    const dir = project(files);
    expect(await check(dir)).toEqual(['src/onboarding/PreferencesStep.tsx:15 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/onboarding/PreferencesStep.tsx', files)).toEqual(['src/onboarding/PreferencesStep.tsx:15 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/onboarding/ConsentRow.tsx', files)).toEqual([]);
    const linter = new Linter({ cwd: dir });
    const [found] = linter.verify(files['src/onboarding/PreferencesStep.tsx'], [
      { plugins: { 'honest-ui': plugin }, rules: { 'honest-ui/no-preselected-consent': 'error' } },
      { files: ['**/*.tsx'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    ] as Linter.Config[], { filename: path.join(dir, 'src/onboarding/PreferencesStep.tsx') });
    // The suggestion turns the parent's state off, in the file being linted.
    const at = files['src/onboarding/PreferencesStep.tsx'].indexOf('useState(true)') + 'useState('.length;
    expect(found?.suggestions?.[0]?.fix).toEqual({ range: [at, at + 'true'.length], text: 'false' });
  });

  it('stays clean when the parent starts it off', async () => {
    expect(await check(project({ 'src/onboarding/ConsentRow.tsx': ROW, 'src/onboarding/PreferencesStep.tsx': WIZARD('false') }))).toEqual([]);
  });
});

describe('form libraries', () => {
  it('react-hook-form with an MUI Switch in a Controller: the default the form starts with', async () => {
    const files = { 'src/SignupForm.tsx': fixture('src/SignupForm.tsx') };
    const dir = project(files);
    expect(await check(dir)).toEqual(['src/SignupForm.tsx:19 honest-ui/no-preselected-consent']);
    expect(lint(dir, 'src/SignupForm.tsx', files)).toEqual(['src/SignupForm.tsx:19 honest-ui/no-preselected-consent']);
    expect(await check(project({ 'src/SignupForm.tsx': files['src/SignupForm.tsx'].replace('marketingEmails: true', 'marketingEmails: false') }))).toEqual([]);
  });

  const FORMIK = (initialValues: string) => fixture('src/CheckoutExtras.tsx').replace('{{ protection: true, giftNote: false }}', `{${initialValues}}`);

  it('Formik checkout: a paid extra ticked by initialValues, its price computed at run time', async () => {
    const files = { 'src/CheckoutExtras.tsx': FORMIK('{ protection: true, giftNote: false }') };
    const dir = project(files);
    expect(await check(dir)).toEqual(['src/CheckoutExtras.tsx:12 honest-ui/no-preselected-addon']);
    expect(lint(dir, 'src/CheckoutExtras.tsx', files)).toEqual(['src/CheckoutExtras.tsx:12 honest-ui/no-preselected-addon']);
  });

  it('Formik with initialValues loaded from the server stays clean', async () => {
    expect(await check(project({ 'src/CheckoutExtras.tsx': FORMIK('order.extras') }))).toEqual([]);
  });
});

describe('Tolgee copy, a Formik render function and an MUI FormControlLabel', () => {
  // A translation-ordering dialog in the shape of tolgee-platform's (webapp/src/ee/orderTranslations): its copy is
  // in src/i18n/en.json under keys that say nothing, Formik starts the agreement ticked, and MUI's FormControlLabel
  // hands its `checked` to the Checkbox it renders.
  const files = (agreeSharing: string) => ({
    'package.json': PACKAGE({ react: '^18.3.1', '@mui/material': '^5.15.20', formik: '^2.4.6', '@tolgee/react': '^5.33.2' }),
    'src/i18n/en.json': JSON.stringify({
      order_title: 'Order translations from an agency',
      order_agency_title: 'Choose translation agency',
      order_agree: 'I agree to share the details with the translation agency',
      order_description: "The selected agency will receive statistics about your translation task so they can estimate costs. They'll also get your email ({email}) to contact you.",
      order_next: 'Next',
      global_cancel: 'Cancel',
    }),
    'src/ee/orderTranslations/OrderTranslationsDialog.tsx': `import { Box, Button, Checkbox, Dialog, DialogTitle, FormControlLabel, Typography } from '@mui/material';
import { T, useTranslate } from '@tolgee/react';
import { Formik } from 'formik';
import { useState } from 'react';
import { useUser } from 'tg.globalContext/helpers';
import { TranslationAgency } from './TranslationAgency';

type Props = { open: boolean; onClose: () => void; agencies: { id: number; name: string }[] };

export const OrderTranslationsDialog = ({ open, onClose, agencies }: Props) => {
  const { t } = useTranslate();
  const user = useUser();
  const [step, setStep] = useState(0);
  return (
    <Dialog open={open} onClose={onClose} maxWidth="xl">
      <DialogTitle>{t('order_title')}</DialogTitle>
      <Formik initialValues={{ agencyId: undefined as number | undefined, agreeSharing: ${agreeSharing} }} onSubmit={() => setStep(1)}>
        {({ values, setFieldValue, submitForm }) => (
          <Box display="grid" gap="20px">
            <Typography variant="h6">{t('order_agency_title')}</Typography>
            {agencies.map((agency) => (
              <TranslationAgency key={agency.id} agency={agency} selected={values.agencyId === agency.id} onSelect={(id) => setFieldValue('agencyId', id)} />
            ))}
            <FormControlLabel
              label={t('order_agree')}
              checked={values.agreeSharing}
              onChange={() => setFieldValue('agreeSharing', !values.agreeSharing)}
              control={<Checkbox />}
            />
            <Typography variant="body2">
              <T keyName="order_description" params={{ email: user?.username }} />
            </Typography>
            <Box display="flex" gap={1}>
              <Button onClick={onClose}>{t('global_cancel')}</Button>
              <Button onClick={submitForm} color="primary" variant="contained" disabled={values.agencyId === undefined || !values.agreeSharing}>
                {t('order_next')}
              </Button>
            </Box>
          </Box>
        )}
      </Formik>
    </Dialog>
  );
};
`,
  });
  const FILE = 'src/ee/orderTranslations/OrderTranslationsDialog.tsx';

  it('reports the agreement to share the details with the agency that Formik starts ticked, in both front doors', async () => {
    const ticked = files('true');
    const dir = project(ticked);
    expect(await check(dir)).toEqual([`${FILE}:28 honest-ui/no-preselected-consent`]);
    expect(lint(dir, FILE, ticked)).toEqual([`${FILE}:28 honest-ui/no-preselected-consent`]);
    expect((await messages(dir)).join('\n')).toContain("'I agree to share the details with the translation agency' (data sharing) is on by default (checked={values.agreeSharing} (values.agreeSharing = true))");
  });

  it('stays clean when the agreement starts unticked', async () => {
    const unticked = files('false');
    const dir = project(unticked);
    expect(await check(dir)).toEqual([]);
    expect(lint(dir, FILE, unticked)).toEqual([]);
  });
});

describe('every locale, with a setting', () => {
  const files = {
    'package.json': PACKAGE({ react: '^18.3.1', i18next: '^23.11.0', 'react-i18next': '^14.1.0' }),
    'public/locales/en/newsletter.json': JSON.stringify({ title: 'Get 10% off your first order', body: 'Join our newsletter for offers and product news.', join: 'Sign me up', decline: 'No thanks' }),
    'public/locales/de/newsletter.json': JSON.stringify({ title: '10 % Rabatt auf Ihre erste Bestellung', body: 'Abonnieren Sie unseren Newsletter mit Angeboten und Neuigkeiten.', join: 'Jetzt anmelden', decline: 'Nein danke, ich zahle lieber den vollen Preis' }),
    'src/NewsletterModal.tsx': `import { useTranslation } from 'react-i18next';

export function NewsletterModal({ onJoin, onClose }: { onJoin: () => void; onClose: () => void }) {
  const { t } = useTranslation('newsletter');
  return (
    <div role="dialog" aria-modal="true">
      <h2>{t('title')}</h2>
      <p>{t('body')}</p>
      <button onClick={onJoin}>{t('join')}</button>
      <button onClick={onClose}>{t('decline')}</button>
    </div>
  );
}
`,
  };
  const everyLocale: HonestUiSettings = { i18n: { locales: ['en', 'de'], checkAllLocales: true } };

  it('reports what only the de copy shows on the same element, its message naming the locale', async () => {
    const dir = project(files);
    expect(await check(dir)).toEqual([]);
    expect(await check(dir, everyLocale)).toEqual(['src/NewsletterModal.tsx:10 honest-ui/no-confirmshaming']);
    const [message] = await messages(dir, everyLocale);
    expect(message).toMatch(/^The decline 'Nein danke, ich zahle lieber den vollen Preis' .* \(in the 'de' copy\)$/);
    expect(lint(dir, 'src/NewsletterModal.tsx', files, everyLocale)).toEqual(['src/NewsletterModal.tsx:10 honest-ui/no-confirmshaming']);
  });

  it('does not repeat per locale what the default copy already shows there', async () => {
    const shaming = { ...files, 'public/locales/en/newsletter.json': files['public/locales/en/newsletter.json'].replace('No thanks', "No thanks, I'd rather pay full price") };
    const dir = project(shaming);
    expect(await check(dir, everyLocale)).toEqual(['src/NewsletterModal.tsx:10 honest-ui/no-confirmshaming']);
    expect((await messages(dir, everyLocale))[0]).not.toContain("'de' copy");
  });
});
