/**
 * Translated messages as text with typed slots: i18next's `{{name}}` interpolation and ICU MessageFormat
 * (next-intl, FormatJS): `{name}`, `{n, number}`, `{price, number, ::currency/EUR}`, `{count, plural, one {# day}
 * other {# days}}`, `{x, select, ...}`. Markup the libraries render as elements (`<b>...</b>`, react-i18next's
 * `<1>...</1>`) keeps its text. A placeholder whose value the call passes statically is filled in; one it doesn't
 * becomes a slot: a number where the syntax or the name says so (`{n, plural}`, i18next's `count`), a price where
 * it says currency. Nothing here evaluates code; a malformed message is read as far as it parses.
 *
 * Sources: i18next interpolation ({{ }} prefix and suffix, `{{value, number}}` and `{{value, currency(USD)}}`
 * formats) https://www.i18next.com/translation-function/interpolation and .../formatting; ICU message syntax as
 * FormatJS documents it, https://formatjs.github.io/docs/core-concepts/icu-syntax (plural `#`, `=n` selectors,
 * number skeletons such as `::currency/EUR`, apostrophe quoting).
 */
import type { TextPart, TextSlot } from './types.js';

export type MessageSyntax = 'i18next' | 'icu';

/** What a placeholder is filled with: known text, or unknown (with what the call passes, for its slot's name). */
export type PlaceholderValue = { known: true; text: string; number?: number } | { known: false; name: string; numeric: boolean };

export type Placeholders = (name: string) => PlaceholderValue | undefined;

/** Plural and select nesting read before the rest is given up as unknown. */
const MAX_NESTING = 8;

/** i18next's plural count and names that hold a number in practice. */
const NUMERIC_NAME = /^(?:count|n|num|number|amount|total|qty|quantity|left|remaining|stock|seats|days|hours|minutes|seconds|price|percent)$|(?:Count|Left|Remaining|Total|Amount|Number)$/;

export function parseMessage(message: string, syntax: MessageSyntax, values: Placeholders): TextPart[] {
  const parts = syntax === 'i18next' ? parseI18next(message, values) : new IcuReader(message, values).read(0, false, undefined);
  return normaliseParts(stripTags(parts));
}

function slotFor(name: string, value: PlaceholderValue | undefined, format: string | undefined): TextPart {
  if (value?.known) return value.text;
  const written = value?.name ?? name;
  const currency = format && /currency/i.test(format) ? (/currency[/(]\s*([A-Za-z]{3})/i.exec(format)?.[1]?.toUpperCase() ?? '') : undefined;
  if (currency !== undefined) return { slot: 'price', name: written, ...(currency ? { currency } : {}) };
  const numeric = (format !== undefined && /^(?:number|integer|plural|selectordinal|percent)/i.test(format.trim())) || value?.numeric === true || NUMERIC_NAME.test(name);
  return { slot: numeric ? 'number' : 'text', name: written };
}

/** `Hello {{name}}`, `{{count}} left`, `{{price, currency(EUR)}}`; `$t(other.key)` nesting stays a text slot. */
function parseI18next(message: string, values: Placeholders): TextPart[] {
  const parts: TextPart[] = [];
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf('{{', i);
    const nest = message.indexOf('$t(', i);
    const next = [open, nest].filter((n) => n >= 0).sort((a, b) => a - b)[0];
    if (next === undefined) {
      parts.push(message.slice(i));
      break;
    }
    parts.push(message.slice(i, next));
    if (next === nest) {
      const close = message.indexOf(')', next);
      if (close < 0) {
        parts.push(message.slice(next));
        break;
      }
      parts.push({ slot: 'text', name: message.slice(next, close + 1) });
      i = close + 1;
      continue;
    }
    const close = message.indexOf('}}', next + 2);
    if (close < 0) {
      parts.push(message.slice(next));
      break;
    }
    // `{{- name}}` is the unescaped form.
    const inner = message.slice(next + 2, close).replace(/^-\s*/, '');
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const format = comma < 0 ? undefined : inner.slice(comma + 1).trim();
    parts.push(slotFor(name, values(name), format));
    i = close + 2;
  }
  return parts;
}

