import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { registerAccount } from '../api/account';
import './RegisterForm.scss';

type FormState = {
  name: string;
  email: string;
  password: string;
  partnerOffers: boolean;
  terms: boolean;
};

const initialState: FormState = {
  name: '',
  email: '',
  password: '',
  partnerOffers: false,
  terms: false,
};

export function RegisterForm() {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const [form, setForm] = useState<FormState>(initialState);
  const [status, setStatus] = useState<'idle' | 'submitting' | 'error'>('idle');
  const [termsError, setTermsError] = useState(false);

  const update = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((prev) => ({ ...prev, [key]: value }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!form.terms) {
      setTermsError(true);
      return;
    }
    setStatus('submitting');
    try {
      await registerAccount(form);
      navigate('/mijn-account');
    } catch {
      setStatus('error');
    }
  }

  return (
    <form className="register-form" onSubmit={handleSubmit} noValidate>
      <h1>{t('register.title')}</h1>
      <p className="register-form__subtitle">{t('register.subtitle')}</p>

      <label className="register-form__field">
        {t('register.name')}
        <input name="name" autoComplete="name" value={form.name} onChange={(e) => update('name', e.target.value)} />
      </label>
      <label className="register-form__field">
        {t('register.email')}
        <input
          type="email"
          name="email"
          autoComplete="email"
          value={form.email}
          onChange={(e) => update('email', e.target.value)}
        />
      </label>
      <label className="register-form__field">
        {t('register.password')}
        <input
          type="password"
          name="password"
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => update('password', e.target.value)}
        />
        <span className="register-form__hint">{t('register.passwordHint')}</span>
      </label>

      <div className="register-form__check">
        <input
          id="partner-offers"
          type="checkbox"
          checked={form.partnerOffers}
          onChange={(e) => update('partnerOffers', e.target.checked)}
        />
        <label htmlFor="partner-offers">{t('register.partnerOffers')}</label>
      </div>
      <div className="register-form__check">
        <input id="terms" type="checkbox" checked={form.terms} onChange={(e) => update('terms', e.target.checked)} />
        <label htmlFor="terms">{t('register.terms')}</label>
      </div>
      {termsError && !form.terms && <p className="register-form__error">{t('register.termsRequired')}</p>}
      {status === 'error' && (
        <p role="alert" className="register-form__error">
          {t('register.error')}
        </p>
      )}

      <button type="submit" className="register-form__submit" disabled={status === 'submitting'}>
        {status === 'submitting' ? t('register.submitting') : t('register.submit')}
      </button>
    </form>
  );
}
