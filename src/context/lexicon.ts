/**
 * The vocabulary honest-ui reads consent UIs with, compiled from data files (one per language) into phrase
 * indexes. Lookup is linear in the text (see text.ts).
 */
import en from './lexicons/en.json' with { type: 'json' };
import de from './lexicons/de.json' with { type: 'json' };
import es from './lexicons/es.json' with { type: 'json' };
import fr from './lexicons/fr.json' with { type: 'json' };
import it from './lexicons/it.json' with { type: 'json' };
import nl from './lexicons/nl.json' with { type: 'json' };
import pt from './lexicons/pt.json' with { type: 'json' };
import { PhraseIndex, tokenize, tokenizeClauses } from './text.js';

/**
 * What a choice does. `commit` is the primary action of a purchase or sign-up ("Start free trial", "Subscribe",
 * "Place order"): it is what a disclosure qualifies, but it is not consent that needs a matching decline.
 */
export type ChoiceKind = 'accept' | 'decline' | 'manage' | 'deferral' | 'dismiss' | 'commit';
export const CHOICE_KINDS: readonly ChoiceKind[] = ['accept', 'decline', 'manage', 'deferral', 'dismiss', 'commit'];

/** The shape of a lexicon data file. Every key is optional so that a user's extension can be partial. */
export interface LexiconData {
  language?: string;
  /** Words that make a UI a consent context without being a purpose one grants (cookies, terms, privacy). */
  contextTopics?: Record<string, string[]>;
  /** Non-essential purposes a person consents to: marketing, analytics, sharing, AI training... */
  consentPurposes?: Record<string, string[]>;
  /** Words that mark a control as strictly necessary. */
  essential?: string[];
  /** Material topics a disclosure may be about: data use, training, sharing, retention, price, renewal... */
  material?: Record<string, string[]>;
  /** Labels of choices, by kind. */
  choices?: Partial<Record<ChoiceKind, string[]>>;
  /** Words in handler names (`onAccept`, `handleReject`) by the kind of choice they handle. */
  handlerWords?: Partial<Record<ChoiceKind, string[]>>;
  /** Words that negate or opt out ("don't", "opt out", "unsubscribe"). */
  negations?: string[];
  /**
   * Actions that take something away rather than grant it ("delete my data", "unsubscribe", "withdraw consent"):
   * a prompt whose only "yes" is one of these confirms a withdrawal, and its "Cancel" is the way out.
   */
  withdrawals?: string[];
  /** Phrases that guilt or shame people into accepting when written on a decline ("I'd rather pay full price"). */
  shaming?: string[];
  /**
   * Confirmshaming as a pattern rather than a list, by kind (loss, risk, missing-out, self-deprecation): a refusal
   * whose first-person clause (see `firstPerson`) matches one of these ("No, I prefer paying full price",
   * "Nein, ich verzichte auf Sicherheit"). Phrases may use gaps (`prefer ... full price`).
   */
  shamingPatterns?: Record<string, string[]>;
  /** Words that make a clause the speaker's own: "I", "my", "ich", "je", and the first-person verbs of languages that drop the pronoun ("prefiero", "voglio"). */
  firstPerson?: string[];
  /**
   * Small words a phrase gap skips for free (articles, possessives, prepositions): `share ... purchase history`
   * matches "share your whole purchase history" with "your" not counted (see GAP_WORDS in text.ts).
   */
  stopWords?: string[];
  /** Words that start a new clause ("but", "aber", "mais"): no phrase and no gap spans them, as none spans a full stop. */
  clauseBreaks?: string[];
  /**
   * Words that carry a sentence on past a comma as its condition ("..., if you do not want", "..., wenn Sie keine"):
   * an opt-out's negation in such a condition still belongs to its first clause.
   */
  subordinators?: string[];
  /** Words that join two clauses of equal rank ("and", "or", "und"): two opt-outs joined by one are two plain negatives, not a double one. */
  coordinators?: string[];
  /**
   * Verbs that grant what they name ("Share crash reports", "Turn on personalised ads", "Enable sync", "Connect
   * account"): a button that starts with one and names the prompt's purpose is its accept.
   */
  grantActions?: string[];
  /** Labels that commit the controls above them ("Continue", "Next", "Save"): with consent controls that start off, the controls are the choice. */
  proceedActions?: string[];
  /** Phrases that make a yes/no question a request for consent ("Would you like to receive", "May we", "Do you agree"). */
  consentRequests?: string[];
  /** The bare answers of a yes/no question ("Yes", "Nein", "Non"), matched as whole labels (see questions.ts). */
  answers?: { yes?: string[]; no?: string[] };
  /** Units a countdown shows its time in ("seconds", "Minuten"): a live region showing a value in one is a countdown. */
  timeUnits?: string[];
  /** Where each family of phrases comes from: the regulator document or source, by the key of the group (`consentPurposes.telemetry`). */
  references?: Record<string, string>;
  /** Names of purposes and topics for messages, by key. */
  purposeNames?: Record<string, string>;
  /** Paid extras sold at checkout, by kind (insurance, protection plan, donation, tip...). */
  addons?: Record<string, string[]>;
  /** Phrases that make a priced option something other than an extra (a discount, store credit). */
  addonExceptions?: string[];
  /** Time and scarcity pressure by kind (deadline, scarcity, pressure). A number in a phrase ("only 0 left") matches any number. */
  urgency?: Record<string, string[]>;
  /** Phrases that make a countdown something other than sales pressure (a one-time code, a session timeout, maintenance). */
  urgencyExceptions?: string[];
  /** Labels of buttons and links that buy, subscribe or upgrade. */
  purchaseActions?: string[];
  /** Legal documents a person accepts, by kind (terms, privacy-policy): accepting them is not consent to a purpose. */
  legalDocuments?: Record<string, string[]>;
  /** Link labels that say nothing of where they lead ("Details", "Learn more", "Terms and conditions", "Click here"). */
  vagueLinks?: string[];
  /** Words that name only a toggle's state ("On", "Off", "Yes", "Enabled"): a label made of them alone says nothing of what "on" does. */
  stateWords?: string[];
  /** Words in a field's name, id, label or placeholder that make it an age or birth-date question. */
  ageFields?: string[];
  /** Phrases that make an age-worded field something other than a person's age ("years of experience", "minimum age"). */
  ageFieldExceptions?: string[];
}

