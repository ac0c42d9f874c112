/**
 * Linear-time text matching: text is tokenised once, and phrases are looked up in a token trie.
 * No regular expression ever runs over user text with backtracking: the tokeniser is a single left-to-right scan.
 */

/** Lower-case, strip diacritics and fold typographic apostrophes, so "Données" and "donnees" are one word. */
function foldCharacter(ch: string): string {
  // ASCII first, without normalize and a regular expression per character: most of any text and lexicon is ASCII.
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : ch;
  let folded = FOLDED.get(ch);
  if (folded === undefined) FOLDED.set(ch, (folded = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()));
  return folded;
}

/** Characters outside ASCII as foldCharacter folds them: a text and the lexicons use a few dozen, again and again. */
const FOLDED = new Map<string, string>();

const CURRENCY = new Set(['$', '€', '£', '¥', '₹', '₩', '₽', '¢']);
/** Glyphs that are a whole label on their own: the "×" of a close button (the lexicons list them as dismiss). */
const GLYPHS = new Set(['×', '✕', '✖', '✗', '✘', '╳']);
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`']);
/** French and Italian elided articles and pronouns: `l'utilisation` is two words, `don't` is one. */
const ELISIONS = new Set(['l', 'd', 'j', 'n', 's', 'c', 'qu', 'm', 't', 'dell', 'nell', 'all', 'dall', 'sull', 'un', 'quest', 'jusqu', 'lorsqu', 'puisqu']);

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  // ASCII: the letters and digits, as the Unicode classes below say, without a regular expression per character.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  // Combining marks belong to their word: decomposed (NFD) "de\u0301cline" is one word, as are Devanagari vowel signs.
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

/**
 * Split text into normalised tokens: runs of letters and digits; apostrophes inside a word are dropped
 * ("don't" → "dont"), except after a French or Italian elision ("l'utilisation" → "l", "utilisation");
 * currency symbols and close glyphs are tokens of their own; everything else separates. One pass over the input.
 */
export function tokenize(text: string): string[] {
  return ASCII_ONLY.test(text) ? tokenizeAscii(text) : tokenizeAny(text);
}

const ASCII_ONLY = /^\p{ASCII}*$/u;

/**
 * tokenize() for text of ASCII characters only (most copy, identifiers and every English phrase of the lexicons):
 * the same tokens, read by character code with no string made per character (tests/context/text.test.ts checks
 * the two paths agree).
 */
function tokenizeAscii(text: string): string[] {
  const tokens: string[] = [];
  // The word so far is `current` plus the run text[start, i) not yet added to it; it began at `wordStart`.
  let current = '';
  let start = -1;
  let wordStart = 0;
  const addresses = new AddressScan();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiWordCode(code)) {
      if (start < 0) {
        start = i;
        if (!current) wordStart = i;
      }
      continue;
    }
    if ((code === 0x2e || code === 0x40) && (start >= 0 || current) && i + 1 < text.length && isAsciiWordCode(text.charCodeAt(i + 1))) {
      const end = addresses.endAt(text, wordStart, i);
      if (end > 0) {
        tokens.push(text.slice(wordStart, end).toLowerCase());
        current = '';
        start = -1;
        i = end - 1;
        continue;
      }
    }
    if (start >= 0) {
      current += text.slice(start, i).toLowerCase();
      start = -1;
    }
    // An apostrophe (' or `) inside a word: see tokenizeAny.
    if ((code === 0x27 || code === 0x60) && current && i + 1 < text.length && isAsciiWordCode(text.charCodeAt(i + 1))) {
      if (ELISIONS.has(current)) {
        tokens.push(current);
        current = '';
      }
      continue;
    }
    if (current) {
      tokens.push(current);
      current = '';
    }
    if (code === 0x24) tokens.push('$');
  }
  if (start >= 0) current += text.slice(start).toLowerCase();
  if (current) tokens.push(current);
  return tokens;
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Top-level domains an address in copy ends in, in lower case as addresses are written: a missing space after a full
 * stop ("your data.We share", "e.g.", "Node.js", "v2.0") is no address.
 */
const TOP_LEVEL_DOMAINS = new Set(
  'com org net edu gov io co ai app dev me us uk eu de fr nl be at ch it es pt se no dk fi ie pl cz ca au nz in jp kr cn br mx ar za sg hk tw info biz tv fm gg sh so ly to cc xyz tech cloud site online store shop'.split(' '),
);

