/**
 * The text pre-filter: a file whose text holds no word that could start a finding is not parsed at all. Most of a
 * React codebase is ordinary app code (lists, forms, hooks); parsing it only to find no consent UI is where a
 * checker's time would go, and where the ESLint rules would add to every keystroke.
 *
 * The filter must never change a result, only skip work. Every finding is on an element, so a `.ts` module (no JSX
 * in TypeScript outside `.tsx`) is skipped whatever it says (rendersNothing), unless it draws a library's UI from a
 * configuration (vanilla-cookieconsent's `run()`). Every check needs some vocabulary before it can report:
 * a consent context needs a topic or purpose word, an urgency claim or a countdown a purchase word or a consent
 * context to pressure (the claim itself needs no word: a countdown is found by its code), a shaming refusal its
 * phrase or pattern, an add-on its kind or a price, an age gate its field
 * name (an add-on also needs a box that is ticked, so its words count only where a checked state or a selection is
 * set: a checked prop, `aria-pressed`, a radio group, a toggle or check icon, a form library's default values). So
 * a file passes when its text contains, anywhere past the imports that open it (JSX text, strings, identifiers split
 * at camelCase), for every slot of some phrase in those lexicon groups or in the enabled rules' options (`addonWords`,
 * `timerComponents`...) the words of one of its alternatives, or a price. That is a necessary condition for a match,
 * not a match: word order, adjacency, gaps and clauses are left to the real lookup. Groups that only qualify what is already a context (choice labels,
 * material topics, negations, exceptions, state words, vague link labels) are left out (shaming is not one of
 * them: an upsell's "No thanks, I'd rather pay full price" needs no consent context); a group added to the lexicon later
 * is included until it is listed here, so a new rule can never be filtered out by accident.
 *
 * tests/engine/prefilter.test.ts checks the promise: every fixture and generated file with a finding or a review
 * passes the filter.
 */
import type { LexiconData } from '../context/lexicon.js';
import { firstWord, ONE_WORD_SLOTS, phraseSlots, plainWordSlots, tokenize, tokenizeIdentifier } from '../context/text.js';
import { DEFAULT_CHECKED_PROPS } from '../settings/components.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS } from '../context/price.js';
import { PRICE_FORMATTERS } from '../model/text-values.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { VANILLA_COOKIECONSENT } from '../libraries/vanilla-cookieconsent.js';
import type { RuleConfig } from './analyse.js';

/** Lexicon groups that never make a file worth analysing on their own: they only qualify a context or a claim. */
const QUALIFYING_GROUPS = new Set<string>([
  'language',
  'material',
  'purposeNames',
  'choices',
  'handlerWords',
  'negations',
  'withdrawals',
  'essential',
  // Words after a purpose that take it back ("analytics widget", "ad-free"): they only ever narrow a finding.
  'notPurposeAfter',
  'notPurposeBefore',
  'stateWords',
  'vagueLinks',
  // Grammar and choice roles: they shape how a context's text is read, never make one.
  'stopWords',
  'clauseBreaks',
  'coordinators',
  'subordinators',
  'firstPerson',
  'grantActions',
  'grantDestinations',
  'loadActions',
  'proceedActions',
  'consentRequests',
  'timeUnits',
  'answers',
  // An urgency claim ("Only 2 left", "Offer ends soon") is reported only beside a purchase action or a consent
  // prompt's decision (no-false-urgency.ts), whose words pass on their own; a countdown is found by its code, not
  // its words, so what the claim says never decides. Counted on their own, the claims' everyday words ("only",
  // "left", "now", "today") let 6 more of the bench sample's files through, none with anything to report.
  'urgency',
  // Documentation, never matched.
  'references',
]);

/**
 * Groups whose words start a finding only on a control that is on by default: a paid add-on is reported when its
 * box is pre-ticked. Their phrases (and prices) count only in a file that also sets a checked state somewhere.
 * Add-on words include everyday ones ("priority", "protection"), which on their own would let a task list or a
 * settings page through.
 */
const CHECKED_STATE_GROUPS = new Set<string>(['addons', 'addonsAtPurchase']);

/**
 * Whether a file may hold a finding. `text` is the file's whole text; `copy`, once the file is parsed, the words its
 * UI can show (copy-text.ts). The vocabulary must then occur in the copy; the text still decides what only code
 * says (a checked state, a price sign, a suppression comment), so the second look only ever narrows the first.
 */
