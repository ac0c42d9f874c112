import rule from '../../rules/no-fine-print.js';
import { ruleTester, TSX, withStylesheets } from './rule-tester.js';

/** The stylesheets the cases import, written to a temp dir beside the linted file's name. */
const filename = withStylesheets({
  'banner.css': `
.banner { background: #ffffff; color: #1a1a1a; font-size: 16px; }
.accept { background-color: #1a1a1a; color: #ffffff; font-size: 16px; font-weight: 600; padding: 12px 24px; border: none; }
.fine { font-size: 12px; color: #9a9a96; }
.muted { color: #999999; }
.small-button { font-size: 14px; }
.hint { font-size: 15px; color: #767676; }
.large-grey { font-size: 24px; color: #888888; }
.themed { color: var(--text-muted); font-size: 16px; }
.text-sm { font-size: 11px; }
.text-md { font-size: 16px; }
.banner .legal { font-size: 11px; }
.footer-note { font-size: 11px; }
.tiny { font-size: 10px; }
`,
  'root.css': `
html { font-size: 62.5%; }
.dialog { background: #fff; color: #222; }
.cta { font-size: 1.6rem; background: #0a7; color: #fff; }
.note { font-size: 1.1rem; }
`,
  'fine.module.css': `
.fine { font-size: 11px; }
.cta { font-size: 16px; background: #000; color: #fff; }
.box { background: #fff; color: #111; }
`,
});

