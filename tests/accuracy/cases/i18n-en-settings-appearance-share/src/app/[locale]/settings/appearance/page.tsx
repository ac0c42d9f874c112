import { getTranslations, unstable_setRequestLocale } from 'next-intl/server';
import { AppearanceSettings } from '@/components/settings/AppearanceSettings';
import { getUserPreferences } from '@/lib/preferences.server';

type PageProps = { params: { locale: string } };

export async function generateMetadata({ params: { locale } }: PageProps) {
  const t = await getTranslations({ locale, namespace: 'Appearance' });
  return { title: t('metaTitle') };
}

export default async function AppearancePage({ params: { locale } }: PageProps) {
  unstable_setRequestLocale(locale);
  const prefs = await getUserPreferences();

  return <AppearanceSettings initialTheme={prefs.theme} presetName={prefs.themePreset} />;
}