/**
 * English first (its purposeNames name topics in messages), then the other languages honest-ui reads. They are
 * merged into one index, so no entry may be a common word of another language (see tests/context/languages.test.ts).
 */
export const BUILT_IN_LEXICONS: readonly LexiconData[] = [en, de, fr, es, it, nl, pt] as LexiconData[];

export interface Lexicon {
  /** The data it was compiled from, for the text pre-filter (src/engine/prefilter.ts). */
  readonly sources: readonly LexiconData[];
  /** Any word that makes a subtree a consent context; the value is the topic or purpose. */
  readonly topics: PhraseIndex<string>;
  readonly purposes: PhraseIndex<string>;
  readonly essential: PhraseIndex<true>;
  readonly material: PhraseIndex<string>;
  readonly choices: PhraseIndex<ChoiceKind>;
  readonly handlerWords: PhraseIndex<ChoiceKind>;
  readonly negations: PhraseIndex<true>;
  readonly withdrawals: PhraseIndex<true>;
  readonly shaming: PhraseIndex<true>;
  readonly shamingPatterns: PhraseIndex<string>;
  readonly firstPerson: ReadonlySet<string>;
  readonly stopWords: ReadonlySet<string>;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  readonly subordinators: PhraseIndex<true>;
  readonly timeUnits: ReadonlySet<string>;
  /** Whole labels that answer a yes/no question, normalised (tokens joined by spaces). */
  readonly answers: { readonly yes: ReadonlySet<string>; readonly no: ReadonlySet<string> };
  readonly grantActions: PhraseIndex<true>;
  readonly proceedActions: PhraseIndex<true>;
  readonly consentRequests: PhraseIndex<true>;
  readonly addons: PhraseIndex<string>;
  readonly addonExceptions: PhraseIndex<true>;
  readonly urgency: PhraseIndex<string>;
  readonly urgencyExceptions: PhraseIndex<true>;
  readonly purchaseActions: PhraseIndex<true>;
  readonly legalDocuments: PhraseIndex<string>;
  readonly vagueLinks: PhraseIndex<true>;
  readonly stateWords: PhraseIndex<true>;
  readonly ageFields: PhraseIndex<true>;
  readonly ageFieldExceptions: PhraseIndex<true>;
  /** How messages name a purpose or topic key. */
  purposeName(key: string): string;
  /**
   * The tokens of a text with CLAUSE_BREAK where a clause ends (punctuation, `clauseBreaks` words): what phrase
   * gaps and negation scope read, so no phrase spans two sentences.
   */
  clauses(text: string): string[];
}

function addGroups(index: PhraseIndex<string>, groups: Record<string, string[]> | undefined): void {
  for (const [name, phrases] of Object.entries(groups ?? {})) for (const phrase of phrases) index.add(phrase, name);
}

/** Words of a plain word list, normalised as text is. */
function wordSet(sources: readonly LexiconData[], pick: (source: LexiconData) => string[] | undefined): Set<string> {
  return new Set(sources.flatMap((source) => (pick(source) ?? []).flatMap((word) => tokenize(word))));
}

