import rule from '../../rules/no-hidden-decline.js';
import { ruleTester, TSX, withStylesheets } from './rule-tester.js';

const HIDDEN_SHEET = withStylesheets({ 'banner.css': '.cookie-banner .reject { display: none; }\n' });
const MEDIA_SHEET = withStylesheets({ 'banner.css': '@media (max-width: 640px) { .decline { display: none; } }\n' });
const HOVER_SHEET = withStylesheets({ 'banner.css': '.reject:hover { display: none; }\n' });
// Declines are hidden everywhere but inside a .banner; a component may be rendered in one elsewhere.
const SHOWN_IN_BANNER = withStylesheets({
  'banner.css': '.reject { display: none; }\n.banner .reject { display: inline-block; }\n.decline { display: none; }\n.banner > .decline { display: inline-block; }\n@media (max-width: 640px) { .banner .later { display: none; } }\n',
});

ruleTester().run('no-hidden-decline', rule, {
  valid: [
    {
      // Near-miss: `.reject` is hidden, but shown again under a `.banner` ancestor; this component's root has none
      // in this file, and wherever it is rendered may be one, so whether the decline shows is unknown.
      filename: SHOWN_IN_BANNER,
      code: `import './banner.css';

export const ConsentActions = () => (
  <div role="dialog" className="consent-actions">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button className="reject">Reject all</button>
  </div>
);`,
    },
    {
      // Near-miss: hidden on small screens only inside a .banner, which may be around this component elsewhere.
      filename: SHOWN_IN_BANNER,
      code: `import './banner.css';

export const ConsentActions = () => (
  <div role="dialog" className="consent-actions">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button className="later">Reject all</button>
  </div>
);`,
    },
    {
      // Near-miss: white text on a brand colour from a CSS variable, in a white banner. The shorthand's var() leaves
      // the fill unknown (not transparent), so there is no 1:1 white-on-white to report.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner" style={{ background: '#ffffff' }}>
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button style={{ background: 'var(--brand)', color: '#ffffff' }}>Reject all</button>
  </div>
);`,
    },
    {
      // Near-miss: the decline sits on a panel drawn by a background image; its white text is not on the banner's white.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner" style={{ background: '#ffffff' }}>
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <div style={{ background: 'url(/panel.png) center / cover' }}>
      <a href="/reject" style={{ color: '#ffffff' }}>Reject all</a>
    </div>
  </div>
);`,
    },
    {
      // Near-miss: screen-reader-only helper text inside a visible Reject button; the button itself shows.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button>Reject all<span style={{ position: 'absolute', left: -10000, width: 1, height: 1 }}> optional cookies</span></button>
  </div>
);`,
    },
    {
      // Near-miss: hidden only under :hover, visible until people interact.
      filename: HOVER_SHEET,
      code: `import './banner.css';

export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button className="reject">Reject all</button>
  </div>
);`,
    },
    {
      // Near-miss: conditional rendering is not hiding; both choices render together.
      filename: TSX,
      code: `
export const Banner = ({ open }: { open: boolean }) => (
  <div>
    {open && (
      <div role="dialog" className="cookie-banner">
        <p>We use cookies for analytics.</p>
        <button>Accept all</button>
        <button>Reject all</button>
      </div>
    )}
  </div>
);`,
    },
    {
      // Near-miss: the whole banner is hidden until opened, accept and decline alike.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner" style={{ display: 'none' }}>
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button>Reject all</button>
  </div>
);`,
    },
    {
      // Near-miss: unknown styles (a run-time class, a CSS variable) are silent.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button className={theme} style={{ opacity: 'var(--muted)' }}>Reject all</button>
  </div>
);`,
    },
    {
      // Near-miss: opacity 0.6 is faded but above the 0.3 threshold (no-unbalanced-choices may still apply).
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button style={{ opacity: 0.6 }}>Reject all</button>
  </div>
);`,
    },
    {
      // Near-miss: grey on white at 3.5:1 is above 3:1: weak, not invisible.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner" style={{ background: '#ffffff' }}>
    <p>We use cookies for analytics and advertising.</p>
    <button style={{ background: '#111111', color: '#ffffff' }}>Accept all</button>
    <a href="#" style={{ color: '#8a8a8a' }}>Reject all</a>
  </div>
);`,
    },
    {
      // Near-miss: aria-hidden on an icon inside the decline, not on the decline.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button><span aria-hidden="true">✕</span> Reject all</button>
  </div>
);`,
    },
    {
      // Near-miss: a dynamic hidden prop: unknown, so silent.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button hidden={!showReject}>Reject all</button>
  </div>
);`,
    },
  ],
  invalid: [
    {
      // display: none inline.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button style={{ display: 'none' }}>Reject all</button>
  </div>
);`,
      errors: [
        { messageId: 'hidden', data: {"decline":"Reject all","how":"display: none"}, line: 6, column: 5 },
      ],
    },
    {
      // The hidden attribute.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button hidden>Decline</button>
  </div>
);`,
      errors: [
        { messageId: 'hidden', data: {"decline":"Decline","how":"the hidden attribute"}, line: 6, column: 5 },
      ],
    },
    {
      // visibility: hidden.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button style={{ visibility: 'hidden' }}>Reject all</button>
  </div>
);`,
      errors: [
        { messageId: 'hidden', data: {"decline":"Reject all","how":"visibility: hidden"}, line: 6, column: 5 },
      ],
    },
    {
      // display: none on a wrapper that holds the decline but not the accept.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <div style={{ display: 'none' }}>
      <button>Reject all</button>
    </div>
  </div>
);`,
      errors: [
        { messageId: 'hidden', data: {"decline":"Reject all","how":"display: none on the enclosing <div>"}, line: 7, column: 7 },
      ],
    },
    {
      // display: none from an imported stylesheet.
      filename: HIDDEN_SHEET,
      code: `import './banner.css';

