import rule from '../../rules/no-unbalanced-choices.js';
import { ruleTester, TSX, withStylesheets } from './rule-tester.js';

const filename = withStylesheets({
  'banner.css': `
.banner { background: #ffffff; color: #111111; font-size: 16px; }
.btn { font-size: 16px; font-weight: 600; padding: 12px 24px; border: none; }
.btn-primary { background: #1a1a1a; color: #ffffff; }
.btn-dark { background: #333333; color: #ffffff; }
.btn-wide { width: 100%; }
.link { background: none; border: none; padding: 0; font-size: 12px; color: #999999; text-decoration: underline; }
.small { font-size: 12px; }
.light { font-weight: 400; }
.ghost { background: transparent; border: none; color: #111111; }
.outline { background: transparent; border: 1px solid #111111; color: #111111; }
.tight { padding: 2px 4px; }
.near { font-size: 15.5px; font-weight: 500; }
.brand { background: var(--brand) no-repeat; color: #ffffff; }
.promo { background: linear-gradient(90deg, #0050ff, #003ad1); color: #ffffff; }
.reject-hover:hover { font-size: 12px; }
`,
  'choices.module.css': `
.accept { font-size: 18px; font-weight: 700; background: #0050ff; color: #fff; padding: 12px 20px; border: none; }
.reject { font-size: 14px; font-weight: 700; background: #0050ff; color: #fff; padding: 12px 20px; border: none; }
`,
});

/** MUI's Button: its variant prop says how it is drawn. */
const muiSettings = { 'honest-ui': { components: { Button: { as: 'button', emphasisProps: { variant: { contained: 'filled', outlined: 'outlined', text: 'text' } } } } } };

ruleTester().run('no-unbalanced-choices', rule, {
  valid: [
    {
      // Near-miss: the decline's fill comes from `background: var(--brand)`. It is a filled button whose colour is
      // unknown, not a transparent white-on-white "plain text" one.
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn btn-primary">Accept all</button>
    <button className="btn" style={{ background: 'var(--brand)', color: '#ffffff' }}>Reject all</button>
  </div>
);`,
    },
    {
      // Near-miss: the accept's fill is a CSS variable in a stylesheet and the decline's is a gradient. Neither is
      // known, so neither can be weighed.
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn brand">Accept all</button>
    <button className="btn promo">Reject all</button>
  </div>
);`,
    },
    {
      // Equal buttons: btn-dark and btn-wide change colour and width, not size, weight, padding or presentation.
      // The secondary "Customize" link is a manage choice, not the decline: it may be a link.
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn btn-primary">Accept all</button>
    <button className="btn btn-dark btn-wide">Reject all</button>
    <a className="link" href="/settings">Customize</a>
  </div>
);`,
    },
    {
      // Components whose rendering is unknown (no settings mapping): nothing is known about their styles, so no finding.
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <Button variant="contained">Accept all</Button>
    <Button variant="text">Reject all</Button>
  </div>
);`,
    },
    {
      // One balanced "Reject all" is enough; the weaker "Continue without accepting" link beside it is an extra way out.
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn btn-primary">Accept all</button>
    <button className="btn btn-primary">Reject all</button>
    <a className="link" href="#">Continue without accepting</a>
  </div>
);`,
    },
    {
      // Outlined beside filled is one step of presentation, at the same size and weight: allowed.
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn btn-primary">Accept all</button>
    <button className="btn outline">Only necessary</button>
  </div>
);`,
    },
    {
      // Within the tolerances: 15.5px vs 16px (1px allowed), weight 500 vs 600 (100 allowed). A :hover rule that
      // shrinks the decline applies only on hover and is not its default look.
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn btn-primary">Accept all</button>
    <button className="btn btn-dark near reject-hover">Reject all</button>
  </div>
);`,
    },
    {
      // The decline's class is computed at run time and a stylesheet sets sizes through classes: unknown, no finding.
      filename,
      code: `
