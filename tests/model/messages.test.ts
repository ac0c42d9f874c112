/**
 * Translated messages as text with typed slots: i18next interpolation and ICU (next-intl, FormatJS), plurals and
 * selects at their first-render branch (`other` when the count is unknown), markup kept as text, and a currency
 * sign beside a computed amount read as a price.
 */
import { describe, expect, it } from 'vitest';
import { parseMessage, typePriceSlots, type PlaceholderValue } from '../../src/model/messages.js';

const values = (known: Record<string, string | number>, unknown: Record<string, { name: string; numeric?: boolean }> = {}) => (name: string): PlaceholderValue | undefined => {
  if (name in known) return { known: true, text: String(known[name]), ...(typeof known[name] === 'number' ? { number: known[name] as number } : {}) };
  const slot = unknown[name];
  return slot ? { known: false, name: slot.name, numeric: slot.numeric ?? false } : undefined;
};

describe('i18next interpolation', () => {
  it.each([
    ['Hello {{name}}, welcome back', values({ name: 'Ada' }), ['Hello Ada, welcome back']],
    ['Only {{count}} left', values({}, { count: { name: 'stock.left' } }), ['Only ', { slot: 'number', name: 'stock.left' }, ' left']],
    ['Add insurance for {{price, currency(EUR)}}', values({}, { price: { name: 'plan.price' } }), ['Add insurance for ', { slot: 'price', name: 'plan.price', currency: 'EUR' }]],
    ['See $t(common.terms)', values({}), ['See ', { slot: 'text', name: '$t(common.terms)' }]],
    ['I agree to the <1>terms</1> and <bold>privacy policy</bold>', values({}), ['I agree to the terms and privacy policy']],
  ])('%s', (message, placeholders, expected) => {
    expect(parseMessage(message, 'i18next', placeholders)).toEqual(expected);
  });
});

describe('ICU messages', () => {
  it.each([
    ['Hurry, only {count} left', values({}, { count: { name: 'cohort.remaining' } }), ['Hurry, only ', { slot: 'number', name: 'cohort.remaining' }, ' left']],
    ['Only {count, plural, one {# seat} other {# seats}} left', values({}, { count: { name: 'seats' } }), ['Only ', { slot: 'number', name: 'seats' }, ' seats left']],
    ['{count, plural, =0 {No spots} one {One spot} other {# spots}} left', values({ count: 1 }), ['One spot left']],
    ['{count, plural, =0 {No spots} one {One spot} other {# spots}} left', values({ count: 0 }), ['No spots left']],
    ['{plan, select, pro {Pro renews yearly} other {Renews monthly}}', values({ plan: 'pro' }), ['Pro renews yearly']],
    ['Renews at {price, number, ::currency/USD} a month', values({}, { price: { name: 'plan.price' } }), ['Renews at ', { slot: 'price', name: 'plan.price', currency: 'USD' }, ' a month']],
    ["It''s {discount, number, percent} off: '{'not a placeholder'}'", values({}, { discount: { name: 'discount' } }), ["It's ", { slot: 'number', name: 'discount' }, " off: {not a placeholder}"]],
    ['By joining you accept our <link>terms</link>.', values({}), ['By joining you accept our terms.']],
  ])('%s', (message, placeholders, expected) => {
    expect(parseMessage(message, 'icu', placeholders)).toEqual(expected);
  });

  it('reads a malformed message as far as it parses', () => {
    expect(parseMessage('Only {count, plural, other {# left', 'icu', values({})).length).toBeGreaterThan(0);
  });
});

describe('prices beside a currency sign', () => {
  it('types an unknown amount after "$" or before "€" as a price', () => {
    expect(typePriceSlots(['Pay $', { slot: 'text', name: 'total' }])).toEqual(['Pay $', { slot: 'price', name: 'total', currency: '$' }]);
    expect(typePriceSlots([{ slot: 'number', name: 'fee' }, ' € per month'])).toEqual([{ slot: 'price', name: 'fee', currency: '€' }, ' € per month']);
    expect(typePriceSlots(['Step ', { slot: 'number', name: 'step' }, ' of 3'])).toEqual(['Step ', { slot: 'number', name: 'step' }, ' of 3']);
  });
});
