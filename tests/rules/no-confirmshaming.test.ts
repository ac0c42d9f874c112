import rule from '../../rules/no-confirmshaming.js';
import { ruleTester, TSX } from './rule-tester.js';

ruleTester().run('no-confirmshaming', rule, {
  valid: [
    {
      // Near-miss: a plain "No thanks".
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Join our newsletter for special offers.</p>
    <button>Yes, send me offers</button>
    <button>No thanks</button>
  </div>
);`,
    },
    {
      // Near-miss: a plain "Decline".
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Join our newsletter for special offers.</p>
    <button>Accept</button>
    <button>Decline</button>
  </div>
);`,
    },
    {
      // Near-miss: "No, I don't want emails" says what refusing does, without a jab.
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Join our newsletter for special offers.</p>
    <button>Yes, email me</button>
    <button>No, I don't want emails</button>
  </div>
);`,
    },
    {
      // Near-miss: the accept may sell its benefit ("save 20%"); only declines are held to neutral wording.
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Join our newsletter for special offers.</p>
    <button>Yes, I want to save 20%</button>
    <button>No thanks</button>
  </div>
);`,
    },
    {
      // Near-miss: "I don't care about this topic" in a feedback menu: no accept beside it, so not a decline.
      filename: TSX,
      code: `
export const Popup = () => (
  <div className="story-menu">
    <p>Story options</p>
    <button>Show fewer stories like this</button>
    <button>I don't care about this topic</button>
  </div>
);`,
    },
    {
      // Near-miss: shaming words in body text, not on a choice.
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Most people don't care about cookies, but we do.</p>
    <button>Accept</button>
    <button>Decline</button>
  </div>
);`,
    },
    {
      // Near-miss: an accept that urges "Don't miss out" is not a decline.
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Join our newsletter for special offers.</p>
    <button>Yes, don't miss out</button>
    <button>No thanks</button>
  </div>
);`,
    },
    {
      // Near-miss: a neutral deferral.
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Turn on notifications for member deals?</p>
    <button>Allow</button>
    <button>Maybe later</button>
  </div>
);`,
    },
  ],
  invalid: [
    {
      // "I'd rather pay full price" (the FTC report's confirmshaming example).
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Join our newsletter for special offers.</p>
    <button>Yes, send me offers</button>
    <button>No thanks, I'd rather pay full price</button>
  </div>
);`,
      errors: [
        { messageId: 'shamingDecline', data: {"decline":"No thanks, I'd rather pay full price","phrase":"rather pay full price"}, line: 6, column: 5 },
      ],
    },
    {
      // "I don't care about my privacy" beside an accept, classified by pairing.
      filename: TSX,
      code: `
export const Popup = () => (
  <section className="privacy-prompt">
    <p>Turn on enhanced protection for your personal data?</p>
    <button>Yes, protect me</button>
    <a href="#skip">I don't care about my privacy</a>
  </section>
);`,
      errors: [
        { messageId: 'shamingDecline', data: {"decline":"I don't care about my privacy","phrase":"dont care about"}, line: 6, column: 5 },
      ],
    },
    {
      // "No, I don't want Free Shipping" (barred by the FTC v. Amazon settlement).
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Start your free trial membership.</p>
    <button>Start my free trial</button>
    <button>No, I don't want Free Shipping</button>
  </div>
);`,
      errors: [
        { messageId: 'shamingDecline', data: {"decline":"No, I don't want Free Shipping","phrase":"dont want free"}, line: 6, column: 5 },
      ],
    },
    {
      // "I prefer boring emails".
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Join our newsletter for special offers.</p>
    <button>Sign me up</button>
    <button>No, I prefer boring emails</button>
  </div>
);`,
      errors: [
        { messageId: 'shamingDecline', data: {"decline":"No, I prefer boring emails","phrase":"prefer boring"}, line: 6, column: 5 },
      ],
    },
    {
      // A deferral that guilts: "Maybe later, I'll miss out".
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Turn on notifications for member deals?</p>
    <button>Allow</button>
    <button>Maybe later, I'll miss out on the deals</button>
  </div>
);`,
      errors: [
        { messageId: 'shamingDecline', data: {"decline":"Maybe later, I'll miss out on the deals","phrase":"ill miss out"}, line: 6, column: 5 },
      ],
    },
    {
      // Colorado Rule 7.09's example: "No, I don't care about animals".
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Add a donation to the animal shelter?</p>
    <button>Yes, I'll donate</button>
    <button>No, I don't care about animals</button>
  </div>
);`,
      errors: [
        { messageId: 'shamingDecline', data: {"decline":"No, I don't care about animals","phrase":"dont care about"}, line: 6, column: 5 },
      ],
    },
    {
      // A clickable span as the decline: "I like paying more".
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>You have a coupon waiting.</p>
    <button>Apply my coupon</button>
    <span onClick={close}>No, I like paying more</span>
  </div>
);`,
      errors: [
        { messageId: 'shamingDecline', data: {"decline":"No, I like paying more","phrase":"i like paying more"}, line: 6, column: 5 },
      ],
    },
    {
      // A phrase from the extraPhrases option, in another wording.
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>Enable faster loading?</p>
    <button>Accept</button>
    <button>No, I enjoy slow websites</button>
  </div>
);`,
      options: [{"extraPhrases":["enjoy slow*"]}],
      errors: [
        { messageId: 'shamingDecline', data: {"decline":"No, I enjoy slow websites","phrase":"enjoy slow"}, line: 6, column: 5 },
      ],
    },
    {
      // Shaming on a "Decline" in a consent prompt: "Decline, I prefer to stay uninformed".
      filename: TSX,
      code: `
export const Popup = () => (
  <div role="dialog" className="newsletter-popup">
    <p>We use cookies to send you relevant news.</p>
    <button>Accept all</button>
    <button>Decline, I prefer to stay uninformed</button>
  </div>
);`,
      errors: [
        { messageId: 'shamingDecline', data: {"decline":"Decline, I prefer to stay uninformed","phrase":"prefer to stay uninformed"}, line: 6, column: 5 },
      ],
    },
  ],
});
