/**
 * The text pre-filter skips files that cannot hold a finding. Its promise is that it only ever skips work: every
 * fixture with a finding or a review passes it (the property test in tests/robustness checks generated files too),
 * and ordinary app code does not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetRules } from '../../src/catalog/index.js';
import { analyseSourceInDetail } from '../../src/engine/analyse.js';
import { passesWithBorrowedCopy } from '../../src/engine/borrowed-copy.js';
import { copyText } from '../../src/engine/copy-text.js';
import { lexicalCopy } from '../../src/engine/lexical-copy.js';
import { createPrefilter, lentWords, phraseKeys, prefilterFor, prefilterForRules, rendersNothing, tokensOf } from '../../src/engine/prefilter.js';
import { GAP, plainWordSlots, tokenize } from '../../src/context/text.js';
import { loadScriptParser } from '../../src/parse/oxc.js';
import { ProjectCache } from '../../src/resolve/stylesheets.js';
import { isScriptFile, parseWithTypescriptEstree } from '../../src/parse/script.js';
import { DEFAULT_SETTINGS, resolveSettings } from '../../src/settings/settings.js';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const strict = presetRules('strict');
const prefilter = prefilterForRules(DEFAULT_SETTINGS, strict);

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return scripts(full);
    return isScriptFile(entry) ? [full] : [];
  });
}

const readFile = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

describe('every fixture with something to report passes the pre-filter', () => {
  const reporting = scripts(fixturesDir).filter((file) => {
    const text = readFileSync(file, 'utf8');
    const analysis = analyseSourceInDetail({ filePath: file, text, settings: DEFAULT_SETTINGS, rules: strict, readFile });
    return analysis.messages.some((m) => !m.fatal) || analysis.reviews.length > 0;
  });

  it('has fixtures to check', () => {
    expect(reporting.length).toBeGreaterThan(20);
  });

  it.each(reporting.map((file) => [path.relative(fixturesDir, file), file]))('%s', (_name, file) => {
    expect(prefilter(readFileSync(file, 'utf8'))).toBe(true);
  });

  // The second look, once parsed: the vocabulary is in the copy (copy-text.ts), as each parser lays the AST out.
  it.each(reporting.map((file) => [path.relative(fixturesDir, file), file]))('%s, by its copy', async (_name, file) => {
    const text = readFileSync(file, 'utf8');
    for (const parse of [parseWithTypescriptEstree, (await loadScriptParser('oxc')).parse]) {
      const parsed = parse(text, file);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const copy = copyText(parsed.value);
      expect(prefilter(text, copy) || passesWithBorrowedCopy(text, file, prefilter, readFile, new ProjectCache(), DEFAULT_SETTINGS, copy)).toBe(true);
    }
  });

  // ... and the same look before parsing, at the copy read from the text (lexical-copy.ts), where it reads one.
  it.each(reporting.map((file) => [path.relative(fixturesDir, file), file]))('%s, by the copy read from its text', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const copy = lexicalCopy(text);
    if (copy !== undefined) expect(prefilter(text, copy) || passesWithBorrowedCopy(text, file, prefilter, readFile, new ProjectCache(), DEFAULT_SETTINGS, copy)).toBe(true);
  });
});

describe('what passes and what is skipped', () => {
  it.each([
    ['a cookie banner', '<div>We use cookies to improve your experience.</div>'],
    ['a topic in another language', '<p>Wir verwenden Cookies und Datenschutz-Einstellungen.</p>'],
    ['a purpose named only in an identifier', 'export const Row = () => <Toggle name="shareWithPartners" checked={marketingEmails} />;'],
    ['a component name in camelCase', 'export const Page = () => <CookieBanner />;'],
    ['a countdown component', 'export const Offer = () => <div><CountDown /><button>Buy</button></div>;'],
    ['a price with a dollar sign', '<label><input type="checkbox" defaultChecked /> Gift wrap (+$ 4.99)</label>'],
    ['a price in euros', '<label><input type="checkbox" defaultChecked /> Geschenkverpackung 2,50 €</label>'],
    ['a price with a currency code', '<label><input type="checkbox" defaultChecked /> Wrap, EUR 3</label>'],
    [
      'a scarcity claim beside the purchase it pressures',
      "export const BuyBox = ({ product }: { product: Product }) => (\n  <div className=\"buy-box\">\n    <p className=\"text-red-600\">Only {product.stock} left in stock, order soon!</p>\n    <Button onClick={() => addToCart(product.id)}>Add to cart</Button>\n  </div>\n);\n",
    ],
    ['a purpose phrase with words between its parts', '<Switch.Label>Let our trusted partners see your purchase history</Switch.Label>'],
    ['a shaming refusal read by its pattern', "<button>No thanks, I'd rather waste my money</button>"],
    ['a button drawn as a ticked box that adds a priced extra', '<button onClick={() => setWrap(!wrap)}><CheckIcon /> Gift wrap +$4.99</button>'],
    ['a yes/no question about a priced extra', '<RadioGroup defaultValue="yes"><p>Add travel insurance for €12?</p></RadioGroup>'],
    [
      'a box a form library ticks, its price formatted at run time',
      "import { Formik, Field } from 'formik';\nimport { formatPrice } from './money';\nexport const Extras = ({ fee }) => (\n  <Formik initialValues={{ extra: true }} onSubmit={save}>\n    <label><Field type=\"checkbox\" name=\"extra\" /> Keep it for {formatPrice(fee)}</label>\n  </Formik>\n);\n",
    ],
    ['a price sign before a template expression', 'export const Fee = ({ fee }) => <Checkbox defaultChecked label={`Extra care, $${fee.toFixed(2)}`} />;'],
  ])('passes: %s', (_label, text) => {
    expect(prefilter(text)).toBe(true);
  });

  it.each([
    ['a todo list', "import { useState } from 'react';\nexport function Todos({ items }) {\n  const [done, setDone] = useState([]);\n  return <ul>{items.map((item) => <li key={item.id}>{`${item.title}`}</li>)}</ul>;\n}\n"],
    ['a sign-in form', '<form><label>Email <input type="email" /></label><button type="submit">Continue</button></form>'],
    ['a dark-mode toggle', '<label><input type="checkbox" role="switch" defaultChecked /> Dark mode</label>'],
    ['"Remember me" checked by default', '<label><input type="checkbox" defaultChecked /> Remember me</label>'],
    ['choice labels alone', '<div><button>Accept</button><button>No thanks</button></div>'],
    // An urgency claim is reported only beside a purchase or a consent prompt's decision, whose words pass on their own.
    [
      'a stock badge in an inventory table, with nothing to pressure',
      "export function StockCell({ item }: { item: InventoryItem }) {\n  if (item.stock > 5) return <span>{item.stock}</span>;\n  return <Badge color=\"orange\">Only {item.stock} left, hurry!</Badge>;\n}\n",
    ],
    [
      'a one-time code countdown on a sign-in screen',
      "export function ResendCode({ onResend }: Props) {\n  return (\n    <p>\n      Didn't get it? Resend in <OtpCountdown seconds={30} onDone={onResend} />, hurry! Still nothing? <a href=\"/help\">Contact support</a>.\n    </p>\n  );\n}\n",
    ],
    [
      'a component under a licence header and JSDoc that speak of terms, conditions and data',
      `/*\n * Copyright 2024 Palantir Technologies, Inc. All rights reserved.\n * Licensed under the Apache License, Version 2.0; you may not use this file except in compliance with the License.\n * Distributed WITHOUT WARRANTIES OR CONDITIONS of any kind. See the License for the terms and conditions.\n */\n\n/** Shares the selection with the partners panel; tracks analytics cookies of the newsletter. */\nexport function Toolbar({ items }: Props) {\n  // TODO: personalised advertising partners consent banner\n  return (\n    <div className="toolbar">\n      {/* marketing emails opt-in lived here */}\n      {items.map((item) => <Button key={item.id} text={item.label} />)}\n    </div>\n  );\n}\n`,
    ],
  ])('skips: %s', (_label, text) => {
    expect(prefilter(text)).toBe(false);
  });

  it('reads comments after code on their line, and every comment of a file with a suppression directive', () => {
    expect(prefilter('export const Row = () => <Toggle checked={on} />; // marketing emails and partner offers')).toBe(true);
    const directive = '// honest-ui-disable-next-line no-fine-print -- legal copy reviewed\nexport const Footer = () => <small>v1.2</small>;\n';
    expect(prefilter(directive)).toBe(true);
    // Code after a block comment on the same line is code: `/* mock */ <p>We use cookies</p>`.
    expect(prefilter('const a = 1;\n/* mock */ const b = <p>We use cookies to measure traffic</p>;\n')).toBe(true);
  });

  it('reads no words from the imports and re-exports that open a module, and every word after them', () => {
    const header = `'use client';\n\n/** Site chrome. */\nimport { trackAnalytics } from '@/lib/analytics';\nimport type { CookieBannerProps } from './cookie-banner';\nimport * as consent from './consent-store';\nexport { PrivacyCenter } from './privacy-center';\nexport * from './tracking';\n`;
    expect(prefilter(`${header}export const Nav = () => <nav><a href="/">Home</a></nav>;\n`)).toBe(false);
    // A name imported there is read where it is used.
    expect(prefilter(`${header}import { CookieBanner } from './cookie-banner';\nexport const Shell = () => <CookieBanner />;\n`)).toBe(true);
    // Past the first other statement nothing is cut, even text that reads like an import.
    expect(prefilter(`${header}export const Step = () => (\n  <p>\nimport your contacts from 'Gmail' and we share your data with partners\n  </p>\n);\n`)).toBe(true);
  });

  it('skips a .ts module whatever it says (TypeScript has no JSX outside .tsx), unless it holds a suppression directive', () => {
    // A consent store and a generated GraphQL module: every word of a prompt, and no element to report on.
    const store = `import { create } from 'zustand';\n\nexport const CONSENT_COPY = { title: 'We use cookies', accept: 'Accept all', reject: 'Reject all', marketing: 'Marketing emails from our partners' };\nexport const useConsent = create<{ marketing: boolean }>(() => ({ marketing: true }));\n`;
    expect(prefilter(store)).toBe(true);
    expect(rendersNothing('/app/src/stores/consent.ts', store)).toBe(true);
    expect(rendersNothing('/app/src/graphql/hooks.generated.mts', store)).toBe(true);
    expect(rendersNothing('/app/src/components/ConsentBanner.tsx', store)).toBe(false);
    expect(rendersNothing('/app/src/legacy/banner.js', store)).toBe(false);
    expect(rendersNothing('/app/src/stores/consent.ts', `// honest-ui-disable-next-line no-preselected-consent -- legacy opt-in\n${store}`)).toBe(false);
  });

  it('skips a ticking timer beside a bare "Accept" outside any consent prompt, which has nothing to report', () => {
    const text = 'export const Invite = ({ m, s }) => (<div><span>{m}:{s}</span><button>Accept</button></div>);';
    expect(prefilter(text)).toBe(false);
    expect(analyseSourceInDetail({ filePath: '/p/Invite.tsx', text, settings: DEFAULT_SETTINGS, rules: strict, readFile }).messages).toEqual([]);
  });

  it('reads the lexicon from the settings, so a word a team adds is a key', () => {
    const text = '<div>Klubkarte</div>';
    expect(prefilter(text)).toBe(false);
    const settings = resolveSettings({ lexicon: { extend: { contextTopics: { loyalty: ['klubkarte'] } } } });
    expect(prefilterFor(settings, [])(text)).toBe(true);
  });

  it('reads words from rule options, such as no-preselected-addon addonWords', () => {
    const text = '<label><input type="checkbox" defaultChecked /> Glitter bundle</label>';
    expect(prefilter(text)).toBe(false);
    expect(prefilterFor(DEFAULT_SETTINGS, [{ addonWords: ['glitter bundle'] }])(text)).toBe(true);
  });

  it('reads no vocabulary from options that hold lexicon keys or exceptions, and reads hyphenated option words as the rules do', () => {
    // no-buried-consent's topics ("data-use") are lexicon keys: a hook that loads data for use stays skipped.
    const hook = 'export function useData() { const data = useQuery(); return data.use(); }';
    expect(prefilterForRules(DEFAULT_SETTINGS, strict)(hook)).toBe(false);
    expect(prefilterFor(DEFAULT_SETTINGS, [{ topics: ['data-use'], ignoreWords: ['data use'], essentialWords: ['data'] }])(hook)).toBe(false);
    // An add-on word written with a hyphen is the two words the rule's phrase index reads.
    const wrap = '<label><input type="checkbox" defaultChecked /> Gift-bundle deluxe</label>';
    expect(prefilterFor(DEFAULT_SETTINGS, [{ addonWords: ['gift-bundle'] }])(wrap)).toBe(true);
  });

  it('counts add-on words and prices only where a box can be ticked, so a task table with a priority column is skipped', () => {
    const table = '<table><tr><th>Priority</th><th>Total</th></tr><tr><td>{row.priority}</td><td>{`$${row.total}`}</td></tr></table>';
    expect(prefilter(table)).toBe(false);
    expect(prefilter('<label><input type="checkbox" defaultChecked /> Priority handling</label>')).toBe(true);
    expect(prefilter('<Switch isChecked={on}>Price $4.99</Switch>')).toBe(true);
    // A design system's own checked prop, declared in the settings, counts as one.
    const toggle = '<Lever defaultOn>Priority handling</Lever>';
    expect(prefilter(toggle)).toBe(false);
    const settings = resolveSettings({ components: { Lever: { as: 'switch', defaultCheckedProp: 'defaultOn' } } });
    expect(prefilterFor(settings, [])(toggle)).toBe(true);
  });

  it("counts a React Native switch's value as a checked state only in a module that names React Native", () => {
    const row = (from: string): string =>
      `import { Switch, Text, View } from '${from}';\nexport function ProtectionRow({ protection }) {\n  return (\n    <View>\n      <Text>Priority handling</Text>\n      <Switch value={protection} disabled />\n    </View>\n  );\n}\n`;
    expect(prefilter(row('react-native'))).toBe(true);
    expect(prefilter(row('@acme/primitives'))).toBe(false);
  });

  it('keys a prefix entry on its stem', () => {
    const filter = createPrefilter([{ contextTopics: { personalisation: ['personali*'] } }]);
    expect(filter('<p>Personalised ads</p>')).toBe(true);
    expect(filter('<p>Person</p>')).toBe(false);
    // Stems that start alike (French "partag*", Portuguese "partilh*"), a word that is the stem itself, and a stem
    // in another slot of the phrase or in words a module lends.
    const sharing = createPrefilter([{ contextTopics: { 'data-sharing': ['partag* ... (données|dados)', 'partilh* ... dados', 'compart* historial'] } }]);
    expect(sharing('<p>Nous partageons vos données</p>')).toBe(true);
    expect(sharing('<p>Partilh dados</p>')).toBe(true);
    expect(sharing('<p>Nous partons</p>')).toBe(false);
    expect(sharing('<p>Nous parlons de vos données</p>')).toBe(false);
    expect(sharing('<p>Historial</p>', undefined, [lentWords('compartimos')])).toBe(true);
    expect(sharing('<p>Historial</p>', undefined, [lentWords('comparamos')])).toBe(false);
  });

  it('reads words another module lends as if their text followed the file\'s and its copy', () => {
    // A preferences row whose label and price come from a constants module (`import { ROWS } from './rows'`).
    const row = "export const ChoiceRow = ({ id }: { id: keyof typeof ROWS }) => <label><Checkbox defaultChecked /> {ROWS[id].title} {ROWS[id].amount}</label>;";
    const copy = 'Checkbox';
    expect(prefilter(row)).toBe(false);
    const extras = lentWords("gift-wrap\nWrap it for\n€3.50");
    expect(prefilter(row, undefined, [extras])).toBe(true);
    expect(prefilter(row, copy, [extras])).toBe(true);
    // A price sign alone makes a ticked box a paid add-on, lent as well as written.
    // (A `$` that ends a piece of copy is followed by an amount; in code it may be a template's own.)
    const fee = lentWords('Compact rows\n$');
    expect(prefilter(row, copy, [fee])).toBe(true);
    expect(prefilter(row, undefined, [fee])).toBe(false);
    expect(prefilter(row, undefined, [lentWords('Compact rows $4')])).toBe(true);
    expect(prefilter(row, undefined, [lentWords('Compact rows')])).toBe(false);
    // Lent words that start nothing leave the answer as it was.
    expect(prefilter(row, copy, [lentWords('Wrap it for a friend'), lentWords('')])).toBe(false);
  });

  it('cannot rule anything out when a phrase has no word to key on, and says so by passing everything', () => {
    const filter = createPrefilter([{ contextTopics: { scarcity: ['0 0'] } }]);
    expect(filter('<p>Hello</p>')).toBe(true);
  });
});

