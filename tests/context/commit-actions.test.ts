/**
 * What a "Continue" and a submit commit (issue 13): a "Continue", "Next", "Save" or submit after consent controls
 * commits them, so the controls are the choice and the prompt lacks no decline (a control on by default is the
 * step's one defect, reported once, by no-preselected-consent); a form that carries a consent control or a
 * material disclosure has its submit as the action that fine print and buried terms are measured against. Through
 * ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';
import { checkerReport } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const both = bothRunner('commit-actions');
const project = tempProjects('commit-actions-report');

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
    ['en', 'Your privacy choices', ['Usage analytics', 'Marketing emails'], 'Continue'],
    ['de', 'Ihre Datenschutz-Einstellungen', ['Statistik-Cookies', 'Personalisierte Werbung'], 'Weiter'],
    ['fr', 'Vos choix de confidentialité', ["Mesure d'audience", 'Publicité personnalisée'], 'Continuer'],
  ] as const)('%s: with a switch on by default, the switch is reported once, not "Continue" as well', async (_language, heading, labels, next) => {
    const result = await both({ 'PrivacyStep.tsx': ONBOARDING(heading, [...labels], next, true) }, 'PrivacyStep.tsx', ['require-decline-option', 'no-preselected-consent']);
    expect(result.eslint).toEqual(['no-preselected-consent preselected 11:30']);
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

  it("a dialog's buttons inside a form are not its submit: the dialog renders in a portal, or its button names another form", async () => {
    // A checkout form with an "Add address" dialog (shadcn/ui, Radix underneath) whose save button submits the
    // dialog's own form; the order's submit comes after it, and the renewal terms after that.
    const checkout = `
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { AddressFields } from './AddressFields';

export function CheckoutForm({ onPlaceOrder }: { onPlaceOrder: (values: unknown) => void }) {
  const { register, handleSubmit } = useForm();
  return (
    <form onSubmit={handleSubmit(onPlaceOrder)} className="space-y-4">
      <label>Email <input type="email" {...register('email')} /></label>
      <Dialog>
        <DialogTrigger asChild><Button variant="outline">Add address</Button></DialogTrigger>
        <DialogContent>
          <DialogTitle>New address</DialogTitle>
          <AddressFields />
          <DialogFooter>
            <Button type="submit" form="address-form">Save address</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      <Button type="submit">Place order</Button>
      <p>Your Plus membership renews automatically at $9.99/month until you cancel.</p>
    </form>
  );
}
`;
    const files = { 'src/checkout/CheckoutForm.tsx': checkout };
    const result = await both(files, 'src/checkout/CheckoutForm.tsx', ['no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 23:7']);
    expect(result.eslint).toEqual(result.checker);
    const { findings } = await checkerReport(project(files));
    expect(findings.map((f) => f.text)).toEqual([expect.stringContaining("comes after 'Place order'")]);
  });

  it("near-miss: a settings form whose table rows confirm a deletion in a dialog commits nothing, and its \"Cancel\" is no cancellation term", async () => {
    // Modelled on a status-page product's workspace settings: a members form (its own submit invites a member) with
    // each row's "Delete" confirmed in an alert dialog, and an API keys card whose empty state offers API access.
    const settings = `
import { useForm } from 'react-hook-form';
import {
  AlertDialog, AlertDialogAction, AlertDialogCancel, AlertDialogContent, AlertDialogFooter, AlertDialogTitle, AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { useMembers } from '@/lib/members';

export function WorkspaceSettings({ onInvite }: { onInvite: (values: { email: string }) => void }) {
  const { register, handleSubmit } = useForm<{ email: string }>();
  const members = useMembers();
  return (
    <section className="space-y-6">
      <form onSubmit={handleSubmit(onInvite)} className="rounded border p-4">
        <h2>Team</h2>
        <table>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <td>{member.email}</td>
                <td>
                  <AlertDialog>
                    <AlertDialogTrigger asChild><Button variant="ghost">Remove</Button></AlertDialogTrigger>
                    <AlertDialogContent>
                      <AlertDialogTitle>Remove {member.email}?</AlertDialogTitle>
                      <form id="confirm-remove"><input name="confirmation" placeholder="Type REMOVE to confirm" /></form>
                      <AlertDialogFooter>
                        <AlertDialogCancel>Cancel</AlertDialogCancel>
                        <AlertDialogAction type="submit" form="confirm-remove">Remove</AlertDialogAction>
                      </AlertDialogFooter>
                    </AlertDialogContent>
                  </AlertDialog>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label>Add member <input type="email" {...register('email')} /></label>
      </form>
      <div className="rounded border p-4">
        <h2>API keys</h2>
        <p>No API keys yet. Access your data via API.</p>
      </div>
    </section>
  );
}
`;
    expect(await both({ 'src/settings/WorkspaceSettings.tsx': settings }, 'src/settings/WorkspaceSettings.tsx')).toEqual({ eslint: [], checker: [] });
  });

  it("names a submit whose label can't be read by its element, not by an empty quote", async () => {
    const signUp = `
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

export function SignUpForm({ onSubmit }: { onSubmit: () => void }) {
  const { t } = useTranslation('auth');
  return (
    <form onSubmit={onSubmit}>
      <label>Email <input type="email" name="email" /></label>
      <label><input type="checkbox" name="offers" /> Send me partner offers by email</label>
      <Button type="submit">{t('signUp.submit')}</Button>
      <p>We share your personal data with our advertising partners.</p>
    </form>
  );
}
`;
    const { findings } = await checkerReport(project({ 'src/auth/SignUpForm.tsx': signUp }));
    expect(findings.filter((f) => f.rule === 'no-buried-consent').map((f) => f.text)).toEqual([expect.stringContaining("comes after 'Button'")]);
  });
});