export function compileLexicon(sources: readonly LexiconData[]): Lexicon {
  const stopWords = wordSet(sources, (s) => s.stopWords);
  const clauseBreaks = wordSet(sources, (s) => s.clauseBreaks);
  const index = <T>(): PhraseIndex<T> => new PhraseIndex<T>({ stopWords });
  const topics = index<string>();
  const purposes = index<string>();
  const essential = index<true>();
  const material = index<string>();
  const choices = index<ChoiceKind>();
  const handlerWords = index<ChoiceKind>();
  const negations = index<true>();
  const withdrawals = index<true>();
  const shaming = index<true>();
  const shamingPatterns = index<string>();
  const grantActions = index<true>();
  const proceedActions = index<true>();
  const consentRequests = index<true>();
  const subordinators = index<true>();
  const addons = index<string>();
  const addonExceptions = index<true>();
  const urgency = index<string>();
  const urgencyExceptions = index<true>();
  const purchaseActions = index<true>();
  const legalDocuments = index<string>();
  const vagueLinks = index<true>();
  const stateWords = index<true>();
  const ageFields = index<true>();
  const ageFieldExceptions = index<true>();
  const names = new Map<string, string>();
  const list = (target: PhraseIndex<true>, phrases: string[] | undefined): void => {
    for (const phrase of phrases ?? []) target.add(phrase, true);
  };
  for (const source of sources) {
    list(negations, source.negations);
    list(withdrawals, source.withdrawals);
    list(shaming, source.shaming);
    addGroups(shamingPatterns, source.shamingPatterns);
    list(grantActions, source.grantActions);
    list(proceedActions, source.proceedActions);
    list(consentRequests, source.consentRequests);
    list(subordinators, source.subordinators);
    // The first lexicon to name a key wins: English is loaded first, so messages are in English.
    for (const [key, name] of Object.entries(source.purposeNames ?? {})) if (!names.has(key)) names.set(key, name);
    addGroups(topics, source.contextTopics);
    addGroups(topics, source.consentPurposes);
    addGroups(purposes, source.consentPurposes);
    list(essential, source.essential);
    addGroups(material, source.material);
    addGroups(addons, source.addons);
    list(addonExceptions, source.addonExceptions);
    addGroups(urgency, source.urgency);
    list(urgencyExceptions, source.urgencyExceptions);
    list(purchaseActions, source.purchaseActions);
    addGroups(legalDocuments, source.legalDocuments);
    list(vagueLinks, source.vagueLinks);
    list(stateWords, source.stateWords);
    list(ageFields, source.ageFields);
    list(ageFieldExceptions, source.ageFieldExceptions);
    for (const kind of CHOICE_KINDS) {
      for (const phrase of source.choices?.[kind] ?? []) choices.add(phrase, kind);
      for (const phrase of source.handlerWords?.[kind] ?? []) handlerWords.add(phrase, kind);
    }
  }
  return {
    sources,
    topics,
    purposes,
    essential,
    material,
    choices,
    handlerWords,
    negations,
    withdrawals,
    shaming,
    shamingPatterns,
    firstPerson: wordSet(sources, (s) => s.firstPerson),
    stopWords,
    clauseBreaks,
    coordinators: wordSet(sources, (s) => s.coordinators),
    subordinators,
    timeUnits: wordSet(sources, (s) => s.timeUnits),
    answers: {
      yes: new Set(sources.flatMap((s) => s.answers?.yes ?? []).map((label) => tokenize(label).join(' '))),
      no: new Set(sources.flatMap((s) => s.answers?.no ?? []).map((label) => tokenize(label).join(' '))),
    },
    grantActions,
    proceedActions,
    consentRequests,
    addons,
    addonExceptions,
    urgency,
    urgencyExceptions,
    purchaseActions,
    legalDocuments,
    vagueLinks,
    stateWords,
    ageFields,
    ageFieldExceptions,
    purposeName: (key) => names.get(key) ?? key.replace(/-/g, ' '),
    clauses: (text) => tokenizeClauses(text, clauseBreaks),
  };
}

let builtIn: Lexicon | undefined;

/** The built-in lexicon, all languages together, compiled once. */
export function defaultLexicon(): Lexicon {
  builtIn ??= compileLexicon(BUILT_IN_LEXICONS);
  return builtIn;
}

/** A label classified as a kind of choice, by the first phrase it starts with (longest at that position). */
export function classifyLabel(label: string, lexicon: Lexicon): ChoiceKind | undefined {
  const tokens = tokenize(label);
  // A choice label is short; a sentence that happens to contain "continue" is not a button label.
  if (tokens.length === 0 || tokens.length > 10) return undefined;
  const match = lexicon.choices.firstMatch(tokens);
  // The phrase must start the label or follow one word of politeness or address ("Yes, ...", "Please ...").
  if (!match || match.start > 1) return undefined;
  return match.value;
}
