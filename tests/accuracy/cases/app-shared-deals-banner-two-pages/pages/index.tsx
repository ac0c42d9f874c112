import type { GetStaticProps } from 'next';
import { serverSideTranslations } from 'next-i18next/serverSideTranslations';
import { useTranslation } from 'next-i18next';
import { DealAlertsBanner } from '@/components/DealAlertsBanner';
import { StoreGrid } from '@/components/StoreGrid';
import { getTrendingStores, type StoreSummary } from '@/lib/api/stores';

type Props = { stores: StoreSummary[] };

export default function Home({ stores }: Props) {
  const { t } = useTranslation('deals');
  return (
    <>
      <h1>{t('home.title')}</h1>
      <DealAlertsBanner placement="home" />
      <h2>{t('home.trending')}</h2>
      <StoreGrid stores={stores} />
    </>
  );
}

export const getStaticProps: GetStaticProps<Props> = async ({ locale = 'en' }) => ({
  props: {
    stores: await getTrendingStores(),
    ...(await serverSideTranslations(locale, ['common', 'deals'])),
  },
  revalidate: 300,
});