/** The characters of a web or e-mail address, up to its path: ASCII letters and digits, `.`, `-`, `_`, `+` and `@`. */
function isAddressCode(code: number): boolean {
  return isAsciiWordCode(code) || code === 0x2e || code === 0x2d || code === 0x5f || code === 0x2b || code === 0x40;
}

/** Where an address's path (`/privacy`) ends: at a space, a quote or a bracket, without the full stop or comma after it. */
const PATH_ENDS = new Set([' ', '\t', '\n', '\r', '"', "'", '<', '>', '(', ')', '[', ']', '{', '}']);

/**
 * Web and e-mail addresses in copy ("Log in at partners.dub.co", "write to privacy@acme.com", "acme.com/privacy"):
 * one token each, for an address names a place and says nothing. Its words are no purpose: "partners.dub.co" shares
 * no data. Asked at each `.` or `@` inside a word; what a failed look-ahead read is not read again, so a text is
 * still scanned in linear time.
 */
class AddressScan {
  /** The look-ahead that failed read up to here. */
  private readUntil = -1;

  /** Where the address starting at `start` ends (exclusive), found at the `.` or `@` at `at`, or -1. */
  endAt(chars: ArrayLike<string>, start: number, at: number): number {
    if (at < this.readUntil) return -1;
    let end = start;
    while (end < chars.length && isAddressCode((chars[end] as string).charCodeAt(0))) end++;
    this.readUntil = end;
    // A full stop, comma-less hyphen or `@` after the address ends the sentence, not the address.
    while (end > start && !isAsciiWordCode((chars[end - 1] as string).charCodeAt(0))) end--;
    let host = start;
    let lastDot = -1;
    for (let i = start; i < end; i++) {
      const ch = chars[i] as string;
      if (ch === '@') {
        // One mailbox before one host: the dots of "jane.doe@" are the mailbox's.
        if (host !== start) return -1;
        host = i + 1;
        lastDot = -1;
      } else if (ch === '.') {
        // Every label holds a character: "share..to" is two words.
        if (i === host || chars[i - 1] === '.' || chars[i - 1] === '@') return -1;
        lastDot = i;
      }
    }
    if (lastDot < host) return -1;
    let tld = '';
    for (let i = lastDot + 1; i < end; i++) tld += chars[i] as string;
    if (!TOP_LEVEL_DOMAINS.has(tld)) return -1;
    // A web address's path, without the punctuation that ends its sentence.
    if (host === start && chars[end] === '/') {
      let pathEnd = end;
      while (pathEnd < chars.length && !PATH_ENDS.has(chars[pathEnd] as string)) pathEnd++;
      while (pathEnd > end + 1 && '.,;:!?'.includes(chars[pathEnd - 1] as string)) pathEnd--;
      end = pathEnd;
    }
    return end;
  }
}

/** tokenize() for any text: one pass over its code points. Exported for the test that the ASCII path agrees with it. */
export function tokenizeAny(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let wordStart = 0;
  const addresses = new AddressScan();
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    // Variation selectors only pick a glyph's presentation ("✖️" is "✖"): they neither join nor split.
    if (ch >= '\uFE00' && ch <= '\uFE0F') continue;
    if (isWordChar(ch)) {
      if (!current) wordStart = i;
      current += foldCharacter(ch);
      continue;
    }
    if ((ch === '.' || ch === '@') && current && i + 1 < chars.length && isWordChar(chars[i + 1] as string)) {
      const end = addresses.endAt(chars, wordStart, i);
      if (end > 0) {
        tokens.push(chars.slice(wordStart, end).join('').toLowerCase());
        current = '';
        i = end - 1;
        continue;
      }
    }
    if (APOSTROPHES.has(ch) && current && i + 1 < chars.length && isWordChar(chars[i + 1] as string)) {
      // French and Italian elision (l'utilisation, d'accord, dell'utente) splits; English contractions join.
      if (ELISIONS.has(current)) {
        tokens.push(current);
        current = '';
      }
      continue;
    }
    if (current) {
      tokens.push(current);
      current = '';
    }
    if (CURRENCY.has(ch) || GLYPHS.has(ch)) tokens.push(ch);
  }
  if (current) tokens.push(current);
  return tokens;
}

const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch >= 'A' && ch <= 'Z';
const isLower = (ch: string | undefined): boolean => ch !== undefined && ch >= 'a' && ch <= 'z';
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Tokenise an identifier such as `handleAcceptAll`, `XMLConsent` or `on_reject_click` into words. One scan: a word
 * starts at a capital after a lower-case letter or digit, or at the last capital of a run that a lower-case letter
 * follows (`XMLConsent` → XML Consent). (The regular expression `([A-Z]+)([A-Z][a-z])` that did this before
 * backtracks quadratically on a long run of capitals.)
 */
