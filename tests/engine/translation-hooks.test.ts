/**
 * A project's own translation hooks, through both front doors: teams rename the library's hook on import
 * (`useTranslation as useT`), alias it in a module of their own (`export const useI18n = useTranslations`), or wrap
 * it in a hook that fixes the namespace or passes its own on (nocobase's plugins, next-intl apps). The copy is read
 * from the namespace the wrapper names, not from the default one a hook's name would suggest, and the text
 * pre-filter lets the files that call such a hook through with the messages they may show.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetRules } from '../../src/catalog/index.js';
import { passesWithBorrowedCopy } from '../../src/engine/borrowed-copy.js';
import { analyseProject } from '../../src/engine/project.js';
import { prefilterForRules } from '../../src/engine/prefilter.js';
import { ProjectCache } from '../../src/resolve/stylesheets.js';
import { DEFAULT_SETTINGS, resolveSettings } from '../../src/settings/settings.js';
import { bothDoors } from '../helpers/both-doors.js';
import { readFileOrUndefined, tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('translation-hooks');

async function messages(dir: string): Promise<string[]> {
  const results = await analyseProject({ cwd: dir, paths: ['.'], settings: resolveSettings(undefined), rules: presetRules('strict'), jobs: 1 });
  return results.flatMap((r) => r.messages.map((m) => `${path.relative(dir, r.filePath)}:${m.line} ${m.ruleId} ${m.message}`));
}

const I18NEXT_PACKAGE = JSON.stringify({ name: 'assistant', private: true, dependencies: { react: '^18.3.1', i18next: '^23.11.0', 'react-i18next': '^14.1.0' } });
const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } });

describe("react-i18next: a plugin's hook that fixes its namespace", () => {
  const hooks = `import { useTranslation as useT } from 'react-i18next';

export const NAMESPACE = 'data-controls';

/** Our plugin's messages first, the app's shared ones after. */
export function usePluginTranslation() {
  return useT([NAMESPACE, 'common'], { nsMode: 'fallback' });
}
`;
  const files = {
    'package.json': I18NEXT_PACKAGE,
    'tsconfig.json': TSCONFIG,
    'src/locale/index.ts': hooks,
    'public/locales/en/common.json': JSON.stringify({ save: 'Save', cancel: 'Cancel' }),
    'public/locales/en/data-controls.json': JSON.stringify({
      heading: 'Data controls',
      improve: 'Use my conversations to train and improve the AI models',
      compact: 'Compact message layout',
    }),
    'src/features/data-controls/DataControlsCard.tsx': `import { useState } from 'react';
import { Switch } from '@/components/ui/switch';
import { Skeleton } from '@/components/ui/skeleton';
import { useAccountSettings, saveDataControls } from '@/api/account';
import { usePluginTranslation } from '@/locale';

export function DataControlsCard() {
  const { t } = usePluginTranslation();
  const { isLoading } = useAccountSettings();
  const [improve, setImprove] = useState(true);
  const [compact, setCompact] = useState(true);

  if (isLoading) return <Skeleton className="h-24" />;

  return (
    <section className="rounded-lg border p-4">
      <h2 className="text-lg font-semibold">{t('heading')}</h2>
      <label className="flex items-center gap-2">
        <Switch checked={improve} onCheckedChange={setImprove} />
        {t('improve')}
      </label>
      <label className="flex items-center gap-2">
        <Switch checked={compact} onCheckedChange={setCompact} />
        {t('compact')}
      </label>
      <button onClick={() => saveDataControls({ improve, compact })}>{t('save')}</button>
    </section>
  );
}
`,
  };

  it('reads the label from the namespace the hook names and reports the switch that starts on, in both doors', async () => {
    const dir = project(files);
    const { checker, eslint } = await bothDoors(dir, 'src/features/data-controls/DataControlsCard.tsx', 'recommended');
    expect(checker).toEqual(['19:9 no-preselected-consent preselected']);
    expect(eslint).toEqual(checker);
    expect((await messages(dir)).join('\n')).toContain('Use my conversations to train and improve the AI models');
  });

  it("reads a parameter's default where the caller passes no namespace", async () => {
    const dir = project({
      ...files,
      'src/locale/index.ts': `import { useTranslation } from 'react-i18next';

