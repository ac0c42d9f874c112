import parser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';
import rule from '../../rules/no-buried-consent.js';

RuleTester.afterAll = afterAll;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.describe = describe;

const ruleTester = new RuleTester({ languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } });

/** A document-sharing app's access page (papermark's shape): an email, an NDA to agree to, "Continue", a footer. */
const accessPage = (footer: string): string => `import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';

export default function AccessForm({ onSubmit, requireAgreement }: { onSubmit: (data: { email: string; agreed: boolean }) => void; requireAgreement: boolean }) {
  const [email, setEmail] = useState('');
  const [agreed, setAgreed] = useState(false);
  return (
    <div className="flex min-h-dvh flex-col justify-between pb-4">
      <form className="space-y-4" onSubmit={(e) => { e.preventDefault(); onSubmit({ email, agreed }); }}>
        <h1 className="text-2xl font-bold">Your action is requested to continue</h1>
        <Input type="email" placeholder="Email address" value={email} onChange={(e) => setEmail(e.target.value)} />
        {requireAgreement ? (
          <label className="flex items-center gap-2">
            <Checkbox checked={agreed} onCheckedChange={(value) => setAgreed(value === true)} />
            I have reviewed and agree to the terms of this Non-Disclosure Agreement.
          </label>
        ) : null}
        <Button type="submit" className="w-1/3">Continue</Button>
      </form>
      <div className="flex flex-col items-center gap-0.5">
${footer}      </div>
    </div>
  );
}`;

/**
 * A plan form in trigger.dev's shape: its form buttons put a hidden default action first (so that Enter submits
 * "upgrade"), then the visible ones. `terms` is where the plan's renewal terms sit.
 */
const planForm = (terms: { beforeSubmit: string; afterSubmit: string }): string => `import { Form } from '@remix-run/react';
import { Button } from '@/components/primitives/Buttons';

export function UpgradePlanForm({ planCode, seats, onCancel }: { planCode: string; seats: number; onCancel: () => void }) {
  return (
    <Form method="post" action="/resources/orgs/acme/select-plan">
      <input type="hidden" name="planCode" value={planCode} />
      <h2>Upgrade to Pro</h2>
      <button type="submit" name="action" value="upgrade" className="hidden" tabIndex={-1} aria-hidden="true" />
${terms.beforeSubmit}      <div className="flex justify-between">
        <Button variant="secondary/medium" onClick={onCancel}>Cancel</Button>
        <Button variant="primary/medium" type="submit" name="action" value="upgrade">Upgrade plan</Button>
      </div>
${terms.afterSubmit}    </Form>
  );
}`;

/** A product landing section in openpanel's shape: a trial button, then feature cards that link to feature pages. */
const featureSection = (below: string): string => `import Link from 'next/link';
import { GetStartedButton } from '@/components/get-started-button';

const features = [
  { title: 'Share & Collaborate', description: 'Invite unlimited team members. Share dashboards publicly or lock them behind a password.', slug: 'share' },
  { title: 'Integrations', description: 'Forward events to your own systems or third-party tools.', slug: 'integrations' },
];

export function Collaboration() {
  return (
    <section className="container">
      <h2>Turn data into actionable insights</h2>
      <GetStartedButton className="mt-6">Start free trial</GetStartedButton>
      <div className="mt-16 flex flex-col gap-6">
        {features.map((feature) => (
          <Link href={\`/features/\${feature.slug}\`} key={feature.title} className="group flex flex-col gap-2">
            <h3 className="font-semibold">{feature.title}</h3>
            <p className="text-sm text-muted-foreground">{feature.description}</p>
          </Link>
        ))}
      </div>
${below}    </section>
  );
}`;

