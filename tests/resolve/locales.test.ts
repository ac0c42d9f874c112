/**
 * The project's message files, read as data: found by each library's convention or named in settings, the default
 * locale from the i18n configuration, inline resources with imported JSON, plural keys, a missing key in another
 * locale falling back to the default one (i18next), and FormatJS catalogs in both extracted and flat form. Through
 * the model: namespaces, `ns:key`, `keyPrefix`, defaults given in code, `<Trans>` and `<FormattedMessage>`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { textContent } from '../../src/model/query.js';
import type { UIModel } from '../../src/model/types.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { Locales } from '../../src/resolve/locales.js';
import { ModuleCache, ModuleResolver, rootedReader } from '../../src/resolve/modules.js';
import { ProjectValues } from '../../src/resolve/values.js';
import { bothDoors } from '../helpers/both-doors.js';
import { readFileOrUndefined, tempProjects } from '../helpers/temp-project.js';
import { folderListing } from '../../src/engine/source-file.js';

const project = tempProjects('locales');

const readFile = readFileOrUndefined;

describe('Locales', () => {
  it('finds i18next namespaces by convention, falls back to the default locale, and answers plural keys', () => {
    const dir = project({
      'package.json': '{"name":"app"}',
      'src/i18n.ts': "import i18n from 'i18next';\ni18n.init({ fallbackLng: 'en', defaultNS: 'common' });\n",
      'public/locales/en/common.json': JSON.stringify({ save: 'Save', items_other: '{{count}} items' }),
      'public/locales/en/consent.json': JSON.stringify({ banner: { accept: 'Accept all' } }),
      'public/locales/de/consent.json': JSON.stringify({ banner: {} }),
    });
    const locales = new Locales(readFile);
    const file = path.join(dir, 'src/Banner.tsx');
    expect(locales.defaultLocale(file)).toBe('en');
    expect(locales.message(file, { library: 'i18next', key: 'save', namespaces: [] }, undefined)).toBe('Save');
    expect(locales.message(file, { library: 'i18next', key: 'banner.accept', namespaces: ['consent'] }, 'de')).toBe('Accept all');
    expect(locales.message(file, { library: 'i18next', key: 'items', namespaces: [], plural: true }, undefined)).toBe('{{count}} items');
    expect(locales.message(file, { library: 'i18next', key: 'missing', namespaces: [] }, undefined)).toBeUndefined();
  });

  it('takes the one built-in language a project has messages in as its default when it has no English ones', () => {
    const onlyGerman = project({ 'package.json': '{"name":"shop"}', 'messages/de.json': JSON.stringify({ Newsletter: { dismiss: 'Nein danke' } }) });
    const file = path.join(onlyGerman, 'src/components/Newsletter.tsx');
    expect(new Locales(readFile).defaultLocale(file)).toBe('de');
    expect(new Locales(readFile).message(file, { library: 'next-intl', key: 'dismiss', namespaces: ['Newsletter'] }, undefined)).toBe('Nein danke');
    // English present, or several languages without it, or a configured default: no guess.
    const withEnglish = project({ 'package.json': '{"name":"shop"}', 'messages/de.json': '{}', 'messages/en.json': '{}' });
    expect(new Locales(readFile).defaultLocale(path.join(withEnglish, 'src/App.tsx'))).toBe('en');
    const two = project({ 'package.json': '{"name":"shop"}', 'messages/de.json': '{}', 'messages/fr.json': '{}' });
    expect(new Locales(readFile).defaultLocale(path.join(two, 'src/App.tsx'))).toBe('en');
    expect(new Locales(readFile, { defaultLocale: 'fr' }).defaultLocale(file)).toBe('fr');
  });

  it('reads a message in the one built-in language that has it when only other namespaces than the default have files', () => {
    // src/locales/it/onboarding.json and no translation.json anywhere: English is only a guess.
    const onlyItalian = project({
      'package.json': '{"name":"vedo"}',
      'src/locales/it/onboarding.json': JSON.stringify({ ads: { personalised: { title: 'Annunci personalizzati' } } }),
    });
    const file = path.join(onlyItalian, 'src/components/AdPreferenceStep.tsx');
    const request = { library: 'i18next' as const, key: 'ads.personalised.title', namespaces: ['onboarding'] };
    expect(new Locales(readFile).message(file, request, undefined)).toBe('Annunci personalizzati');
    // Its words are lent to the text pre-filter too.
    expect(new Locales(readFile).catalogTexts(file, ['onboarding']).join(' ')).toContain('Annunci personalizzati');
    // The same key in two built-in languages: which one shows is not known.
    const two = project({
      'package.json': '{"name":"vedo"}',
      'src/locales/it/onboarding.json': JSON.stringify({ ads: { personalised: { title: 'Annunci personalizzati' } } }),
      'src/locales/de/onboarding.json': JSON.stringify({ ads: { personalised: { title: 'Personalisierte Werbung' } } }),
    });
    expect(new Locales(readFile).message(path.join(two, 'src/components/AdPreferenceStep.tsx'), request, undefined)).toBeUndefined();
    // English for the default namespace settles it: no guess, no other language.
    const english = project({
      'package.json': '{"name":"vedo"}',
      'src/locales/en/translation.json': '{}',
      'src/locales/it/onboarding.json': JSON.stringify({ ads: { personalised: { title: 'Annunci personalizzati' } } }),
    });
    expect(new Locales(readFile).message(path.join(english, 'src/components/AdPreferenceStep.tsx'), request, undefined)).toBeUndefined();
  });

  it('looks up the message files of a project once per run for each set of namespaces its files translate with', () => {
    const dir = project({
      'package.json': '{"name":"storefront"}',
      'public/locales/en/translation.json': JSON.stringify({ footer: { newsletter: 'Get our newsletter' } }),
      'public/locales/en/checkout.json': JSON.stringify({ extras: { protection: 'Add purchase protection' } }),
    });
    const asked: string[] = [];
    // The message files and the paths tried for them (the project's package.json is read again each time: a
    // project found by folder is checked against the disk the run sees).
    const counting = (file: string) => {
      if (path.basename(file) !== 'package.json') asked.push(file);
      return readFile(file);
    };
    const locales = new Locales(counting);
    const cart = locales.catalogTexts(path.join(dir, 'src/checkout/Cart.tsx'), ['checkout']);
    const lookups = asked.length;
    // Another page of the same app, the same namespace (listed twice, as `useTranslation(['checkout', 'checkout'])`).
    expect(locales.catalogTexts(path.join(dir, 'src/checkout/Summary.tsx'), ['checkout', 'checkout'])).toEqual(cart);
    expect(asked).toHaveLength(lookups);
    expect(cart.join(' ')).toContain('Add purchase protection');
    // Another namespace is its own look-up; a new run (another reader) reads the files afresh.
    locales.catalogTexts(path.join(dir, 'src/layout/Footer.tsx'), []);
    expect(asked.length).toBeGreaterThan(lookups);
    const fresh: string[] = [];
    new Locales((file) => (fresh.push(file), readFile(file))).catalogTexts(path.join(dir, 'src/checkout/Cart.tsx'), ['checkout']);
    expect(fresh.length).toBeGreaterThan(0);
  });


  it("tries each convention's paths once per run for the messages of one namespace and locale, not once per message", () => {
    const dir = project({
      'package.json': '{"name":"storefront"}',
      'src/i18n.ts': "import i18n from 'i18next';\ni18n.init({ fallbackLng: 'en' });\n",
      'public/locales/en/checkout.json': JSON.stringify({ extras: { protection: 'Add purchase protection', insurance: 'Add travel insurance' } }),
    });
    const asked: string[] = [];
    const locales = new Locales((file: string) => (file.endsWith('.json') && path.basename(file) !== 'package.json' && asked.push(file), readFile(file)));
    const cart = path.join(dir, 'src/checkout/Cart.tsx');
    expect(locales.message(cart, { library: 'i18next', key: 'extras.protection', namespaces: ['checkout'] }, undefined)).toBe('Add purchase protection');
    const tried = asked.length;
    expect(tried).toBeGreaterThan(1);
    // The next message of the page, and a message of another page of the app: no path is tried again.
    expect(locales.message(cart, { library: 'i18next', key: 'extras.insurance', namespaces: ['checkout'] }, undefined)).toBe('Add travel insurance');
    expect(locales.message(path.join(dir, 'src/checkout/Summary.tsx'), { library: 'i18next', key: 'extras.missing', namespaces: ['checkout'] }, undefined)).toBeUndefined();
    expect(asked).toHaveLength(tried);
    // Another namespace is looked for; a new run (another reader) sees the disk afresh.
    expect(locales.message(cart, { library: 'i18next', key: 'title', namespaces: ['account'] }, undefined)).toBeUndefined();
    expect(asked.length).toBeGreaterThan(tried);
    const fresh: string[] = [];
    new Locales((file) => (fresh.push(file), readFile(file))).message(cart, { library: 'i18next', key: 'extras.protection', namespaces: ['checkout'] }, undefined);
    expect(fresh.some((file) => file.endsWith('checkout.json'))).toBe(true);
  });
  it('tries no message file under a folder the project does not have, when the reader lists folders', () => {
    // next-intl's messages/de.json only: English is not there, so every convention is tried for each built-in language.
    const dir = project({
      'package.json': '{"name":"shop"}',
      'messages/de.json': JSON.stringify({ Newsletter: { dismiss: 'Nein danke', consent: 'Ich möchte den Newsletter erhalten' } }),
      'src/components/Newsletter.tsx': 'export function Newsletter() { return null; }\n',
    });
    const file = path.join(dir, 'src/components/Newsletter.tsx');
    const request = { library: 'next-intl', key: 'dismiss', namespaces: ['Newsletter'] } as const;
    const run = (listsFolders: boolean) => {
      const asked: string[] = [];
      const reader = (target: string) => {
        if (target.endsWith(path.sep)) return listsFolders ? folderListing(target) : readFile(target);
        // Message files only: configuration modules (`src/i18n.ts`, `i18n/request.ts`) are one path each.
        if (target.endsWith('.json') && path.basename(target) !== 'package.json') asked.push(target);
        return readFile(target);
      };
      const locales = new Locales(reader);
      const answers = [locales.defaultLocale(file), locales.message(file, request, undefined), locales.catalogTexts(file, ['Newsletter']).join(' ')];
      return { answers, missingFolders: new Set(asked.filter((target) => !existsSync(path.dirname(target))).map((target) => path.relative(dir, path.dirname(target)).split(path.sep)[0])) };
    };
    const listed = run(true);
    expect(listed.answers).toEqual(['de', 'Nein danke', expect.stringContaining('Ich möchte den Newsletter erhalten')]);
    expect(listed.missingFolders).toEqual(new Set());
    // A reader that reads no folder rules nothing out: the same answers, through paths under folders that are not there.
    const unlisted = run(false);
    expect(unlisted.answers).toEqual(listed.answers);
    expect([...unlisted.missingFolders]).toEqual(expect.arrayContaining(['public', 'locales', 'src', 'lang']));
  });

  it('takes the folder a run started in as the project of a file in no package, and the file\'s own folder outside it', () => {
    // A prototype checked out without its package.json (or a folder of components handed over on their own): the
    // messages sit where the project keeps them, beside src/, not under each component's folder.
    const dir = project({
      'public/locales/en/translation.json': JSON.stringify({ privacy: { training: 'Use my chats to train our AI models' } }),
      'src/components/privacy/TrainingToggle.tsx': '',
    });
    const file = path.join(dir, 'src/components/privacy/TrainingToggle.tsx');
    const request = { library: 'i18next', key: 'privacy.training', namespaces: [] } as const;
    expect(new Locales(rootedReader(readFile, dir)).message(file, request, undefined)).toBe('Use my chats to train our AI models');
    // A reader that names no run folder keeps to the file's own folder; so does a run started elsewhere.
    expect(new Locales(readFile).message(file, request, undefined)).toBeUndefined();
    expect(new Locales(rootedReader(readFile, path.join(dir, 'src/components/other'))).message(file, request, undefined)).toBeUndefined();
    // The folder a run started in is only a fallback: a package.json still makes its folder the project.
    const packaged = project({
      'package.json': '{"name":"web"}',
      'public/locales/en/translation.json': JSON.stringify({ privacy: { training: 'Share usage data' } }),
      'apps/admin/package.json': '{"name":"admin"}',
    });
    expect(new Locales(rootedReader(readFile, packaged)).message(path.join(packaged, 'apps/admin/src/Settings.tsx'), request, undefined)).toBeUndefined();
    expect(new Locales(rootedReader(readFile, packaged)).message(path.join(packaged, 'src/Settings.tsx'), request, undefined)).toBe('Share usage data');
  });

  it('reads inline resources and the JSON modules they import, and the paths settings name', () => {
    const dir = project({
      'package.json': '{"name":"app"}',
      'src/i18n.ts': "import en from './translations/en.json';\nimport i18n from 'i18next';\ni18n.init({ lng: 'en', resources: { en: { translation: en }, fr: { translation: { accept: 'Tout accepter' } } } });\n",
      'src/translations/en.json': JSON.stringify({ accept: 'Accept all' }),
      'i18n/copy.fr.json': JSON.stringify({ decline: 'Tout refuser' }),
    });
    const file = path.join(dir, 'src/Banner.tsx');
    expect(new Locales(readFile).message(file, { library: 'i18next', key: 'accept', namespaces: [] }, undefined)).toBe('Accept all');
    expect(new Locales(readFile).message(file, { library: 'i18next', key: 'accept', namespaces: [] }, 'fr')).toBe('Tout accepter');
    const named = new Locales(readFile, { messages: ['i18n/copy.{locale}.json'] });
    expect(named.message(file, { library: 'i18next', key: 'decline', namespaces: [] }, 'fr')).toBe('Tout refuser');
  });

  it("reads next-intl's messages/{locale}.json with its routing's default locale, and FormatJS catalogs", () => {
    const dir = project({
      'package.json': '{"name":"app"}',
      'src/i18n/routing.ts': "import { defineRouting } from 'next-intl/routing';\nexport const routing = defineRouting({ locales: ['de', 'en'], defaultLocale: 'de' });\n",
      'messages/de.json': JSON.stringify({ Banner: { accept: 'Alle akzeptieren' } }),
      'lang/de.json': JSON.stringify({ 'promo.decline': { defaultMessage: 'Nein danke', description: 'decline' }, 'promo.accept': 'Ja' }),
    });
    const locales = new Locales(readFile);
    const file = path.join(dir, 'src/app/page.tsx');
    expect(locales.defaultLocale(file)).toBe('de');
    expect(locales.message(file, { library: 'next-intl', key: 'accept', namespaces: ['Banner'] }, undefined)).toBe('Alle akzeptieren');
    expect(locales.message(file, { library: 'formatjs', key: 'promo.decline', namespaces: [] }, undefined)).toBe('Nein danke');
    expect(locales.message(file, { library: 'formatjs', key: 'promo.accept', namespaces: [] }, undefined)).toBe('Ja');
  });

  it("reads next-intl's messages where the request configuration imports them: named to the plugin, or at its default path", () => {
    const messages = JSON.stringify({ Onboarding: { telemetry: 'Share anonymous usage data' } });
    // The plugin told where the request configuration is (a string, as next-intl's docs write it).
    const named = project({
      'package.json': '{"name":"web"}',
      'next.config.mjs': "import createNextIntlPlugin from 'next-intl/plugin';\nconst withNextIntl = createNextIntlPlugin('./src/intl/request.ts');\nexport default withNextIntl({});\n",
      'src/intl/request.ts': "import { getRequestConfig } from 'next-intl/server';\nexport default getRequestConfig(async ({ requestLocale }) => {\n  const locale = (await requestLocale) ?? 'en';\n  return { locale, messages: (await import(`../../content/i18n/${locale}.json`)).default };\n});\n",
      'content/i18n/en.json': messages,
    });
    // No path given: next-intl reads src/i18n/request.ts, which imports its messages through a module of its own.
    const byDefault = project({
      'package.json': '{"name":"web"}',
      'next.config.ts': "import createNextIntlPlugin from 'next-intl/plugin';\nexport default createNextIntlPlugin()({});\n",
      'src/i18n/request.ts': "import { getRequestConfig } from 'next-intl/server';\nimport { load } from './load';\nexport default getRequestConfig(async () => ({ locale: 'en', messages: await load('en') }));\n",
      'src/i18n/load.ts': "export const load = async (locale: string) => (await import(`../translations/${locale}.json`)).default;\n",
      'src/translations/en.json': messages,
    });
    // A config that names no next-intl plugin leads nowhere: the conventions alone are read.
    const other = project({
      'package.json': '{"name":"web"}',
      'next.config.mjs': 'export default { reactStrictMode: true };\n',
      'content/i18n/en.json': messages,
    });
    const request = { library: 'next-intl' as const, key: 'telemetry', namespaces: ['Onboarding'] };
    for (const dir of [named, byDefault]) {
      const file = path.join(dir, 'src/app/[locale]/onboarding/page.tsx');
      expect(new Locales(readFile).message(file, request, undefined)).toBe('Share anonymous usage data');
      // The pre-filter reads the same files: a page's copy there is copy it may show.
      expect(new Locales(readFile).catalogTexts(file, [])).toEqual([messages]);
    }
    expect(new Locales(readFile).message(path.join(other, 'src/app/page.tsx'), request, undefined)).toBeUndefined();
  });
});

describe('translations in the model', () => {
  function model(dir: string, file: string, text: string): UIModel {
    const parsed = parseWithTypescriptEstree(text, file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const values = new ProjectValues(new ModuleResolver(readFile, new ModuleCache()));
    return buildModel(parsed.value, { file: path.join(dir, file), external: values });
  }
  const texts = (m: UIModel, name: string) => m.elements.filter((e) => e.name === name).map((e) => textContent(e));

  it('reads keyPrefix, ns:key, a default given in code, <Trans> with its own text as the default, and keeps a missing key unknown', () => {
    const dir = project({
      'package.json': '{"name":"app"}',
      'public/locales/en/translation.json': JSON.stringify({ legal: { intro: 'We use <1>cookies</1> for {{purpose}}.' } }),
      'public/locales/en/consent.json': JSON.stringify({ banner: { accept: 'Accept all', reject: 'Reject all' } }),
    });
    const m = model(dir, 'src/Banner.tsx', `
      import { useTranslation, Trans } from 'react-i18next';
      export function Banner() {
        const { t } = useTranslation('consent', { keyPrefix: 'banner' });
        const { t: tc } = useTranslation();
        return (
          <div>
            <p><Trans i18nKey="legal.intro" values={{ purpose: 'analytics' }}>We use <a href="/cookies">cookies</a>.</Trans></p>
            <p><Trans i18nKey="legal.missing">Read our <a href="/privacy">privacy policy</a>.</Trans></p>
            <button>{t('accept')}</button>
            <button>{tc('consent:banner.reject')}</button>
            <button>{tc('banner.settings', 'Cookie settings')}</button>
            <button>{t('nowhere')}</button>
          </div>
        );
      }`);
    expect(texts(m, 'p').map((t) => t.value)).toEqual(['We use cookies for analytics.', 'Read our privacy policy.']);
    expect(texts(m, 'button')).toEqual([
      { value: 'Accept all', complete: true },
      { value: 'Reject all', complete: true },
      { value: 'Cookie settings', complete: true },
      { value: '', complete: false },
    ]);
  });

  it("reads FormatJS's defaultMessage with no catalog, as ESLint sees one file", () => {
    const dir = project({ 'package.json': '{"name":"app"}' });
    const m = model(dir, 'src/Promo.tsx', `
      import { FormattedMessage, defineMessages, useIntl } from 'react-intl';
      const messages = defineMessages({ decline: { id: 'promo.decline', defaultMessage: 'No thanks, {name}' } });
      export function Promo({ user }) {
        const { formatMessage } = useIntl();
        return (
          <div>
            <button>{formatMessage(messages.decline, { name: 'Ada' })}</button>
            <button><FormattedMessage id="promo.accept" defaultMessage="Claim {percent, number, percent} off" values={{ percent: user.discount }} /></button>
            <button><FormattedMessage id="promo.other" /></button>
          </div>
        );
      }`);
    expect(texts(m, 'button').map((t) => [t.value, t.complete])).toEqual([
      ['No thanks, Ada', true],
      ['Claim off', false],
      ['', false],
    ]);
  });

  it("reads Tolgee's t and <T> from the project's src/i18n files: flat and nested keys, namespaces, defaults and ICU values", () => {
    const dir = project({
      'package.json': '{"name":"webapp"}',
      'src/i18n/en.json': JSON.stringify({
        order_dialog_title: 'Order translations',
        order_sharing_label: 'I agree to share the details with the translation agency',
        order_description: "The agency will also get your email ({email}) to contact you.",
        keys_subtitle: '{value, plural, one {# key selected} other {# keys selected}}',
        billing: { renewal: 'Renews every month until you cancel' },
      }),
      'src/i18n/billing/en.json': JSON.stringify({ upgrade: 'Upgrade to Business' }),
    });
    const m = model(dir, 'src/views/OrderDialog.tsx', `
      import { T, useTranslate } from '@tolgee/react';
      export function OrderDialog({ email, selectedKeys }: { email: string; selectedKeys: string[] }) {
        const { t } = useTranslate();
        const { t: tBilling } = useTranslate('billing');
        return (
          <div role="dialog">
            <h2>{t('order_dialog_title')}</h2>
            <p><T keyName="order_description" params={{ email }} /></p>
            <p><T keyName="keys_subtitle" params={{ value: selectedKeys.length }} /></p>
            <p>{t('billing.renewal')}</p>
            <p><T keyName="order_missing" defaultValue="Prices are estimates" /></p>
            <p><T keyName="order_gone" /></p>
            <label>{t('order_sharing_label')}</label>
            <button>{tBilling('upgrade')}</button>
            <button>{t({ key: 'order_submit', defaultValue: 'Order now' })}</button>
            <button>{t('order_cancel', 'Cancel {name}', { name: 'order' })}</button>
            <button>{t('upgrade', { ns: 'billing' })}</button>
            <button>{t('order_later')}</button>
          </div>
        );
      }`);
    expect(texts(m, 'h2')).toEqual([{ value: 'Order translations', complete: true }]);
    expect(texts(m, 'p').map((t) => [t.value, t.complete])).toEqual([
      ['The agency will also get your email ( ) to contact you.', false],
      ['keys selected', false],
      ['Renews every month until you cancel', true],
      ['Prices are estimates', true],
      ['', false],
    ]);
    expect(texts(m, 'label')).toEqual([{ value: 'I agree to share the details with the translation agency', complete: true }]);
    expect(texts(m, 'button').map((t) => [t.value, t.complete])).toEqual([
      ['Upgrade to Business', true],
      ['Order now', true],
      ['Cancel order', true],
      ['Upgrade to Business', true],
      ['', false],
    ]);
  });

  it("reads Tolgee 4's `const t = useTranslate()` and a <T> whose children are its default; another library's useTranslate and T stay unknown", () => {
    const dir = project({
      'package.json': '{"name":"admin"}',
      'public/i18n/en.json': JSON.stringify({ newsletter_label: 'Email me product news and offers' }),
    });
    const m = model(dir, 'src/Signup.tsx', `
      import { T, useTranslate } from '@tolgee/react';
      import { useTranslate as useAdminTranslate } from 'react-admin';
      import { T as Type } from '@/ui/typography';
      export function Signup() {
        const t = useTranslate();
        const translate = useAdminTranslate();
        return (
          <form>
            <label>{t('newsletter_label')}</label>
            <label><T keyName="terms_label">I accept the terms</T></label>
            <label>{translate('newsletter_label')}</label>
            <label><Type keyName="newsletter_label" /></label>
          </form>
        );
      }`);
    expect(texts(m, 'label').map((t) => [t.value, t.complete])).toEqual([
      ['Email me product news and offers', true],
      ['I accept the terms', true],
      ['', false],
      ['', true],
    ]);
  });
});

describe('a project in no package, through both doors', () => {
  it("reads the copy of the run's folder's message files and decides the pre-ticked training switch", async () => {
    const dir = project({
      'public/locales/en/translation.json': JSON.stringify({
        privacy: { title: 'Your data', training: 'Use my conversations to train our AI models', save: 'Save preferences' },
      }),
      'src/components/settings/DataControls.tsx': `
        import { useState } from 'react';
        import { useTranslation } from 'react-i18next';
        import { saveDataPreferences } from '@/lib/api';
        import { Spinner } from '@/components/ui/spinner';

        export function DataControls({ isLoading }: { isLoading: boolean }) {
          const { t } = useTranslation();
          const [allowTraining, setAllowTraining] = useState(true);
          if (isLoading) return <Spinner />;
          return (
            <section aria-labelledby="data-controls">
              <h2 id="data-controls">{t('privacy.title')}</h2>
              <label>
                <input type="checkbox" checked={allowTraining} onChange={(e) => setAllowTraining(e.target.checked)} />
                {t('privacy.training')}
              </label>
              <button type="button" onClick={() => saveDataPreferences({ allowTraining })}>{t('privacy.save')}</button>
            </section>
          );
        }
      `,
    });
    const { checker, eslint } = await bothDoors(dir, 'src/components/settings/DataControls.tsx');
    expect(checker).toEqual(['15:17 no-preselected-consent preselected']);
    expect(eslint).toEqual(checker);
  });
});