export const usePluginTranslation = (namespace: string = 'data-controls') => useTranslation([namespace, 'common']);
`,
    });
    const { checker, eslint } = await bothDoors(dir, 'src/features/data-controls/DataControlsCard.tsx', 'recommended');
    expect(checker).toEqual(['19:9 no-preselected-consent preselected']);
    expect(eslint).toEqual(checker);
  });

  it('follows a hook into the module it is imported from, not on into a third one: the copy stays unknown there', async () => {
    const dir = project({
      ...files,
      'src/locale/index.ts': `export { usePluginTranslation } from './plugin';
`,
      'src/locale/plugin.ts': `import { useAppTranslation } from '@/i18n/app';

export const usePluginTranslation = () => useAppTranslation('data-controls');
`,
      'src/i18n/app.ts': `import { useTranslation } from 'react-i18next';

export const useAppTranslation = (namespace: string) => useTranslation([namespace, 'common']);
`,
    });
    expect(await messages(dir)).toEqual([]);
  });

  it("reads the app's default namespace for a hook of that name that fixes another one", async () => {
    // A project's own `useTranslation` that reads the editor's namespace: the default namespace's `improve` is not
    // what this screen shows.
    const dir = project({
      ...files,
      'src/locale/index.ts': `import { useTranslation as useI18next } from 'react-i18next';

export const useTranslation = () => useI18next('editor');
`,
      'public/locales/en/editor.json': JSON.stringify({ heading: 'Editor', improve: 'Suggest better wording as I type', compact: 'Compact toolbar' }),
      'public/locales/en/translation.json': JSON.stringify({ improve: 'Use my conversations to train and improve the AI models' }),
      'src/features/data-controls/DataControlsCard.tsx': files['src/features/data-controls/DataControlsCard.tsx'].replace(/usePluginTranslation/g, 'useTranslation'),
    });
    expect(await messages(dir)).toEqual([]);
  });

  it('reads nothing into a hook whose body does more than call the library (a context): its copy stays unknown', async () => {
    const dir = project({
      ...files,
      'src/locale/index.ts': `import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';

export const TranslationContext = createContext<{ t: TFunction } | null>(null);

export function usePluginTranslation() {
  const value = useContext(TranslationContext);
  if (!value) throw new Error('usePluginTranslation must be used inside <TranslationProvider>');
  return value;
}
`,
    });
    expect(await messages(dir)).toEqual([]);
  });
});

describe('next-intl: a module that aliases the hook and one that passes its scope on', () => {
  const files = {
    'package.json': JSON.stringify({ name: 'newsroom', private: true, dependencies: { next: '^14.2.3', 'next-intl': '^3.14.0', react: '^18.3.1' } }),
    'tsconfig.json': TSCONFIG,
    'src/i18n/routing.ts': `import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({ locales: ['en', 'de'], defaultLocale: 'en' });
`,
    'src/lib/i18n.ts': `'use client';
import { useTranslations } from 'next-intl';

export const useI18n = useTranslations;

export function useScopedI18n(scope: string) {
  return useTranslations(scope);
}
`,
    'messages/en.json': JSON.stringify({
      Newsletter: { title: 'Stay in the loop', email: 'Email address', partners: 'Also send me offers from our partners', submit: 'Subscribe' },
      Footer: { copyright: '© {year} Newsroom' },
    }),
    'src/components/newsletter/SignupForm.tsx': `'use client';
import { useFormStatus } from 'react-dom';
import { subscribe } from '@/app/actions/newsletter';
import { useScopedI18n } from '@/lib/i18n';

function SubmitButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return <button type="submit" disabled={pending}>{label}</button>;
}

export function SignupForm() {
  const t = useScopedI18n('Newsletter');
  return (
    <form action={subscribe} className="space-y-3">
      <h3>{t('title')}</h3>
      <input type="email" name="email" aria-label={t('email')} required />
      <label className="flex gap-2 text-sm">
        <input type="checkbox" name="partners" defaultChecked />
        {t('partners')}
      </label>
      <SubmitButton label={t('submit')} />
    </form>
  );
}
`,
    'src/components/layout/Footer.tsx': `'use client';
import { useI18n } from '@/lib/i18n';