export function tokenizeIdentifier(name: string): string[] {
  let spaced = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i] as string;
    if (ch === '_' || ch === '$' || ch === '-') {
      spaced += ' ';
      continue;
    }
    const prev = name[i - 1];
    if (isUpper(ch) && (isLower(prev) || isDigit(prev) || (isUpper(prev) && isLower(name[i + 1])))) spaced += ' ';
    spaced += ch;
  }
  return tokenize(spaced);
}

export interface PhraseMatch<T> {
  /** Token index where the phrase starts. */
  start: number;
  /** Number of tokens matched, the words a gap skipped included. */
  length: number;
  value: T;
}

/**
 * Where a clause ends in a token list made by `tokenizeClauses`. tokenize() drops punctuation, so no token and no
 * phrase word is ever '.': an exact word can't match it, and a gap never skips it, so no phrase spans two clauses.
 */
export const CLAUSE_BREAK = '.';
/** A gap in a lexicon phrase: `share ... purchase history` matches "share your whole purchase history". */
export const GAP = '...';
/**
 * How much a gap may skip: at most this many words that are not stop words ("your", "of", "the" are free), and
 * at most GAP_TOKENS words in all. Small and fixed, so a lookup stays linear in the text.
 */
export const GAP_WORDS = 3;
export const GAP_TOKENS = 7;
/** The most word sequences one phrase may expand to through its `a|b` alternatives; the rest are left out. */
export const MAX_EXPANSIONS = 8192;

/**
 * Punctuation that ends a clause: always, or (`.` and `,`) where a space or the end follows, so "€9.99", "1,299"
 * and "04:59" stay one clause. The paragraph separator is what clause texts put between blocks (see clauses.ts).
 */
const CLAUSE_ENDS = new Set([';', '!', '?', '¡', '¿', '(', ')', '[', ']', '–', '—', '•', '·', '|', '\u2029']);
const SOFT_CLAUSE_ENDS = new Set(['.', ',', ':', '…']);

/**
 * Tokens of a text with CLAUSE_BREAK where a clause ends: at clause punctuation, and in place of a word that
 * starts a new clause (`breakWords`: "but", "aber", "mais"). One pass, like tokenize(). A comma between the items
 * of a list ends no clause (isListComma): "Share your daily steps, heart rate and sleep data with Acme" is one.
 */
export function tokenizeClauses(text: string, breakWords: ReadonlySet<string> = EMPTY, listWords: ReadonlySet<string> = EMPTY): string[] {
  const out: string[] = [];
  const brk = (): void => {
    if (out.length > 0 && out[out.length - 1] !== CLAUSE_BREAK) out.push(CLAUSE_BREAK);
  };
  let segment = '';
  const flush = (): void => {
    for (const token of tokenize(segment)) {
      if (breakWords.has(token)) brk();
      else out.push(token);
    }
    segment = '';
  };
  const chars = Array.from(text);
  let listUntil = -1;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const hard = CLAUSE_ENDS.has(ch);
    const soft = !hard && SOFT_CLAUSE_ENDS.has(ch) && !(isWordChar(chars[i - 1] ?? ' ') && isWordChar(chars[i + 1] ?? ' '));
    if (soft && ch === ',' && listWords.size > 0 && (i < listUntil || (listUntil = listEnd(chars, i, listWords, breakWords)) > i)) segment += ' ';
    else if (hard || soft) {
      flush();
      brk();
    } else segment += ch;
  }
  flush();
  if (out[out.length - 1] === CLAUSE_BREAK) out.pop();
  return out;
}

/** The most words a list item may have before the word that joins the last one ("heart rate and sleep data"). */
const LIST_ITEM_WORDS = 3;

/**
 * Where the list a comma starts ends, when the comma is a list comma: the items after it are short, separated by
 * commas, and the last is joined by a list word not right after its comma ("steps, heart rate and sleep data";
 * "steps, heart rate, sleep and weight"). `, and we'll share` is a new clause, as is any item that is a clause word.
 * -1 when it is not one.
 */
