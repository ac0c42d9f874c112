/**
 * Withdrawal confirmations in every language: a prompt whose only "yes" takes something away ("delete my data",
 * "unsubscribe") asks for no consent, so require-decline-option leaves it alone; the same prompt whose "yes" is the
 * language's own accept label still has no decline, and is reported.
 */
import { describe, expect, it } from 'vitest';
import { analyseSourceInDetail } from '../../src/engine/analyse.js';
import { classifyLabel, defaultLexicon } from '../../src/context/lexicon.js';
import { tokenize } from '../../src/context/text.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';

/** Per language: a marketing prompt, the word on its way-out button, an accept, and a withdrawal. */
const CASES = [
  ['en', 'Our marketing e-mails', 'Cancel', 'Accept', 'Yes, unsubscribe'],
  ['de', 'Unsere Marketing-E-Mails', 'Abbrechen', 'Akzeptieren', 'Ja, abmelden'],
  ['fr', 'Nos e-mails marketing', 'Annuler', 'Accepter', 'Oui, se désabonner'],
  ['es', 'Nuestros correos de marketing', 'Cancelar', 'Aceptar', 'Sí, darme de baja'],
  ['it', 'Le nostre e-mail di marketing', 'Annulla', 'Accetta', 'Sì, disiscriviti'],
  ['nl', 'Onze marketing-e-mails', 'Annuleren', 'Accepteren', 'Ja, afmelden'],
  ['pt', 'Os nossos e-mails de marketing', 'Cancelar', 'Aceitar', 'Concordo, cancelar inscrição'],
] as const;

const RULES = new Map([['require-decline-option', { severity: 2 as const, options: {} }]]);

function findings(text: string, out: string, yes: string) {
  const code = `export const Prompt = () => (\n  <div role="dialog">\n    <p>${text}</p>\n    <button>${out}</button>\n    <button>${yes}</button>\n  </div>\n);\n`;
  return analyseSourceInDetail({ filePath: '/p/Prompt.tsx', text: code, settings: DEFAULT_SETTINGS, rules: RULES, readFile: () => undefined }).messages.map((m) => m.messageId);
}

describe.each(CASES)('%s', (_language, text, out, accept, withdrawal) => {
  it('reads the withdrawal as one, on a button that reads as a "yes"', () => {
    expect(classifyLabel(withdrawal, defaultLexicon())).toBe('accept');
    expect(defaultLexicon().withdrawals.matches(tokenize(withdrawal))).toBe(true);
    expect(defaultLexicon().withdrawals.matches(tokenize(accept))).toBe(false);
  });

  it('leaves a withdrawal confirmation alone, and reports the same prompt with an accept and no decline', () => {
    expect(findings(text, out, withdrawal)).toEqual([]);
    expect(findings(text, out, accept)).toEqual(['missingDecline']);
  });
});
