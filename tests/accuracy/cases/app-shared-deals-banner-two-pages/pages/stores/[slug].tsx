import type { GetServerSideProps } from 'next';
import Image from 'next/image';
import { serverSideTranslations } from 'next-i18next/serverSideTranslations';
import { useTranslation } from 'next-i18next';
import { DealAlertsBanner } from '@/components/DealAlertsBanner';
import { activateCashback, getStore, type StoreDetail } from '@/lib/api/stores';

type Props = { store: StoreDetail };

export default function StorePage({ store }: Props) {
  const { t } = useTranslation('deals');
  return (
    <article>
      <header className="store-header">
        <Image src={store.logoUrl} alt="" width={72} height={72} />
        <div>
          <h1>{store.name}</h1>
          <p>{t('store.cashbackUpTo', { rate: store.maxRate })}</p>
        </div>
        <button type="button" className="btn-primary" onClick={() => activateCashback(store.slug)}>
          {t('store.activate')}
        </button>
      </header>
      <DealAlertsBanner placement="store" />
      <section dangerouslySetInnerHTML={{ __html: store.termsHtml }} />
    </article>
  );
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, locale = 'en' }) => {
  const store = await getStore(String(params?.slug));
  if (!store) return { notFound: true };
  return {
    props: { store, ...(await serverSideTranslations(locale, ['common', 'deals'])) },
  };
};