export interface Prefilter {
  (text: string, copy?: string, lent?: readonly LentWords[]): boolean;
  /**
   * Whether what a use site gives a component (an element's `attributes` as written, and the `copy` of its
   * attributes and children) could tick its box or label one: it names a prop that sets a checked state
   * (`<MailPrefs defaultChecked />`, or `value` where the component is React Native's: `native`, asked only then), or its copy could
   * start a finding were a box ticked (`<Extra label="Add travel insurance" price="$12.99" />`).
   */
  configures(attributes: string, copy: string, native?: () => boolean): boolean;
}

/**
 * The words another module lends a file (borrowed-copy.ts: a constants module's strings, a message file, the copy of
 * a component the file renders), read once per module rather than again with the text of every file that imports it.
 */
export interface LentWords {
  tokens: ReadonlySet<string>;
  /** hasCurrencySymbol over the lent text, read as a file's text and as copy. */
  price: { text: boolean; copy: boolean };
  /**
   * A component's code words: what only code says (a checked state, a price formatter) counts wherever the
   * component's elements are rendered. Never read as copy.
   */
  code?: ReadonlySet<string>;
}

/** `text`'s words lent as copy; `code`, for a component, the module's code, for what only code says. */
export function lentWords(text: string, code?: string): LentWords {
  const words: LentWords = { tokens: scanTokens(text), price: { text: hasCurrencySymbol(text, false), copy: hasCurrencySymbol(text, true) } };
  if (code === undefined) return words;
  const codeWords = scanTokens(withoutCommentLines(code.slice(headerEnd(code))));
  if (isNative(code)) codeWords.add(NATIVE_MARK);
  return { ...words, code: codeWords };
}

/**
 * React Native's `Switch` (and the community's checkboxes) is on when its `value` is (src/libraries/react-native.ts):
 * in a module that imports from React Native, `value` sets a checked state. No token has a space, so the mark a lent module's code carries for it
 * is never a word of a file.
 */
const NATIVE_MARK = ' react-native';
const NATIVE_STATE_WORD = 'value';

/** Whether a module's text names React Native or expo-checkbox (its imports are in it): see NATIVE_MARK. */
export function isNative(text: string): boolean {
  return text.includes('react-native') || text.includes('expo-checkbox');
}

/** What every suppression directive starts with, and what suppressions.ts looks for in comments. */
const DIRECTIVE_PREFIX = 'honest-ui-';

/** TypeScript modules that are not `.tsx`: TypeScript allows no JSX in them (`<T>x` is a type assertion there). */
export const NO_JSX_SCRIPT = /\.[cm]?ts$/i;

/**
 * Whether a file can hold no finding whatever its words: every finding is on an element, and a `.ts` module (a
 * generated GraphQL module, a store, a hook, a constants file) has none. Its words may still be lent to the files
 * that import it (borrowed-copy.ts). A suppression directive in it is still checked.
 */
export function rendersNothing(filePath: string, text: string): boolean {
  return NO_JSX_SCRIPT.test(filePath) && !text.includes(DIRECTIVE_PREFIX) && !drawsFromConfiguration(text);
}

/**
 * Whether a module may draw a library's UI from a configuration rather than from JSX: vanilla-cookieconsent's
 * `run(config)` builds its modals itself (src/model/vanilla-cookieconsent.ts), in a `.ts` module or a component with
 * no JSX of its own.
 */
export function drawsFromConfiguration(text: string): boolean {
  return text.includes(VANILLA_COOKIECONSENT);
}

/**
 * Phrases by their key word (the longest; a prefix entry keyed as `stem*`), each with its other words: a phrase
 * can only match where all its words occur, so the key finds the candidates and the others confirm them.
 */
interface Keys {
  phrases: Map<string, KeyedPhrase[]>;
  /** The last word of each prop that sets a checked state (`defaultChecked`: "checked"; a design system's `defaultOn`: "on"). */
  checkedStateWords: Set<string>;
  /** The lexicon's prefix stems (`partilh` of `partilh*`), by their first character's code. */
  stems: Map<number, string[]>;
  /** A phrase with no word to key on (digits or currency signs only): the filter cannot rule anything out. */
  passAll: boolean;
}