export function Footer() {
  const t = useI18n('Footer');
  return <footer className="text-xs text-muted-foreground">{t('copyright', { year: new Date().getFullYear() })}</footer>;
}
`,
  };

  it('reports the pre-ticked partner offers the scoped hook reads, in both doors; the footer stays clean', async () => {
    const dir = project(files);
    const { checker, eslint } = await bothDoors(dir, 'src/components/newsletter/SignupForm.tsx', 'recommended');
    expect(checker).toEqual(['18:9 no-preselected-consent preselected']);
    expect(eslint).toEqual(checker);
    expect((await messages(dir)).map((m) => m.split(' ').slice(0, 2).join(' '))).toEqual(['src/components/newsletter/SignupForm.tsx:18 honest-ui/no-preselected-consent']);
    expect((await messages(dir)).join('\n')).toContain('Also send me offers from our partners');
  });
});

describe("next-i18next: a hook that returns the library's t with more (cal.com's useLocale)", () => {
  const files = {
    'package.json': JSON.stringify({ name: 'scheduling', private: true, dependencies: { next: '^14.2.3', 'next-i18next': '^15.3.0', react: '^18.3.1' } }),
    'tsconfig.json': TSCONFIG,
    'public/static/locales/en/common.json': JSON.stringify({ booking_updates: 'Email me about product updates', share_with_partners: 'Share my booking history with partner apps to get tailored offers', confirm: 'Confirm' }),
    'src/lib/hooks/useLocale.ts': `import { useTranslation } from 'next-i18next';

export const useLocale = (namespace: Parameters<typeof useTranslation>[0] = 'common') => {
  const { i18n, t } = useTranslation(namespace);
  const isLocaleReady = Object.keys(i18n).length > 0;
  return { i18n, t, isLocaleReady };
};
`,
    'public/static/locales/en/booking.json': JSON.stringify({ share_with_partners: 'Show partner apps in the sidebar' }),
    'src/components/booking/BookingPreferences.tsx': `import { useState } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { useLocale } from '@/lib/hooks/useLocale';

export function BookingPreferences({ onConfirm }: { onConfirm: (prefs: { updates: boolean; partners: boolean }) => void }) {
  const { t, isLocaleReady } = useLocale();
  const [updates, setUpdates] = useState(false);
  const [partners, setPartners] = useState(true);

  if (!isLocaleReady) return null;

  return (
    <div className="space-y-2">
      <label className="flex items-center gap-2">
        <Checkbox checked={updates} onCheckedChange={(value) => setUpdates(value === true)} />
        {t('booking_updates')}
      </label>
      <label className="flex items-center gap-2">
        <Checkbox checked={partners} onCheckedChange={(value) => setPartners(value === true)} />
        {t('share_with_partners')}
      </label>
      <button onClick={() => onConfirm({ updates, partners })}>{t('confirm')}</button>
    </div>
  );
}
`,
  };

  it('reads t from the object the hook returns, in the namespace its default names, in both doors', async () => {
    const dir = project(files);
    const { checker, eslint } = await bothDoors(dir, 'src/components/booking/BookingPreferences.tsx', 'recommended');
    expect(checker).toEqual(['19:9 no-preselected-consent preselected']);
    expect(eslint).toEqual(checker);
  });

  it("reads the namespace a caller names, and leaves a hook with another way out (an early return) as written", async () => {
    const booking = project({ ...files, 'src/components/booking/BookingPreferences.tsx': files['src/components/booking/BookingPreferences.tsx'].replace('useLocale();', "useLocale('booking');") });
    expect(await messages(booking)).toEqual([]);
    const early = project({
      ...files,
      'src/lib/hooks/useLocale.ts': files['src/lib/hooks/useLocale.ts'].replace('  const isLocaleReady', "  if (!i18n) return { t: (key: string) => key, i18n, isLocaleReady: false };\n  const isLocaleReady"),
    });
    expect(await messages(early)).toEqual([]);
  });
});

describe('the pre-filter lets a file through with the messages its own hook may show', () => {
  // Keys that name nothing: the words are in the message files only.
  const files = {
    'package.json': I18NEXT_PACKAGE,
    'tsconfig.json': TSCONFIG,
    'public/locales/en/translation.json': JSON.stringify({ first: 'Cancel' }),
    'public/locales/en/onboarding.json': JSON.stringify({ second: 'Send me marketing emails' }),
    'src/i18n/hooks.ts': `import { useTranslation as useT } from 'react-i18next';

