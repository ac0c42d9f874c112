'use client';

import { useState } from 'react';
import { Description, Field, Label, Switch } from '@headlessui/react';
import { useTranslations } from 'next-intl';
import { saveUserPreferences } from '@/lib/preferences';
import { useShareDialog } from '@/components/share/useShareDialog';
import './AppearanceSettings.scss';

type AppearanceSettingsProps = {
  initialTheme: 'light' | 'dark';
  presetName: string;
};

export function AppearanceSettings({ initialTheme, presetName }: AppearanceSettingsProps) {
  const t = useTranslations('Appearance');
  const { openShareDialog } = useShareDialog();
  const [darkMode, setDarkMode] = useState(initialTheme === 'dark');
  const [compactSidebar, setCompactSidebar] = useState(true);
  const [saveFailed, setSaveFailed] = useState(false);

  async function persist(patch: { theme?: 'light' | 'dark'; compactSidebar?: boolean }) {
    setSaveFailed(false);
    try {
      await saveUserPreferences(patch);
    } catch {
      setSaveFailed(true);
    }
  }

  return (
    <section className="appearance">
      <h1>{t('title')}</h1>
      <p className="appearance__subtitle">{t('subtitle')}</p>

      <Field className="setting-row">
        <div className="setting-row__text">
          <Label className="setting-row__label">{t('darkMode.label')}</Label>
          <Description className="setting-row__description">{t('darkMode.description')}</Description>
        </div>
        <Switch
          checked={darkMode}
          onChange={(value) => {
            setDarkMode(value);
            document.documentElement.dataset.theme = value ? 'dark' : 'light';
            persist({ theme: value ? 'dark' : 'light' });
          }}
          className="toggle"
        >
          <span className="toggle__thumb" />
        </Switch>
        <span className="setting-row__state">{darkMode ? t('on') : t('off')}</span>
      </Field>

      <Field className="setting-row">
        <div className="setting-row__text">
          <Label className="setting-row__label">{t('compactSidebar.label')}</Label>
          <Description className="setting-row__description">{t('compactSidebar.description')}</Description>
        </div>
        <Switch
          checked={compactSidebar}
          onChange={(value) => {
            setCompactSidebar(value);
            persist({ compactSidebar: value });
          }}
          className="toggle"
        >
          <span className="toggle__thumb" />
        </Switch>
        <span className="setting-row__state">{compactSidebar ? t('on') : t('off')}</span>
      </Field>

      {saveFailed && <p role="alert">{t('saveError')}</p>}

      <div className="share-card">
        <h2>{t('shareTitle')}</h2>
        <p>{t('shareBody', { preset: presetName })}</p>
        <button type="button" className="share-card__button" onClick={() => openShareDialog({ kind: 'theme-preset' })}>
          {t('share')}
        </button>
      </div>
    </section>
  );
}
