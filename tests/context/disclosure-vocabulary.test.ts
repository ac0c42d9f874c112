/**
 * The vocabulary of no-vague-disclosure-link and no-bundled-consent in the seven built-in lexicons: every language
 * names its vague link labels ("Mehr erfahren", "En savoir plus") and its legal documents ("AGB", "CGU"), the two
 * rules find a vague link and a bundled box written in each language, and the merged index does not let another
 * language's words change how ordinary English reads.
 */
import { describe, expect, it } from 'vitest';
import { analyseProgram } from '../../src/checks/analysis.js';
import { checkNoBundledConsent } from '../../src/checks/no-bundled-consent.js';
import { checkNoVagueDisclosureLink } from '../../src/checks/no-vague-disclosure-link.js';
import { BUILT_IN_LEXICONS, compileLexicon, defaultLexicon, type Lexicon, type LexiconData } from '../../src/context/lexicon.js';
import { tokenize } from '../../src/context/text.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { resolveSettings } from '../../src/settings/settings.js';

const all = defaultLexicon();
const englishOnly = compileLexicon(BUILT_IN_LEXICONS.filter((l) => l.language === 'en'));

function analyse(source: string, lexicon: Lexicon = all) {
  const parsed = parseWithTypescriptEstree(source, 'file.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  const settings = { ...resolveSettings(undefined), lexicon };
  return analyseProgram({ program: parsed.value, settings, scopeFor: () => ({ globalSheets: [], moduleSheets: new Map() }) });
}

interface LanguageCase {
  /** Link labels that say nothing of where they lead. */
  vague: string[];
  /** Link labels that name what they lead to. */
  descriptive: string[];
  /** Names of the terms, and of the privacy policy. */
  terms: string[];
  privacyPolicy: string[];
  /** A terms-update heading with no material term, a decision and a vague link. */
  prompt: { heading: string; accept: string; link: string };
  /** A checkbox label that accepts the terms and grants a purpose, with the purpose key. */
  bundled: [string, string];
  /** A checkbox label that accepts two documents, and nothing else. */
  documentsOnly: string;
}

const CASES: Record<string, LanguageCase> = {
  en: {
    vague: ['Details', 'Learn more', 'More info', 'Terms and conditions', 'Click here', 'Read the fine print'],
    descriptive: ['How we use your chats for training', 'Privacy policy', 'Learn how we share your data'],
    terms: ['Terms of Service', 'Terms and Conditions', 'Terms of Use'],
    privacyPolicy: ['Privacy Policy', 'Cookie Policy'],
    prompt: { heading: "We're updating our Consumer Terms", accept: 'Accept', link: 'Details' },
    bundled: ['I agree to the Terms and to receive marketing emails', 'marketing'],
    documentsOnly: 'I agree to the Terms of Service and Privacy Policy',
  },
  de: {
    vague: ['Details', 'Mehr erfahren', 'Weitere Informationen', 'Hier klicken', 'Das Kleingedruckte', 'AGB'],
    descriptive: ['Wie wir Ihre Chats für das Training nutzen', 'Datenschutzerklärung'],
    terms: ['AGB', 'Allgemeine Geschäftsbedingungen', 'Nutzungsbedingungen'],
    privacyPolicy: ['Datenschutzerklärung', 'Datenschutzhinweise'],
    prompt: { heading: 'Wir haben unsere Nutzungsbedingungen aktualisiert', accept: 'Akzeptieren', link: 'Mehr erfahren' },
    bundled: ['Ich akzeptiere die AGB und möchte den Newsletter erhalten', 'marketing'],
    documentsOnly: 'Ich akzeptiere die AGB und die Datenschutzerklärung',
  },
  fr: {
    vague: ['Détails', 'En savoir plus', "Plus d'informations", 'Cliquez ici', 'Conditions générales', 'Petits caractères'],
    descriptive: ['Comment nous utilisons vos conversations pour entraîner nos modèles', 'Politique de confidentialité'],
    terms: ['Conditions générales', "Conditions d'utilisation", 'CGU'],
    privacyPolicy: ['Politique de confidentialité', 'Politique de cookies'],
    prompt: { heading: 'Mise à jour de nos conditions', accept: "J'accepte", link: 'En savoir plus' },
    bundled: ["J'accepte les CGU et de recevoir la newsletter", 'marketing'],
    documentsOnly: "J'accepte les CGU et la politique de confidentialité",
  },
  es: {
    vague: ['Detalles', 'Más información', 'Saber más', 'Haz clic aquí', 'Términos y condiciones', 'Letra pequeña'],
    descriptive: ['Cómo usamos tus conversaciones para entrenar modelos', 'Política de privacidad'],
    terms: ['Términos y condiciones', 'Términos de uso', 'Condiciones generales'],
    privacyPolicy: ['Política de privacidad', 'Política de cookies'],
    prompt: { heading: 'Actualización de nuestros términos', accept: 'Aceptar', link: 'Más información' },
    bundled: ['Acepto los términos y condiciones y recibir comunicaciones comerciales', 'marketing'],
    documentsOnly: 'Acepto los términos y condiciones y la política de privacidad',
  },
  it: {
    vague: ['Dettagli', 'Scopri di più', 'Maggiori informazioni', 'Clicca qui', 'Termini e condizioni'],
    descriptive: ['Come usiamo le tue chat per addestrare i modelli', 'Informativa sulla privacy'],
    terms: ['Termini e condizioni', 'Termini di servizio', 'Condizioni generali'],
    privacyPolicy: ['Informativa sulla privacy', 'Cookie policy'],
    prompt: { heading: 'Aggiornamento dei termini', accept: 'Accetto', link: 'Scopri di più' },
    bundled: ['Accetto i termini e condizioni e la newsletter', 'marketing'],
    documentsOnly: "Accetto i termini e condizioni e l'informativa sulla privacy",
  },
  nl: {
    vague: ['Details', 'Meer informatie', 'Lees meer', 'Klik hier', 'Algemene voorwaarden', 'De kleine lettertjes'],
    descriptive: ['Hoe we je gesprekken gebruiken om modellen te trainen', 'Privacybeleid'],
    terms: ['Algemene voorwaarden', 'Gebruiksvoorwaarden'],
    privacyPolicy: ['Privacybeleid', 'Cookiebeleid'],
    prompt: { heading: 'Bijgewerkte voorwaarden', accept: 'Akkoord', link: 'Meer informatie' },
    bundled: ['Ik ga akkoord met de algemene voorwaarden en de nieuwsbrief', 'marketing'],
    documentsOnly: 'Ik ga akkoord met de algemene voorwaarden en het privacybeleid',
  },
  pt: {
    vague: ['Detalhes', 'Saiba mais', 'Mais informações', 'Clique aqui', 'Termos e condições', 'Letras miúdas'],
    descriptive: ['Como usamos suas conversas para treinar modelos', 'Política de privacidade'],
    terms: ['Termos de uso', 'Termos e condições', 'Termos de serviço'],
    privacyPolicy: ['Política de privacidade', 'Política de cookies'],
    prompt: { heading: 'Atualização dos termos', accept: 'Aceitar', link: 'Saiba mais' },
    bundled: ['Aceito os termos de uso e receber a newsletter', 'marketing'],
    documentsOnly: 'Aceito os termos de uso e a política de privacidade',
  },
};

const vague = (label: string, lexicon: Lexicon = all): boolean => {
  const match = lexicon.vagueLinks.firstMatch(tokenize(label));
  return match !== undefined && match.start <= 1;
};

describe('disclosure vocabulary in the built-in lexicons', () => {
  it('covers the seven languages', () => {
    expect(Object.keys(CASES)).toEqual(BUILT_IN_LEXICONS.map((l) => l.language));
  });

  it('gives every language vague link labels and the legal documents English names', () => {
    const en = BUILT_IN_LEXICONS[0] as LexiconData;
    for (const lexicon of BUILT_IN_LEXICONS) {
      expect(lexicon.vagueLinks?.length, `${lexicon.language} vagueLinks`).toBeGreaterThan(0);
      expect(Object.keys(lexicon.legalDocuments ?? {}).sort(), `${lexicon.language} legalDocuments`).toEqual(Object.keys(en.legalDocuments ?? {}).sort());
    }
  });
});

describe.each(Object.entries(CASES))('%s', (language, c) => {
  it('reads vague link labels as vague, and descriptive ones as not', () => {
    for (const label of c.vague) expect(vague(label), `${language}: '${label}'`).toBe(true);
    for (const label of c.descriptive) expect(vague(label) && !all.material.matches(tokenize(label)), `${language}: '${label}'`).toBe(false);
  });

  it('names the terms and the privacy policy', () => {
    for (const name of c.terms) expect([...all.legalDocuments.valuesIn(tokenize(name))], `${language}: '${name}'`).toContain('terms');
    for (const name of c.privacyPolicy) expect([...all.legalDocuments.valuesIn(tokenize(name))], `${language}: '${name}'`).toContain('privacy-policy');
  });

  it('finds the vague link of a terms update written in the language', () => {
    const source = `export const P = () => (
      <div role="dialog">
        <h2>${c.prompt.heading}</h2>
        <button>${c.prompt.accept}</button>
        <a href="/terms">${c.prompt.link}</a>
      </div>
    );`;
    const found = checkNoVagueDisclosureLink(analyse(source), {}).findings;
    expect(found.map((f) => [f.messageId, f.data.label]), language).toEqual([['vagueLink', c.prompt.link]]);
  });

  it('finds a box that bundles the terms with a purpose, and not one with two documents', () => {
    const box = (label: string) => `export const F = () => (<form><label><input type="checkbox" /> ${label}</label></form>);`;
    const [label, purpose] = c.bundled;
    const found = checkNoBundledConsent(analyse(box(label)), {}).findings;
    expect(found.map((f) => [f.messageId, f.data.terms, f.data.purpose]), `${language}: '${label}'`).toEqual([['bundledControl', 'terms', all.purposeName(purpose)]]);
    expect(checkNoBundledConsent(analyse(box(c.documentsOnly)), {}).findings, `${language}: '${c.documentsOnly}'`).toEqual([]);
  });

  it('is left out when the settings leave its language out', () => {
    const without = resolveSettings({ lexicon: { languages: BUILT_IN_LEXICONS.map((l) => l.language as string).filter((l) => l !== language) as never } }).lexicon;
    const othersOnly = compileLexicon(BUILT_IN_LEXICONS.filter((l) => l.language !== language));
    for (const label of c.vague) expect(vague(label, without), `${language}: '${label}'`).toBe(vague(label, othersOnly));
    // Labels other languages share ("Details") stay; the language's own go.
    const own = c.vague.filter((label) => !vague(label, othersOnly));
    expect(own.length, language).toBeGreaterThan(0);
    for (const label of own) expect(vague(label, without), `${language}: '${label}'`).toBe(false);
  });
});

describe('cross-language collisions', () => {
  // Ordinary English UI, some of whose words are words of other languages ("hier", "qui", "info", "conditions").
  const SENTENCES = [
    'Weather conditions may delay delivery. Info desk is on the left.',
    'The qui vive; hier and there. Termini of the bus lines.',
    'Detailed specs and more photos. Read the reviews.',
    'Gift cards and pricing tiers for every team.',
    'Continue reading. Note the mail arrives daily.',
  ];

  it('finds no vague link or legal document of another language in English sentences', () => {
    for (const sentence of SENTENCES) {
      const tokens = tokenize(sentence);
      expect(all.legalDocuments.matchAll(tokens).map((m) => m.value), sentence).toEqual(englishOnly.legalDocuments.matchAll(tokens).map((m) => m.value));
    }
    for (const label of ['Here we go', 'Info desk', 'Detailed specs', 'Read reviews', 'Conditions may vary']) {
      expect(vague(label), label).toBe(vague(label, englishOnly));
    }
  });
});
