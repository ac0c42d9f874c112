import { redirect } from 'next/navigation';
import { getTranslations, unstable_setRequestLocale } from 'next-intl/server';
import { SignUpForm } from '@/components/auth/SignUpForm';
import { getSession } from '@/lib/auth/session';

type PageProps = {
  params: { locale: string };
  searchParams: { next?: string };
};

export async function generateMetadata({ params: { locale } }: PageProps) {
  const t = await getTranslations({ locale, namespace: 'SignUp' });
  return { title: t('metaTitle') };
}

export default async function SignUpPage({ params: { locale }, searchParams }: PageProps) {
  unstable_setRequestLocale(locale);

  const session = await getSession();
  if (session) {
    redirect(searchParams.next ?? '/');
  }

  return <SignUpForm redirectTo={searchParams.next} />;
}