export const useOnboardingTranslation = () => useT('onboarding');
`,
    'src/i18n/index.ts': `export * from './hooks';
`,
    'src/onboarding/StepTwo.tsx': `import { useOnboardingTranslation } from '@/i18n';

export const StepTwo = () => {
  const { t } = useOnboardingTranslation();
  return <label><input type="checkbox" defaultChecked /> {t('second')}</label>;
};
`,
    'src/onboarding/StepThree.tsx': `import { useStepper } from '@/onboarding/stepper';

export const StepThree = () => {
  const { next } = useStepper();
  return <button onClick={next}>{'second'}</button>;
};
`,
    'src/onboarding/stepper.ts': `import { useState } from 'react';

export const useStepper = () => useState(0);
`,
  };
  const filter = prefilterForRules(DEFAULT_SETTINGS, presetRules('strict'));
  const passes = (dir: string, file: string): boolean => {
    const absolute = path.join(dir, file);
    const text = readFileSync(absolute, 'utf8');
    return filter(text) || passesWithBorrowedCopy(text, absolute, filter, readFileOrUndefined, new ProjectCache(), DEFAULT_SETTINGS);
  };

  it('passes a file whose hook, through a barrel, reads a namespace with consent copy', () => {
    const dir = project(files);
    expect(filter(readFileSync(path.join(dir, 'src/onboarding/StepTwo.tsx'), 'utf8'))).toBe(false);
    expect(passes(dir, 'src/onboarding/StepTwo.tsx')).toBe(true);
  });

  it('passes a file that wraps the hook itself, the namespace a default of its parameter', () => {
    const dir = project({
      ...files,
      'src/onboarding/StepTwo.tsx': `import { useTranslation } from 'react-i18next';

const useStepTranslation = (namespace = 'onboarding') => useTranslation(namespace);

export const StepTwo = () => {
  const { t } = useStepTranslation();
  return <label><input type="checkbox" defaultChecked /> {t('second')}</label>;
};
`,
    });
    expect(passes(dir, 'src/onboarding/StepTwo.tsx')).toBe(true);
  });

  it("passes a file whose hook returns next-i18next's t, or a t another project hook gives by the library's name", () => {
    const useLocale = `import { useTranslation } from 'next-i18next';

export function useLocale() {
  const { t, i18n } = useTranslation('onboarding');
  return { t, locale: i18n.language };
}
`;
    const step = files['src/onboarding/StepTwo.tsx'].replace("import { useOnboardingTranslation } from '@/i18n';", "import { useLocale } from '@/i18n/locale';").replace('useOnboardingTranslation()', 'useLocale()');
    expect(passes(project({ ...files, 'src/i18n/locale.ts': useLocale, 'src/onboarding/StepTwo.tsx': step }), 'src/onboarding/StepTwo.tsx')).toBe(true);
    const byName = useLocale.replace("from 'next-i18next'", "from '@/i18n/provider'");
    expect(passes(project({ ...files, 'src/i18n/locale.ts': byName, 'src/onboarding/StepTwo.tsx': step }), 'src/onboarding/StepTwo.tsx')).toBe(true);
  });

  it("passes a file that names its namespace by another module's constant, through a barrel", () => {
    const dir = project({
      ...files,
      'src/onboarding/constants.ts': `export const NAMESPACE = 'onboarding';
export const STEPS = ['account', 'preferences', 'done'] as const;
`,
      'src/onboarding/index.ts': `export * from './constants';
`,
      'src/onboarding/StepTwo.tsx': `import { useTranslation } from 'react-i18next';
import { NAMESPACE } from '@/onboarding';

export const StepTwo = () => {
  const { t } = useTranslation(NAMESPACE);
  return <label><input type="checkbox" defaultChecked /> {t('second')}</label>;
};
`,
    });
    expect(passes(dir, 'src/onboarding/StepTwo.tsx')).toBe(true);
  });

  it('lets go a file whose imported hook translates nothing, and one whose hook reads a namespace without consent copy', () => {
    const dir = project({ ...files, 'src/i18n/hooks.ts': files['src/i18n/hooks.ts'].replace("useT('onboarding')", "useT('translation')") });
    expect(passes(dir, 'src/onboarding/StepTwo.tsx')).toBe(false);
    expect(passes(dir, 'src/onboarding/StepThree.tsx')).toBe(false);
  });
});
