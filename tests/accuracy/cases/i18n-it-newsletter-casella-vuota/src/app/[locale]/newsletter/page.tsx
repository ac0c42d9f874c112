import { getTranslations, unstable_setRequestLocale } from 'next-intl/server';
import { NewsletterSignup } from '@/components/NewsletterSignup';

type PageProps = { params: { locale: string } };

export async function generateMetadata({ params: { locale } }: PageProps) {
  const t = await getTranslations({ locale, namespace: 'Newsletter' });
  return { title: t('metaTitle') };
}

export default function NewsletterPage({ params: { locale } }: PageProps) {
  unstable_setRequestLocale(locale);
  return (
    <main className="container">
      <NewsletterSignup source="newsletter-page" />
    </main>
  );
}
