/**
 * The state words (toggle-state-clarity) and age-field words (neutral-age-gate) of the seven built-in lexicons:
 * every language reads a state-only toggle label and an age question, leaves a purpose label and a non-age field
 * alone, and settings can extend both vocabularies. Also the reviews toggle-state-clarity gives for labels it
 * can't read.
 */
import { describe, expect, it } from 'vitest';
import { analyseProgram } from '../../src/checks/analysis.js';
import { checkNeutralAgeGate } from '../../src/checks/neutral-age-gate.js';
import { checkToggleStateClarity } from '../../src/checks/toggle-state-clarity.js';
import type { CheckOutput } from '../../src/checks/types.js';
import { BUILT_IN_LEXICONS, defaultLexicon } from '../../src/context/lexicon.js';
import { tokenize } from '../../src/context/text.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { resolveSettings, type HonestUiSettings } from '../../src/settings/settings.js';

function run(check: typeof checkToggleStateClarity | typeof checkNeutralAgeGate, source: string, settings?: HonestUiSettings): CheckOutput {
  const parsed = parseWithTypescriptEstree(source, 'file.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  const resolved = resolveSettings(settings);
  const analysis = analyseProgram({ program: parsed.value, settings: resolved, scopeFor: () => ({ globalSheets: [], moduleSheets: new Map() }) });
  return check(analysis, {});
}

interface LanguageCase {
  /** Consent-dialog text in the language (so the dialog is a consent context). */
  dialog: string;
  /** Toggle labels made only of state words. */
  stateOnly: string[];
  /** A toggle label that names its purpose. */
  purpose: string;
  /** Labels of fields that ask for age or a birth date. */
  ageLabels: string[];
  /** Age-worded labels that are not age questions. */
  notAge: string[];
}

const CASES: Record<string, LanguageCase> = {
  en: {
    dialog: 'We use cookies for marketing.',
    stateOnly: ['On', 'Off', 'On/Off', 'Yes', 'Enabled', 'I/O'],
    purpose: 'Send me marketing emails',
    ageLabels: ['Your age', 'Year of birth', 'Date of birth', 'Birthday'],
    notAge: ['Years of experience', 'Minimum age'],
  },
  de: {
    dialog: 'Wir verwenden Cookies für personalisierte Werbung.',
    stateOnly: ['Ein', 'Aus', 'An/Aus', 'Aktiviert', 'Deaktiviert', 'Ja'],
    purpose: 'Personalisierte Werbung anzeigen',
    ageLabels: ['Alter', 'Ihr Alter', 'Geburtsjahr', 'Geburtsdatum'],
    notAge: ['Berufserfahrung', 'Mindestalter'],
  },
  fr: {
    dialog: 'Nous utilisons des cookies pour la publicité personnalisée.',
    stateOnly: ['Oui', 'Non', 'Activé', 'Désactivé'],
    purpose: 'Publicité personnalisée',
    ageLabels: ['Votre âge', 'Année de naissance', 'Date de naissance'],
    notAge: ["Années d'expérience", 'Âge minimum'],
  },
  es: {
    dialog: 'Utilizamos cookies para mostrarte publicidad personalizada.',
    stateOnly: ['Sí', 'No', 'Activado', 'Desactivado', 'Encendido'],
    purpose: 'Publicidad personalizada',
    ageLabels: ['Edad', 'Año de nacimiento', 'Fecha de nacimiento'],
    notAge: ['Años de experiencia', 'Edad mínima'],
  },
  it: {
    dialog: 'Utilizziamo cookie di profilazione per pubblicità personalizzata.',
    stateOnly: ['Sì', 'No', 'Attivo', 'Disattivato', 'Acceso/Spento'],
    purpose: 'Pubblicità personalizzata',
    ageLabels: ['La tua età', 'Anno di nascita', 'Data di nascita'],
    notAge: ['Anni di esperienza', 'Età minima'],
  },
  nl: {
    dialog: 'Wij gebruiken cookies voor gepersonaliseerde advertenties.',
    stateOnly: ['Aan', 'Uit', 'Aan/Uit', 'Ingeschakeld', 'Nee'],
    purpose: 'Gepersonaliseerde advertenties',
    ageLabels: ['Leeftijd', 'Geboortejaar', 'Geboortedatum'],
    notAge: ['Jaren ervaring', 'Minimumleeftijd'],
  },
  pt: {
    dialog: 'Usamos cookies para anúncios personalizados.',
    stateOnly: ['Sim', 'Não', 'Ligado', 'Desligado', 'Ativado'],
    purpose: 'Anúncios personalizados',
    ageLabels: ['Idade', 'Ano de nascimento', 'Data de nascimento'],
    notAge: ['Anos de experiência', 'Idade mínima'],
  },
};

const toggle = (dialog: string, label: string): string => `
  export const Prefs = () => (
    <div role="dialog">
      <p>${dialog}</p>
      <label><Switch /> ${label}</label>
      <label><Switch /> ${label}</label>
    </div>
  );`;

const ageField = (label: string): string => `export const Gate = () => <label>${label} <input type="number" defaultValue="18" /></label>;`;

describe('built-in lexicons', () => {
  it('give every language state words, age words and age exceptions', () => {
    expect(BUILT_IN_LEXICONS.map((l) => l.language)).toEqual(Object.keys(CASES));
    for (const lexicon of BUILT_IN_LEXICONS) {
      for (const key of ['stateWords', 'ageFields', 'ageFieldExceptions'] as const) expect(lexicon[key]?.length, `${lexicon.language} ${key}`).toBeGreaterThan(0);
    }
  });
});

describe.each(Object.entries(CASES))('%s', (language, c) => {
  it('reports a consent toggle labelled only with state words', () => {
    for (const label of c.stateOnly) {
      const { findings } = run(checkToggleStateClarity, toggle(c.dialog, label));
      expect(findings.map((f) => [f.messageId, f.data.label]), `${language}: '${label}'`).toEqual([
        ['stateOnlyLabel', label],
        ['stateOnlyLabel', label],
      ]);
    }
  });

  it('leaves a toggle whose label names its purpose alone, with or without a state word', () => {
    expect(run(checkToggleStateClarity, toggle(c.dialog, c.purpose)).findings).toEqual([]);
    expect(run(checkToggleStateClarity, toggle(c.dialog, `${c.purpose}: ${c.stateOnly[0] ?? ''}`)).findings).toEqual([]);
  });

  it('reports an age field with a preset value, and not an age-worded field that asks something else', () => {
    for (const label of c.ageLabels) {
      expect(run(checkNeutralAgeGate, ageField(label)).findings.map((f) => f.data.label), `${language}: '${label}'`).toEqual([label]);
    }
    for (const label of c.notAge) expect(run(checkNeutralAgeGate, ageField(label)).findings, `${language}: '${label}'`).toEqual([]);
  });
});

describe('cross-language collisions', () => {
  it('reads no age question into ordinary field names and labels', () => {
    // "ETA" is the Italian "età" without its accent: the bare word is left out of the Italian lexicon.
    const lexicon = defaultLexicon();
    for (const text of ['ETA', 'Page size', 'Usage', 'Average rating', 'Stage', 'Message', 'Mileage', 'Expiry year', 'Year']) {
      expect(lexicon.ageFields.matches(tokenize(text)), text).toBe(false);
    }
    expect(run(checkNeutralAgeGate, `export const F = () => <input name="pageSize" defaultValue="20" />;`).findings).toEqual([]);
  });

  it('counts a label as state-only only when every word is a state word', () => {
    const lexicon = defaultLexicon();
    const coveredAll = (text: string): boolean => {
      const tokens = tokenize(text);
      return tokens.length > 0 && tokens.every((token) => lexicon.stateWords.matches([token]));
    };
    expect(coveredAll('On / Off')).toBe(true);
    expect(coveredAll('No marketing')).toBe(false);
    expect(coveredAll('Yes, share my data')).toBe(false);
  });
});

describe('lexicon settings', () => {
  it('lexicon.extend.stateWords makes a new state word', () => {
    const source = toggle('We use cookies for marketing.', 'Yep');
    expect(run(checkToggleStateClarity, source).findings).toEqual([]);
    expect(run(checkToggleStateClarity, source, { lexicon: { extend: { stateWords: ['yep'] } } }).findings.map((f) => f.messageId)).toEqual(['stateOnlyLabel', 'stateOnlyLabel']);
  });

  it('lexicon.extend.ageFields and ageFieldExceptions add age words and exceptions', () => {
    expect(run(checkNeutralAgeGate, ageField('Age bracket')).findings).toHaveLength(1);
    expect(run(checkNeutralAgeGate, ageField('Age bracket'), { lexicon: { extend: { ageFieldExceptions: ['age bracket'] } } }).findings).toEqual([]);
    expect(run(checkNeutralAgeGate, ageField('Jaar'), { lexicon: { extend: { ageFields: ['jaar'] } } }).findings).toHaveLength(1);
  });

  it("languages: ['en'] leaves German state and age words out", () => {
    const english = { lexicon: { languages: ['en' as const] } };
    expect(run(checkToggleStateClarity, toggle(CASES.de?.dialog ?? '', 'Ein'), english).findings).toEqual([]);
    expect(run(checkNeutralAgeGate, ageField('Geburtsjahr'), english).findings).toEqual([]);
  });
});

describe('toggle-state-clarity reviews', () => {
  it('a label from a translation call is a review with the translation reason, not a finding', () => {
    const output = run(checkToggleStateClarity, `
      export const P = ({ t }: { t: (k: string) => string }) => (
        <div role="dialog">
          <p>We use cookies.</p>
          <Switch label={t('consent.marketing')} />
          <label><input type="checkbox" /> {t('consent.analytics')}</label>
        </div>
      );`);
    expect(output.findings).toEqual([]);
    expect(output.reviews.map((r) => r.reason)).toEqual(['translation', 'translation']);
  });

  it('a state word beside unreadable text, spread props, an unresolved aria-labelledby and an id no label in the file names are reviews', () => {
    const output = run(checkToggleStateClarity, `
      export const P = ({ t, field }: { t: (k: string) => string; field: object }) => (
        <div role="dialog">
          <p>We use cookies.</p>
          <label><Switch /> On {t('consent.marketing')}</label>
          <Switch {...field} />
          <Switch aria-labelledby="heading-in-another-file" />
          <input type="checkbox" id="label-in-a-parent-component" />
        </div>
      );`);
    expect(output.findings).toEqual([]);
    expect(output.reviews.map((r) => r.reason)).toEqual(['translation', 'unresolved-component', 'unresolved-component', 'unresolved-component']);
  });
});