interface KeyedPhrase {
  /** Every slot must have one alternative whose words are all present; undefined until first read for a plain phrase (see addPlainKey). */
  slots: string[][][] | undefined;
  /** A plain phrase, whose confirming slots are read when one of its keys is first present. */
  plain?: string;
  /** Counts only where a checked state is set (CHECKED_STATE_GROUPS). */
  needsCheckedState: boolean;
}

const cache = new WeakMap<ResolvedSettings, Map<string, Prefilter>>();

/**
 * The pre-filter for these settings (their lexicon, with the user's extension) and these rule options (words they
 * add, such as `addonWords`). The checker passes every enabled rule's options; an ESLint rule its own.
 */
/**
 * Rule options that hold no vocabulary: lexicon keys (no-buried-consent's `topics`: "data-use" is a key, not the
 * words "data" and "use") and exceptions (`ignoreWords`, `essentialWords`), which never start a finding. Every
 * other option's strings count, so a rule added later can never be filtered out by accident.
 */
const NOT_VOCABULARY_OPTIONS = new Set(['topics', 'ignoreWords', 'essentialWords']);

function vocabularyOf(options: object): string[] {
  return Object.entries(options).flatMap(([key, value]) => (NOT_VOCABULARY_OPTIONS.has(key) ? [] : phrasesIn(value)));
}

export function prefilterFor(settings: ResolvedSettings, ruleOptions: Iterable<object>): Prefilter {
  const extra = [...new Set([...ruleOptions].flatMap(vocabularyOf))].sort();
  const key = extra.join('\n');
  let byOptions = cache.get(settings);
  if (!byOptions) cache.set(settings, (byOptions = new Map()));
  let filter = byOptions.get(key);
  if (!filter) byOptions.set(key, (filter = createPrefilter(settings.lexicon.sources, extra, checkedStateProps(settings))));
  return filter;
}

const byRules = new WeakMap<ResolvedSettings, WeakMap<RuleConfig, Prefilter>>();

/** The checker's pre-filter: every enabled rule's options, worked out once per run rather than once per file. */
export function prefilterForRules(settings: ResolvedSettings, rules: RuleConfig): Prefilter {
  let forSettings = byRules.get(settings);
  if (!forSettings) byRules.set(settings, (forSettings = new WeakMap()));
  let filter = forSettings.get(rules);
  if (!filter) forSettings.set(rules, (filter = prefilterFor(settings, [...rules.values()].map((rule) => rule.options))));
  return filter;
}

/** The props that hold a control's checked state: the built-in ones, and those a team's components declare. */
function checkedStateProps(settings: ResolvedSettings): string[] {
  const props = [...DEFAULT_CHECKED_PROPS];
  for (const mapping of settings.components.values()) {
    if (mapping.checkedProp) props.push(mapping.checkedProp);
    if (mapping.defaultCheckedProp) props.push(mapping.defaultCheckedProp);
  }
  return props;
}

/**
 * Words that set a selection without a checked prop: a toggle button (`aria-pressed`, a check or toggle icon on a
 * button that flips state), a radio group's `defaultValue` (a yes/no question about a priced extra), a segmented
 * control.
 */
const SELECTION_WORDS = ['pressed', 'radio', 'radiogroup', 'toggle', 'check', 'segmented'];

/**
 * Where a form library's boxes start (src/model/sources.ts): react-hook-form's `defaultValues`, Formik's and
 * Mantine's `initialValues`. `<Field type="checkbox" name="protection" />` and `{...register('marketing')}` are ticked
 * by those, with no checked prop written anywhere.
 */
const FORM_DEFAULTS_WORDS = ['defaultvalues', 'initialvalues'];