/** A small reader of ICU MessageFormat, one pass, bounded nesting. */
class IcuReader {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly values: Placeholders,
  ) {}

  /** Read until the end, or until the `}` that closes a plural branch. `hash` is the branch's `#` value. */
  read(depth: number, inBranch: boolean, hash: TextPart | undefined): TextPart[] {
    const parts: TextPart[] = [];
    let literal = '';
    const flush = (): void => {
      if (literal) parts.push(literal);
      literal = '';
    };
    while (this.i < this.text.length) {
      const ch = this.text[this.i] as string;
      if (ch === "'") {
        // '' is an apostrophe; '{...}' quotes syntax characters.
        if (this.text[this.i + 1] === "'") {
          literal += "'";
          this.i += 2;
          continue;
        }
        const close = this.text.indexOf("'", this.i + 1);
        if (close > this.i + 1 && /[{}#<]/.test(this.text[this.i + 1] as string)) {
          literal += this.text.slice(this.i + 1, close);
          this.i = close + 1;
          continue;
        }
        literal += ch;
        this.i++;
        continue;
      }
      if (ch === '}' && inBranch) {
        this.i++;
        flush();
        return parts;
      }
      if (ch === '#' && hash !== undefined) {
        flush();
        parts.push(hash);
        this.i++;
        continue;
      }
      if (ch === '{') {
        flush();
        parts.push(...this.placeholder(depth));
        continue;
      }
      literal += ch;
      this.i++;
    }
    flush();
    return parts;
  }

  /** `{name}`, `{name, type}`, `{name, type, style}`, or `{name, plural|select, key {branch} ...}`. */
  private placeholder(depth: number): TextPart[] {
    this.i++; // {
    const header = this.until([',', '}']);
    const name = header.trim();
    if (this.text[this.i] === '}') {
      this.i++;
      return [slotFor(name, this.values(name), undefined)];
    }
    this.i++; // ,
    const type = this.until([',', '}']).trim();
    if (this.text[this.i] === '}') {
      this.i++;
      return [slotFor(name, this.values(name), type)];
    }
    this.i++; // ,
    if (type !== 'plural' && type !== 'select' && type !== 'selectordinal') {
      const style = this.until(['}']).trim();
      this.i++;
      return [slotFor(name, this.values(name), `${type} ${style}`)];
    }
    if (depth >= MAX_NESTING) return [{ slot: 'text', name }];
    return this.branches(name, type, depth);
  }

  private branches(name: string, type: string, depth: number): TextPart[] {
    const value = this.values(name);
    const branches = new Map<string, TextPart[]>();
    const hash = type === 'select' ? undefined : value?.known ? value.text : slotFor(name, value, 'number');
    for (;;) {
      this.skipSpace();
      if (this.i >= this.text.length) break;
      if (this.text[this.i] === '}') {
        this.i++;
        break;
      }
      const key = this.until(['{', '}']).trim();
      if (this.text[this.i] !== '{') break;
      this.i++;
      // `offset:1` precedes the branches; it does not change which one is read here.
      branches.set(key.replace(/^offset:\d+\s*/, ''), this.read(depth + 1, true, hash));
    }
    const chosen = value?.known ? pickBranch(branches, type, value) : undefined;
    return chosen ?? branches.get('other') ?? [{ slot: type === 'select' ? 'text' : 'number', name: value && !value.known ? value.name : name }];
  }

  private until(stops: readonly string[]): string {
    const start = this.i;
    while (this.i < this.text.length && !stops.includes(this.text[this.i] as string)) this.i++;
    return this.text.slice(start, this.i);
  }

  private skipSpace(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i] as string)) this.i++;
  }
}

/** The branch a known value takes: `=n`, then English one/other for plurals, then the select key. */
function pickBranch(branches: ReadonlyMap<string, TextPart[]>, type: string, value: Extract<PlaceholderValue, { known: true }>): TextPart[] | undefined {
  if (type === 'select') return branches.get(value.text) ?? branches.get('other');
  const n = value.number ?? Number(value.text);
  if (!Number.isFinite(n)) return undefined;
  return branches.get(`=${n}`) ?? branches.get(n === 1 ? 'one' : 'other') ?? branches.get('other');
}

/** `<b>bold</b>`, `<1>link</1>`, `<br/>`: the text stays, the tags go. */
function stripTags(parts: TextPart[]): TextPart[] {
  return parts.map((part) => (typeof part === 'string' ? part.replace(/<\/?[A-Za-z0-9_-]+\s*\/?>/g, '') : part));
}

/** Adjacent strings joined, empty ones dropped. */
export function normaliseParts(parts: readonly TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      if (!part) continue;
      const last = out[out.length - 1];
      if (typeof last === 'string') out[out.length - 1] = last + part;
      else out.push(part);
    } else out.push(part);
  }
  return out;
}

/** A slot beside a currency sign or code in the text around it is a price ("$" + `{amount}`). */
export function typePriceSlots(parts: readonly TextPart[]): TextPart[] {
  return parts.map((part, index) => {
    if (typeof part === 'string' || part.slot === 'price' || part.name.startsWith('$t(')) return part;
    const before = parts[index - 1];
    const after = parts[index + 1];
    const sign = (typeof before === 'string' && /(?:[$€£¥₹₩₽¢]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN))\s?$/i.exec(before)?.[0]) || (typeof after === 'string' && /^\s?(?:[$€£¥₹₩₽¢]|(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN)\b)/i.exec(after)?.[0]);
    return sign ? ({ slot: 'price', name: part.name, currency: sign.trim().toUpperCase() } satisfies TextSlot) : part;
  });
}
