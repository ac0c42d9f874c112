import { getTranslations, unstable_setRequestLocale } from 'next-intl/server';
import { UpgradeOffer } from '@/components/UpgradeOffer';
import { getCurrentPlan } from '@/lib/billing.server';

type PageProps = {
  params: { locale: string };
};

export async function generateMetadata({ params: { locale } }: PageProps) {
  const t = await getTranslations({ locale, namespace: 'Offer' });
  return { title: t('metaTitle') };
}

export default async function AngebotPage({ params: { locale } }: PageProps) {
  unstable_setRequestLocale(locale);
  const plan = await getCurrentPlan();

  return (
    <main className="page page--narrow">
      <UpgradeOffer promoId="summer-premium-3m" currentPlan={plan.displayName} />
    </main>
  );
}