export function createPrefilter(sources: readonly LexiconData[], extraPhrases: readonly string[] = [], checkedProps: readonly string[] = DEFAULT_CHECKED_PROPS): Prefilter {
  const keys: Keys = {
    phrases: new Map(),
    checkedStateWords: new Set([...checkedProps.map((prop) => tokenizeIdentifier(prop).pop() ?? ''), ...SELECTION_WORDS, ...FORM_DEFAULTS_WORDS]),
    stems: new Map(),
    passAll: false,
  };
  for (const source of sources) {
    for (const [group, value] of Object.entries(source)) {
      if (QUALIFYING_GROUPS.has(group) || group.endsWith('Exceptions')) continue;
      for (const phrase of phrasesIn(value)) addKey(keys, phrase, CHECKED_STATE_GROUPS.has(group));
    }
  }
  // Words from rule options may belong to any rule: they count on their own.
  for (const phrase of extraPhrases) addKey(keys, phrase, false);
  const setsCheckedState = (code: Words): boolean => [...keys.checkedStateWords].some((word) => has(code, word));
  const filter = (source: string, copy?: string, lent?: readonly LentWords[]): boolean => {
    // A suppression directive is checked itself (one without a reason, or that suppresses nothing, is reported).
    if (keys.passAll || source.includes(DIRECTIVE_PREFIX)) return true;
    // Lent words join both the text's words and the copy's, as if their text were appended to each.
    const code = withLent(codeWordsOf(source, keys.stems), lent, keys.stems);
    // A component's code joins the file's for what only code says: a box ticked there is ticked here, and an amount
    // formatted there is a price here.
    const lentCode = lent?.flatMap((words) => (words.code ? [words.code] : [])) ?? [];
    const stateCode = lentCode.length === 0 ? code : [...code, ...lentCode];
    // Whether the module names React Native is asked last: reading a large file's text for it cost more than the
    // rest of this test, and almost every React file already sets a checked state by another word.
    const checkedState = setsCheckedState(stateCode) || (has(stateCode, NATIVE_STATE_WORD) && (isNative(source) || lentCode.some((words) => words.has(NATIVE_MARK))));
    const present = copy === undefined ? code : withLent(wordsIn(copy, keys.stems), lent, keys.stems);
    const lentPrice = lent?.some((words) => (copy === undefined ? words.price.text : words.price.copy)) === true;
    if (checkedState && (lentPrice || hasPrice(copy ?? codeOf(source), copy !== undefined, present, stateCode))) return true;
    return matchesKey(present, keys, checkedState);
  };
  const configures = (attributes: string, copy: string, native?: () => boolean): boolean => {
    if (keys.passAll) return true;
    const code: Words = [scanTokens(attributes)];
    if (setsCheckedState(code) || (has(code, NATIVE_STATE_WORD) && native?.() === true)) return true;
    // Not remembered as the last copies read (tokensOf): the file's own copy is read again right after.
    const tokens = scanTokens(copy);
    const present: Words = keys.stems.size === 0 ? [tokens] : [tokens, stemsIn(tokens, keys.stems)];
    return hasPrice(copy, true, present, code) || matchesKey(present, keys, true);
  };
  return Object.assign(filter, { configures });
}

/**
 * A price makes a pre-ticked box a paid add-on, with or without an add-on word: a sign or a currency written in the
 * copy, or an amount formatted at run time (`formatPrice(total)`, `{ style: 'currency' }`).
 */
function hasPrice(text: string, asCopy: boolean, present: Words, code: Words): boolean {
  return hasCurrencySymbol(text, asCopy) || [...CURRENCY_CODES, ...CURRENCY_WORDS].some((currency) => has(present, currency)) || formatsPrice(code);
}

/**
 * One item of a module's header: blank space, a comment, a directive (`'use client'`), an import, or a re-export
 * (`export { Button } from './button'`, `export * from './tokens'`).
 */
