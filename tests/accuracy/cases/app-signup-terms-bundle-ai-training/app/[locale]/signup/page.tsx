import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignupForm } from '@/components/auth/SignupForm';

export default async function SignupPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Signup');

  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-2xl font-bold tracking-tight text-gray-900">{t('title')}</h1>
      <p className="mt-2 text-sm text-gray-600">{t('subtitle')}</p>
      <div className="mt-8">
        <SignupForm />
      </div>
    </main>
  );
}
