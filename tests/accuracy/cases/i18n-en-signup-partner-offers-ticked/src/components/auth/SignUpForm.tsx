'use client';

import { useState } from 'react';
import { useFormState, useFormStatus } from 'react-dom';
import { Eye, EyeOff, Loader2 } from 'lucide-react';
import { signUp, type SignUpState } from '@/app/actions/auth';
import { Link } from '@/i18n/routing';
import { useI18n, useScopedI18n } from '@/lib/i18n';
import styles from './SignUpForm.module.css';

const initialState: SignUpState = { status: 'idle' };

function SubmitButton() {
  const t = useI18n('SignUp');
  const { pending } = useFormStatus();

  return (
    <button type="submit" className={styles.submit} disabled={pending}>
      {pending && <Loader2 className={styles.spinner} size={18} aria-hidden />}
      {pending ? t('submitting') : t('submit')}
    </button>
  );
}

type SignUpFormProps = {
  redirectTo?: string;
};

export function SignUpForm({ redirectTo }: SignUpFormProps) {
  const t = useScopedI18n('SignUp');
  const [state, formAction] = useFormState(signUp, initialState);
  const [showPassword, setShowPassword] = useState(false);

  return (
    <form action={formAction} className={styles.form} noValidate>
      <h1 className={styles.title}>{t('title')}</h1>
      <p className={styles.subtitle}>{t('subtitle')}</p>

      {state.status === 'error' && (
        <p role="alert" className={styles.formError}>
          {t(`errors.${state.code ?? 'generic'}`)}
        </p>
      )}

      <input type="hidden" name="redirectTo" value={redirectTo ?? '/'} />

      <label className={styles.field}>
        <span className={styles.fieldLabel}>{t('fields.name.label')}</span>
        <input name="name" autoComplete="name" className={styles.input} required />
      </label>

      <label className={styles.field}>
        <span className={styles.fieldLabel}>{t('fields.email.label')}</span>
        <input
          type="email"
          name="email"
          autoComplete="email"
          placeholder={t('fields.email.placeholder')}
          className={styles.input}
          required
        />
      </label>

      <div className={styles.field}>
        <label htmlFor="signup-password" className={styles.fieldLabel}>
          {t('fields.password.label')}
        </label>
        <div className={styles.passwordWrap}>
          <input
            id="signup-password"
            type={showPassword ? 'text' : 'password'}
            name="password"
            autoComplete="new-password"
            minLength={10}
            className={styles.input}
            required
          />
          <button
            type="button"
            className={styles.reveal}
            aria-pressed={showPassword}
            aria-label={showPassword ? t('fields.password.hide') : t('fields.password.show')}
            onClick={() => setShowPassword((value) => !value)}
          >
            {showPassword ? <EyeOff size={18} /> : <Eye size={18} />}
          </button>
        </div>
        <p className={styles.hint}>{t('fields.password.hint')}</p>
      </div>

      <div className={styles.choices}>
        <label className={styles.checkbox}>
          <input type="checkbox" name="keepSignedIn" defaultChecked />
          <span>{t('preferences.keepSignedIn')}</span>
        </label>
        <label className={styles.checkbox}>
          <input type="checkbox" name="gigGuide" />
          <span>{t('preferences.gigGuide')}</span>
        </label>
        <label className={styles.checkbox}>
          <input type="checkbox" name="partnerOffers" defaultChecked />
          <span>{t('preferences.partnerOffers')}</span>
        </label>
        <label className={styles.checkbox}>
          <input type="checkbox" name="acceptTerms" required />
          <span>
            {t.rich('preferences.terms', {
              terms: (chunks) => <Link href="/legal/terms">{chunks}</Link>,
              privacy: (chunks) => <Link href="/legal/privacy">{chunks}</Link>,
            })}
          </span>
        </label>
      </div>

      <SubmitButton />

      <p className={styles.switchAuth}>
        {t.rich('haveAccount', {
          login: (chunks) => <Link href="/login">{chunks}</Link>,
        })}
      </p>
    </form>
  );
}