const HEADER_ITEM = /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|(['"])use [a-z ]+\1;?|(?:import|export)\s+(?:type\s+)?(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)?\s*from\s*(['"])[^'"\n]*\2;?|import\s*(['"])[^'"\n]*\3;?/y;

/**
 * Where a module's header ends: its imports name modules and bindings, never copy (an imported name that matters is
 * read where it is used: `<CheckIcon />`, `formatPrice(fee)`). Only the leading run is cut, up to the first
 * statement of any other kind, so no JSX text or string can be in it; the copy look (copy-text.ts) leaves out the
 * same sources.
 */
export function headerEnd(source: string): number {
  let position = 0;
  for (;;) {
    HEADER_ITEM.lastIndex = position;
    const item = HEADER_ITEM.exec(source);
    if (!item || item[0].length === 0) return position;
    position = HEADER_ITEM.lastIndex;
  }
}

/**
 * The text without the comments that start a line: licence headers, JSDoc, commented-out code, `{/* ... *\/}` in
 * JSX. The analysis reads no words from comments (copy is JSX text and strings; names are identifiers), so their
 * vocabulary ("Licensed under the Apache License ... terms and conditions") can never start a finding. Only comments
 * at the start of a line are dropped: there a `//` or `/*` cannot be inside a string, JSX text or a regular
 * expression on that line, so nothing else is ever cut (a comment after code on its line is kept, which only lets
 * a file through).
 */
export function withoutCommentLines(text: string): string {
  let out = '';
  let kept = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let i = lineStart;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const braced = text[i] === '{' && text[i + 1] === '/' && text[i + 2] === '*';
    if (braced) i++;
    let next = text.indexOf('\n', lineStart);
    if (next < 0) next = text.length;
    if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      let end = next;
      if (text[i + 1] === '*') {
        const close = text.indexOf('*/', i + 2);
        end = close < 0 ? text.length : close + 2;
        if (braced && text[end] === '}') end++;
      }
      out += `${text.slice(kept, lineStart)} `;
      kept = end;
      // After a block comment, the rest of its last line is code again: scan it as a line of its own.
      lineStart = text[i + 1] === '*' && end < text.length && text[end] !== '\n' ? end : text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end) + 1;
      continue;
    }
    lineStart = next + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Every string in a lexicon group or an options object, however nested (arrays, records of arrays). */
function phrasesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(phrasesIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(phrasesIn);
  return [];
}

/**
 * Key a phrase by its slots, read as the phrase index reads them (phraseSlots: `a|b` alternatives, `(a b|c)`
 * groups, `...` gaps, `stem*` prefixes). A phrase can only match where, for every slot, all the words of one of
 * its alternatives occur; a gap adds no word. The phrase is keyed on each alternative of its narrowest slot (by
 * that alternative's longest word), and the other slots confirm it. No alternative is ever expanded into the
 * others, so a phrase with many alternatives costs its alternatives, not their product.
 */
function addKey(keys: Keys, phrase: string, needsCheckedState: boolean): void {
  if (ONE_WORD_SLOTS.test(phrase)) {
    addOneWordSlotsKey(keys, phrase, needsCheckedState);
    return;
  }
  const plain = plainWordSlots(phrase);
  if (plain) addPlainKey(keys, phrase, plain, needsCheckedState);
  else addSlotsKey(keys, phrase, needsCheckedState);
}

/**
 * addPlainKey for a phrase of ONE_WORD_SLOTS, without reading its slots: each is one word, so the narrowest keyed
 * slot is its first word that is not a number.
 */
function addOneWordSlotsKey(keys: Keys, phrase: string, needsCheckedState: boolean): void {
  const key = firstWord(phrase, (word) => !DIGITS.test(word));
  if (key === undefined) keys.passAll = true;
  else pushKeyed(keys, key, { slots: undefined, plain: phrase, needsCheckedState });
}

/** addKey for any phrase, by the slots the phrase index reads. */
function addSlotsKey(keys: Keys, phrase: string, needsCheckedState: boolean): void {
  const slots: string[][][] = [];
  for (const slot of phraseSlots(phrase)) {
    if (slot.gap) continue;
    const alternatives = slot.alternatives.map((alternative) => alternative.filter((word) => keyable(keys, word)));
    // An alternative of digits or currency signs only ("only 0 left"'s 0) is satisfied by any text: the slot asks nothing.
    if (alternatives.some((alternative) => alternative.length === 0)) continue;
    slots.push(alternatives);
  }
  if (slots.length === 0) {
    keys.passAll = true;
    return;
  }
  const narrowest = slots.reduce((best, slot) => (slot.length < best.length ? slot : best));
  const others = slots.filter((slot) => slot !== narrowest);
  for (const alternative of narrowest) {
    const words = [...alternative].sort((x, y) => y.length - x.length);
    const [key, ...rest] = words as [string, ...string[]];
    pushKeyed(keys, key, { slots: rest.length > 0 ? [[rest], ...others] : others, needsCheckedState });
  }
}

/**
 * addKey for a plain phrase (words, `a|b` alternatives and gaps: see plainWordSlots; 95% of the built-in phrases),
 * keyed on the same words, from its words alone: every alternative is one word, so the narrowest slot's words are
 * its keys and the other slots confirm it. Those are read when one of its keys is first present in a file
 * (confirmingSlots): reading all 6,000 phrases of the built-in lexicons was most of what a run of one small file did
 * before it read the file. tests/engine/prefilter.test.ts checks that both ways key every built-in phrase alike.
 */
function addPlainKey(keys: Keys, phrase: string, plain: readonly string[][], needsCheckedState: boolean): void {
  const narrowest = narrowestPlainSlot(plain);
  if (!narrowest) {
    keys.passAll = true;
    return;
  }
  const keyed: KeyedPhrase = { slots: undefined, plain: phrase, needsCheckedState };
  for (const word of narrowest) pushKeyed(keys, word, keyed);
}

/** The slots that ask for a word (one with a number asks nothing: see keyable), and the narrowest of them. */
function keyedPlainSlots(plain: readonly string[][]): readonly string[][] {
  return plain.filter((words) => words.every((word) => !DIGITS.test(word)));
}

function narrowestPlainSlot(plain: readonly string[][]): readonly string[] | undefined {
  const slots = keyedPlainSlots(plain);
  return slots.length === 0 ? undefined : slots.reduce((best, slot) => (slot.length < best.length ? slot : best));
}

/** The slots that confirm a keyed phrase, read once. */
function confirmingSlots(keyed: KeyedPhrase): string[][][] {
  if (keyed.slots) return keyed.slots;
  const slots = keyedPlainSlots(plainWordSlots(keyed.plain as string) as string[][]);
  const narrowest = slots.reduce((best, slot) => (slot.length < best.length ? slot : best));
  keyed.slots = slots.filter((slot) => slot !== narrowest).map((words) => words.map((word) => [word]));
  return keyed.slots;
}

function pushKeyed(keys: Keys, key: string, keyed: KeyedPhrase): void {
  const list = keys.phrases.get(key);
  if (list) list.push(keyed);
  else keys.phrases.set(key, [keyed]);
}

const DIGITS = /^\d+$/;

/**
 * A phrase's keys, each with the slots that confirm it ('all' for a phrase that asks for no word): as addKey keys it,
 * or (`general`) by its slots as the phrase index reads them, as any phrase that is not plain is keyed. Exported for
 * the test that both ways key every plain phrase alike.
 */
export function phraseKeys(phrase: string, general: boolean): Map<string, string[][][][]> | 'all' {
  const keys: Keys = { phrases: new Map(), checkedStateWords: new Set(), stems: new Map(), passAll: false };
  if (general) addSlotsKey(keys, phrase, false);
  else addKey(keys, phrase, false);
  if (keys.passAll) return 'all';
  return new Map([...keys.phrases].map(([key, list]) => [key, list.map(confirmingSlots)]));
}

/** Digits stand for any number in the lexicons ("only 0 left") and currency signs are mentionsPrice's: neither is a word to key on. */
function keyable(keys: Keys, token: string): boolean {
  const prefix = token.endsWith('*');
  const word = prefix ? token.slice(0, -1) : token;
  if (word === '' || DIGITS.test(word) || CURRENCY_SYMBOLS.has(word)) return false;
  if (prefix) {
    const first = word.charCodeAt(0);
    const stems = keys.stems.get(first);
    if (!stems) keys.stems.set(first, [word]);
    else if (!stems.includes(word)) stems.push(word);
  }
  return true;
}

/** A word character outside ASCII: a letter, number or mark, as tokenize() reads them (surrogate pairs included). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/uy;

/**
 * The distinct tokens of a text as tokenize() makes them: words as written ("CountDown" is "countdown"), and
 * identifiers split at camelCase (`acceptCookies`). Runs of word characters (with the apostrophes tokenize() reads
 * inside words) are found by one scan over character codes, and each distinct run is tokenised once: source code
 * repeats its identifiers. A run of ASCII letters and digits is its own token, lower-cased; any other goes through
 * tokenize().
 */
function scanTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  const runs = new Set<string>();
  const end = text.length;
  let start = -1;
  let plain = true;
  for (let i = 0; i <= end; ) {
    const code = i < end ? text.charCodeAt(i) : 0x20;
    let width = 0;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) {
      width = 1;
    } else if (code === 0x27 || code === 0x60 || code === 0x2019 || code === 0x2bc) {
      width = 1;
      plain = false;
    } else if (code >= 0x80) {
      WORD_CHAR.lastIndex = i;
      if (WORD_CHAR.test(text)) {
        width = WORD_CHAR.lastIndex - i;
        plain = false;
      }
    }
    if (width > 0) {
      if (start < 0) start = i;
      i += width;
      continue;
    }
    if (start >= 0) {
      const run = text.slice(start, i);
      if (!runs.has(run)) {
        runs.add(run);
        addRun(tokens, run, plain);
      }
      start = -1;
      plain = true;
    }
    i++;
  }
  return tokens;
}

