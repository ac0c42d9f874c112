/**
 * Urgency as a pattern (issue 13): a countdown is state the code decrements on an interval, or a role="timer" or
 * live-region time display, whatever the component is called; next to a purchase or a consent decision it is
 * false urgency. A one-time code's resend timer stays clean, and so does a scarcity notice on a settings page
 * with no purchase ("Only 3 seats left in your plan" beside "Save"). Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('countdowns');

const TICKING = (price: string, buy: string) => `
import { useEffect, useState } from 'react';
import { formatDuration } from '@/lib/time';

export function FlashSale({ onBuy }: { onBuy: () => void }) {
  const [secondsLeft, setSecondsLeft] = useState(15 * 60);
  useEffect(() => {
    const id = window.setInterval(() => setSecondsLeft((s) => Math.max(0, s - 1)), 1000);
    return () => window.clearInterval(id);
  }, []);
  return (
    <div className="flash-sale">
      <p className="price">${price}</p>
      <span className="badge">{formatDuration(secondsLeft)}</span>
      <button className="btn-primary" onClick={onBuy}>${buy}</button>
    </div>
  );
}
`;

const TIMER_ROLE = (label: string, buy: string) => `
import { useCountdown } from 'usehooks-ts';

export function OfferBar({ deadline, onUpgrade }: { deadline: number; onUpgrade: () => void }) {
  const [remaining] = useCountdown({ countStart: deadline });
  return (
    <aside className="offer-bar">
      <strong>${label}</strong>
      <div role="timer" className="clock">{remaining}</div>
      <button onClick={onUpgrade}>${buy}</button>
    </aside>
  );
}
`;

const LIVE_MINUTES = (before: string, after: string, buy: string) => `
export function CartReservation({ minutes, onCheckout }: { minutes: number; onCheckout: () => void }) {
  return (
    <section className="cart-summary">
      <p aria-live="polite">${before} {minutes} ${after}</p>
      <button onClick={onCheckout}>${buy}</button>
    </section>
  );
}
`;

describe('a countdown recognised by its pattern, next to a purchase', () => {
  it.each([
    ['en', '$19 today', 'Buy now'],
    ['de', '19 € heute', 'Jetzt kaufen'],
    ['fr', '19 € aujourd’hui', 'Acheter maintenant'],
  ])('%s: state decremented on an interval', async (_language, price, buy) => {
    const result = await both({ 'FlashSale.tsx': TICKING(price, buy) }, 'FlashSale.tsx', ['no-false-urgency']);
    expect(result.eslint).toEqual(['no-false-urgency countdown 14:7']);
    expect(result.checker).toEqual(result.eslint);
  });

  it.each([
    ['en', 'Launch pricing', 'Upgrade now'],
    ['de', 'Einführungspreis', 'Jetzt upgraden'],
    ['es', 'Precio de lanzamiento', 'Comprar ahora'],
  ])('%s: a role="timer" display', async (_language, label, buy) => {
    const result = await both({ 'OfferBar.tsx': TIMER_ROLE(label, buy) }, 'OfferBar.tsx', ['no-false-urgency']);
    expect(result.eslint).toEqual(['no-false-urgency countdown 9:7']);
    expect(result.checker).toEqual(result.eslint);
  });

  it.each([
    ['en', 'Your items are reserved for', 'minutes', 'Checkout'],
    ['fr', 'Vos articles sont réservés pendant', 'minutes', 'Commander'],
    ['nl', 'Je artikelen zijn nog', 'minuten gereserveerd', 'Afrekenen'],
  ])('%s: a live region showing minutes', async (_language, before, after, buy) => {
    const result = await both({ 'CartReservation.tsx': LIVE_MINUTES(before, after, buy) }, 'CartReservation.tsx', ['no-false-urgency']);
    expect(result.eslint).toEqual(['no-false-urgency countdown 5:7']);
    expect(result.checker).toEqual(result.eslint);
  });
});

describe('near-misses', () => {
  const RESEND = (intro: string, resend: string, pay: string) => `
import { useEffect, useState } from 'react';

export function VerifyPayment({ onPay, onResend }: { onPay: () => void; onResend: () => void }) {
  const [seconds, setSeconds] = useState(30);
  useEffect(() => {
    if (seconds === 0) return;
    const id = setTimeout(() => setSeconds(seconds - 1), 1000);
    return () => clearTimeout(id);
  }, [seconds]);
  return (
    <form className="verify" onSubmit={onPay}>
      <p>${intro}</p>
      <input inputMode="numeric" autoComplete="one-time-code" />
      <button type="button" disabled={seconds > 0} onClick={onResend}>${resend} {seconds}s</button>
      <button type="submit">${pay}</button>
    </form>
  );
}
`;

  it.each([
    ['en', 'Enter the verification code we sent to your phone.', 'Resend code in', 'Pay now'],
    ['de', 'Geben Sie den Bestätigungscode ein, den wir Ihnen gesendet haben.', 'Code erneut senden in', 'Jetzt bezahlen'],
    ['fr', 'Saisissez le code de vérification reçu par SMS.', 'Renvoyer le code dans', 'Payer maintenant'],
  ])('%s: a one-time code resend timer beside the payment is no sales pressure', async (_language, intro, resend, pay) => {
    const result = await both({ 'VerifyPayment.tsx': RESEND(intro, resend, pay) }, 'VerifyPayment.tsx', ['no-false-urgency']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('the same ticking button, counting down a price instead of a code, is reported', async () => {
    const result = await both({ 'VerifyPayment.tsx': RESEND('Confirm your order.', 'Price locked for', 'Pay now') }, 'VerifyPayment.tsx', ['no-false-urgency']);
    expect(result.eslint).toEqual(['no-false-urgency countdown 15:7']);
    expect(result.checker).toEqual(result.eslint);
  });

  const SEATS = (heading: string, notice: string, action: string) => `
import { useTeam } from '@/hooks/use-team';

export function TeamSettings() {
  const { members, save } = useTeam();
  return (
    <section className="team-settings">
      <h2>${heading}</h2>
      <ul>{members.map((m) => <li key={m.id}>{m.name}</li>)}</ul>
      <p className="hint">${notice}</p>
      <button onClick={save}>${action}</button>
    </section>
  );
}
`;

  it.each([
    ['en', 'Team members', 'Only 3 seats left in your plan.', 'Save'],
    ['de', 'Teammitglieder', 'Nur noch 3 Plätze in Ihrem Tarif.', 'Speichern'],
    ['fr', "Membres de l'équipe", 'Plus que 3 places dans votre forfait.', 'Enregistrer'],
  ])('%s: a scarcity notice on a settings page with no purchase', async (_language, heading, notice, action) => {
    const result = await both({ 'TeamSettings.tsx': SEATS(heading, notice, action) }, 'TeamSettings.tsx', ['no-false-urgency']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('the same notice beside an upgrade button is scarcity pressure', async () => {
    const result = await both({ 'TeamSettings.tsx': SEATS('Team members', 'Only 3 seats left at this price.', 'Upgrade now') }, 'TeamSettings.tsx', ['no-false-urgency']);
    expect(result.eslint).toEqual(['no-false-urgency urgencyClaim 10:7']);
    expect(result.checker).toEqual(result.eslint);
  });
});
