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
  /**
   * Words that, right after a purpose's words, make them name something else: a part of the screen ("analytics
   * widget", "marketing tab": a switch that shows it grants nothing) or the purpose's absence ("ad-free").
   */
  notPurposeAfter?: string[];
  /**
   * Words that, up to three words before a purpose's words in one clause, make them what a person looks at rather
   * than a use of their data: "View analytics on conversions", "Read aggregated inbox statistics" (an API key's scope).
   * Not where the clause lets someone else view them ("Allow organization admins to view your analytics").
   */
  notPurposeBefore?: string[];
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
  /**
   * Actions that load a piece of content ("load", "play the video", "Inhalte laden"): an accept that names one is a
   * click-to-load placeholder's, and not clicking it refuses.
   */
  loadActions?: string[];
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
  /**
   * Words that send what a grant verb names somewhere rather than grant it ("Share on Discord", "Send via email",
   * "Auf X teilen"): a button whose grant verb is followed (or, verb-last, preceded) by one is a share action.
   */
  grantDestinations?: string[];
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
  /**
   * Words that name a paid extra only where something is bought, by the same kinds: they also name everyday
   * settings ("Priority", "Express mode", "Upgrade to the latest version", "Show tips", "Round up to the nearest
   * minute", "Add on paste"). They count with a price in the control's label or around it, or a purchase among the
   * choices beside it (no-preselected-addon).
   */
  addonsAtPurchase?: Record<string, string[]>;
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
  readonly notPurposeAfter: ReadonlySet<string>;
  readonly notPurposeBefore: ReadonlySet<string>;
  readonly essential: PhraseIndex<true>;
  readonly material: PhraseIndex<string>;
  readonly choices: PhraseIndex<ChoiceKind>;
  readonly handlerWords: PhraseIndex<ChoiceKind>;
  readonly negations: PhraseIndex<true>;
  readonly withdrawals: PhraseIndex<true>;
  readonly loadActions: PhraseIndex<true>;
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
  readonly grantDestinations: ReadonlySet<string>;
  readonly proceedActions: PhraseIndex<true>;
  readonly consentRequests: PhraseIndex<true>;
  readonly addons: PhraseIndex<string>;
  readonly addonsAtPurchase: PhraseIndex<string>;
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

/**
 * A language's clause words (breaks, coordinators) as the merged lexicon may use them. Text is not tagged with its
 * language, so every language's clause words cut every text: a word that is a clause word in one language and an
 * everyday word in another (Italian "ma", "but", is French "my"; Spanish "u", "or", is Dutch formal "you"; Spanish
 * "y", "and", is French "there") would cut the other language's sentences in the middle ("Partager ma position
 * précise", "Vink dit vakje niet aan als u geen aanbiedingen wilt"). Such a word is no clause word once languages
 * are merged; a word several languages agree on ("e", "ou") stays one.
 */
function clauseWords(sources: readonly LexiconData[], pick: (source: LexiconData) => string[] | undefined): Set<string> {
  // Each language's everyday words and clause words, tokenised once rather than once per word asked about.
  const languages = sources.map((other) => ({
    source: other,
    everyday: new Set([...(other.stopWords ?? []), ...(other.firstPerson ?? [])].flatMap((w) => tokenize(w))),
    clause: new Set([...(other.coordinators ?? []), ...(other.clauseBreaks ?? [])]),
  }));
  const words = new Set<string>();
  for (const source of sources) {
    for (const word of (pick(source) ?? []).flatMap((w) => tokenize(w))) {
      const everydayElsewhere = languages.some((other) => other.source !== source && other.everyday.has(word) && !other.clause.has(word));
      if (!everydayElsewhere) words.add(word);
    }
  }
  return words;
}

/** A function that computes its value on the first call and returns the same value after. */
function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/**
 * An object whose properties are built on first read, each once (then a plain data property). A lexicon has some
 * thirty indexes and a file reads a few: checking one small file built them all at start-up (issue 14).
 */
function lazyProperties<T extends object>(builders: { [K in keyof T]: () => T[K] }): T {
  const target = {} as T;
  for (const key of Object.keys(builders) as (keyof T)[]) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = builders[key]();
        Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return target;
}

/**
 * The lexicon of these sources, each index compiled the first time it is read. An index gets each source's
 * phrases in source order, as one pass over the sources would add them.
 */
