import rule from '../../rules/no-bundled-consent.js';
import { ruleTester, TSX } from './rule-tester.js';

ruleTester().run('no-bundled-consent', rule, {
  valid: [
    {
      // Near-miss: two legal documents are one acceptance, not a separate consent.
      filename: TSX,
      code: `
export const Signup = () => (
  <form>
    <label><input type="checkbox" required /> I agree to the Terms of Service and Privacy Policy</label>
    <button type="submit">Sign up</button>
  </form>
);`,
    },
    {
      // Near-miss: the layered cookie banner: "Accept all" beside "Reject all" and per-purpose settings, no terms.
      filename: TSX,
      code: `
export const CookieBanner = () => (
  <aside className="cookie-banner">
    <p>By clicking Accept all, you agree to our use of cookies for analytics and advertising.</p>
    <button>Accept all cookies</button>
    <button>Reject all</button>
    <button>Cookie settings</button>
  </aside>
);`,
    },
    {
      // Near-miss: a terms checkbox and a separate marketing checkbox: consent per purpose.
      filename: TSX,
      code: `
export const Signup = () => (
  <form>
    <label><input type="checkbox" required /> I agree to the Terms of Service</label>
    <label><input type="checkbox" /> Send me marketing emails</label>
    <button type="submit">Sign up</button>
  </form>
);`,
    },
    {
      // Near-miss: a newsletter box alone accepts no terms.
      filename: TSX,
      code: `
export const Footer = () => (
  <form>
    <label><input type="checkbox" /> Subscribe to our newsletter</label>
  </form>
);`,
    },
    {
      // Near-miss: the policy is pointed to, not accepted: the purpose comes first.
      filename: TSX,
      code: `
export const Signup = () => (
  <form>
    <label><input type="checkbox" /> Send me special offers (see our Privacy Policy)</label>
    <button type="submit">Sign up</button>
  </form>
);`,
    },
    {
      // Near-miss: the terms update asks for AI training with a switch of its own.
      filename: TSX,
      code: `
export const TermsUpdate = () => (
  <div role="dialog">
    <p>By clicking Accept, you agree to the updated Terms of Service.</p>
    <label><input type="checkbox" role="switch" /> Allow us to use your chats to train our models</label>
    <button>Accept</button>
  </div>
);`,
    },
    {
      // Near-miss: the prompt's text is a translation call: it may be the sentence that offers the separate choice.
      filename: TSX,
      code: `
export const TermsUpdate = ({ t }: { t: (key: string) => string }) => (
  <div role="dialog">
    <p>By clicking Accept, you agree to the updated Terms and to the use of your chats for model training.</p>
    <p>{t('terms.optOut')}</p>
    <button>Accept</button>
  </div>
);`,
    },
    {
      // Near-miss: the training purpose is one people can opt out of elsewhere, not granted by accepting.
      filename: TSX,
      code: `
export const TermsUpdate = () => (
  <div role="dialog">
    <p>By clicking Accept, you agree to the updated Terms of Service.</p>
    <p>You can opt out of model training in Settings at any time.</p>
    <button>Accept</button>
  </div>
);`,
    },
    {
      // Near-miss: a cookie banner names its cookie policy; accepting it grants cookies, not the terms.
      filename: TSX,
      code: `
export const CookieBanner = () => (
  <aside className="cookie-banner">
    <p>By clicking Accept, you agree to our use of cookies for analytics. Read our Cookie Policy.</p>
    <button>Accept</button>
    <button>Reject</button>
  </aside>
);`,
    },
    {
      // Near-miss: a settings button beside the single accept may hold the separate choices.
      filename: TSX,
      code: `
export const TermsUpdate = () => (
  <div role="dialog">
    <p>By clicking Accept, you agree to the new Terms and to personalised ads.</p>
    <button>Accept</button>
    <button>Manage settings</button>
  </div>
);`,
    },
    {
      // Near-miss: the sign-up footer says what the privacy policy explains; naming its contents grants nothing.
      filename: TSX,
      code: `
export const Signup = () => (
  <form>
    <input name="email" type="email" />
    <button type="submit">Get started</button>
    <p>By continuing, you agree to our <a href="/terms">Terms of Service</a> and <a href="/privacy">Privacy Policy</a>, which describes how we use analytics.</p>
  </form>
);`,
    },
    {
      // Near-miss: a marketing box of its own that points to the privacy policy for how the data is used.
      filename: TSX,
      code: `
export const Register = () => (
  <form>
    <label><input type="checkbox" name="offers" /> Yes, send me news. See our <a href="/privacy">Privacy Policy</a> for how we use your data for marketing.</label>
    <label><input type="checkbox" name="terms" required /> I agree to the <a href="/terms">Terms</a></label>
    <button type="submit">Register</button>
  </form>
);`,
    },
  ],
  invalid: [
    {
      // The effective date inside a sentence is a value; every sentence of the dialog is read, and none offers
      // training a control of its own.
      filename: TSX,
      code: `
import { Description, Dialog, DialogPanel, DialogTitle } from '@headlessui/react';
import type { PendingTerms } from '@/lib/legal';

export function TermsRefreshDialog({ pending, onAgree, onLater }: { pending: PendingTerms; onAgree: () => void; onLater: () => void }) {
  return (
    <Dialog open onClose={onLater} className="relative z-50">
      <DialogPanel className="max-w-md rounded-xl bg-white p-6">
        <DialogTitle className="text-lg font-semibold">We've updated our Terms of Service</DialogTitle>
        <Description className="mt-3 text-sm">
          The new terms take effect on {pending.effectiveDate}. They cover shared workspaces and refunds.
        </Description>
        <p className="mt-3 text-sm">
          By clicking &ldquo;I agree&rdquo;, you accept the updated Terms of Service and allow Inkwell to use your
          documents to train and improve our writing models.
        </p>
        <div className="mt-6 flex justify-end gap-3">
          <button type="button" onClick={onLater}>Remind me later</button>
          <button type="button" onClick={onAgree}>I agree</button>
        </div>
      </DialogPanel>
    </Dialog>
  );
}`,
      errors: [{ messageId: 'bundledAction', data: { label: 'I agree', terms: 'terms', purpose: 'AI model training' }, line: 19 }],
    },
    {
      // A word of accepting after the privacy policy: the purpose is granted, not described.
      filename: TSX,
      code: `
export const Update = () => (
  <div role="dialog">
    <p>By clicking Accept, you agree to our Terms and Privacy Policy and allow us to use your chats to train our models.</p>
    <button>Accept</button>
  </div>
);`,
      errors: [{ messageId: 'bundledAction', data: { label: 'Accept', terms: 'terms', purpose: 'AI model training' }, line: 5, column: 5 }],
    },
    {
      // The classic: one box for the terms and the marketing emails.
      filename: TSX,
      code: `
export const Signup = () => (
  <form>
    <label><input type="checkbox" required /> I agree to the Terms and to receive marketing emails</label>
    <button type="submit">Sign up</button>
  </form>
);`,
      errors: [{ messageId: 'bundledControl', data: { control: 'checkbox', label: 'I agree to the Terms and to receive marketing emails', terms: 'terms', purpose: 'marketing' }, line: 4, column: 12 }],
    },
    {
      // Two documents and data sharing in one box; the documents are links inside the label.
      filename: TSX,
      code: `
export const Signup = () => (
  <form>
    <label>
      <input type="checkbox" />
      I accept the <a href="/terms">Terms of Service</a> and <a href="/privacy">Privacy Policy</a> and agree to share my data with third parties
    </label>
    <button type="submit">Create account</button>
  </form>
);`,
      errors: [
        {
          messageId: 'bundledControl',
          data: { control: 'checkbox', label: 'I accept the Terms of Service and Privacy Policy and agree…', terms: 'terms and privacy policy', purpose: 'data sharing' },
          line: 5,
          column: 7,
        },
      ],
    },
    {
      // One accept button that accepts the terms and turns on AI training.
      filename: TSX,
      code: `
export const TermsUpdate = () => (
  <div role="dialog">
    <h2>Updates to our Consumer Terms</h2>
    <button>Accept terms and allow AI training</button>
    <button>Not now</button>
  </div>
);`,
      errors: [{ messageId: 'bundledButton', data: { label: 'Accept terms and allow AI training', terms: 'terms', purpose: 'AI model training' }, line: 5, column: 5 }],
    },
    {
      // The only accept of a terms update says it also grants AI training, and there is no control for it.
      filename: TSX,
      code: `
export const TermsUpdate = () => (
  <div role="dialog">
    <h2>Updates to our Consumer Terms</h2>
    <p>By clicking Accept, you agree to the updated Terms of Service and allow us to use your chats to train our models.</p>
    <button>Accept</button>
    <button>Decline</button>
  </div>
);`,
      errors: [{ messageId: 'bundledAction', data: { label: 'Accept', terms: 'terms', purpose: 'AI model training' }, line: 6, column: 5 }],
    },
    {
      // Signing up is the only way to accept the terms, and it signs people up for the newsletter too.
      filename: TSX,
      code: `
export const Signup = () => (
  <form>
    <input type="email" name="email" />
    <p>By signing up, you agree to our Terms and to receive our newsletter.</p>
    <button type="submit">Sign up</button>
  </form>
);`,
      errors: [{ messageId: 'bundledAction', data: { label: 'Sign up', terms: 'terms', purpose: 'marketing' }, line: 6, column: 5 }],
    },
    {
      // A switch that accepts the terms of use and turns on usage data.
      filename: TSX,
      code: `
export const Onboarding = () => (
  <div className="settings">
    <label><input type="checkbox" role="switch" /> Accept the Terms of Use and share usage data</label>
  </div>
);`,
      errors: [{ messageId: 'bundledControl', data: { control: 'switch', label: 'Accept the Terms of Use and share usage data', terms: 'terms', purpose: 'analytics' }, line: 4, column: 12 }],
    },
    {
      // German: the AGB and the newsletter in one box.
      filename: TSX,
      code: `
export const Anmeldung = () => (
  <form>
    <label><input type="checkbox" /> Ich akzeptiere die AGB und möchte den Newsletter erhalten</label>
    <button type="submit">Registrieren</button>
  </form>
);`,
      errors: [{ messageId: 'bundledControl', data: { control: 'checkbox', label: 'Ich akzeptiere die AGB und möchte den Newsletter erhalten', terms: 'terms', purpose: 'marketing' }, line: 4, column: 12 }],
    },
    {
      // French: one button for the CGU and targeted advertising.
      filename: TSX,
      code: `
export const Conditions = () => (
  <div role="dialog">
    <p>Nos conditions générales évoluent.</p>
    <button>Accepter les CGU et la publicité ciblée</button>
    <button>Refuser</button>
  </div>
);`,
      errors: [{ messageId: 'bundledButton', data: { label: 'Accepter les CGU et la publicité ciblée', terms: 'terms', purpose: 'advertising' }, line: 5, column: 5 }],
    },
    {
      // Spanish: the terms and commercial communications in one box.
      filename: TSX,
      code: `
export const Registro = () => (
  <form>
    <label><input type="checkbox" /> Acepto los términos y condiciones y recibir comunicaciones comerciales</label>
    <button type="submit">Registrarse</button>
  </form>
);`,
      errors: [{ messageId: 'bundledControl', data: { control: 'checkbox', label: 'Acepto los términos y condiciones y recibir comunicaciones…', terms: 'terms', purpose: 'marketing' }, line: 4, column: 12 }],
    },
  ],
});
