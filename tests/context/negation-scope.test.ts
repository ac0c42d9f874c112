/**
 * Negation scope (issue 13): an opt-out is recognised by a negation anywhere in the label's first clause, not only
 * in its first few words ("Please check here if you would not like to receive offers", "Cochez cette case si vous
 * ne souhaitez pas recevoir nos offres"); a stacked negative ("don't uncheck this unless you don't want...") is a
 * trick question in itself. Clauses are cut per language (punctuation, "but"/"aber", and "and"/"und"/"et" for
 * negation scope). Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('negation-scope');

const SIGNUP = (lines: string[], submit: string) => `
import { useForm } from 'react-hook-form';

export function CommunicationPreferences({ onSubmit }: { onSubmit: (values: unknown) => void }) {
  const { register, handleSubmit } = useForm();
  return (
    <form className="preferences-form" onSubmit={handleSubmit(onSubmit)}>
      ${lines.map((label, i) => `<label><input type="checkbox" {...register('pref${i}')} /> ${label}</label>`).join('\n      ')}
      <button type="submit">${submit}</button>
    </form>
  );
}
`;

/** Per language: two opt-ins, one opt-out whose negation sits past its fourth word, and a submit label. */
const OPT_OUT_LATE: Record<string, { optIns: [string, string]; optOut: string; submit: string }> = {
  en: { optIns: ['Email me special offers', 'Send me the monthly newsletter'], optOut: 'Please check here if you would not like to receive offers from our partners', submit: 'Save preferences' },
  fr: { optIns: ['Recevoir nos offres promotionnelles', "Recevoir la lettre d'information"], optOut: 'Cochez cette case si vous ne souhaitez pas recevoir les offres de nos partenaires', submit: 'Enregistrer' },
  de: { optIns: ['Newsletter erhalten', 'Sonderangebote per E-Mail erhalten'], optOut: 'Bitte hier ankreuzen, wenn Sie von unseren Partnern keine Angebote erhalten möchten', submit: 'Speichern' },
  es: { optIns: ['Recibir la newsletter', 'Recibir ofertas exclusivas'], optOut: 'Marca esta casilla si prefieres no recibir comunicaciones comerciales de terceros', submit: 'Guardar' },
};

describe('an opt-out phrased anywhere in its first clause, among opt-ins', () => {
  it.each(Object.entries(OPT_OUT_LATE))('%s: is the odd one out', async (_language, { optIns, optOut, submit }) => {
    const result = await both({ 'Preferences.tsx': SIGNUP([optIns[0], optOut, optIns[1]], submit) }, 'Preferences.tsx', ['no-trick-question']);
    expect(result.eslint).toEqual(['no-trick-question oppositeMeaning 9:7']);
    expect(result.checker).toEqual(result.eslint);
  });

  it('near-miss: a negation in a later clause opts in with a condition, it does not opt out', async () => {
    const labels = ['Email me special offers', 'Send me the monthly newsletter', 'Text me order updates, but not promotions from partners'];
    const result = await both({ 'Preferences.tsx': SIGNUP(labels, 'Save preferences') }, 'Preferences.tsx', ['no-trick-question']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: two plain opt-outs joined by "and", "und", "et" are two negatives, not a double one', async () => {
    for (const label of ["Don't email me and don't call me", 'Keine E-Mails und keine Anrufe von Partnern', "Ne pas m'envoyer d'e-mails et ne pas m'appeler"]) {
      const result = await both({ 'Preferences.tsx': SIGNUP([label], 'Save') }, 'Preferences.tsx', ['no-trick-question']);
      expect(result, label).toEqual({ eslint: [], checker: [] });
    }
  });
});

describe('stacked negatives are a trick question in themselves', () => {
  it.each([
    ['en', "Don't uncheck this box unless you don't want marketing emails"],
    ['de', 'Deaktivieren Sie dieses Kästchen nicht, wenn Sie keinen Newsletter nicht erhalten möchten'],
    ['fr', 'Ne décochez pas cette case sauf si vous ne voulez pas recevoir nos offres promotionnelles'],
    ['nl', 'Vink dit vakje niet uit tenzij je geen nieuwsbrief wilt ontvangen'],
  ])('%s: "%s"', async (_language, label) => {
    const result = await both({ 'Preferences.tsx': SIGNUP([label], 'Save') }, 'Preferences.tsx', ['no-trick-question']);
    expect(result.eslint).toEqual(['no-trick-question doubleNegative 8:7']);
    expect(result.checker).toEqual(result.eslint);
  });
});