function listEnd(chars: readonly string[], comma: number, listWords: ReadonlySet<string>, breakWords: ReadonlySet<string>): number {
  let start = comma + 1;
  for (;;) {
    let end = start;
    while (end < chars.length && !CLAUSE_ENDS.has(chars[end] as string) && !(SOFT_CLAUSE_ENDS.has(chars[end] as string) && !(isWordChar(chars[end - 1] ?? ' ') && isWordChar(chars[end + 1] ?? ' ')))) end++;
    const words = tokenize(chars.slice(start, end).join(''));
    if (words.length === 0 || words.some((word, index) => index <= LIST_ITEM_WORDS && breakWords.has(word))) return -1;
    const joined = words.findIndex((word, index) => index <= LIST_ITEM_WORDS && listWords.has(word));
    if (joined > 0) return end;
    if (joined === 0 || words.length > LIST_ITEM_WORDS || chars[end] !== ',') return -1;
    start = end + 1;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** One word slot of a phrase: its alternatives, each a token sequence (`opt-in` is two tokens), or a gap. */
export type Slot = { gap: true } | { gap: false; alternatives: string[][] };

/** The tokens of one written alternative: words as text is tokenised, a word ending in `*` kept as a prefix. */
function alternativeTokens(alternative: string): string[] {
  return alternative
    .trim()
    .split(/\s+/)
    .flatMap((word) => (word.endsWith('*') ? [`${tokenize(word.slice(0, -1)).join('')}*`] : tokenize(word)))
    .filter((token) => token !== '*');
}

function slotOf(alternatives: string[]): Slot | undefined {
  const sequences = alternatives.map(alternativeTokens).filter((alt) => alt.length > 0);
  return sequences.length > 0 ? { gap: false, alternatives: sequences } : undefined;
}

/** Split a phrase into slots: `...`, a bare word (`a|b` one-word alternatives), or a group `(a b|c)` of word sequences. */
function parseSlots(phrase: string): Slot[] {
  const slots: Slot[] = [];
  // One scan by a regular expression rather than a test per character: a group runs to its `)` (or the end), a
  // word to a space or a `(`.
  for (const [part, group] of phrase.matchAll(SLOT_PARTS)) {
    if (part === GAP) slots.push({ gap: true });
    else {
      const slot = slotOf((group ?? part).split('|'));
      if (slot) slots.push(slot);
    }
  }
  return slots;
}

const SLOT_PARTS = /\(([^)]*)\)?|[^\s(]+/g;

/**
 * The slots of a lexicon phrase, as the phrase index reads it. A phrase is words separated by spaces, normalised
 * as text is (tokenize); a word ending in `*` matches any word it starts; `a|b|c` is one word of several; `(a b|c)`
 * is one of several word sequences; `...` is a gap (GAP_WORDS). Gaps at either end are dropped (they would match
 * nothing more) and two gaps in a row are one.
 *
 * Read-only and kept by phrase: the pre-filter and the lexicon's indexes read the same phrases (a purpose is a
 * topic too), and parsing them is most of what a run of one small file does before it reads the file.
 */
export function phraseSlots(phrase: string): readonly Slot[] {
  let slots = parsedSlots.get(phrase);
  if (!slots) parsedSlots.set(phrase, (slots = plainSlots(phrase) ?? readSlots(phrase)));
  return slots;
}

const parsedSlots = new Map<string, readonly Slot[]>();

/**
 * Lower-case ASCII words and digits, `a|b` one-word alternatives and `...` gaps, with spaces between them: nearly
 * every phrase of the lexicons. Each word is its own token, so such a phrase is read without the general reading's
 * pattern scan and tokenizer; anything else (groups, prefixes, hyphens, apostrophes, other scripts) takes that.
 */
const PLAIN_CHARACTERS = /^[a-z0-9 |.]+$/;
const PLAIN_PART = /^[a-z0-9|]+$/;

function plainSlots(phrase: string): Slot[] | undefined {
  if (!PLAIN_CHARACTERS.test(phrase)) return undefined;
  const slots: Slot[] = [];
  for (const part of phrase.split(' ')) {
    if (part === '') continue;
    if (part === GAP) {
      // Gaps at either end are dropped and two in a row are one, as readSlots does.
      if (slots.length > 0 && !slots[slots.length - 1]?.gap) slots.push({ gap: true });
      continue;
    }
    if (!PLAIN_PART.test(part)) return undefined;
    const alternatives = part.split('|').filter((word) => word !== '').map((word) => [word]);
    if (alternatives.length > 0) slots.push({ gap: false, alternatives });
  }
  if (slots[slots.length - 1]?.gap) slots.pop();
  return slots;
}

/** Letters and digits of any script, spaces, `|` and dots: a phrase of words that each tokenise whole, as one token. */
const LETTER_CHARACTERS = /^[\p{L}\p{N} |.]+$/u;

/**
 * The word slots of a plain phrase, gaps left out: each slot's words, as tokens, read without making a slot of each.
 * Plain is what plainSlots reads, and any phrase of words of letters and digits (`données|dati personali`): each
 * such word is one token, so its slots are its words (tests/context/text.test.ts checks both readings agree). What a
 * phrase index needs of a phrase until a lookup starts at one of its first words, and what the text pre-filter keys
 * a phrase on. Undefined for any other phrase (groups, prefixes, hyphens, apostrophes, signs).
 */
export function plainWordSlots(phrase: string): string[][] | undefined {
  const ascii = PLAIN_CHARACTERS.test(phrase);
  if (!ascii && !LETTER_CHARACTERS.test(phrase)) return undefined;
  const slots: string[][] = [];
  // Without a dot, every part is words (a dot is only allowed as a gap).
  const dotted = phrase.includes('.');
  for (const part of phrase.split(' ')) {
    if (part === '' || part === GAP) continue;
    if (dotted && part.includes('.')) return undefined;
    const words = part.includes('|') ? part.split('|').filter((word) => word !== '') : [part];
    if (words.length === 0) continue;
    if (!ascii) {
      for (let i = 0; i < words.length; i++) {
        // Letters and digits only: tokenize() would make one token of the word, each character folded.
        let token = '';
        for (const ch of words[i] as string) token += foldCharacter(ch);
        if (token === '') return undefined;
        words[i] = token;
      }
    }
    slots.push(words);
  }
  return slots;
}

/**
 * Lower-case ASCII words and digits with spaces between them: three in four of the built-in lexicons' phrases. Each
 * word is a slot of one token, as plainWordSlots reads it; a phrase index and the text pre-filter key such a phrase
 * by its words without reading its slots, which was most of what a run of one small file did (issue 14, start-up).
 */
export const ONE_WORD_SLOTS = /^[a-z0-9 ]+$/;

/**
 * The first word of a ONE_WORD_SLOTS phrase for which `accept` holds (any word by default), as plainWordSlots would
 * give it: the first of its slots that does. Undefined when none does.
 */
export function firstWord(phrase: string, accept?: (word: string) => boolean): string | undefined {
  for (let start = 0; start < phrase.length; ) {
    let end = phrase.indexOf(' ', start);
    if (end < 0) end = phrase.length;
    if (end > start) {
      const word = phrase.slice(start, end);
      if (!accept || accept(word)) return word;
    }
    start = end + 1;
  }
  return undefined;
}

/** How many word sequences a phrase's slots stand for (see MAX_EXPANSIONS). */
function expansionsOf(slots: readonly Slot[]): number {
  return slots.reduce((count, slot) => (slot.gap ? count : count * slot.alternatives.length), 1);
}

/** phraseSlots for any phrase, without the plain phrases' shortcut. Exported for the test that the two agree. */
export function readSlots(phrase: string): Slot[] {
  const parsed = parseSlots(phrase).filter((slot, i, all) => !(slot.gap && all[i - 1]?.gap));
  while (parsed[0]?.gap) parsed.shift();
  while (parsed[parsed.length - 1]?.gap) parsed.pop();
  return parsed;
}

/**
 * The word sequences a lexicon phrase stands for, GAP marking its gaps: "keep|store ... (your data|recordings)" is
 * four sequences. For tests and tools; the phrase index and the pre-filter read the slots without expanding them.
 * At most MAX_EXPANSIONS sequences.
 */
export function expandPhrase(phrase: string): string[][] {
  let sequences: string[][] = [[]];
  for (const slot of phraseSlots(phrase)) {
    if (slot.gap) {
      for (const sequence of sequences) sequence.push(GAP);
      continue;
    }
    const next: string[][] = [];
    for (const sequence of sequences) for (const alt of slot.alternatives) if (next.length < MAX_EXPANSIONS) next.push([...sequence, ...alt]);
    sequences = next;
  }
  return sequences.filter((sequence) => sequence.length > 0);
}

/**
 * A node of a phrase index. Most nodes end a phrase and lead nowhere, so they share the empty children, prefixes and
 * values below until something is added: the built-in lexicons' indexes hold some 13,000 nodes, and building them
 * was most of a small run's start-up (a third of it collecting the empty maps and arrays of leaves).
 *
 * The alternatives of one slot lead on to the same rest of the phrase, so they share one node for it (`shared`: it
 * may be reached along more than one path) rather than each growing its own copy: one retention phrase of the
 * English material topics is 14 verbs, a gap and a hundred and thirty ways to name data and a time, 1,820 word
 * sequences. Adding a phrase later through a shared node first gives the path its own copy of that node
 * (copy-on-write, `own`), so the index always holds exactly the word sequences of its phrases. The built-in
 * lexicons' indexes went from 29,726 nodes to 13,445, and from 10.9 MB to 7.4 MB.
 */
interface TrieNode<T> {
  next: ReadonlyMap<string, TrieNode<T>>;
  /** Children that match any token starting with the key (lexicon entries written as `personali*`). */
  prefixes: ReadonlyArray<readonly [string, TrieNode<T>]>;
  /** The child reached across a gap: it matches after skipping a few words of the same clause. */
  gap: TrieNode<T> | undefined;
  values: readonly T[];
  /** Reachable along more than one path: copied before anything is added below it (see own). */
  shared: boolean;
}

/** A phrase added to an index and not yet in its trie (see PhraseIndex.add); `slots` when already read. */
interface Waiting<T> {
  phrase: string;
  value: T;
  slots: readonly Slot[] | undefined;
}

const NO_CHILDREN: ReadonlyMap<string, never> = new Map<string, never>();
const NO_PREFIXES: ReadonlyArray<never> = Object.freeze([]);
const NO_VALUES: readonly never[] = Object.freeze([]);

function newNode<T>(): TrieNode<T> {
  return { next: NO_CHILDREN, prefixes: NO_PREFIXES, gap: undefined, values: NO_VALUES, shared: false };
}

/**
 * A node this path alone reaches, for adding to: the node itself, or, when it is shared, a copy whose children are
 * then shared by the copy and the original. Lists and arrays are replaced, never changed in place, so the copy may
 * keep the original's until it adds to them; only the map of children is copied.
 */
function own<T>(node: TrieNode<T>): TrieNode<T> {
  if (!node.shared) return node;
  const copy: TrieNode<T> = { next: node.next === NO_CHILDREN ? NO_CHILDREN : new Map(node.next), prefixes: node.prefixes, gap: node.gap, values: node.values, shared: false };
  for (const child of copy.next.values()) child.shared = true;
  for (const [, child] of copy.prefixes) child.shared = true;
  if (copy.gap) copy.gap.shared = true;
  return copy;
}

/** The child of a node for one word of a phrase (`stem*` a prefix child), made on first use, this path's own. */
function childFor<T>(node: TrieNode<T>, word: string): TrieNode<T> {
  if (word.endsWith('*')) {
    const stem = word.slice(0, -1);
    const at = node.prefixes.findIndex(([p]) => p === stem);
    const found = node.prefixes[at]?.[1];
    if (!found) {
      const child = newNode<T>();
      node.prefixes = [...node.prefixes, [stem, child]];
      return child;
    }
    const child = own(found);
    if (child !== found) node.prefixes = node.prefixes.map((entry, i) => (i === at ? [stem, child] : entry));
    return child;
  }
  const found = node.next.get(word);
  const child = found ? own(found) : newNode<T>();
  if (child !== found) {
    const next = node.next === NO_CHILDREN ? new Map<string, TrieNode<T>>() : (node.next as Map<string, TrieNode<T>>);
    next.set(word, child);
    node.next = next;
  }
  return child;
}

/** Whether a node already has a child for one word of a phrase. */
function hasChild<T>(node: TrieNode<T>, word: string): boolean {
  if (!word.endsWith('*')) return node.next.has(word);
  const stem = word.slice(0, -1);
  return node.prefixes.some(([p]) => p === stem);
}

/** Make `child` the node one word leads to from `node`, which has none for it yet. */
function link<T>(node: TrieNode<T>, word: string, child: TrieNode<T>): void {
  if (word.endsWith('*')) {
    node.prefixes = [...node.prefixes, [word.slice(0, -1), child]];
    return;
  }
  const next = node.next === NO_CHILDREN ? new Map<string, TrieNode<T>>() : (node.next as Map<string, TrieNode<T>>);
  next.set(word, child);
  node.next = next;
}

export interface PhraseIndexOptions {
  /** Words a gap skips for free ("your", "the", "of"): they don't count towards GAP_WORDS. */
  stopWords?: ReadonlySet<string>;
  /**
   * Whether a slot's alternatives share one node for the rest of the phrase (see TrieNode); true unless set. Off,
   * each alternative grows its own copy: for the test that both indexes hold the same phrases.
   */
  shareRests?: boolean;
}

/**
 * A set of phrases, each a sequence of tokens (with `*` prefixes, `a|b` alternatives and `...` gaps, see
 * expandPhrase), with a value per phrase. Lookup costs at most `tokens × a constant` steps, the constant set by the
 * longest phrase and the bounded gaps: linear in the text.
 */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = newNode();
  /** The most tokens any phrase can span, gaps at their widest included. */
  private longest = 0;
  private readonly stopWords: ReadonlySet<string>;
  /**
   * Trie steps taken by every lookup so far (node visits and prefix comparisons): an operation count, so tests
   * can check that lookup work grows linearly with the text without timing it.
   */
  steps = 0;

  private readonly shareRests: boolean;

  constructor(options: PhraseIndexOptions = {}) {
    this.stopWords = options.stopWords ?? EMPTY;
    this.shareRests = options.shareRests ?? true;
  }

  /**
   * Phrases not in the trie yet, by the first word of their first slot: a phrase is read and added the first time a
   * lookup starts at one of its first words (see add). A file reads a few of the thirty indexes, and each at a few
   * hundred first words of the thousands the lexicons hold.
   */
  private readonly waiting = new Map<string, Waiting<T>[]>();

  /**
   * Add a phrase. Most phrases wait until a lookup starts at one of their first words (see materialise): reading and
   * adding the built-in lexicons' 6,000 phrases was most of what a run of one small file did before it read the file.
   * A phrase waits when its first slot is exact words (no `stem*`) and it is under the expansion cap; any other is
   * added now, after the waiting phrases that share a first word with it, so every node gets its values in the order
   * the phrases were added.
   */
  add(phrase: string, value: T): void {
    if (ONE_WORD_SLOTS.test(phrase)) {
      // Most phrases: each slot one word, one word sequence. It waits on its first word, read without its slots.
      const first = firstWord(phrase);
      if (first !== undefined) this.wait([first], { phrase, value, slots: undefined });
      return;
    }
    const plain = plainWordSlots(phrase);
    if (plain && plain.reduce((count, words) => count * words.length, 1) <= MAX_EXPANSIONS) {
      if (plain[0]) this.wait(plain[0], { phrase, value, slots: undefined });
      return;
    }
    const slots = phraseSlots(phrase);
    const first = slots[0];
    if (!first || first.gap) return;
    if (expansionsOf(slots) <= MAX_EXPANSIONS && first.alternatives.every((alternative) => !(alternative[0] as string).endsWith('*'))) {
      this.wait(
        first.alternatives.map((alternative) => alternative[0] as string),
        { phrase, value, slots },
      );
      return;
    }
    for (const alternative of first.alternatives) this.materialise(alternative[0] as string);
    this.insert(slots, value, undefined);
  }

  private wait(firstWords: readonly string[], entry: Waiting<T>): void {
    // Nearly every phrase waits on one word: no set to drop repeats for it.
    if (firstWords.length === 1) this.waitOn(firstWords[0] as string, entry);
    else for (const word of new Set(firstWords)) this.waitOn(word, entry);
  }

  private waitOn(word: string, entry: Waiting<T>): void {
    const list = this.waiting.get(word);
    if (list) list.push(entry);
    else this.waiting.set(word, [entry]);
  }

  /** Add the phrases waiting on this first word, in the order they were added, each by its alternatives that start with it. */
  private materialise(word: string | undefined): void {
    if (word === undefined) return;
    const entries = this.waiting.get(word);
    if (!entries) return;
    this.waiting.delete(word);
    for (const entry of entries) this.insert(entry.slots ?? phraseSlots(entry.phrase), entry.value, word);
  }

  /**
   * Add a phrase's slots, each alternative of a slot leading on to the rest of the phrase (at most MAX_EXPANSIONS word
   * sequences); `firstWord`: only the first slot's alternatives that start with it. Alternatives that lead somewhere
   * new share one node for the rest (see TrieNode); one that reaches a node another phrase made goes on from there on
   * its own.
   */
  private insert(slots: readonly Slot[], value: T, firstWord: string | undefined): void {
    // Word sequences are counted as if each alternative had its own copy of the rest, so the cap cuts the same
    // sequences whether or not the rest is shared; a phrase under the cap is added whole, and shared.
    const share = this.shareRests && expansionsOf(slots) <= MAX_EXPANSIONS;
    let paths = 0;
    const insert = (node: TrieNode<T>, index: number, span: number): void => {
      if (paths >= MAX_EXPANSIONS) return;
      const slot = slots[index];
      if (!slot) {
        paths++;
        if (!node.values.includes(value)) node.values = [...node.values, value];
        this.longest = Math.max(this.longest, span);
        return;
      }
      if (slot.gap) {
        node.gap = node.gap ? own(node.gap) : newNode();
        insert(node.gap, index + 1, span + GAP_TOKENS);
        return;
      }
      let rest: TrieNode<T> | undefined;
      const alternatives = index === 0 && firstWord !== undefined ? slot.alternatives.filter((alternative) => alternative[0] === firstWord) : slot.alternatives;
      const widest = Math.max(...alternatives.map((alternative) => alternative.length));
      for (const alternative of alternatives) {
        let next = node;
        for (let i = 0; i < alternative.length - 1; i++) next = childFor(next, alternative[i] as string);
        const last = alternative[alternative.length - 1] as string;
        if (!share || hasChild(next, last)) {
          insert(childFor(next, last), index + 1, span + alternative.length);
          continue;
        }
        if (!rest) {
          insert((rest = newNode()), index + 1, span + widest);
          // Shared from its first link: another alternative of this slot may walk through it (`a|a b`), and must
          // then go on from a copy, not add its own words to the rest of the phrase.
          rest.shared = true;
        }
        link(next, last, rest);
      }
    };
    insert(this.root, 0, 0);
  }

  /** Every phrase occurrence in the tokens. */
  matchAll(tokens: readonly string[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let start = 0; start < tokens.length; start++) {
      this.materialise(tokens[start]);
      this.walk(tokens, start, this.root, start, matches);
    }
    return matches;
  }

  /** The first phrase by position, the longest at that position. */
  firstMatch(tokens: readonly string[]): PhraseMatch<T> | undefined {
    for (let start = 0; start < tokens.length; start++) {
      this.materialise(tokens[start]);
      const found: PhraseMatch<T>[] = [];
      this.walk(tokens, start, this.root, start, found);
      if (found.length > 0) return found.reduce((best, m) => (m.length > best.length ? m : best));
    }
    return undefined;
  }

  /** Whether any phrase occurs in the tokens. */
  matches(tokens: readonly string[]): boolean {
    return this.firstMatch(tokens) !== undefined;
  }

  /** Distinct values of every phrase that occurs. */
  valuesIn(tokens: readonly string[]): Set<T> {
    return new Set(this.matchAll(tokens).map((m) => m.value));
  }

  /** `at`: the index of the next token to match. */
  private walk(tokens: readonly string[], start: number, node: TrieNode<T>, at: number, out: PhraseMatch<T>[]): void {
    this.steps += 1 + node.prefixes.length;
    for (const value of node.values) out.push({ start, length: at - start, value });
    if (at - start >= this.longest) return;
    if (node.gap) this.crossGap(tokens, start, node.gap, at, out);
    const token = tokens[at];
    if (token === undefined) return;
    const exact = node.next.get(token);
    if (exact) this.walk(tokens, start, exact, at + 1, out);
    for (const [stem, child] of node.prefixes) if (token.startsWith(stem)) this.walk(tokens, start, child, at + 1, out);
  }

  /** Match on after skipping 0 to GAP_TOKENS words, at most GAP_WORDS of them not stop words, never a clause break. */
  private crossGap(tokens: readonly string[], start: number, node: TrieNode<T>, at: number, out: PhraseMatch<T>[]): void {
    let words = 0;
    for (let skip = 0; skip <= GAP_TOKENS; skip++) {
      if (skip > 0) {
        const skipped = tokens[at + skip - 1];
        if (skipped === undefined || skipped === CLAUSE_BREAK) return;
        if (!this.stopWords.has(skipped) && ++words > GAP_WORDS) return;
      }
      this.stepInto(tokens, start, node, at + skip, out);
    }
  }

  /** The words after a gap: the node's own values are not a match (a gap matches nothing by itself). */
  private stepInto(tokens: readonly string[], start: number, node: TrieNode<T>, at: number, out: PhraseMatch<T>[]): void {
    this.steps += 1 + node.prefixes.length;
    const token = tokens[at];
    if (token === undefined || token === CLAUSE_BREAK) return;
    const exact = node.next.get(token);
    if (exact) this.walk(tokens, start, exact, at + 1, out);
    for (const [stem, child] of node.prefixes) if (token.startsWith(stem)) this.walk(tokens, start, child, at + 1, out);
  }
}
