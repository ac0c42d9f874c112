/**
 * Urgency vocabulary in the seven languages: each language names deadlines, scarcity and pressure, knows its
 * purchase actions, and knows the one-time-code, session and maintenance wording that makes a countdown honest.
 * Checked through no-false-urgency itself, with a control beside every silence so the silence can fail.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LEXICONS, type LexiconData } from '../../src/context/lexicon.js';
import { analyseSource } from '../../src/engine/analyse.js';
import { resolveSettings } from '../../src/settings/settings.js';

interface UrgencyCase {
  /** A purchase button label in the language. */
  buy: string;
  /** Claims by the urgency group they belong to. */
  claims: Array<[text: string, kind: 'a deadline' | 'a scarcity claim' | 'an urgency claim']>;
  /** Text around a ticking timer that makes it a one-time-code expiry. */
  codeExpiry: string;
  /** Text around the same timer that makes it an offer deadline. */
  offerDeadline: string;
}

const CASES: Record<string, UrgencyCase> = {
  en: {
    buy: 'Buy now',
    claims: [['Offer ends in 04:59', 'a deadline'], ['Only 2 left in stock!', 'a scarcity claim'], ["Hurry, don't miss out!", 'an urgency claim']],
    codeExpiry: 'Enter the one-time code we sent you. The code expires in',
    offerDeadline: 'Special price. Offer ends in',
  },
  de: {
    buy: 'Jetzt kaufen',
    claims: [['Angebot endet in 04:59', 'a deadline'], ['Nur noch 2 auf Lager!', 'a scarcity claim'], ['Schnell zugreifen, solange der Vorrat reicht!', 'an urgency claim']],
    codeExpiry: 'Geben Sie den Bestätigungscode ein. Der Code läuft ab in',
    offerDeadline: 'Sonderpreis. Angebot endet in',
  },
  fr: {
    buy: 'Acheter maintenant',
    claims: [["L'offre se termine dans 04:59", 'a deadline'], ['Plus que 2 en stock !', 'a scarcity claim'], ['Dépêchez-vous, ne manquez pas ça !', 'an urgency claim']],
    codeExpiry: 'Saisissez le code de vérification reçu par SMS. Le code expire dans',
    offerDeadline: "Prix spécial. L'offre se termine dans",
  },
  es: {
    buy: 'Comprar ahora',
    claims: [['La oferta termina en 04:59', 'a deadline'], ['¡Solo quedan 2 unidades!', 'a scarcity claim'], ['¡Date prisa, no te lo pierdas!', 'an urgency claim']],
    codeExpiry: 'Introduce el código de verificación. El código caduca en',
    offerDeadline: 'Precio especial. La oferta termina en',
  },
  it: {
    buy: 'Acquista ora',
    claims: [["L'offerta termina tra 04:59", 'a deadline'], ['Ne restano solo 2!', 'a scarcity claim'], ['Affrettati, fino a esaurimento scorte!', 'an urgency claim']],
    codeExpiry: 'Inserisci il codice di verifica. Il codice scade tra',
    offerDeadline: "Prezzo speciale. L'offerta termina tra",
  },
  nl: {
    buy: 'Nu kopen',
    claims: [['Aanbieding eindigt over 04:59', 'a deadline'], ['Nog maar 2 op voorraad!', 'a scarcity claim'], ['Wees er snel bij, op is op!', 'an urgency claim']],
    codeExpiry: 'Voer de verificatiecode in. De code verloopt over',
    offerDeadline: 'Speciale prijs. Aanbieding eindigt over',
  },
  pt: {
    buy: 'Comprar agora',
    claims: [['A oferta termina em 04:59', 'a deadline'], ['Restam apenas 2 unidades!', 'a scarcity claim'], ['Não perca, enquanto durarem os estoques!', 'an urgency claim']],
    codeExpiry: 'Digite o código de verificação. O código expira em',
    offerDeadline: 'Preço especial. A oferta termina em',
  },
};

const settings = resolveSettings(undefined);
const englishOnly = resolveSettings({ lexicon: { languages: ['en'] } });
const rules = new Map([['no-false-urgency', { severity: 2 as const, options: {} }]]);

function urgency(markup: string, resolved = settings) {
  const text = `export function Offer({ minutes, seconds }: { minutes: number; seconds: number }) {\n  return (\n    <div className="offer">\n      ${markup}\n    </div>\n  );\n}\n`;
  return analyseSource({ filePath: '/virtual/Offer.tsx', text, settings: resolved, rules, readFile: () => undefined });
}

it('every language has the urgency groups English has, urgency exceptions and purchase actions', () => {
  const en = BUILT_IN_LEXICONS[0] as LexiconData;
  expect(Object.keys(CASES)).toEqual(BUILT_IN_LEXICONS.map((l) => l.language));
  for (const lexicon of BUILT_IN_LEXICONS.slice(1)) {
    expect(Object.keys(lexicon.urgency ?? {}).sort(), `${lexicon.language} urgency`).toEqual(Object.keys(en.urgency ?? {}).sort());
    for (const group of Object.values(lexicon.urgency ?? {})) expect(group.length, lexicon.language).toBeGreaterThan(0);
    expect(lexicon.urgencyExceptions?.length, `${lexicon.language} urgencyExceptions`).toBeGreaterThan(0);
    expect(lexicon.purchaseActions?.length, `${lexicon.language} purchaseActions`).toBeGreaterThan(0);
  }
});

describe.each(Object.entries(CASES))('%s', (language, c) => {
  it.each(c.claims)('reports "%s" next to a purchase button as %s', (claim, kind) => {
    const messages = urgency(`<p>${claim}</p>\n      <button>${c.buy}</button>`);
    expect(messages.map((m) => [m.messageId, m.data?.['kind'], m.data?.['choice'], m.line])).toEqual([['urgencyClaim', kind, c.buy, 4]]);
  });

  it.skipIf(language === 'en')('owes its matches to its own lexicon: with English alone, claim and button are not read', () => {
    expect(urgency(`<p>${c.claims[1]?.[0] ?? ''}</p>\n      <button>${c.buy}</button>`, englishOnly)).toEqual([]);
  });

  it('stays silent on the claim when no purchase or consent choice is near', () => {
    expect(urgency(`<p>${c.claims[0]?.[0] ?? ''}</p>\n      <a href="/blog">Blog</a>`)).toEqual([]);
  });

  it('reports a ticking timer on an offer, and stays silent on the same timer on a one-time code', () => {
    const timer = (lead: string): string => `<p>${lead} {minutes}:{seconds}</p>\n      <button>${c.buy}</button>`;
    expect(urgency(timer(c.offerDeadline)).map((m) => m.messageId)).toEqual(['countdown']);
    expect(urgency(timer(c.codeExpiry))).toEqual([]);
  });
});
