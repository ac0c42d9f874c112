/**
 * The seven built-in lexicons: every language classifies its decline, deferral, accept and manage labels, knows
 * its shaming phrases and its banner vocabulary; the merged index does not let one language's words change how
 * ordinary English UI reads; and settings can extend the lexicon or narrow its languages.
 */
import { describe, expect, it } from 'vitest';
import { analyseProgram } from '../../src/checks/analysis.js';
import { analyseConsent, type ConsentAnalysis } from '../../src/context/detect.js';
import { BUILT_IN_LEXICONS, classifyLabel, compileLexicon, defaultLexicon, type ChoiceKind, type Lexicon, type LexiconData } from '../../src/context/lexicon.js';
import { tokenize } from '../../src/context/text.js';
import { buildModel } from '../../src/model/build.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { LEXICON_LANGUAGES, settingsSchema } from '../../src/settings/schema.js';
import { resolveSettings, SettingsError, type HonestUiSettings } from '../../src/settings/settings.js';

const all = defaultLexicon();
const englishOnly = compileLexicon(BUILT_IN_LEXICONS.filter((l) => l.language === 'en'));

function program(source: string) {
  const parsed = parseWithTypescriptEstree(source, 'file.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

function analyse(source: string, settings?: HonestUiSettings): ConsentAnalysis {
  const resolved = resolveSettings(settings);
  return analyseConsent(buildModel(program(source), { settings: resolved }), { settings: resolved, lexicon: resolved.lexicon });
}

const shamed = (text: string, lexicon: Lexicon = all): boolean => lexicon.shaming.matches(tokenize(text));

interface LanguageCase {
  accept: string[];
  decline: string[];
  deferral: string[];
  manage: string[];
  dismiss: string[];
  shaming: string[];
  /** Plain refusals in the language: no guilt, so no shaming match. */
  plainDecline: string[];
  banner: { text: string; topics: string[]; buttons: Array<[string, ChoiceKind]> };
}

const CASES: Record<string, LanguageCase> = {
  en: {
    accept: ['Accept all', 'I agree', 'Allow all cookies'],
    decline: ['Reject all', 'Decline', 'Only necessary cookies', 'Continue without accepting'],
    deferral: ['Not now', 'Maybe later', 'Ask me later'],
    manage: ['Manage preferences', 'Cookie settings', 'Customize'],
    dismiss: ['Close'],
    shaming: ["No thanks, I'd rather pay full price", "I don't care about my privacy"],
    plainDecline: ['No thanks', 'Reject all'],
    banner: {
      text: 'We use cookies to improve your experience and for marketing.',
      topics: ['cookies', 'marketing'],
      buttons: [['Accept all', 'accept'], ['Reject all', 'decline'], ['Manage preferences', 'manage']],
    },
  },
  de: {
    accept: ['Alle akzeptieren', 'Akzeptieren', 'Ich stimme zu', 'Alle Cookies zulassen', 'Einverstanden'],
    decline: ['Alle ablehnen', 'Ablehnen', 'Nur notwendige', 'Nur notwendige Cookies', 'Nur notwendige Cookies akzeptieren', 'Nein danke', 'Weiter ohne Einwilligung'],
    deferral: ['Später', 'Vielleicht später', 'Nicht jetzt', 'Später erinnern', 'Überspringen'],
    manage: ['Einstellungen', 'Cookie-Einstellungen', 'Individuell anpassen', 'Auswahl speichern', 'Mehr erfahren'],
    dismiss: ['Schließen'],
    shaming: ['Nein, ich zahle lieber den vollen Preis', 'Meine Privatsphäre ist mir egal', 'Nein, ich möchte keine Rabatte'],
    plainDecline: ['Nein danke', 'Alle ablehnen'],
    banner: {
      text: 'Wir verwenden Cookies und ähnliche Technologien für Statistik-Cookies und personalisierte Werbung.',
      topics: ['cookies', 'analytics', 'advertising', 'personalisation'],
      buttons: [['Alle akzeptieren', 'accept'], ['Alle ablehnen', 'decline'], ['Einstellungen', 'manage']],
    },
  },
  fr: {
    accept: ['Tout accepter', 'Accepter', "J'accepte", 'Accepter et fermer', "D'accord"],
    decline: ['Tout refuser', 'Refuser', 'Continuer sans accepter', 'Non merci', 'Uniquement les cookies nécessaires', 'Accepter uniquement les cookies nécessaires'],
    deferral: ['Plus tard', 'Pas maintenant', 'Peut-être plus tard', 'Me le rappeler plus tard'],
    manage: ['Personnaliser', 'Paramètres des cookies', 'Gérer mes choix', 'En savoir plus', 'Enregistrer mes choix'],
    dismiss: ['Fermer'],
    shaming: ['Non, je préfère payer plein tarif', 'Je me fiche de ma vie privée', "Non, je n'aime pas les réductions"],
    plainDecline: ['Non merci', 'Tout refuser'],
    banner: {
      text: 'Avec votre consentement, nous utilisons des cookies pour la mesure d’audience et la publicité personnalisée.',
      topics: ['consent', 'cookies', 'analytics', 'advertising', 'personalisation'],
      buttons: [['Tout accepter', 'accept'], ['Continuer sans accepter', 'decline'], ['Personnaliser', 'manage']],
    },
  },
  es: {
    accept: ['Aceptar todo', 'Aceptar', 'Acepto', 'Permitir todas las cookies', 'De acuerdo'],
    decline: ['Rechazar todo', 'Rechazar todas', 'Rechazar', 'Solo necesarias', 'Aceptar solo las cookies necesarias', 'No, gracias', 'Continuar sin aceptar'],
    deferral: ['Ahora no', 'Más tarde', 'Quizás más tarde', 'Recuérdame más tarde', 'Omitir'],
    manage: ['Configurar', 'Configuración de cookies', 'Gestionar preferencias', 'Más información', 'Guardar preferencias'],
    dismiss: ['Cerrar'],
    shaming: ['No, prefiero pagar el precio completo', 'No me importa mi privacidad', 'No quiero ahorrar'],
    plainDecline: ['No, gracias', 'Rechazar todo'],
    banner: {
      text: 'Utilizamos cookies propias y de terceros con fines analíticos y para mostrarte publicidad personalizada.',
      topics: ['cookies', 'sharing', 'analytics', 'advertising', 'personalisation'],
      buttons: [['Aceptar todo', 'accept'], ['Rechazar todo', 'decline'], ['Configurar', 'manage']],
    },
  },
  it: {
    accept: ['Accetta tutti', 'Accetta', 'Accetto', 'Acconsento', 'Ho capito'],
    decline: ['Rifiuta tutti', 'Rifiuta', 'Solo necessari', 'Accetta solo i cookie necessari', 'Continua senza accettare', 'No grazie', 'Non accetto'],
    deferral: ['Non ora', 'Più tardi', 'Forse più tardi', 'Ricordamelo più tardi', 'Salta'],
    manage: ['Personalizza', 'Impostazioni cookie', 'Gestisci le preferenze', 'Scopri di più', 'Salva le mie scelte'],
    dismiss: ['Chiudi'],
    shaming: ['No, preferisco pagare il prezzo pieno', 'La mia privacy non mi interessa', 'Non voglio risparmiare'],
    plainDecline: ['No grazie', 'Rifiuta tutti'],
    banner: {
      text: 'Utilizziamo cookie tecnici e, previo tuo consenso, cookie di profilazione per pubblicità personalizzata.',
      topics: ['cookies', 'consent', 'advertising', 'personalisation'],
      buttons: [['Accetta tutti', 'accept'], ['Rifiuta tutti', 'decline'], ['Personalizza', 'manage']],
    },
  },
  nl: {
    accept: ['Alles accepteren', 'Accepteren', 'Akkoord', 'Ik ga akkoord', 'Alle cookies toestaan'],
    decline: ['Alles weigeren', 'Weigeren', 'Alleen noodzakelijk', 'Alleen noodzakelijke cookies', 'Nee, bedankt', 'Niet akkoord'],
    deferral: ['Later', 'Niet nu', 'Misschien later', 'Herinner me later', 'Overslaan'],
    manage: ['Instellingen', 'Cookie-instellingen', 'Voorkeuren beheren', 'Meer informatie', 'Keuze opslaan'],
    dismiss: ['Sluiten'],
    shaming: ['Nee, ik betaal liever de volle prijs', 'Mijn privacy kan me niet schelen', 'Nee, ik wil geen korting'],
    plainDecline: ['Nee, bedankt', 'Alles weigeren'],
    banner: {
      text: 'Wij gebruiken cookies voor analytische cookies en gepersonaliseerde advertenties. Lees ons privacybeleid.',
      topics: ['cookies', 'analytics', 'advertising', 'personalisation', 'privacy'],
      buttons: [['Alles accepteren', 'accept'], ['Alles weigeren', 'decline'], ['Instellingen', 'manage']],
    },
  },
  pt: {
    accept: ['Aceitar tudo', 'Aceitar', 'Concordo', 'Permitir todos os cookies', 'Entendi'],
    decline: ['Rejeitar tudo', 'Recusar', 'Apenas necessários', 'Aceitar apenas os cookies necessários', 'Não, obrigado', 'Continuar sem aceitar'],
    deferral: ['Agora não', 'Mais tarde', 'Talvez mais tarde', 'Lembre-me mais tarde', 'Pular'],
    manage: ['Configurações', 'Configurações de cookies', 'Gerenciar preferências', 'Saiba mais', 'Salvar preferências'],
    dismiss: ['Fechar'],
    shaming: ['Não, prefiro pagar o preço cheio', 'Não me importo com a minha privacidade', 'Não quero economizar'],
    plainDecline: ['Não, obrigado', 'Rejeitar tudo'],
    banner: {
      text: 'Usamos cookies e tecnologias semelhantes para anúncios personalizados. Veja a nossa política de privacidade.',
      topics: ['cookies', 'advertising', 'personalisation', 'privacy'],
      buttons: [['Aceitar tudo', 'accept'], ['Rejeitar tudo', 'decline'], ['Configurações', 'manage']],
    },
  },
};

describe('built-in lexicons', () => {
  it('are the seven languages, English first, each a settings language', () => {
    expect(BUILT_IN_LEXICONS.map((l) => l.language)).toEqual(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']);
    expect([...LEXICON_LANGUAGES]).toEqual(BUILT_IN_LEXICONS.map((l) => l.language));
    expect(Object.keys(CASES)).toEqual([...LEXICON_LANGUAGES]);
  });

  it('give every language the vocabulary English has: every key, every choice kind, every purpose and material topic', () => {
    const en = BUILT_IN_LEXICONS[0] as LexiconData;
    for (const lexicon of BUILT_IN_LEXICONS.slice(1)) {
      const where = lexicon.language;
      for (const kind of ['accept', 'decline', 'manage', 'deferral', 'dismiss'] as const) {
        expect(lexicon.choices?.[kind]?.length, `${where} choices.${kind}`).toBeGreaterThan(0);
        expect(lexicon.handlerWords?.[kind]?.length, `${where} handlerWords.${kind}`).toBeGreaterThan(0);
      }
      expect(Object.keys(lexicon.contextTopics ?? {}).sort(), `${where} contextTopics`).toEqual(Object.keys(en.contextTopics ?? {}).sort());
      expect(Object.keys(lexicon.consentPurposes ?? {}).sort(), `${where} consentPurposes`).toEqual(Object.keys(en.consentPurposes ?? {}).sort());
      expect(Object.keys(lexicon.material ?? {}).sort(), `${where} material`).toEqual(Object.keys(en.material ?? {}).sort());
      for (const key of ['essential', 'negations', 'shaming'] as const) expect(lexicon[key]?.length, `${where} ${key}`).toBeGreaterThan(0);
      // Messages name purposes in English; only the English lexicon names them.
      expect(lexicon.purposeNames, `${where} purposeNames`).toBeUndefined();
    }
  });

  it('can all be written in settings: every key of every lexicon file is a key of lexicon.extend', () => {
    const extend = settingsSchema.properties.lexicon.properties.extend;
    const keys = new Set(BUILT_IN_LEXICONS.flatMap((l) => Object.keys(l)));
    for (const key of keys) expect(Object.keys(extend.properties), `lexicon.extend.${key}`).toContain(key);
    for (const [key, property] of Object.entries(extend.properties)) expect((property as { description?: string }).description, key).toBeTruthy();
  });
});

describe.each(Object.entries(CASES))('%s', (language, c) => {
  it.each([
    ['decline', c.decline],
    ['deferral', c.deferral],
    ['accept', c.accept],
    ['manage', c.manage],
    ['dismiss', c.dismiss],
  ] as const)('classifies %s labels', (kind, labels) => {
    for (const label of labels) expect(classifyLabel(label, all), `${language}: '${label}'`).toBe(kind);
  });

  it('matches shaming decline phrases, and not a plain refusal', () => {
    for (const phrase of c.shaming) expect(shamed(phrase), `${language}: '${phrase}'`).toBe(true);
    for (const phrase of c.plainDecline) expect(shamed(phrase), `${language}: '${phrase}'`).toBe(false);
  });

  it('detects a consent banner written in the language, with its choices', () => {
    const buttons = c.banner.buttons.map(([label]) => `<button>${label}</button>`).join('\n');
    const a = analyse(`
      export function Banner() {
        return (
          <div className="notice">
            <p>${c.banner.text}</p>
            ${buttons}
          </div>
        );
      }`);
    expect(a.contexts).toHaveLength(1);
    expect(new Set(a.contexts[0]?.topics)).toEqual(new Set(c.banner.topics));
    expect(a.contexts[0]?.choices.map((choice) => [choice.label.value, choice.kind])).toEqual(c.banner.buttons);
  });

  it('is left out when the settings leave its language out', () => {
    const others = LEXICON_LANGUAGES.filter((l) => l !== language);
    const without = resolveSettings({ lexicon: { languages: others } }).lexicon;
    const othersOnly = compileLexicon(BUILT_IN_LEXICONS.filter((l) => l.language !== language));
    // Words the language shares with another ("Configurar" is Spanish and Portuguese) stay; its own go.
    for (const label of [...c.decline, ...c.deferral, ...c.accept, ...c.manage]) {
      expect(classifyLabel(label, without), `${language}: '${label}'`).toBe(classifyLabel(label, othersOnly));
    }
    const ownWords = [...c.decline, ...c.deferral].filter((label) => classifyLabel(label, othersOnly) === undefined);
    expect(ownWords.length, language).toBeGreaterThan(2);
  });
});

describe('diacritics and elision', () => {
  it.each([
    ["Accepter l'utilisation", 'accept'],
    ['Accepter l’utilisation des cookies', 'accept'],
    ['J’accepte', 'accept'],
    ['Rechazar todas', 'decline'],
    ['RECHAZAR TODAS', 'decline'],
    ['Nur notwendige Cookies', 'decline'],
    ['Nur Notwendige Cookies akzeptieren', 'decline'],
    ['Nicht jetzt', 'deferral'],
    ['Spaeter', 'deferral'],
    ['SPÄTER', 'deferral'],
    ['Mas tarde', 'deferral'],
    // Decomposed (NFD) accents, as some CMS exports write them.
    ['Piu\u0300 tardi', 'deferral'],
    ['Parame\u0300tres des cookies', 'manage'],
    ['Nao, obrigado', 'decline'],
    ['Schliessen', 'dismiss'],
  ] as const)("'%s' is %s", (label, kind) => {
    expect(classifyLabel(label, all)).toBe(kind);
  });

  it('reads an elided French purpose and an accented topic in a banner', () => {
    const a = analyse(`
      export const B = () => (
        <aside>
          <p>Nous utilisons des traceurs pour la mesure d'audience.</p>
          <button>Tout accepter</button>
        </aside>
      );`);
    expect(a.contexts[0]?.topics).toEqual(['cookies', 'analytics']);
  });
});

describe('cross-language collisions', () => {
  // Ordinary English UI whose words are also words in German, French, Spanish, Italian, Dutch or Portuguese
  // ("die", "war", "also", "gift", "sin", "tot", "ate", "tiers", "prima", "passer", "avg", "sim", "analyse").
  const SENTENCES = [
    'Die-cast models are back in stock.',
    'The war is over; also see our history section.',
    'Gift cards and pricing tiers for every team.',
    'Track your order: tracking number, delivery status and order tracking.',
    'Analyse your results and compare the avg rating over the third week.',
    'Sin City is now streaming. The ballerina was prima.',
    'Your tot ate the whole cake. Passer-by photos from the fair.',
    'SIM card settings, data roaming and hotspot.',
    'Our partner program pays per referral. Terms apply to the grand prize draw.',
    'Mist and rain expected; the fast bus will stop at Hell.',
    'Continue reading. Note the mail arrives daily. Profile and personal bests.',
  ];

  it('leaves the topics of English sentences as English alone finds them', () => {
    for (const sentence of SENTENCES) {
      const tokens = tokenize(sentence);
      const english = englishOnly.topics.matchAll(tokens).map((m) => m.value);
      expect(all.topics.matchAll(tokens).map((m) => m.value), sentence).toEqual(english);
    }
  });

  it('makes no consent context of an ordinary English page', () => {
    const a = analyse(`
      export function Page() {
        return (
          <main>
            ${SENTENCES.map((s) => `<section><p>${s}</p><button>Details</button></section>`).join('\n')}
          </main>
        );
      }`);
    expect(a.contexts).toEqual([]);
  });

  it('classifies English button labels as English alone does', () => {
    const labels = ['Die cast', 'Also available', 'Gift cards', 'Tiers', 'Prima', 'Passer by', 'Sim card', 'Sin', 'Tot', 'Ate', 'Mist', 'Fast track', 'Will call', 'Kind regards', 'Bad request', 'Hell yes', 'Pas de deux', 'Tracking', 'Salve', 'Non-profit', 'Non-essential cookies'];
    for (const label of labels) expect(classifyLabel(label, all), label).toBe(classifyLabel(label, englishOnly));
    expect(classifyLabel('Sim card', all)).toBeUndefined();
    expect(classifyLabel('Tiers', all)).toBeUndefined();
  });

  it('finds no material, essential, shaming or negation words of other languages in English sentences', () => {
    for (const sentence of SENTENCES) {
      const tokens = tokenize(sentence);
      for (const index of ['material', 'essential', 'shaming', 'negations'] as const) {
        expect(all[index].matchAll(tokens).length, `${index}: ${sentence}`).toBe(englishOnly[index].matchAll(tokens).length);
      }
    }
  });
});

describe('lexicon settings', () => {
  it('lexicon.extend.choices.decline makes a new decline label', () => {
    expect(classifyLabel('Nope', resolveSettings({}).lexicon)).toBeUndefined();
    const settings = resolveSettings({ lexicon: { extend: { choices: { decline: ['Nope'] } } } });
    expect(classifyLabel('Nope', settings.lexicon)).toBe('decline');
    expect(classifyLabel('Nope, not today', settings.lexicon)).toBe('decline');
    // Built-in languages stay on.
    expect(classifyLabel('Alle ablehnen', settings.lexicon)).toBe('decline');
  });

  it('reaches the analysis: a banner with "Nope" has a decline', () => {
    const source = `export const B = () => <div role="dialog"><p>We use cookies.</p><button>Sure</button><button>Nope</button></div>;`;
    const kinds = (settings?: HonestUiSettings) => {
      const resolved = resolveSettings(settings);
      const analysis = analyseProgram({ program: program(source), settings: resolved, scopeFor: () => ({ globalSheets: [], moduleSheets: new Map() }) });
      return analysis.consent.contexts[0]?.choices.map((c) => c.kind);
    };
    expect(kinds()).toEqual(['accept']);
    expect(kinds({ lexicon: { extend: { choices: { decline: ['Nope'] } } } })).toEqual(['accept', 'decline']);
  });

  it('an extension wins over a built-in phrase of the same length, and names purposes', () => {
    const settings = resolveSettings({ lexicon: { extend: { choices: { manage: ['Continue'] }, purposeNames: { marketing: 'promotional email' } } } });
    expect(classifyLabel('Continue', settings.lexicon)).toBe('manage');
    expect(classifyLabel('Continue', resolveSettings({}).lexicon)).toBe('accept');
    expect(settings.lexicon.purposeName('marketing')).toBe('promotional email');
    expect(settings.lexicon.purposeName('analytics')).toBe('analytics');
  });

  it("languages: ['en'] disables German, and the others likewise", () => {
    const english = resolveSettings({ lexicon: { languages: ['en'] } }).lexicon;
    expect(classifyLabel('Alle ablehnen', english)).toBeUndefined();
    expect(classifyLabel('Reject all', english)).toBe('decline');
    expect(english.topics.matches(tokenize('Wir verwenden Cookies für personalisierte Werbung und Datenschutz'))).toBe(true); // "cookies" is English too
    expect(english.topics.matches(tokenize('Datenschutzerklärung und personalisierte Werbung'))).toBe(false);
    expect(english.shaming.matches(tokenize('Nein, ich zahle lieber den vollen Preis'))).toBe(false);

    const germanOnly = resolveSettings({ lexicon: { languages: ['de'] } }).lexicon;
    expect(classifyLabel('Alle ablehnen', germanOnly)).toBe('decline');
    expect(classifyLabel('Reject all', germanOnly)).toBeUndefined();
    // Purpose names still read well when English is off: the key, spaced.
    expect(germanOnly.purposeName('ai-training')).toBe('ai training');
  });

  it('compiles once per settings object and shares the built-in lexicon when there is nothing to compile', () => {
    const raw = { lexicon: { languages: ['en', 'fr'] as Array<'en' | 'fr'> } };
    expect(resolveSettings(raw).lexicon).toBe(resolveSettings(raw).lexicon);
    expect(resolveSettings({}).lexicon).toBe(defaultLexicon());
    expect(resolveSettings({ rootFontSize: 10 }).lexicon).toBe(defaultLexicon());
    expect(resolveSettings(undefined).lexicon).toBe(defaultLexicon());
  });

  it.each([
    [{ lexicon: { languages: ['xx'] } }, '/lexicon/languages/0', /must be one of "en", "de"/],
    [{ lexicon: { language: ['en'] } }, '/lexicon/language', /not a known key/],
    [{ lexicon: { extend: { choice: { decline: ['Nope'] } } } }, '/lexicon/extend/choice', /not a known key/],
    [{ lexicon: { extend: { choices: { refuse: ['Nope'] } } } }, '/lexicon/extend/choices/refuse', /not a known key/],
    [{ lexicon: { extend: { choices: { decline: 'Nope' } } } }, '/lexicon/extend/choices/decline', /must be array/],
    [{ lexicon: { extend: { negations: [''] } } }, '/lexicon/extend/negations/0', /must NOT have fewer than 1 characters/],
  ])('rejects %j naming the key', (raw, key, message) => {
    let error: unknown;
    try {
      resolveSettings(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).key).toBe(key);
    expect((error as SettingsError).message).toMatch(message);
  });
});
