/**
 * Linear-time text matching: text is tokenised once, and phrases are looked up in a token trie.
 * No regular expression ever runs over user text with backtracking: the tokeniser is a single left-to-right scan.
 */

/** Lower-case, strip diacritics and fold typographic apostrophes, so "Données" and "donnees" are one word. */
function foldCharacter(ch: string): string {
  return ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const CURRENCY = new Set(['$', '€', '£', '¥', '₹', '₩', '₽', '¢']);
/** Glyphs that are a whole label on their own: the "×" of a close button (the lexicons list them as dismiss). */
const GLYPHS = new Set(['×', '✕', '✖', '✗', '✘', '╳']);
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`']);
/** French and Italian elided articles and pronouns: `l'utilisation` is two words, `don't` is one. */
const ELISIONS = new Set(['l', 'd', 'j', 'n', 's', 'c', 'qu', 'm', 't', 'dell', 'nell', 'all', 'dall', 'sull', 'un', 'quest', 'jusqu', 'lorsqu', 'puisqu']);

function isWordChar(ch: string): boolean {
  // Combining marks belong to their word: decomposed (NFD) "de\u0301cline" is one word, as are Devanagari vowel signs.
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

/**
 * Split text into normalised tokens: runs of letters and digits; apostrophes inside a word are dropped
 * ("don't" → "dont"), except after a French or Italian elision ("l'utilisation" → "l", "utilisation");
 * currency symbols and close glyphs are tokens of their own; everything else separates. One pass over the input.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    // Variation selectors only pick a glyph's presentation ("✖️" is "✖"): they neither join nor split.
    if (ch >= '\uFE00' && ch <= '\uFE0F') continue;
    if (isWordChar(ch)) {
      current += foldCharacter(ch);
      continue;
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
  /** Number of tokens matched. */
  length: number;
  value: T;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /** Children that match any token starting with the key (lexicon entries written as `personali*`). */
  prefixes: Array<[string, TrieNode<T>]>;
  values: T[];
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), prefixes: [], values: [] };
}

/**
 * A set of phrases, each a sequence of tokens, with a value per phrase. Lookup costs at most
 * `tokens × longest phrase` steps: linear in the text.
 */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = newNode();
  private longest = 0;
  /**
   * Trie steps taken by every lookup so far (node visits and prefix comparisons): an operation count, so tests
   * can check that lookup work grows linearly with the text without timing it.
   */
  steps = 0;

  add(phrase: string, value: T): void {
    const words = phrase.trim().split(/\s+/).flatMap((w) => (w.endsWith('*') ? [`${tokenize(w.slice(0, -1)).join('')}*`] : tokenize(w)));
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      if (word.endsWith('*')) {
        const stem = word.slice(0, -1);
        let child = node.prefixes.find(([p]) => p === stem)?.[1];
        if (!child) {
          child = newNode();
          node.prefixes.push([stem, child]);
        }
        node = child;
      } else {
        let child = node.next.get(word);
        if (!child) {
          child = newNode();
          node.next.set(word, child);
        }
        node = child;
      }
    }
    if (!node.values.includes(value)) node.values.push(value);
    this.longest = Math.max(this.longest, words.length);
  }

  /** Every phrase occurrence in the tokens. */
  matchAll(tokens: readonly string[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let start = 0; start < tokens.length; start++) this.walk(tokens, start, this.root, 0, matches);
    return matches;
  }

  /** The first phrase by position, the longest at that position. */
  firstMatch(tokens: readonly string[]): PhraseMatch<T> | undefined {
    for (let start = 0; start < tokens.length; start++) {
      const found: PhraseMatch<T>[] = [];
      this.walk(tokens, start, this.root, 0, found);
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

  private walk(tokens: readonly string[], start: number, node: TrieNode<T>, depth: number, out: PhraseMatch<T>[]): void {
    this.steps += 1 + node.prefixes.length;
    for (const value of node.values) out.push({ start, length: depth, value });
    if (depth >= this.longest) return;
    const token = tokens[start + depth];
    if (token === undefined) return;
    const exact = node.next.get(token);
    if (exact) this.walk(tokens, start, exact, depth + 1, out);
    for (const [stem, child] of node.prefixes) if (token.startsWith(stem)) this.walk(tokens, start, child, depth + 1, out);
  }
}
