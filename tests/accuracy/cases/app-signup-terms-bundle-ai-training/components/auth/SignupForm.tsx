'use client';

import { useActionState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { signup, type SignupState } from '@/app/[locale]/signup/actions';

const field = 'mt-1 block w-full rounded-md border border-gray-300 px-3 py-2 text-base focus:border-indigo-500 focus:ring-indigo-500';

export function SignupForm() {
  const t = useTranslations('Signup');
  const [state, formAction, pending] = useActionState<SignupState, FormData>(signup, {});

  return (
    <form action={formAction} className="space-y-5">
      <div>
        <label htmlFor="name" className="block text-sm font-medium text-gray-900">
          {t('name')}
        </label>
        <input id="name" name="name" autoComplete="name" required className={field} />
      </div>
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-gray-900">
          {t('email')}
        </label>
        <input id="email" name="email" type="email" autoComplete="email" required className={field} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-gray-900">
          {t('password')}
        </label>
        <input id="password" name="password" type="password" autoComplete="new-password" minLength={12} required className={field} />
        <p className="mt-1 text-sm text-gray-600">{t('passwordHint')}</p>
      </div>

      <label className="flex items-start gap-3 text-sm text-gray-800">
        <input type="checkbox" name="acceptTerms" required className="mt-0.5 h-4 w-4 rounded border-gray-300" />
        <span>
          {t.rich('termsAndTraining', {
            terms: (chunks) => (
              <Link href="/legal/terms" className="underline">
                {chunks}
              </Link>
            ),
            privacy: (chunks) => (
              <Link href="/legal/privacy" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </span>
      </label>
      <label className="flex items-start gap-3 text-sm text-gray-800">
        <input type="checkbox" name="productEmails" className="mt-0.5 h-4 w-4 rounded border-gray-300" />
        <span>{t('productEmails')}</span>
      </label>

      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {t(`errors.${state.error}`)}
        </p>
      )}

      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-60"
      >
        {pending ? t('submitting') : t('submit')}
      </button>
      <p className="text-center text-sm text-gray-700">
        {t.rich('haveAccount', {
          login: (chunks) => (
            <Link href="/login" className="font-medium text-indigo-700">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </form>
  );
}