describe('how a phrase is keyed', () => {
  /** Every phrase of the built-in lexicons, in every group (the qualifying ones too: keying must not depend on the group). */
  const phrases = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(phrases) : value !== null && typeof value === 'object' ? Object.values(value).flatMap(phrases) : []);
  const builtIn = DEFAULT_SETTINGS.lexicon.sources.flatMap(({ references: _references, purposeNames: _names, language: _language, ...groups }) => phrases(groups));

  it('keys a plain phrase from its written words as it keys it from its slots, for every built-in phrase', () => {
    const plain = builtIn.filter((phrase) => plainWordSlots(phrase) !== undefined);
    // Nearly every phrase is words; the rest (groups, prefixes, hyphens, apostrophes, signs) are read as slots.
    expect(plain.length).toBeGreaterThan(builtIn.length * 0.9);
    for (const phrase of plain) expect(phraseKeys(phrase, false), phrase).toEqual(phraseKeys(phrase, true));
  });

  it('keys any plain phrase alike both ways: numbers, gaps, repeated and empty alternatives', () => {
    const part = fc.oneof(fc.constantFrom('share', 'data', 'only', 'left', '0', '24', 'x1', GAP, '', '|'), fc.array(fc.constantFrom('share', 'sell', 'data', '0', '7', ''), { minLength: 2, maxLength: 4 }).map((words) => words.join('|')));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const phrase = parts.join(' ');
        fc.pre(plainWordSlots(phrase) !== undefined);
        expect(phraseKeys(phrase, false)).toEqual(phraseKeys(phrase, true));
      }),
      { numRuns: 2000 },
    );
    // A number asks for no word ("only 0 left" is keyed on "only" and "left"); a phrase of numbers alone passes every file.
    expect(phraseKeys('only 0 left', false)).toEqual(new Map([['only', [[[['left']]]]]]));
    expect(phraseKeys('24 7', false)).toBe('all');
  });
});

