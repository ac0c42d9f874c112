import { getTranslations, unstable_setRequestLocale } from 'next-intl/server';
import { SignupForm } from '@/components/SignupForm';
import { getQuote } from '@/lib/quotes';

type PageProps = {
  params: { locale: string };
  searchParams: { quote?: string };
};

export async function generateMetadata({ params: { locale } }: PageProps) {
  const t = await getTranslations({ locale, namespace: 'Signup' });
  return { title: t('metaTitle') };
}

export default async function AanmeldenPage({ params: { locale }, searchParams }: PageProps) {
  unstable_setRequestLocale(locale);
  const quote = await getQuote(searchParams.quote);

  return (
    <main className="signup-page">
      <SignupForm quoteId={quote.id} monthlyAmount={quote.monthlyAmount} />
    </main>
  );
}
