import parser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';
import rule from '../../rules/no-false-urgency.js';

RuleTester.afterAll = afterAll;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.describe = describe;

const ruleTester = new RuleTester({ languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } });

ruleTester.run('no-false-urgency', rule, {
  valid: [
    // Near-miss: a one-time-code expiry beside the payment button is security, not sales pressure.
    {
      code: `export const A = ({ m, s }: { m: number; s: number }) => (
  <form>
    <p>Enter the one-time code we sent you. Code expires in {m}:{s}</p>
    <input name="otp" />
    <button type="submit">Pay now</button>
  </form>
);`,
    },
    // Near-miss: a maintenance countdown next to an upgrade button.
    {
      code: `import { Countdown } from './Countdown';
export const A = () => (
  <div className="notice">
    <p>Scheduled maintenance starts in <Countdown to="2025-06-01T02:00Z" /></p>
    <button>Upgrade</button>
  </div>
);`,
    },
    // Near-miss: a session-timeout notice on the checkout page.
    {
      code: `export const A = ({ m, s }: { m: number; s: number }) => (
  <div className="checkout">
    <p>Your session expires in {m}:{s}</p>
    <button>Place order</button>
  </div>
);`,
    },
    // Near-miss: "Sale ends Sunday" in the page header, far from the buy button deep in the product grid.
    {
      code: `export const A = () => (
  <div className="page">
    <header><p>Sale ends Sunday</p></header>
    <main>
      <section className="grid">
        <div className="card">
          <div className="footer"><button>Add to cart</button></div>
        </div>
      </section>
    </main>
  </div>
);`,
    },
    // Near-miss: a countdown with no purchase or consent choice anywhere near it.
    {
      code: `import { Countdown } from './Countdown';
export const A = () => (
  <section>
    <h2>The conference starts in</h2>
    <Countdown to="2025-09-01" />
  </section>
);`,
    },
    // Near-miss: a time of day is not a timer.
    {
      code: `export const A = () => (
  <div className="slot">
    <p>Opens at 09:00</p>
    <button>Book now</button>
  </div>
);`,
    },
    // Near-miss: a scarcity toast whose only button closes it: no purchase or consent choice beside it.
    {
      code: `export const A = () => (
  <div className="toast">
    <p>Only 2 left!</p>
    <button>Close</button>
  </div>
);`,
    },
    // Near-miss: the person's own trial ending is a fact about their account, not a pressure phrase.
    {
      code: `export const A = () => (
  <div className="trial">
    <p>Your free trial ends in 3 days.</p>
    <button>Subscribe</button>
  </div>
);`,
    },
    // Near-miss: plain stock status without pressure.
    {
      code: `export const A = () => (
  <div className="buy-box">
    <p>In stock. Ships in 2 days.</p>
    <button>Add to cart</button>
  </div>
);`,
    },
  ],
  invalid: [
    {
      code: `import { Countdown } from './Countdown';
export const A = ({ deadline }: { deadline: Date }) => (
  <div className="offer">
    <p>Offer ends in <Countdown to={deadline} /></p>
    <button>Buy now</button>
  </div>
);`,
      errors: [{ messageId: 'countdown', data: { timer: '<Countdown>', choice: 'Buy now' }, line: 4, column: 22 }],
    },
    {
      code: `export const A = () => (
  <div className="buy-box">
    <p>Only 2 left in stock!</p>
    <button>Add to cart</button>
  </div>
);`,
      errors: [{ messageId: 'urgencyClaim', data: { text: 'Only 2 left in stock!', kind: 'a scarcity claim', choice: 'Add to cart' }, line: 3, column: 5 }],
    },
    {
      // Reported once, on the innermost element that says it.
      code: `export const A = () => (
  <div className="plan">
    <p><strong>Hurry!</strong> Prices go up next week.</p>
    <button>Subscribe now</button>
  </div>
);`,
      errors: [{ messageId: 'urgencyClaim', data: { text: 'Hurry!', kind: 'an urgency claim', choice: 'Subscribe now' }, line: 3, column: 8 }],
    },
    {
      // A setInterval timer renders {minutes}:{seconds}.
      code: `export const A = ({ minutes, seconds }: { minutes: number; seconds: number }) => (
  <div className="deal">
    <span className="timer">{minutes}:{seconds}</span>
    <button>Claim offer</button>
  </div>
);`,
      errors: [{ messageId: 'countdown', data: { timer: 'a ticking mm:ss timer', choice: 'Claim offer' }, line: 3, column: 5 }],
    },
    {
      // Urgency pushed onto a consent choice.
      code: `export const A = () => (
  <aside className="cookie-banner">
    <p>Limited time: accept cookies to keep your 10% discount.</p>
    <button>Accept all</button>
    <button>Reject all</button>
  </aside>
);`,
      errors: [
        {
          messageId: 'urgencyClaim',
          data: { text: 'Limited time: accept cookies to keep your 10% dis…', kind: 'a deadline', choice: 'Accept all' },
          line: 3,
          column: 5,
        },
      ],
    },
    {
      code: `export const A = () => (
  <div className="room">
    <p>12 people are viewing this room</p>
    <a href="/book">Book now</a>
  </div>
);`,
      errors: [{ messageId: 'urgencyClaim', data: { text: '12 people are viewing this room', kind: 'a scarcity claim', choice: 'Book now' }, line: 3, column: 5 }],
    },
    {
      // The project's own timer component, through the timerComponents option.
      code: `import { OfferTimer } from './OfferTimer';
export const A = () => (
  <div className="offer">
    <OfferTimer minutes={5} />
    <button>Get deal</button>
  </div>
);`,
      options: [{ timerComponents: ['OfferTimer'] }],
      errors: [{ messageId: 'countdown', data: { timer: '<OfferTimer>', choice: 'Get deal' }, line: 4, column: 5 }],
    },
    {
      // Four steps apart in a product card: up two levels and down two.
      code: `export const A = () => (
  <div className="card">
    <div className="body"><p>Selling fast</p></div>
    <div className="footer"><button>Add to basket</button></div>
  </div>
);`,
      errors: [{ messageId: 'urgencyClaim', data: { text: 'Selling fast', kind: 'a scarcity claim', choice: 'Add to basket' }, line: 3, column: 27 }],
    },
    {
      // The pressure written on the button itself.
      code: `export const A = () => <button>Buy now, sale ends tonight</button>;`,
      errors: [{ messageId: 'urgencyClaim', data: { text: 'Buy now, sale ends tonight', kind: 'a deadline', choice: 'Buy now, sale ends tonight' }, line: 1, column: 24 }],
    },
  ],
});
