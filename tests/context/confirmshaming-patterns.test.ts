/**
 * Confirmshaming as a pattern, not a list (issue 13): a refusal whose first-person clause speaks of loss, risk,
 * missing out or self-deprecation shames, in every built-in language, whether or not its words are in the
 * `shaming` list; a neutral refusal ("No thanks", "Not now", "Skip", "No, I don't want emails") stays clean, and so
 * does a shaming theme outside a first-person clause. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../src/context/lexicon.js';
import { tokenize } from '../../src/context/text.js';
import { bothRunner } from '../helpers/both.js';

const lexicon = defaultLexicon();
const both = bothRunner('confirmshaming');

const POPUP = (heading: string, offer: string, accept: string, decline: string) => `
import { useState } from 'react';
import { Dialog } from '@headlessui/react';

export function NewsletterPopup({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [email, setEmail] = useState('');
  return (
    <Dialog open={open} onClose={onClose} className="popup">
      <Dialog.Panel>
        <Dialog.Title>${heading}</Dialog.Title>
        <p>${offer}</p>
        <button className="btn-primary" onClick={onClose}>${accept}</button>
        <button className="btn-link" onClick={onClose}>${decline}</button>
      </Dialog.Panel>
    </Dialog>
  );
}
`;

/** Per language: a newsletter pop-up, and a shaming refusal whose words are not in the shaming list. */
const SHAMING: Record<string, { heading: string; offer: string; accept: string; decline: string; neutral: string[] }> = {
  en: { heading: 'Get 10% off', offer: 'Join our newsletter for special offers.', accept: 'Yes, sign me up', decline: "No thanks, I'd rather waste my money", neutral: ['No thanks', 'Not now', 'Skip', "No, I don't want emails"] },
  de: { heading: '10 % Rabatt sichern', offer: 'Abonnieren Sie unseren Newsletter für Sonderangebote.', accept: 'Ja, anmelden', decline: 'Nein, ich verzichte auf Sicherheit', neutral: ['Nein danke', 'Vielleicht später', 'Nein, ich möchte keine E-Mails'] },
  fr: { heading: '10 % de réduction', offer: 'Inscrivez-vous à notre newsletter pour recevoir nos offres promotionnelles.', accept: "Oui, je m'inscris", decline: "Non merci, je n'aime pas les bonnes affaires", neutral: ['Non merci', 'Plus tard', "Non, je ne veux pas d'e-mails"] },
  es: { heading: '10 % de descuento', offer: 'Suscríbete a nuestra newsletter y recibe ofertas exclusivas.', accept: 'Sí, suscribirme', decline: 'No, prefiero quedarme desinformado', neutral: ['No, gracias', 'Ahora no'] },
  it: { heading: '10% di sconto', offer: 'Iscriviti alla newsletter per ricevere offerte esclusive.', accept: 'Sì, iscrivimi', decline: 'No grazie, odio risparmiare', neutral: ['No grazie', 'Non ora'] },
  nl: { heading: '10% korting', offer: 'Schrijf je in voor onze nieuwsbrief met aanbiedingen en acties.', accept: 'Ja, inschrijven', decline: 'Nee, ik haat korting', neutral: ['Nee, bedankt', 'Niet nu'] },
  pt: { heading: '10% de desconto', offer: 'Assine a nossa newsletter e receba ofertas exclusivas.', accept: 'Sim, aceito', decline: 'Não, prefiro ficar para trás', neutral: ['Não, obrigado', 'Agora não'] },
};

describe('a shaming refusal found by its pattern, in every language', () => {
  it('covers the seven languages, with refusals the shaming list alone does not know', () => {
    expect(Object.keys(SHAMING)).toEqual(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']);
    for (const { decline } of Object.values(SHAMING)) expect(lexicon.shaming.matches(tokenize(decline)), decline).toBe(false);
  });

  it.each(Object.entries(SHAMING))('%s: is reported; the neutral refusals are not', async (_language, c) => {
    const shaming = await both({ 'NewsletterPopup.tsx': POPUP(c.heading, c.offer, c.accept, c.decline) }, 'NewsletterPopup.tsx', ['no-confirmshaming']);
    expect(shaming.eslint).toEqual(['no-confirmshaming shamingDecline 13:9']);
    expect(shaming.checker).toEqual(shaming.eslint);
    for (const neutral of c.neutral) {
      const clean = await both({ 'NewsletterPopup.tsx': POPUP(c.heading, c.offer, c.accept, neutral) }, 'NewsletterPopup.tsx', ['no-confirmshaming']);
      expect(clean, neutral).toEqual({ eslint: [], checker: [] });
    }
  });
});

describe('the first-person clause is what makes the theme a jab', () => {
  const shames = (label: string): boolean => {
    const clauses = lexicon.clauses(label);
    let clause: string[] = [];
    for (const token of [...clauses, '.']) {
      if (token !== '.') {
        clause.push(token);
        continue;
      }
      if (clause.some((t) => lexicon.firstPerson.has(t)) && lexicon.shamingPatterns.matches(clause)) return true;
      clause = [];
    }
    return false;
  };

  it.each([
    ['en', 'No, I prefer paying full price', true],
    ['en', "I'll take my chances", true],
    ['en', 'No, leave my devices unprotected', true],
    ['en', 'Protect your devices? No thanks', false],
    ['en', 'Hackers love unprotected devices. No thanks', false],
    ['de', 'Nein, ich bleibe lieber ungeschützt', true],
    ['de', 'Ungeschützte Geräte sind ein Risiko. Nein danke', false],
    ['fr', 'Non, je préfère payer plein tarif', true],
    ['fr', 'Payer plein tarif ? Non merci', false],
    ['pt', 'Não, prefiro pagar mais', true],
    ['it', 'No, non voglio risparmiare', true],
  ] as const)('%s: "%s" shames by pattern: %s', (_language, label, expected) => {
    expect(shames(label)).toBe(expected);
  });
});
