'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'next-intl';
import { subscribe } from '@/lib/newsletter';
import styles from './NewsletterSignup.module.css';

type NewsletterSignupProps = {
  source: string;
};

export function NewsletterSignup({ source }: NewsletterSignupProps) {
  const t = useTranslations('Newsletter');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [profiling, setProfiling] = useState(false);
  const [state, setState] = useState<'idle' | 'sending' | 'done' | 'error'>('idle');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState('sending');
    try {
      await subscribe({ name, email, profiling, source });
      setState('done');
    } catch {
      setState('error');
    }
  }

  if (state === 'done') {
    return <p className={styles.success}>{t('success')}</p>;
  }

  return (
    <form className={styles.form} onSubmit={handleSubmit}>
      <h2 className={styles.title}>{t('title')}</h2>
      <p className={styles.lead}>{t('lead')}</p>
      <div className={styles.fields}>
        <label className={styles.field}>
          <span>{t('name')}</span>
          <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className={styles.field}>
          <span>{t('email')}</span>
          <input type="email" name="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
      </div>
      <label className={styles.check}>
        <input
          type="checkbox"
          name="profiling"
          checked={profiling}
          onChange={(e) => setProfiling(e.target.checked)}
        />
        <span>{t('profiling')}</span>
      </label>
      <p className={styles.privacy}>
        {t.rich('privacy', {
          link: (chunks) => <a href="/privacy">{chunks}</a>,
        })}
      </p>
      {state === 'error' && (
        <p role="alert" className={styles.error}>
          {t('error')}
        </p>
      )}
      <button type="submit" className={styles.submit} disabled={state === 'sending'}>
        {state === 'sending' ? t('sending') : t('submit')}
      </button>
    </form>
  );
}
