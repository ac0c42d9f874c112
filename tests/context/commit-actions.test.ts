/**
 * What a "Continue" and a submit commit (issue 13): a "Continue", "Next", "Save" or submit after consent controls
 * that all start off commits them, so the controls are the choice and the prompt lacks no decline (with a control
 * on by default, "Continue" still accepts what was chosen for people); a form that carries a consent control or a
 * material disclosure has its submit as the action that fine print and buried terms are measured against. Through
 * ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('commit-actions');

const ONBOARDING = (heading: string, labels: [string, string], next: string, firstOn = false) => `
import { useState } from 'react';
import { Switch } from '@/components/ui/switch';

export function PrivacyStep({ onNext }: { onNext: (choices: Record<string, boolean>) => void }) {
  const [first, setFirst] = useState(${firstOn});
  const [second, setSecond] = useState(false);
  return (
    <div role="dialog" aria-labelledby="privacy-step-title" className="onboarding-step">
      <h2 id="privacy-step-title">${heading}</h2>
      <label className="row"><Switch checked={first} onCheckedChange={setFirst} /> ${labels[0]}</label>
      <label className="row"><Switch checked={second} onCheckedChange={setSecond} /> ${labels[1]}</label>
      <button className="btn-primary" onClick={() => onNext({ first, second })}>${next}</button>
    </div>
  );
}
`;

describe('a "Continue" after consent controls that start off commits them', () => {
  it.each([
    ['en', 'Your privacy choices', ['Usage analytics', 'Marketing emails'], 'Continue'],
    ['en', 'Your privacy choices', ['Usage analytics', 'Marketing emails'], 'Next'],
    ['de', 'Ihre Datenschutz-Einstellungen', ['Statistik-Cookies', 'Personalisierte Werbung'], 'Weiter'],
    ['fr', 'Vos choix de confidentialité', ["Mesure d'audience", 'Publicité personnalisée'], 'Continuer'],
    ['pt', 'As suas escolhas de privacidade', ['Cookies analíticos', 'Publicidade personalizada'], 'Próximo'],
  ] as const)('%s: "%s" with every switch off is not a prompt without a decline', async (_language, heading, labels, next) => {
    const result = await both({ 'PrivacyStep.tsx': ONBOARDING(heading, [...labels], next) }, 'PrivacyStep.tsx', ['require-decline-option', 'no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it.each([
    // English "Continue" is an acknowledgement (require-decline-option's acknowledgeOnly); the others read as accepts.
    ['en', 'Your privacy choices', ['Usage analytics', 'Marketing emails'], 'Continue', 'acknowledgeOnly'],
    ['de', 'Ihre Datenschutz-Einstellungen', ['Statistik-Cookies', 'Personalisierte Werbung'], 'Weiter', 'missingDecline'],
    ['fr', 'Vos choix de confidentialité', ["Mesure d'audience", 'Publicité personnalisée'], 'Continuer', 'missingDecline'],
  ] as const)('%s: with a switch on by default, "Continue" accepts what was chosen for people', async (_language, heading, labels, next, messageId) => {
    const result = await both({ 'PrivacyStep.tsx': ONBOARDING(heading, [...labels], next, true) }, 'PrivacyStep.tsx', ['require-decline-option', 'no-preselected-consent']);
    expect(result.eslint).toEqual(['no-preselected-consent preselected 11:30', `require-decline-option ${messageId} 9:5`]);
    expect(result.checker).toEqual(result.eslint);
  });
});

const SIGNUP = (email: string, optIn: string, submit: string, disclosure: string, where: 'before' | 'after') => {
  const fine = `<p className={styles.legal}>${disclosure}</p>`;
  return `
import styles from './SignUp.module.css';
import { useForm } from 'react-hook-form';

export function SignUpForm({ onSubmit }: { onSubmit: (values: unknown) => void }) {
  const { register, handleSubmit } = useForm();
  return (
    <form className={styles.form} onSubmit={handleSubmit(onSubmit)}>
      <label>${email} <input type="email" {...register('email')} /></label>
      <label><input type="checkbox" {...register('offers')} /> ${optIn}</label>
      ${where === 'before' ? fine : ''}
      <button type="submit" className={styles.submit}>${submit}</button>
      ${where === 'after' ? fine : ''}
    </form>
  );
}
`;
};
const SIGNUP_CSS = `
.form { display: block; font-size: 16px; color: #111111; background: #ffffff; }
.submit { font-size: 16px; font-weight: 600; background: #111111; color: #ffffff; padding: 12px 20px; border: 0; }
.legal { font-size: 10px; }
`;

describe("a form's submit is the action its fine print and buried terms qualify", () => {
  it.each([
    ['en', 'Email', 'Send me marketing emails', 'Create account', 'We share your personal data with our advertising partners.'],
    ['de', 'E-Mail', 'Newsletter mit Sonderangeboten erhalten', 'Konto erstellen', 'Wir geben Ihre personenbezogenen Daten an Werbepartner weiter.'],
    ['fr', 'E-mail', 'Recevoir nos offres promotionnelles', 'Créer un compte', 'Nous partageons vos données personnelles avec nos partenaires publicitaires.'],
  ])('%s: a disclosure below "%s" is buried, and small print beside it is fine print', async (_language, email, optIn, submit, disclosure) => {
    const files = (where: 'before' | 'after') => ({ 'SignUp.tsx': SIGNUP(email, optIn, submit, disclosure, where), 'SignUp.module.css': SIGNUP_CSS });
    const after = await both(files('after'), 'SignUp.tsx', ['no-buried-consent', 'no-fine-print']);
    expect(after.eslint).toEqual(['no-buried-consent buriedDisclosure 13:7', 'no-fine-print smallerThanChoice 13:7']);
    expect(after.checker).toEqual(after.eslint);
    const before = await both(files('before'), 'SignUp.tsx', ['no-buried-consent', 'no-fine-print']);
    expect(before.eslint).toEqual(['no-fine-print smallerThanChoice 11:7']);
    expect(before.checker).toEqual(before.eslint);
  });

  it('near-miss: a sign-in form with a small "forgot your password" line carries no consent and no disclosure', async () => {
    const signIn = `
import styles from './SignUp.module.css';

export function SignInForm({ onSubmit }: { onSubmit: () => void }) {
  return (
    <form className={styles.form} onSubmit={onSubmit}>
      <label>Email <input type="email" name="email" /></label>
      <label>Password <input type="password" name="password" /></label>
      <button type="submit" className={styles.submit}>Sign in</button>
      <p className={styles.legal}>Forgot your password? We will email you a reset link within a few days.</p>
    </form>
  );
}
`;
    expect(await both({ 'SignIn.tsx': signIn, 'SignUp.module.css': SIGNUP_CSS }, 'SignIn.tsx')).toEqual({ eslint: [], checker: [] });
  });
});