/** A run's tokens, and those of its camelCase parts (`acceptCookies`: "acceptcookies", "accept", "cookies"). */
function addRun(tokens: Set<string>, run: string, plain: boolean): void {
  const add = (part: string, plainPart: boolean): void => {
    if (plainPart) tokens.add(part.toLowerCase());
    else for (const token of tokenize(part)) tokens.add(token);
  };
  add(run, plain);
  let from = 0;
  for (let i = 1; i < run.length; i++) {
    const code = run.charCodeAt(i);
    const prev = run.charCodeAt(i - 1);
    if (code >= 0x41 && code <= 0x5a && ((prev >= 0x61 && prev <= 0x7a) || (prev >= 0x30 && prev <= 0x39))) {
      const part = run.slice(from, i);
      add(part, plain || isPlainAscii(part));
      from = i;
    }
  }
  if (from > 0) {
    const part = run.slice(from);
    add(part, plain || isPlainAscii(part));
  }
}

function isPlainAscii(run: string): boolean {
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) return false;
  }
  return true;
}

/** Prefix stems by the code of their first character: a token is compared only with the stems it could start with. */
type Stems = ReadonlyMap<number, readonly string[]>;

/**
 * The stem entries (`partilh*`) of the lexicon's stems that some token starts with. Only the lexicon's own stems are
 * ever looked up, so only those are made: no token is cut, and most are passed over on their first character.
 */