import './banner.css';
export const Banner = ({ variant }: { variant: string }) => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn btn-primary">Accept all</button>
    <button className={\`btn \${variant}\`}>Reject all</button>
  </div>
);`,
    },
    {
      // A weaker "No" in a dialog that speaks of no consent topic: not a consent context.
      filename,
      code: `
import './banner.css';
export const Confirm = () => (
  <div role="dialog" className="banner">
    <p>Save your changes before leaving?</p>
    <button className="btn btn-primary">Yes</button>
    <button className="link">No</button>
  </div>
);`,
    },
    {
      // No decline at all: that is require-decline-option's finding, not this rule's.
      filename,
      code: `
import './banner.css';
export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn btn-primary">Accept all</button>
    <a className="link" href="/settings">Manage preferences</a>
  </div>
);`,
    },
    {
      // MUI buttons mapped in settings, both contained: balanced.
      filename: TSX,
      settings: muiSettings,
      code: `
export const Banner = () => (
  <div className="cookie-banner">
    <p>Can we use cookies for analytics?</p>
    <Button variant="contained">Accept all</Button>
    <Button variant="contained">Reject all</Button>
  </div>
);`,
    },
  ],
  invalid: [
    {
      // Both buttons look alike, but the decline's label is a small faint span inside its button: the text is
      // measured where it is drawn.
      filename: 'TrackingPrompt.tsx',
      code: `
export function TrackingPrompt({ onAccept, onReject }: { onAccept: () => void; onReject: () => void }) {
  return (
    <div role="dialog" aria-label="Cookies">
      <p>We and our partners use cookies for analytics and personalised ads.</p>
      <button style={{ padding: '12px 24px', border: '1px solid #111827', background: '#ffffff', fontSize: 16 }} onClick={onAccept}>
        <span style={{ fontWeight: 700 }}>Accept all</span>
      </button>
      <button style={{ padding: '12px 24px', border: '1px solid #111827', background: '#ffffff', fontSize: 16 }} onClick={onReject}>
        <span style={{ fontSize: 11, color: '#9ca3af' }}>Reject all</span>
      </button>
    </div>
  );
}`,
      errors: [
        {
          messageId: 'weakerDecline',
          data: { accept: 'Accept all', decline: 'Reject all', factors: '11px vs 16px; regular (400) vs bold (700)' },
          line: 9,
          column: 7,
        },
      ],
    },
    {
      // The classic: a filled Accept and a small grey underlined Reject.
      filename,
      code: `
import './banner.css';

export const Banner = () => (
  <div className="banner">
    <p>We use cookies to improve your experience.</p>
    <button className="btn btn-primary">Accept all</button>
    <button className="link">Reject all</button>
  </div>
);`,
      errors: [
        {
          messageId: 'weakerDecline',
          data: {
            accept: 'Accept all',
            decline: 'Reject all',
            factors: 'plain text vs filled button; 12px vs 16px; regular (400) vs semibold (600); contrast 2.84:1 vs 17.4:1',
          },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 30,
        },
      ],
    },
    {
      // Both filled, but the decline is smaller, lighter and cramped.
      filename,
      code: `
import './banner.css';

export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn btn-primary">Accept all</button>
    <button className="btn btn-dark small light tight">Reject all</button>
  </div>
);`,
      errors: [
        {
          messageId: 'weakerDecline',
          data: { accept: 'Accept all', decline: 'Reject all', factors: '12px vs 16px; regular (400) vs semibold (600); padding 3px vs 18px on average' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 56,
        },
      ],
    },
    {
      // A ghost button is text, two steps below a filled one.
      filename,
      code: `
import './banner.css';

export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn btn-primary">I agree</button>
    <button className="btn ghost">Continue without accepting</button>
  </div>
);`,
      errors: [
        {
          messageId: 'weakerDecline',
          data: { accept: 'I agree', decline: 'Continue without accepting', factors: 'plain text vs filled button' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 35,
        },
      ],
    },
    {
      // CSS module classes: the same blue button, 14px against 18px.
      filename,
      code: `
import s from './choices.module.css';

export const Banner = () => (
  <div role="dialog" aria-label="Cookie consent">
    <p>Cookies help us.</p>
    <button className={s.accept}>Allow all cookies</button>
    <button className={s.reject}>Deny</button>
  </div>
);`,
      errors: [
        {
          messageId: 'weakerDecline',
          data: { accept: 'Allow all cookies', decline: 'Deny', factors: '14px vs 18px' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 34,
        },
      ],
    },
    {
      // Translated labels: the choices are classified by their handlers, and named by them in the message.
      filename: TSX,
      code: `
export const Banner = ({ t, handleAccept, handleReject }: { t: (k: string) => string; handleAccept: () => void; handleReject: () => void }) => (
  <div className="cookie-banner" style={{ background: '#ffffff', color: '#111111' }}>
    <p>We use cookies.</p>
    <button onClick={handleAccept} style={{ background: '#111111', color: '#ffffff', fontSize: 16, border: 'none', padding: '12px 24px' }}>{t('accept')}</button>
    <button onClick={handleReject} style={{ background: '#ffffff', color: '#aaaaaa', fontSize: 16, border: 'none', padding: 0 }}>{t('reject')}</button>
  </div>
);`,
      errors: [
        {
          messageId: 'weakerDecline',
          data: { accept: 'onClick={handleAccept}', decline: 'onClick={handleReject}', factors: 'plain text vs filled button; contrast 2.32:1 vs 18.88:1' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 130,
        },
      ],
    },
    {
      // MUI buttons mapped in settings: contained vs text is filled vs text, whatever the theme's sizes.
      filename: TSX,
      settings: muiSettings,
      code: `
export const Banner = () => (
  <div className="cookie-banner">
    <p>Can we use cookies for analytics?</p>
    <Button variant="contained">Accept all</Button>
    <Button variant="text">Reject all</Button>
  </div>
);`,
      errors: [
        {
          messageId: 'weakerDecline',
          data: { accept: 'Accept all', decline: 'Reject all', factors: 'plain text vs filled button' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 28,
        },
      ],
    },
    {
      // Design-system components mapped with a fixed emphasis.
      filename: TSX,
      settings: { 'honest-ui': { components: { CtaButton: { as: 'button', emphasis: 'primary' }, TextButton: { as: 'button', emphasis: 'text' } } } },
      code: `
export const Banner = () => (
  <aside className="privacy-prompt">
    <p>Allow personalised ads?</p>
    <CtaButton>Allow</CtaButton>
    <TextButton>Don't allow</TextButton>
  </aside>
);`,
      errors: [
        {
          messageId: 'weakerDecline',
          data: { accept: 'Allow', decline: "Don't allow", factors: 'plain text vs filled button' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 17,
        },
      ],
    },
    {
      // Every decline is weaker: the finding points at the one closest to balanced (fewest factors).
      filename,
      code: `
import './banner.css';

export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn btn-primary">Accept all</button>
    <a className="link" href="#">Continue without accepting</a>
    <button className="btn btn-dark light">Necessary only</button>
  </div>
);`,
      errors: [
        {
          messageId: 'weakerDecline',
          data: { accept: 'Accept all', decline: 'Necessary only', factors: 'regular (400) vs semibold (600)' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 44,
        },
      ],
    },
    {
      // Options: a zero weight tolerance reports 500 against 600.
      filename,
      options: [{ fontSizeTolerance: 1, fontWeightTolerance: 0, paddingRatio: 0.5 }],
      code: `
import './banner.css';

export const Banner = () => (
  <div className="banner">
    <p>We use cookies.</p>
    <button className="btn btn-primary">Accept all</button>
    <button className="btn btn-dark near">Reject all</button>
  </div>
);`,
      errors: [
        {
          messageId: 'weakerDecline',
          data: { accept: 'Accept all', decline: 'Reject all', factors: 'medium (500) vs semibold (600)' },
          line: 8,
          column: 5,
        },
      ],
    },
  ],
});