export function compileLexicon(sources: readonly LexiconData[]): Lexicon {
  const stopWords = once(() => wordSet(sources, (s) => s.stopWords));
  const clauseBreaks = once(() => clauseWords(sources, (s) => s.clauseBreaks));
  const coordinators = once(() => clauseWords(sources, (s) => s.coordinators));
  const index =
    <T>(fill: (target: PhraseIndex<T>, source: LexiconData) => void) =>
    (): PhraseIndex<T> => {
      const target = new PhraseIndex<T>({ stopWords: stopWords() });
      for (const source of sources) fill(target, source);
      return target;
    };
  const list = (pick: (source: LexiconData) => string[] | undefined) =>
    index<true>((target, source) => {
      for (const phrase of pick(source) ?? []) target.add(phrase, true);
    });
  const groups = (pick: (source: LexiconData) => Record<string, string[]> | undefined) => index<string>((target, source) => addGroups(target, pick(source)));
  const kinds = (pick: (source: LexiconData) => Partial<Record<ChoiceKind, string[]>> | undefined) =>
    index<ChoiceKind>((target, source) => {
      for (const kind of CHOICE_KINDS) for (const phrase of pick(source)?.[kind] ?? []) target.add(phrase, kind);
    });
  const names = once(() => {
    const found = new Map<string, string>();
    // The first lexicon to name a key wins: English is loaded first, so messages are in English.
    for (const source of sources) for (const [key, name] of Object.entries(source.purposeNames ?? {})) if (!found.has(key)) found.set(key, name);
    return found;
  });
  return lazyProperties<Lexicon>({
    sources: () => sources,
    topics: index<string>((target, source) => {
      addGroups(target, source.contextTopics);
      addGroups(target, source.consentPurposes);
    }),
    purposes: groups((s) => s.consentPurposes),
    notPurposeAfter: () => wordSet(sources, (s) => s.notPurposeAfter),
    notPurposeBefore: () => wordSet(sources, (s) => s.notPurposeBefore),
    essential: list((s) => s.essential),
    material: groups((s) => s.material),
    choices: kinds((s) => s.choices),
    handlerWords: kinds((s) => s.handlerWords),
    negations: list((s) => s.negations),
    withdrawals: list((s) => s.withdrawals),
    loadActions: list((s) => s.loadActions),
    shaming: list((s) => s.shaming),
    shamingPatterns: groups((s) => s.shamingPatterns),
    firstPerson: () => wordSet(sources, (s) => s.firstPerson),
    stopWords,
    clauseBreaks,
    coordinators,
    subordinators: list((s) => s.subordinators),
    timeUnits: () => wordSet(sources, (s) => s.timeUnits),
    answers: () => ({
      yes: new Set(sources.flatMap((s) => s.answers?.yes ?? []).map((label) => tokenize(label).join(' '))),
      no: new Set(sources.flatMap((s) => s.answers?.no ?? []).map((label) => tokenize(label).join(' '))),
    }),
    grantActions: list((s) => s.grantActions),
    grantDestinations: () => wordSet(sources, (s) => s.grantDestinations),
    proceedActions: list((s) => s.proceedActions),
    consentRequests: list((s) => s.consentRequests),
    addons: groups((s) => s.addons),
    addonsAtPurchase: groups((s) => s.addonsAtPurchase),
    addonExceptions: list((s) => s.addonExceptions),
    urgency: groups((s) => s.urgency),
    urgencyExceptions: list((s) => s.urgencyExceptions),
    purchaseActions: list((s) => s.purchaseActions),
    legalDocuments: groups((s) => s.legalDocuments),
    vagueLinks: list((s) => s.vagueLinks),
    stateWords: list((s) => s.stateWords),
    ageFields: list((s) => s.ageFields),
    ageFieldExceptions: list((s) => s.ageFieldExceptions),
    purposeName: () => (key: string) => names().get(key) ?? key.replace(/-/g, ' '),
    clauses: () => (text: string) => tokenizeClauses(text, clauseBreaks(), coordinators()),
  });
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
  // The phrase must start the label or follow one word: an answer, a first person or a negation ("Yes, continue",
  // "I agree", "Don't cancel", "Or buy credits"), or any word when the phrase ends the label ("Always allow", "Hell
  // yes", "Privacy preferences"). A verb's object or a noun after the phrase makes it a noun: "Download consent
  // report", "Home (no folder)" choose nothing. A settings word heads its noun ("Cookie settings page") and stays one.
  if (!match || match.start > 1) return undefined;
  if (match.start === 1 && match.length < tokens.length - 1 && match.value !== 'manage' && !leadsIn(tokens[0] as string, lexicon)) return undefined;
  return match.value;
}

/** A word that may come before a choice's phrase in its label without making the phrase part of a longer noun. */
function leadsIn(word: string, lexicon: Lexicon): boolean {
  const { yes, no } = lexicon.answers;
  return yes.has(word) || no.has(word) || lexicon.firstPerson.has(word) || lexicon.coordinators.has(word) || lexicon.negations.firstMatch([word])?.length === 1;
}