function stemsIn(tokens: ReadonlySet<string>, stems: Stems): ReadonlySet<string> {
  const found = new Set<string>();
  for (const token of tokens) {
    const candidates = stems.get(token.charCodeAt(0));
    if (candidates) for (const stem of candidates) if (token.startsWith(stem)) found.add(`${stem}*`);
  }
  return found;
}

/**
 * A file's words and those lent to it, as the sets they are (a word is present when one of them has it): a data
 * module imported by most files of a project lends the same words to each, and copying them into one set per file
 * cost as much as the rest of the filter (a utilities package's constants, on dub's whole tree). Stems found among
 * the words are a set of their own, for the same reason.
 */
type Words = readonly ReadonlySet<string>[];

/**
 * What the last few texts read hold, remembered: a file is looked at more than once (its text, then with its copy,
 * then with the copy its parsed program shows, and once for each rule in ESLint), and reading a large file again
 * cost more than the rest of the filter (excalidraw's App.tsx: its 450 kB cut, scanned and compared on each look). A
 * text is found again by identity first: the same string object is one comparison, whatever its length.
 */
class Recent<T> {
  private entries: Array<{ text: string; value: T }> = [];
  constructor(
    private readonly size: number,
    private readonly make: (text: string) => T,
  ) {}

  get(text: string): T {
    for (const entry of this.entries) if (entry.text === text) return entry.value;
    const value = this.make(text);
    this.entries = [{ text, value }, ...this.entries.slice(0, this.size - 1)];
    return value;
  }
}

/** A text's words, with the lexicon stems they start with for the stems last asked for (one lexicon per run). */
interface TextWords {
  tokens: ReadonlySet<string>;
  stemmed?: { stems: Stems; words: Words };
}

function withStems(read: TextWords, stems: Stems): Words {
  if (stems.size === 0) return [read.tokens];
  if (read.stemmed?.stems !== stems) read.stemmed = { stems, words: [read.tokens, stemsIn(read.tokens, stems)] };
  return read.stemmed.words;
}