ruleTester().run('no-fine-print', rule, {
  valid: [
    {
      // Near-miss (inbox-zero's onboarding): a mock inbox drawn at 9px beside "Continue" names newsletters by title;
      // "Weekly Digest" is a sender, not a weekly price.
      filename: TSX,
      code: `
import { Newspaper, Tag, Calendar } from 'lucide-react';
const EMAILS = [
  { id: 1, name: 'Daily Deals', icon: Tag, emailCount: 127 },
  { id: 2, name: 'Newsletter', icon: Newspaper, emailCount: 84 },
  { id: 3, name: 'Weekly Digest', icon: Calendar, emailCount: 43 },
];
export function StaticBulkUnsubscribeStep({ onNext }: { onNext: () => void }) {
  return (
    <div className="flex min-h-svh flex-col items-center justify-center">
      <ul>
        {EMAILS.map((email) => (
          <li key={email.id}>
            <email.icon />
            <div style={{ fontSize: 9 }}>{email.name}</div>
            <div style={{ fontSize: 9 }}>{email.emailCount} emails</div>
          </li>
        ))}
      </ul>
      <h1>Bulk unsubscribe and archive</h1>
      <p style={{ fontSize: 14 }}>See which emails you never read. One-click unsubscribe and archive them in bulk.</p>
      <button style={{ fontSize: 14 }} onClick={onNext}>Continue</button>
    </div>
  );
}`,
    },
    {
      // Near-miss (midday's marketing site): a section shows the product's inbox as an animated mock-up, its
      // suggested match drawn at 10px with the mock's own "Decline". Nothing is offered here, so the amount is data,
      // not the price of a choice.
      filename: TSX,
      code: `
import { motion } from 'motion/react';
import { SectionHeading } from '@/components/section-heading';
const SUGGESTION = { vendor: 'Stripe', amount: '$89.00', date: 'Sep 10' };
export function InboxSection() {
  return (
    <section className="py-24">
      <SectionHeading title="Receipts, matched for you" subtitle="Forward receipts, invoices and subscription bills to your inbox." />
      <div className="scale-[0.85]">
        <motion.div animate={{ opacity: 1 }} className="flex items-center justify-between">
          <div style={{ fontSize: 11 }}>Suggested match</div>
          <div style={{ fontSize: 10, color: '#878787' }}>
            Transaction • {SUGGESTION.vendor} • {SUGGESTION.amount} • {SUGGESTION.date}
          </div>
          <button type="button" style={{ fontSize: 11 }}>Decline</button>
        </motion.div>
      </div>
    </section>
  );
}`,
    },
    {
      // A year-in-review slideshow (papermark's): the intro's "Let's go" and the last slide's credit offer are never
      // on screen together, so the offer's smaller text qualifies no choice of the intro.
      filename: TSX,
      code: `
import { useState } from 'react';
export function YearlyRecap({ stats }: { stats: { year: number } }) {
  const [slide, setSlide] = useState(0);
  return (
    <div role="dialog" aria-label="Your year">
      {slide === 0 && (
        <div>
          <h1 style={{ fontSize: 48 }}>Your {stats.year} with Papermark</h1>
          <p style={{ fontSize: 14 }}>This review is personalised to your platform usage.</p>
          <button style={{ fontSize: 18 }} onClick={() => setSlide(1)}>Let's go</button>
        </div>
      )}
      {slide === 6 && (
        <div>
          <h2 style={{ fontSize: 30 }}>Share your stats</h2>
          <p style={{ fontSize: 12 }}>You will receive $50 in credits on your account.</p>
        </div>
      )}
    </div>
  );
}`,
    },
    {
      // A copyright line in the page footer is outside every consent context: small print there is not a disclosure
      // qualifying a choice.
      filename,
      code: `
import './banner.css';
export const Page = () => (
  <div className="page">
    <div className="banner">
      <p>We use cookies.</p>
      <button className="accept">Accept all</button>
      <button className="accept">Reject all</button>
    </div>
    <footer><p className="footer-note">© 2025 Acme Inc. We process orders in 30 days.</p></footer>
  </div>
);`,
    },
    {
      // Disclosures as large as the button and dark enough (16px #1a1a1a; 15px #767676 is within the 2px tolerance and
      // at 4.54:1), and large grey text held to the 3:1 large-text threshold (#888 on white is 3.54:1).
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies to personalise ads.</p>
    <p>We share your data with our partners and keep it for 2 years.</p>
    <p className="hint">You can withdraw consent at any time.</p>
    <h2 className="large-grey">Your data, your choice</h2>
    <button className="accept">Accept</button>
  </div>
);`,
    },
    {
      // A class computed at run time could be text-sm or text-md: the size is unknown, so it is only a review.
      filename,
      code: `
import './banner.css';
export const Banner = ({ size }: { size: 'sm' | 'md' }) => (
  <div className="banner">
    <p>We use cookies.</p>
    <p className={\`text-\${size}\`}>We share your data with third parties.</p>
    <button className="accept">Accept</button>
  </div>
);`,
    },
    {
      // The colour is a CSS variable: contrast can't be known, so no contrast finding (the size is 16px).
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <p className="themed">Data is stored for up to 2 years.</p>
    <button className="accept">Accept</button>
  </div>
);`,
    },
    {
      // A design-system <Text> draws itself with styles we can't see: its size is unknown.
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <Text>We sell your data.</Text>
    <button className="accept">Accept</button>
  </div>
);`,
    },
    {
      // An article about privacy with no choice to qualify: small print there is for another rule to judge.
      filename,
      code: `
import './banner.css';
export const Article = () => (
  <article className="banner">
    <h1>Our privacy policy</h1>
    <p className="tiny">We collect your personal data and share it with partners.</p>
  </article>
);`,
    },
    {
      // <small> restyled to the size of the choice and of the text around it is not fine print any more.
      filename: TSX,
      code: `
export const Banner = () => (
  <div className="cookie-banner" style={{ fontSize: 16 }}>
    <p>We use cookies.</p>
    <button style={{ fontSize: 16 }}>Accept</button>
    <small style={{ fontSize: 16 }}>We share your data with partners.</small>
  </div>
);`,
    },
    {
      // Small text that discloses nothing material, and a button label (not a disclosure) that mentions data.
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="accept">Accept</button>
    <p style={{ fontSize: 12 }}>Questions? Write to us.</p>
    <button className="accept">Accept and share my data with partners</button>
  </div>
);`,
    },
  ],
  invalid: [
    {
      // The same 10px amount where the section offers something: a subscription's price under "Subscribe".
      filename: TSX,
      code: `
export function ProPlan({ onSubscribe }: { onSubscribe: () => void }) {
  return (
    <section className="py-24">
      <h2>Midday Pro</h2>
      <div style={{ fontSize: 10, color: '#222' }}>Billed monthly • $89.00 • cancel anytime</div>
      <button type="button" style={{ fontSize: 11 }} onClick={onSubscribe}>Subscribe</button>
    </section>
  );
}`,
      errors: [{ messageId: 'belowFloor', data: { topic: 'price and cancellation', size: '10px', floor: '12px', text: 'Billed monthly • $89.00 • cancel anytime' }, line: 6 }],
    },
    {
      // An opt-out page offers only a refusal, but what it says about the data's use is still a disclosure.
      filename: TSX,
      code: `
export function DoNotSell({ onOptOut }: { onOptOut: () => void }) {
  return (
    <section className="py-24">
      <h2>Your privacy choices</h2>
      <p style={{ fontSize: 10, color: '#222' }}>We share your purchase history with advertising partners.</p>
      <button type="button" style={{ fontSize: 14 }} onClick={onOptOut}>Opt out</button>
    </section>
  );
}`,
      errors: [{ messageId: 'belowFloor', line: 6 }],
    },
    {
      // The terms-update pop-up: 12px grey AI-training disclosure under a 16px Accept.
      filename,
      code: `
import './banner.css';

export const TermsUpdate = () => (
  <div role="dialog" className="banner">
    <h2>Updates to our terms</h2>
    <button className="accept">Accept</button>
    <p className="fine">We use your chats to train our models.</p>
  </div>
);`,
      errors: [
        {
          messageId: 'smallerThanChoice',
          data: { topic: 'data use and AI model training', size: '12px', choice: 'Accept', choiceSize: '16px', text: 'We use your chats to train our models.' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 25,
        },
        {
          messageId: 'lowContrast',
          data: { topic: 'data use and AI model training', contrast: '2.82:1', color: '#9a9a96', background: '#ffffff', required: '4.5:1', text: 'We use your chats to train our models.' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 25,
        },
      ],
    },
    {
      // <small> inherits 16px / 1.2 = 13.33px, more than 2px under the 16px buttons.
      filename,
      code: `
import './banner.css';

export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="accept">Accept all</button>
    <button className="accept">Reject all</button>
    <small>We share your data with our advertising partners.</small>
  </div>
);`,
      errors: [
        {
          messageId: 'smallerThanChoice',
          data: { topic: 'data sharing and data use', size: '13.33px', choice: 'Accept all', choiceSize: '16px', text: 'We share your data with our advertising…' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 12,
        },
      ],
    },
    {
      // <small> with browser defaults (16px / 1.2 = 13.33px) beside a default <button> (13.33px): as large as the
      // button, but smaller than the text around it and marked up as fine print.
      filename: TSX,
      code: `
export const Banner = () => (
  <div className="cookie-banner">
    <p>We use cookies.</p>
    <button>Accept</button>
    <small>We share your data with partners.</small>
  </div>
);`,
      errors: [{ messageId: 'smallElement', line: 6, column: 5, endLine: 6, endColumn: 12 }],
    },
    {
      // Three kinds at once: <small> beside a 14px button, a faint paragraph, an inline 10px size.
      filename,
      code: `
import './banner.css';

export const Banner = () => (
  <div className="banner">
    <p>We use cookies for analytics.</p>
    <button className="accept small-button">Accept</button>
    <small>Data is stored for up to 2 years.</small>
    <p className="muted">We share your data with third parties.</p>
    <p style={{ fontSize: 10 }}>Partners may sell data.</p>
  </div>
);`,
      errors: [
        { messageId: 'smallElement', data: { topic: 'data retention', choice: 'Accept', text: 'Data is stored for up to 2 years.' }, line: 8, column: 5, endLine: 8, endColumn: 12 },
        {
          messageId: 'lowContrast',
          data: { topic: 'data sharing and data use', contrast: '2.84:1', color: '#999999', background: '#ffffff', required: '4.5:1', text: 'We share your data with third parties.' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 26,
        },
        {
          messageId: 'smallerThanChoice',
          data: { topic: 'data sharing', size: '10px', choice: 'Accept', choiceSize: '14px', text: 'Partners may sell data.' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 33,
        },
      ],
    },
    {
      // Renewal terms in a CSS module class.
      filename,
      code: `
import s from './fine.module.css';

export const Trial = () => (
  <div role="dialog" className={s.box}>
    <h2>Start your free trial</h2>
    <button className={s.cta}>Continue</button>
    <p className={s.fine}>After the trial ends you are billed $9.99 per month until you cancel.</p>
  </div>
);`,
      errors: [
        {
          messageId: 'smallerThanChoice',
          data: { topic: 'automatic renewal and price', size: '11px', choice: 'Continue', choiceSize: '16px', text: 'After the trial ends you are billed $9.…' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 27,
        },
      ],
    },
    {
      // html { font-size: 62.5% }: 1.1rem is 11px, the button's 1.6rem 16px; text at 35% opacity inherits the root's 10px.
      filename,
      code: `
import './root.css';

export const Consent = () => (
  <div role="dialog" className="dialog">
    <p>Privacy choices</p>
    <button className="cta">Agree</button>
    <p className="note">We collect your personal data to personalise ads.</p>
    <p style={{ color: '#222', opacity: 0.35 }}>Your data is shared with partners.</p>
  </div>
);`,
      errors: [
        {
          messageId: 'smallerThanChoice',
          data: { topic: 'data use', size: '11px', choice: 'Agree', choiceSize: '16px', text: 'We collect your personal data to person…' },
          line: 8,
          column: 5,
        },
        {
          messageId: 'smallerThanChoice',
          data: { topic: 'data use and data sharing', size: '10px', choice: 'Agree', choiceSize: '16px', text: 'Your data is shared with partners.' },
          line: 9,
          column: 5,
        },
        {
          messageId: 'lowContrast',
          data: { topic: 'data use and data sharing', contrast: '2.12:1', color: '#b2b2b2', background: '#ffffff', required: '4.5:1', text: 'Your data is shared with partners.' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 49,
        },
      ],
    },
    {
      // A descendant selector reaches the span two levels down.
      filename,
      code: `
import './banner.css';

export const Banner = () => (
  <section className="banner">
    <p>We use cookies to personalise content.</p>
    <button className="accept">OK</button>
    <div><span className="legal">We process your personal data with our partners.</span></div>
  </section>
);`,
      errors: [
        {
          messageId: 'smallerThanChoice',
          data: { topic: 'data use and data sharing', size: '11px', choice: 'OK', choiceSize: '16px', text: 'We process your personal data with our…' },
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 34,
        },
      ],
    },
    {
      // Below the 12px floor even though the only choice is as small: no choice makes 10px print readable.
      filename: TSX,
      code: `
export const Banner = () => (
  <div className="cookie-banner" style={{ background: '#fff', color: '#111' }}>
    <p>We use cookies.</p>
    <button style={{ fontSize: 10 }}>Accept</button>
    <p style={{ fontSize: 10 }}>We share your data with partners.</p>
  </div>
);`,
      errors: [
        {
          messageId: 'belowFloor',
          data: { topic: 'data sharing and data use', size: '10px', floor: '12px', text: 'We share your data with partners.' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 33,
        },
      ],
    },
    {
      // Options: a stricter floor reports 13px text.
      filename: TSX,
      options: [{ minFontSize: 14, sizeTolerance: 2, minContrast: 4.5, minLargeContrast: 3 }],
      code: `
export const Banner = () => (
  <div className="cookie-banner">
    <p>We use cookies.</p>
    <button style={{ fontSize: 13 }}>Accept</button>
    <p style={{ fontSize: 13 }}>Your subscription renews automatically.</p>
  </div>
);`,
      errors: [
        {
          messageId: 'belowFloor',
          data: { topic: 'automatic renewal', size: '13px', floor: '14px', text: 'Your subscription renews automatically.' },
          line: 6,
          column: 5,
        },
      ],
    },
  ],
});
