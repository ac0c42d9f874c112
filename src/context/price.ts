/**
 * Prices in label text ("$4.99", "+£3/month", "2,50 €", "EUR 5", "9,99 Euro"), found by one left-to-right scan: no
 * regular expression with backtracking runs over user text (see text.ts). Whether a price recurs ("then €9.99
 * every month", "renews yearly at $49", "billed annually after the trial") is the lexicons' material.price,
 * material.renewal and contextTopics.subscription phrases, which read the currency sign as a word.
 */

export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '₹', '₩', '₽', '¢']);
/** ISO 4217 codes written beside an amount ("USD 5", "5 EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(['usd', 'eur', 'gbp', 'chf', 'cad', 'aud', 'jpy', 'sek', 'nok', 'dkk', 'pln']);
/**
 * Currency names written after an amount ("9,99 Euro", "5 dollars"). Only the unambiguous ones: "pounds" is also a
 * weight, "real" an adjective.
 */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(['euro', 'euros', 'dollar', 'dollars']);

export interface Price {
  /** The price as written, for messages: "$4.99", "2,50 €". */
  text: string;
  /** The amount, for telling a free option ("$0.00") from a paid one. */
  amount: number;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** The run of digits, dots and commas starting at `start` (it must start with a digit). */
function amountAt(text: string, start: number): { end: number; amount: number } | undefined {
  if (!isDigit(text[start])) return undefined;
  let end = start;
  while (end < text.length && (isDigit(text[end]) || ((text[end] === '.' || text[end] === ',') && isDigit(text[end + 1])))) end++;
  const raw = text.slice(start, end);
  // "1,299.00" and "2,50": a comma followed by exactly two digits at the end is a decimal comma.
  const normalised = /,\d{2}$/.test(raw) && !raw.includes('.') ? raw.replace(',', '.') : raw.replace(/,/g, '');
  const amount = Number.parseFloat(normalised);
  return Number.isFinite(amount) ? { end, amount } : undefined;
}

function codeAt(text: string, start: number): number {
  const word = text.slice(start, start + 3).toLowerCase();
  const after = text[start + 3];
  return CURRENCY_CODES.has(word) && (after === undefined || !/[a-z]/i.test(after)) ? 3 : 0;
}

/** The length of a currency code or name written after an amount, or 0. */
function trailingCurrencyAt(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < 8 && /[a-z]/i.test(text[end] as string)) end++;
  if (end < text.length && /[a-z]/i.test(text[end] as string)) return 0;
  return CURRENCY_WORDS.has(text.slice(start, end).toLowerCase()) ? end - start : codeAt(text, start);
}

/** Every price in the text, in order. */
export function findPrices(text: string): Price[] {
  const prices: Price[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    // Symbol or code first: "$4.99", "€ 2", "USD 5".
    const lead = CURRENCY_SYMBOLS.has(ch) ? 1 : (i === 0 || !/[a-z]/i.test(text[i - 1] as string)) ? codeAt(text, i) : 0;
    if (lead > 0) {
      const start = text[i + lead] === ' ' ? i + lead + 1 : i + lead;
      const found = amountAt(text, start);
      if (found) {
        prices.push({ text: text.slice(i, found.end), amount: found.amount });
        i = found.end;
        continue;
      }
      i += lead;
      continue;
    }
    // Amount first: "2,50 €", "5 EUR". Only at the start of a number, not inside "A4".
    if (isDigit(ch) && (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1] as string))) {
      const found = amountAt(text, i);
      if (found) {
        const gap = text[found.end] === ' ' ? 1 : 0;
        const next = text[found.end + gap];
        const trail = next !== undefined && CURRENCY_SYMBOLS.has(next) ? 1 : trailingCurrencyAt(text, found.end + gap);
        if (trail > 0) {
          prices.push({ text: text.slice(i, found.end + gap + trail), amount: found.amount });
          i = found.end + gap + trail;
          continue;
        }
        i = found.end;
        continue;
      }
    }
    i++;
  }
  return prices;
}
