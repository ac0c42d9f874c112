'use client';

import { type FormEvent, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { createContract } from '@/lib/api';
import './SignupForm.css';

type SignupFormProps = {
  quoteId: string;
  monthlyAmount: number;
};

export function SignupForm({ quoteId, monthlyAmount }: SignupFormProps) {
  const t = useTranslations('Signup');
  const format = useFormatter();
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [showConsentError, setShowConsentError] = useState(false);
  const [status, setStatus] = useState<'idle' | 'submitting' | 'error'>('idle');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!agreed) {
      setShowConsentError(true);
      return;
    }
    setStatus('submitting');
    try {
      await createContract({ quoteId, email, password, termsAccepted: agreed, marketingOptIn: agreed });
      router.push('/welkom');
    } catch {
      setStatus('error');
    }
  }

  return (
    <form className="signup-form" onSubmit={handleSubmit} noValidate>
      <p className="signup-form__step">{t('step')}</p>
      <h1 className="signup-form__title">{t('title')}</h1>
      <p className="signup-form__summary">
        {t('summary', { amount: format.number(monthlyAmount, { style: 'currency', currency: 'EUR' }) })}
      </p>

      <label className="signup-form__field">
        <span>{t('email')}</span>
        <input type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label className="signup-form__field">
        <span>{t('password')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>

      <label className="signup-form__consent">
        <input
          type="checkbox"
          checked={agreed}
          onChange={(e) => {
            setAgreed(e.target.checked);
            setShowConsentError(false);
          }}
        />
        <span>
          {t.rich('consent', {
            terms: (chunks) => <a href="/algemene-voorwaarden">{chunks}</a>,
            privacy: (chunks) => <a href="/privacy">{chunks}</a>,
          })}
        </span>
      </label>
      {showConsentError && <p className="signup-form__error">{t('consentRequired')}</p>}
      {status === 'error' && (
        <p role="alert" className="signup-form__error">
          {t('error')}
        </p>
      )}

      <button type="submit" className="signup-form__submit" disabled={status === 'submitting'}>
        {status === 'submitting' ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
