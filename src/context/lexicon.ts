/**
 * The vocabulary honest-ui reads consent UIs with, compiled from data files (one per language) into phrase
 * indexes. Lookup is linear in the text (see text.ts).
 */
import en from './lexicons/en.json' with { type: 'json' };
import { PhraseIndex, tokenize } from './text.js';

export type ChoiceKind = 'accept' | 'decline' | 'manage' | 'deferral' | 'dismiss';
export const CHOICE_KINDS: readonly ChoiceKind[] = ['accept', 'decline', 'manage', 'deferral', 'dismiss'];

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
  /** Names of purposes and topics for messages, by key. */
  purposeNames?: Record<string, string>;
}

export const BUILT_IN_LEXICONS: readonly LexiconData[] = [en as LexiconData];

export interface Lexicon {
  /** Any word that makes a subtree a consent context; the value is the topic or purpose. */
  readonly topics: PhraseIndex<string>;
  readonly purposes: PhraseIndex<string>;
  readonly essential: PhraseIndex<true>;
  readonly material: PhraseIndex<string>;
  readonly choices: PhraseIndex<ChoiceKind>;
  readonly handlerWords: PhraseIndex<ChoiceKind>;
  readonly negations: PhraseIndex<true>;
  /** How messages name a purpose or topic key. */
  purposeName(key: string): string;
}

function addGroups(index: PhraseIndex<string>, groups: Record<string, string[]> | undefined): void {
  for (const [name, phrases] of Object.entries(groups ?? {})) for (const phrase of phrases) index.add(phrase, name);
}

export function compileLexicon(sources: readonly LexiconData[]): Lexicon {
  const topics = new PhraseIndex<string>();
  const purposes = new PhraseIndex<string>();
  const essential = new PhraseIndex<true>();
  const material = new PhraseIndex<string>();
  const choices = new PhraseIndex<ChoiceKind>();
  const handlerWords = new PhraseIndex<ChoiceKind>();
  const negations = new PhraseIndex<true>();
  const names = new Map<string, string>();
  for (const source of sources) {
    for (const phrase of source.negations ?? []) negations.add(phrase, true);
    // The first lexicon to name a key wins: English is loaded first, so messages are in English.
    for (const [key, name] of Object.entries(source.purposeNames ?? {})) if (!names.has(key)) names.set(key, name);
    addGroups(topics, source.contextTopics);
    addGroups(topics, source.consentPurposes);
    addGroups(purposes, source.consentPurposes);
    for (const phrase of source.essential ?? []) essential.add(phrase, true);
    addGroups(material, source.material);
    for (const kind of CHOICE_KINDS) {
      for (const phrase of source.choices?.[kind] ?? []) choices.add(phrase, kind);
      for (const phrase of source.handlerWords?.[kind] ?? []) handlerWords.add(phrase, kind);
    }
  }
  return { topics, purposes, essential, material, choices, handlerWords, negations, purposeName: (key) => names.get(key) ?? key.replace(/-/g, ' ') };
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