ruleTester.run('no-buried-consent', rule, {
  valid: [
    // Near-miss: a plan form whose renewal terms stand above its visible "Upgrade plan"; the hidden default action
    // before them (no text, aria-hidden) is no button anyone presses.
    { code: planForm({ beforeSubmit: '      <p>Renews monthly at $20 per seat until you cancel.</p>\n', afterSubmit: '' }) },
    // Near-miss: a landing page's feature cards below its trial button say where each link goes ("Share dashboards
    // publicly", "third-party tools"): they state no term of the trial.
    { code: featureSection('') },
    // Near-miss: an email assistant's settings (inbox-zero, papermark): a plan form's "Save", then a section headed
    // "AI Model", a count of conversations and a line about processing new emails. Naming the model picker, a
    // conversation count or what the product does to the user's mail discloses no data use of theirs.
    {
      code: `import { Button } from '@/components/ui/button';
import { useAssistantStats } from '@/hooks/useAssistantStats';

export function AssistantSettings({ onSave }: { onSave: () => void }) {
  const { plan, conversations, isLoading } = useAssistantStats();
  return (
    <form onSubmit={onSave} className="space-y-6">
      <h2 className="text-lg font-semibold">Your subscription</h2>
      <p>{plan.name}: billed monthly at {plan.price}.</p>
      <Button type="submit" disabled={isLoading}>Save</Button>
      <section className="space-y-2">
        <h3 className="font-medium">AI Model</h3>
        <p>Conversations: {conversations}</p>
        <p className="text-sm text-muted-foreground">No conversations found</p>
        <p className="text-sm text-muted-foreground">Upgrade on the next step to process new emails as they arrive.</p>
      </section>
    </form>
  );
}`,
    },
    // Near-miss: a billing page whose "Upgrade" only links to the plans page; the usage tiles below it (partners,
    // payout fees) are read after nothing was accepted here.
    {
      code: `import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { useWorkspace } from '@/lib/swr/use-workspace';

export function PlanUsage({ slug }: { slug: string }) {
  const { plan, trialEndsAt, partnersUsage, payoutFee } = useWorkspace();
  return (
    <section className="rounded-xl border">
      {trialEndsAt && <p className="text-xs">Your subscription renews when the trial ends unless you cancel.</p>}
      <div className="flex flex-col gap-4 p-6">
        <h2 className="text-xl font-medium">{plan} plan</h2>
        <Link href={\`/\${slug}/settings/billing/upgrade\`} className="rounded-md bg-black px-4 py-2 text-white">
          Upgrade
        </Link>
      </div>
      <div className="flex flex-col">
        <p>Partners: {partnersUsage}</p>
        <p>Payout fees: {payoutFee}, charged on each payout to your partners.</p>
      </div>
    </section>
  );
}`,
    },
    // Near-miss: the CCPA opt-out link under a preferences form's submit is a route to a choice, not a buried term.
    {
      code: `import { Formik, Form, Field } from 'formik';
import { savePreferences } from '@/api/preferences';

export function ContactPreferences({ initial }: { initial: { offersByEmail: boolean } }) {
  return (
    <Formik initialValues={initial} onSubmit={(values) => savePreferences(values)}>
      {({ isSubmitting }) => (
        <Form className="prefs">
          <label>
            <Field type="checkbox" name="offersByEmail" />
            Email me offers from our partners
          </label>
          <button type="submit" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save preferences'}
          </button>
          <p className="prefs__footer">
            California residents: <a href="/privacy/ccpa-opt-out">Do not sell or share my personal information</a>
          </p>
        </Form>
      )}
    </Formik>
  );
}`,
    },
    // Near-miss: the same disclosure, above the button: read before the choice.
    {
      code: `export const A = () => (
  <div role="dialog">
    <p>We will share your data with our partners.</p>
    <button>Accept</button>
  </div>
);`,
    },
    // Near-miss: the disclosure beside the button, in the same flex row.
    {
      code: `export const A = () => (
  <div role="dialog">
    <h2>Updated terms</h2>
    <div style={{ display: 'flex', gap: 8 }}>
      <button>Accept</button>
      <span>We will share your data with our partners.</span>
    </div>
  </div>
);`,
    },
    // Near-miss: a "Learn more" link after the buttons is a route to details, not a buried term.
    {
      code: `export const A = () => (
  <aside className="cookie-banner">
    <p>We use cookies for analytics.</p>
    <button>Accept all</button>
    <button>Reject all</button>
    <a href="/privacy">Learn how we use your data</a>
  </aside>
);`,
    },
    // Near-miss: text after the buttons that is not material.
    {
      code: `export const A = () => (
  <aside className="cookie-banner">
    <p>We use cookies for analytics.</p>
    <button>Accept all</button>
    <button>Reject all</button>
    <p>You can change this later in Settings.</p>
  </aside>
);`,
    },
    // Near-miss: how to cancel, after the button, doesn't change what people agree to (not in the default topics).
    {
      code: `export const A = () => (
  <section className="subscription">
    <p>Premium renews automatically at $9.99 per month.</p>
    <button>Continue</button>
    <p>Cancel anytime.</p>
  </section>
);`,
    },
    // Near-miss: toggles below "Akzeptieren" but followed by "Auswahl speichern", a settings button that saves them.
    {
      code: `export const A = ({ onAccept, onSave }: { onAccept: () => void; onSave: () => void }) => (
  <div role="dialog">
    <p>Wir verwenden Cookies.</p>
    <button onClick={onAccept}>Alle akzeptieren</button>
    <label><input type="checkbox" /> Statistik-Cookies</label>
    <label><input type="checkbox" /> Marketing-Cookies</label>
    <button onClick={onSave}>Auswahl speichern</button>
  </div>
);`,
    },
    // Near-miss: toggles below "Accept all" but followed by "Save my choices", which submits them.
    {
      code: `export const A = () => (
  <div role="dialog">
    <p>We use cookies.</p>
    <button>Accept all</button>
    <label><input type="checkbox" /> Analytics cookies</label>
    <label><input type="checkbox" /> Marketing cookies</label>
    <button>Save my choices</button>
  </div>
);`,
    },
    // Near-miss: a strictly necessary box below the button grants no consent.
    {
      code: `export const A = () => (
  <div role="dialog">
    <p>We use cookies.</p>
    <button>Accept all</button>
    <label><input type="checkbox" checked disabled /> Strictly necessary cookies</label>
  </div>
);`,
    },
    // Near-miss: a grid with columns places items side by side or in rows depending on their count and spans:
    // no finding (a needs-review at most).
    {
      code: `export const A = () => (
  <div role="dialog">
    <h2>Updated terms</h2>
    <div style={{ display: 'grid', gridTemplateColumns: '1fr auto' }}>
      <button>Accept</button>
      <span>We will share your data with our partners.</span>
    </div>
  </div>
);`,
    },
    // Near-miss: a flex column reversed draws the later element above the accept.
    {
      code: `export const A = () => (
  <div role="dialog">
    <h2>Updated terms</h2>
    <div style={{ display: 'flex', flexDirection: 'column-reverse' }}>
      <button>Accept</button>
      <span>We will share your data with our partners.</span>
    </div>
  </div>
);`,
    },
    // Near-miss: inline-flex boxes set by the author flow on one line beside the button.
    {
      code: `export const A = () => (
  <div role="dialog">
    <h2>Updated terms</h2>
    <div className="actions">
      <button style={{ display: 'inline-flex' }}>Accept</button>
      <span style={{ display: 'inline-flex' }}>We will share your data with our partners.</span>
    </div>
  </div>
);`,
    },
    // Near-miss: data text in the page footer, outside the dialog: another context with no accept of its own.
    {
      code: `export const A = () => (
  <div>
    <div role="dialog">
      <p>We use cookies.</p>
      <button>Accept</button>
    </div>
    <footer>We collect your data as our privacy policy explains.</footer>
  </div>
);`,
    },
    // Near-miss: a prompt with no accept action has nothing to bury things under.
    {
      code: `export const A = () => (
  <div role="dialog">
    <p>Our privacy policy changed.</p>
    <button>Close</button>
    <p>We now share your data with partners.</p>
  </div>
);`,
    },
    // Near-miss: a document-sharing app's access page (papermark's shape): "securely shared with you" under the
    // form's "Continue" says how the document reached the reader; nothing of theirs is shared.
    {
      code: accessPage(`        <p className="text-center text-sm">
          This document is securely shared with you using <a href="https://www.example.com">Acme Docs</a>.
        </p>
        <a href="/privacy" className="text-xs underline">Privacy Policy</a>
`),
    },
    // Near-miss: an onboarding step's code sample below its "Continue" (openstatus): `$ terraform apply` is a shell
    // prompt in a <pre>, not a price, and code shown as code is no disclosure.
    {
      code: `import Link from 'next/link';
import { Button } from '@/components/ui/button';

const TERRAFORM_SNIPPET = \`resource "openstatus_monitor" "api" {
  url     = "https://api.acme.dev/health"
  regions = ["ams", "iad"]
}

$ terraform apply   # no clickops\`;

export function StepThree() {
  return (
    <div className="flex flex-col gap-4">
      <h2>You're live. Your 14-day free trial of the Team plan has started.</h2>
      <Button asChild><Link href="/overview">Continue</Link></Button>
      <pre className="rounded-md border p-2 text-xs">{TERRAFORM_SNIPPET}</pre>
      <p className="text-xs">Run <code>$ openstatus monitors apply</code> from CI.</p>
    </div>
  );
}`,
    },
  ],
  invalid: [
    {
      // A pay-or-consent wall: what accepting allows is said only in a paragraph below the options, and the buttons
      // after it open other layers ("Partnerliste", "Einstellungen"); they save nothing that the paragraph is part of.
      code: `import { cmp } from '@/lib/cmp';
import styles from './ConsentWall.module.css';

export function ConsentWall({ vendorCount, onAccept }: { vendorCount: number | null; onAccept: () => void }) {
  return (
    <div className={styles.wall} role="dialog" aria-modal="true">
      <p className={styles.lead}>Rheinblick finanziert seinen Journalismus mit Werbung und Abonnements. Wie möchten Sie weiterlesen?</p>
      <div className={styles.options}>
        <button type="button" onClick={onAccept}>Alle akzeptieren und weiter</button>
        <a href="/abo/pur">PUR-Abo für 2,99 € im Monat</a>
      </div>
      <p className={styles.legal}>
        Mit „Alle akzeptieren und weiter“ willigen Sie ein, dass wir und unsere {vendorCount ?? 'über 200'} Partner Ihre
        personenbezogenen Daten für personalisierte Werbung verarbeiten.
      </p>
      <div className={styles.links}>
        <button type="button" onClick={() => cmp.showVendorList()}>Partnerliste</button>
        <button type="button" onClick={() => cmp.showPurposes()}>Einstellungen</button>
      </div>
    </div>
  );
}`,
      errors: [{ messageId: 'buriedDisclosure', line: 12, column: 7 }],
    },
    {
      // The plan form with its renewal terms after the visible button: buried below "Upgrade plan".
      code: planForm({ beforeSubmit: '', afterSubmit: '      <p>Renews monthly at $20 per seat until you cancel.</p>\n' }),
      errors: [{ messageId: 'buriedDisclosure', line: 14, column: 7, data: { topic: 'automatic renewal and price', text: 'Renews monthly at $20 per seat until yo…', accept: 'Upgrade plan' } }],
    },
    {
      // The landing section stating, in a paragraph of its own below the trial button, what happens when it ends.
      code: featureSection('      <p className="text-xs">After 14 days your trial converts to a paid plan at $29/month unless you cancel.</p>\n'),
      errors: [{ messageId: 'buriedDisclosure', line: 22, column: 7 }],
    },
    {
      // The same page telling the reader, only after "Continue", that their email goes to the document's owner.
      code: accessPage(`        <p className="text-center text-sm">Your email address will be shared with the document owner.</p>
        <a href="/privacy" className="text-xs underline">Privacy Policy</a>
`),
      errors: [{ messageId: 'buriedDisclosure', line: 23, column: 9 }],
    },
    {
      // A link that acts on the page (a handler, `href="#"`) is the prompt's action: the switch below it is buried.
      code: `import { useConsent } from '@/lib/consent';

export function TermsUpdate() {
  const { accept, setTraining, training } = useConsent();
  return (
    <div role="dialog" className="flex flex-col">
      <h2>We updated our terms</h2>
      <a href="#" className="btn btn-primary" onClick={accept}>Continue</a>
      <label>
        <input type="checkbox" role="switch" checked={training} onChange={(e) => setTraining(e.target.checked)} />
        Use my chats to train and improve AI models
      </label>
    </div>
  );
}`,
      errors: [{ messageId: 'buriedControl', line: 10, column: 9 }],
    },
    {
      // A grid without columns puts each item on a row of its own: the text is stacked below the button.
      code: `export const A = () => (
  <div role="dialog">
    <h2>Updated terms</h2>
    <div style={{ display: 'grid', gap: 16 }}>
      <button>Accept</button>
      <span>We will share your data with our partners.</span>
    </div>
  </div>
);`,
      errors: [{ messageId: 'buriedDisclosure', line: 6, column: 7 }],
    },
    {
      // The terms-update pop-up: the AI-training switch sits below "Accept".
      code: `import { useState } from 'react';
export function TermsUpdate() {
  const [allow, setAllow] = useState(false);
  return (
    <div role="dialog">
      <h2>Updates to our terms</h2>
      <button>Accept</button>
      <div className="row">
        <span>Allow us to use your chats to train our models</span>
        <input type="checkbox" role="switch" checked={allow} onChange={() => setAllow(!allow)} />
      </div>
    </div>
  );
}`,
      errors: [
        {
          messageId: 'buriedControl',
          data: { control: 'switch', label: 'Allow us to use your chats to train our models', purpose: 'AI model training', accept: 'Accept' },
          line: 10,
          column: 9,
        },
      ],
    },
    {
      code: `export const A = () => (
  <form className="signup">
    <input type="email" name="email" />
    <button type="submit">Continue</button>
    <label><input type="checkbox" /> Send me marketing emails</label>
  </form>
);`,
      errors: [
        {
          messageId: 'buriedControl',
          data: { control: 'checkbox', label: 'Send me marketing emails', purpose: 'marketing', accept: 'Continue' },
          line: 5,
          column: 12,
        },
      ],
    },
    {
      code: `export const A = () => (
  <div role="dialog">
    <h2>We updated our privacy policy</h2>
    <button>I agree</button>
    <p>From 1 March we will share your data with our partners.</p>
  </div>
);`,
      errors: [
        {
          messageId: 'buriedDisclosure',
          data: { topic: 'data sharing and data use', text: 'From 1 March we will share your data wi…', accept: 'I agree' },
          line: 5,
          column: 5,
        },
      ],
    },
    {
      code: `export const A = () => (
  <section className="subscription">
    <h2>Premium</h2>
    <button>Continue</button>
    <p>Renews automatically every month until cancelled.</p>
  </section>
);`,
      errors: [
        {
          messageId: 'buriedDisclosure',
          data: { topic: 'automatic renewal and price', text: 'Renews automatically every month until…', accept: 'Continue' },
          line: 5,
          column: 5,
        },
      ],
    },
    {
      // A flex container turned into a column by an inline style stacks the note below the button.
      code: `export const A = () => (
  <div role="dialog">
    <h2>New AI features</h2>
    <div style={{ display: 'flex', flexDirection: 'column' }}>
      <button>Continue</button>
      <small>We may use your conversations to train our models.</small>
    </div>
  </div>
);`,
      errors: [
        {
          messageId: 'buriedDisclosure',
          data: { topic: 'data use and AI model training', text: 'We may use your conversations to train…', accept: 'Continue' },
          line: 6,
          column: 7,
        },
      ],
    },
    {
      code: `import { Switch } from './ui/Switch';
export const A = () => (
  <div role="dialog">
    <p>Welcome to the new app.</p>
    <button>Got it</button>
    <Switch label="Share my data with partners" />
  </div>
);`,
      errors: [
        {
          messageId: 'buriedControl',
          data: { control: 'switch', label: 'Share my data with partners', purpose: 'data sharing', accept: 'Got it' },
          line: 6,
          column: 5,
        },
      ],
    },
    {
      code: `export const A = () => (
  <aside className="cookie-banner">
    <button>Accept all</button>
    <button>Reject all</button>
    <p>We use cookies and share data with advertising partners.</p>
  </aside>
);`,
      errors: [
        {
          messageId: 'buriedDisclosure',
          data: { topic: 'data use and data sharing', text: 'We use cookies and share data with adve…', accept: 'Accept all' },
          line: 5,
          column: 5,
        },
      ],
    },
    {
      // Cancellation terms count when the project asks for them through the topics option.
      code: `export const A = () => (
  <section className="subscription">
    <p>Premium renews automatically at $9.99 per month.</p>
    <button>Continue</button>
    <p>Cancel anytime.</p>
  </section>
);`,
      options: [{ topics: ['cancellation'] }],
      errors: [
        {
          messageId: 'buriedDisclosure',
          data: { topic: 'cancellation', text: 'Cancel anytime.', accept: 'Continue' },
          line: 5,
          column: 5,
        },
      ],
    },
    {
      // Both a buried control and a buried disclosure in one prompt: each is reported.
      code: `export const A = () => (
  <div role="dialog">
    <h2>Terms update</h2>
    <button>Accept</button>
    <p>We retain your chats for up to five years.</p>
    <label><input type="checkbox" /> Use my chats to improve our models</label>
  </div>
);`,
      errors: [
        {
          messageId: 'buriedDisclosure',
          data: { topic: 'data retention and AI model training', text: 'We retain your chats for up to five yea…', accept: 'Accept' },
          line: 5,
          column: 5,
        },
        {
          messageId: 'buriedControl',
          data: { control: 'checkbox', label: 'Use my chats to improve our models', purpose: 'AI model training', accept: 'Accept' },
          line: 6,
          column: 12,
        },
      ],
    },
  ],
});