/** The last two copies read, and the code of the last two files (what follows their header, see codeOf). */
const recentCopies = new Recent<TextWords>(2, (text) => ({ tokens: scanTokens(text) }));
const recentCode = new Recent<TextWords & { code: string }>(2, (source) => {
  const code = withoutCommentLines(source.slice(headerEnd(source)));
  return { code, tokens: scanTokens(code) };
});

/** The distinct tokens of a text (scanTokens), remembered as a copy read. */
export function tokensOf(text: string): ReadonlySet<string> {
  return recentCopies.get(text).tokens;
}

/** The tokens of a copy, and the lexicon stems they start with (`partilh*` for "partilhar"). */
function wordsIn(copy: string, stems: Stems): Words {
  return withStems(recentCopies.get(copy), stems);
}

/** A file's code past its header, without the comments that start a line (headerEnd, withoutCommentLines). */
function codeOf(source: string): string {
  return recentCode.get(source).code;
}

/** The words of a file's code (codeOf), with their stems. */
function codeWordsOf(source: string, stems: Stems): Words {
  return withStems(recentCode.get(source), stems);
}

function has(words: Words, word: string): boolean {
  for (const set of words) if (set.has(word)) return true;
  return false;
}

/** Each lent module's words with the stems they start with, worked out once per module and lexicon. */
const stemmedLent = new WeakMap<LentWords, { stems: Stems; words: Words }>();

function lentWithStems(lent: LentWords, stems: Stems): Words {
  if (stems.size === 0) return [lent.tokens];
  const known = stemmedLent.get(lent);
  if (known?.stems === stems) return known.words;
  const words = [lent.tokens, stemsIn(lent.tokens, stems)];
  stemmedLent.set(lent, { stems, words });
  return words;
}

/** Words with the lent modules' words (and their stems); the words alone when nothing is lent. */
function withLent(words: Words, lent: readonly LentWords[] | undefined, stems: Stems): Words {
  if (!lent || lent.length === 0) return words;
  return [...words, ...lent.flatMap((one) => lentWithStems(one, stems))];
}

function matchesKey(present: Words, keys: Keys, checkedState: boolean): boolean {
  for (const set of present) {
    for (const token of set) {
      const candidates = keys.phrases.get(token);
      if (candidates?.some((phrase) => (checkedState || !phrase.needsCheckedState) && confirmingSlots(phrase).every((slot) => slot.some((alternative) => alternative.every((word) => has(present, word)))))) return true;
    }
  }
  return false;
}

/** Any currency sign, found by the regular expression engine rather than one string per character. */
const CURRENCY_SIGN = new RegExp(`[${[...CURRENCY_SYMBOLS].map((sign) => sign.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');

/**
 * Whether the text may hold a price, which makes a checkbox a paid add-on without any add-on word (currency codes,
 * "EUR 5", are looked up among the words). Other signs count anywhere; `$` before a digit, or before an amount
 * computed at run time: a template's `$${total}`, and, in a parsed file's copy (`asCopy`), a `$` that ends a piece
 * of text, which an expression follows (`'$' + total`, JSX's `${total}`).
 *
 * Known limit of the text alone: JSX's `${total}` reads, as text, like a template's own `${`, which most modern files
 * hold, so the unparsed text does not count it; a file whose only sign of a paid add-on is a ticked box beside
 * `${amount}` in JSX, without an add-on word or a currency code, is let go unparsed.
 */
function hasCurrencySymbol(text: string, asCopy: boolean): boolean {
  CURRENCY_SIGN.lastIndex = 0;
  for (let match = CURRENCY_SIGN.exec(text); match !== null; match = CURRENCY_SIGN.exec(text)) {
    if (match[0] !== '$') return true;
    let next = match.index + 1;
    while (text.charCodeAt(next) === 0x20) next++;
    const code = text.charCodeAt(next);
    if ((code >= 0x30 && code <= 0x39) || code === 0x24) return true;
    if (asCopy && (code === 0x0a || Number.isNaN(code))) return true;
  }
  return false;
}

/** Names of calls the analysis reads as a formatted price (`formatPrice(total)`; `currency` also stands for `{ style: 'currency' }`). */
const PRICE_FORMATTER_WORDS = PRICE_FORMATTERS.map((name) => name.toLowerCase());

function formatsPrice(code: Words): boolean {
  return PRICE_FORMATTER_WORDS.some((word) => has(code, word));
}