export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button className="reject">Reject all</button>
  </div>
);`,
      errors: [
        { messageId: 'hidden', data: {"decline":"Reject all","how":"display: none from banner.css:1 .cookie-banner .reject"}, line: 7, column: 5 },
      ],
    },
    {
      // `.banner > .decline` would show the decline, but its parent is here, in this file, and is no .banner.
      filename: SHOWN_IN_BANNER,
      code: `import './banner.css';

export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button className="decline">Reject all</button>
  </div>
);`,
      errors: [{ messageId: 'hidden', data: { decline: 'Reject all', how: 'display: none from banner.css:3 .decline' }, line: 7, column: 5 }],
    },
    {
      // Hidden under a media query: reported with the condition.
      filename: MEDIA_SHEET,
      code: `import './banner.css';

export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button className="decline">Decline</button>
  </div>
);`,
      errors: [
        { messageId: 'hiddenUnderCondition', data: {"decline":"Decline","condition":"@media (max-width: 640px)","how":"display: none from banner.css:1 .decline"}, line: 7, column: 5 },
      ],
    },
    {
      // Opacity 0.2, at or below 0.3.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button style={{ opacity: 0.2 }}>Reject all</button>
  </div>
);`,
      errors: [
        { messageId: 'nearInvisible', data: {"decline":"Reject all","how":"opacity 0.2, at or below 0.3"}, line: 6, column: 5 },
      ],
    },
    {
      // Off-screen: position absolute, left -9999px.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button style={{ position: 'absolute', left: -9999 }}>Reject all</button>
  </div>
);`,
      errors: [
        { messageId: 'hidden', data: {"decline":"Reject all","how":"position: absolute with left: -9999px, off-screen"}, line: 6, column: 5 },
      ],
    },
    {
      // Font size 1px.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button style={{ fontSize: 1 }}>Reject all</button>
  </div>
);`,
      errors: [
        { messageId: 'nearInvisible', data: {"decline":"Reject all","how":"font-size 1px, at or below 2px"}, line: 6, column: 5 },
      ],
    },
    {
      // Near-white text on white: contrast far below 3:1.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner" style={{ background: '#ffffff' }}>
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <a href="#" style={{ color: '#f5f5f5' }}>Reject all</a>
  </div>
);`,
      errors: [
        { messageId: 'nearInvisible', data: {"decline":"Reject all","how":"text contrast 1.09:1 (#f5f5f5 on #ffffff), below 3.0:1"}, line: 6, column: 5 },
      ],
    },
    {
      // The accept's fill is a CSS variable, so its white text is not faint (it was read as white on the banner's white,
      // which hid the decline's own near-white text as "the whole prompt is faint").
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner" style={{ background: '#ffffff' }}>
    <p>We use cookies for analytics and advertising.</p>
    <button style={{ background: 'var(--brand)', color: '#ffffff' }}>Accept all</button>
    <a href="#" style={{ color: '#f5f5f5' }}>Reject all</a>
  </div>
);`,
      errors: [
        { messageId: 'nearInvisible', data: {"decline":"Reject all","how":"text contrast 1.09:1 (#f5f5f5 on #ffffff), below 3.0:1"}, line: 6, column: 5 },
      ],
    },
    {
      // aria-hidden on a focusable decline.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button aria-hidden="true">Reject all</button>
  </div>
);`,
      errors: [
        { messageId: 'ariaHidden', data: {"decline":"Reject all","how":"aria-hidden=\"true\""}, line: 6, column: 5 },
      ],
    },
    {
      // A stricter opacityThreshold option: 0.5 catches opacity 0.45.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button style={{ opacity: 0.45 }}>Reject all</button>
  </div>
);`,
      options: [{"opacityThreshold":0.5}],
      errors: [
        { messageId: 'nearInvisible', data: {"decline":"Reject all","how":"opacity 0.45, at or below 0.5"}, line: 6, column: 5 },
      ],
    },
  ],
});