describe('the words of a text', () => {
  /** What tokensOf must give: tokenize() of each run of word characters, and of each of its camelCase parts. */
  const reference = (text: string): Set<string> => {
    const tokens = new Set<string>();
    for (const run of text.match(/[\p{L}\p{N}\p{M}'’ʼ`]+/gu) ?? []) {
      for (const token of tokenize(run)) tokens.add(token);
      const parts = run.replace(/(?<=[a-z0-9])(?=[A-Z])/g, ' ').split(' ');
      if (parts.length > 1) for (const part of parts) for (const token of tokenize(part)) tokens.add(token);
    }
    return tokens;
  };

  it('are what tokenize() makes of every run and camelCase part, on any text', () => {
    const unit = fc.constantFrom('a', 'B', 'z', 'Q', '0', '9', ' ', '\n', '.', '-', '_', "'", '’', 'ʼ', '`', 'é', 'É', 'ß', 'ü', '\u0301', '日', '😀', '𝐀', '$', '{', '<', '/');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect([...tokensOf(text)].sort()).toEqual([...reference(text)].sort());
      }),
      { numRuns: 3000 },
    );
  });

  it('split identifiers at camelCase and keep words with apostrophes whole', () => {
    expect([...tokensOf("acceptCookies don't shareWithPartners2FA")].sort()).toEqual([...reference("acceptCookies don't shareWithPartners2FA")].sort());
    expect(tokensOf('acceptCookies')).toEqual(new Set(['acceptcookies', 'accept', 'cookies']));
  });
});
