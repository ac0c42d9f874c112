/**
 * A file's copy read from its text alone, without parsing it: the pre-filter's second look (copy-text.ts) made before
 * the parse rather than after it. On the bench's 1,008 real files, 84 of the 151 the text filter passed held their
 * consent vocabulary in code only (`onAccept`, `trackEvent`, `isMarketing`); each was parsed only for its copy to let
 * it go.
 *
 * A scanner of JavaScript, TypeScript and JSX, as far as copy needs: it follows strings, template literals,
 * comments, regular expressions and JSX (elements, attributes, children, expression containers) and keeps what
 * copyText keeps: string and template text, JSX text and attribute strings (escapes and character references decoded
 * as the parsers decode them), element names, enum members, and in a file that reads keys (`Object.keys`,
 * `entries`) every name that may be an object literal's key (one after `{` or `,` and before `:`, `,`, `}`, `(` or `<`).
 * Other names, numbers and punctuation are code. Type arguments and parameters in angle brackets
 * (`<Select<Option>`, `<T extends Item>(…) =>`) are skipped, their strings kept. In code it stops only where the
 * reading can change (a quote, a backtick, a slash, `<`, a brace), found by regular expressions: it runs before
 * most of its code is optimised, and a loop over every character cost as much as the parsing it saved.
 *
 * What it gives must hold every word of copyText's, or a file with a finding would be let go; so wherever its reading
 * could be wrong it gives up (undefined), and the file is parsed as before: an escape it does not decode (a legacy
 * octal), a string broken by a line end; a comment, string, template, regular expression or element still open at
 * the end; an element whose name is not a name or whose tag holds a character no tag can; a closing tag that does not
 * name the element it closes; braces that do not balance. Whether `<` or `/` starts an element or a regular expression
 * is told as parsers tell it, by whether an expression may start there (after an operator, an opening bracket, a
 * keyword such as `return`, a closing brace), and a misread one runs into one of those checks.
 *
 * tests/engine/lexical-copy.test.ts compares it with copyText on every fixture and accuracy case, as they are and
 * mutated where a misreading would start; on 26,391 files of 24 public apps it missed no word (docs/speed.md).
 */
import { decodeJsxText } from '../parse/jsx-text.js';

/** Words that make object keys copy (copy-text.ts): `Object.keys`, `Object.entries`. */
const KEY_READERS = ['keys', 'entries'];

/** Keywords after which an expression starts (so a `<` is an element and a `/` a regular expression). */
const EXPRESSION_KEYWORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'default', 'extends']);

/** How deep code, templates and elements may nest before the scanner gives up: real components stay far below. */
const MAX_NESTING = 256;

/** Thrown when the scanner cannot be sure of its reading. */
class Unsure extends Error {}

/** Character codes the scanner tests. */
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const EXCLAMATION = 0x21;
const QUOTE = 0x22;
const DOLLAR = 0x24;
const APOSTROPHE = 0x27;
const CLOSE_PAREN = 0x29;
const ASTERISK = 0x2a;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const COLON = 0x3a;
const LESS = 0x3c;
const EQUALS = 0x3d;
const GREATER = 0x3e;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const BACKTICK = 0x60;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

function isIdentifierPart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === DOLLAR || code > 0x7f;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  return code === SPACE || code === LINE_FEED || code === TAB || code === CARRIAGE_RETURN || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029;
}

/**
 * The copy of a script with JSX (`.tsx`, `.jsx`, `.js`), one piece per line, whose words include every word
 * copyText would give once the file is parsed; undefined when the text cannot be read with certainty.
 */
export function lexicalCopy(text: string): string | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.code(false);
    scanner.enums();
    if (KEY_READERS.some((word) => hasWord(text, word))) scanner.keys();
  } catch (error) {
    // A RangeError too: the call stack, should a caller already be deep in it.
    if (error instanceof Unsure || error instanceof RangeError) return undefined;
    throw error;
  }
  return scanner.pieces.join('\n');
}

/** Whether `word` is in the text as a word of its own (not inside a longer name). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isIdentifierPart(text.charCodeAt(at - 1)) && !isIdentifierPart(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/**
 * Where the next character `stops` matches is, from `from`; -1 when there is none. `test` rather than `exec`: no
 * match array for each of a file's thousands of stops.
 */
function nextStop(stops: RegExp, text: string, from: number): number {
  stops.lastIndex = from;
  return stops.test(text) ? stops.lastIndex - 1 : -1;
}

/** Where code can change what follows: a comment, regular expression, string or template, an element, a brace. */
const CODE_STOPS = /[/'"`<{}]/g;
/** Where a string's plain text ends, by its quote. */
const STRING_STOPS = { [QUOTE]: /["\\\n\r]/g, [APOSTROPHE]: /['\\\n\r]/g } as Record<number, RegExp>;
const TEMPLATE_STOPS = /[`\\]|\$(?=\{)/g;
const CHILDREN_STOPS = /[<{]/g;
/** An enum declaration's head, up to its body's `{`. */
const ENUM_HEADS = /(?<![\w$.])enum\s+[\w$\u0080-\uffff]+\s*(?=\{)/g;
/**
 * A name that may be an object literal's key: after `{` or `,` (and `get`, `set`, `async` or `*`), before `:`, `,`,
 * `}`, `(` or a generic method's `<`.
 */
const KEYS = /[{,]\s*(?:(?:get|set|async)\s+)?(?:\*\s*)?([A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*)\s*(?=[:,}(<])/g;

class Scanner {
  readonly pieces: string[] = [];
  private position = 0;
  /** Each comment's start, by where it ends (a line comment before its line feed): skipped when looking back. */
  private readonly comments = new Map<number, number>();
  /** Where the last element ended: an operand, after which `<` compares and `/` divides. */
  private lastElementEnd = -1;
  /** How deep code, templates and elements nest here. */
  private nesting = 0;

  constructor(private readonly text: string) {}

  /**
   * Code, up to the `}` that closes it (`inBraces`: a template's `${`, a JSX expression container) or the end. Only
   * what can change the reading stops the scan; whether a `<` or `/` there starts an element or a regular expression is
   * told by the token before it.
   */
  code(inBraces: boolean): void {
    this.nest(() => this.codeIn(inBraces));
  }

  private codeIn(inBraces: boolean): void {
    const { text } = this;
    let depth = 0;
    for (;;) {
      const at = nextStop(CODE_STOPS, text, this.position);
      if (at === -1) break;
      const code = text.charCodeAt(at);
      this.position = at;
      if (code === SLASH) {
        if (this.atComment()) this.comment();
        else if (this.expressionAllowedAt(at)) this.regularExpression();
        else this.position++;
      } else if (code === QUOTE || code === APOSTROPHE) {
        const modulePath = this.afterWord(at, 'from') || this.afterWord(at, 'import');
        const value = this.string(code);
        if (!modulePath) this.pieces.push(value);
      } else if (code === BACKTICK) {
        this.template();
      } else if (code === LESS) {
        // `<<` shifts, in an expression or an enum member's value; no element follows it.
        if (text.charCodeAt(at + 1) === LESS) this.position += 2;
        else if (this.expressionAllowedAt(at)) this.element();
        else this.position++;
      } else if (code === OPEN_BRACE) {
        depth++;
        this.position++;
      } else if (depth > 0) {
        depth--;
        this.position++;
      } else if (inBraces) {
        // The `}` that closes this code: the caller moves past it.
        return;
      } else {
        throw new Unsure();
      }
    }
    this.position = text.length;
    if (inBraces || depth !== 0) throw new Unsure();
  }

  /**
   * One more level of code, template or element: generated code nests deeper than the call stack allows, and the
   * parsers' guard sends such a file to typescript-estree (src/parse/nesting.ts); the scanner gives up.
   */
  private nest<T>(read: () => T): T {
    if (++this.nesting > MAX_NESTING) throw new Unsure();
    const result = read();
    this.nesting--;
    return result;
  }

  /** The index of the last character before `at` that is neither space nor comment; -1 at the start. */
  private skipBack(at: number): number {
    const { text } = this;
    let p = at - 1;
    for (;;) {
      const commentStart = this.comments.get(p + 1);
      if (commentStart !== undefined) p = commentStart - 1;
      else if (p >= 0 && isSpace(text.charCodeAt(p))) p--;
      else return p;
    }
  }

  /**
   * Whether an expression may start at `at`, by the token before it: after an operator, an opening bracket, a
   * keyword such as `return` or a closing brace (a block's end starts a statement; an object literal's end followed
   * by `/` or `<` is rare enough to misread safely: the reading then fails a check further on), not after a name, a
   * literal, `)`, `]`, an element, or TypeScript's non-null `!` (`delay! < 0`).
   */
  private expressionAllowedAt(at: number): boolean {
    const { text } = this;
    const p = this.skipBack(at);
    if (p < 0) return true;
    if (p + 1 === this.lastElementEnd) return false;
    const code = text.charCodeAt(p);
    if (code === CLOSE_PAREN || code === CLOSE_BRACKET || code === QUOTE || code === APOSTROPHE || code === BACKTICK) return false;
    if (code === EXCLAMATION) {
      const before = text.charCodeAt(p - 1);
      return !(isIdentifierPart(before) || before === CLOSE_PAREN || before === CLOSE_BRACKET);
    }
    if (!isIdentifierPart(code)) return true;
    const word = this.wordEndingAt(p);
    return word !== undefined && EXPRESSION_KEYWORDS.has(word);
  }

  /** Whether the token before `at` (comments and spaces skipped) is `word`, and not a property's name (`x.from`). */
  private afterWord(at: number, word: string): boolean {
    const { text } = this;
    const end = this.skipBack(at) + 1;
    const start = end - word.length;
    if (start < 0 || !text.startsWith(word, start) || isIdentifierPart(text.charCodeAt(start - 1))) return false;
    const before = this.skipBack(start);
    return before < 0 || text.charCodeAt(before) !== DOT;
  }

  /** The word whose last character is at `end`; undefined when it is a property's name, after a `.`. */
  private wordEndingAt(end: number): string | undefined {
    const { text } = this;
    let start = end;
    while (start > 0 && isIdentifierPart(text.charCodeAt(start - 1))) start--;
    const before = this.skipBack(start);
    return before >= 0 && text.charCodeAt(before) === DOT ? undefined : text.slice(start, end + 1);
  }

  /** Every enum's member names and strings (copy-text.ts); the scan found no enum where it is not code. */
  enums(): void {
    const { text } = this;
    if (!text.includes('enum')) return;
    ENUM_HEADS.lastIndex = 0;
    for (let head = ENUM_HEADS.exec(text); head !== null; head = ENUM_HEADS.exec(text)) {
      this.position = ENUM_HEADS.lastIndex + 1;
      this.enumBody();
      ENUM_HEADS.lastIndex = this.position;
    }
  }

  /**
   * Every name that may be an object literal's key, for a file that reads keys: found over the text with its
   * comments blanked (a key can follow a comment), strings and JSX included (more words than keys can only let a
   * file through).
   */
  keys(): void {
    const { text: source } = this;
    // Comments are found in the order they are written.
    let text = '';
    let kept = 0;
    for (const [end, start] of this.comments) {
      text += source.slice(kept, start) + ' '.repeat(end - start);
      kept = end;
    }
    text += source.slice(kept);
    KEYS.lastIndex = 0;
    for (let key = KEYS.exec(text); key !== null; key = KEYS.exec(text)) this.pieces.push(key[1] ?? '');
  }

  /** An enum's body, from past its `{` to past its `}`: its member names and strings. */
  private enumBody(): void {
    const { text } = this;
    for (;;) {
      this.skipSpaceAndComments();
      const code = text.charCodeAt(this.position);
      if (code === CLOSE_BRACE) {
        this.position++;
        return;
      }
      if (code === QUOTE || code === APOSTROPHE) {
        this.pieces.push(this.string(code));
      } else if (isDigit(code)) {
        while (this.position < text.length && (isIdentifierPart(text.charCodeAt(this.position)) || text.charCodeAt(this.position) === DOT)) this.position++;
      } else if (isIdentifierPart(code)) {
        const start = this.position;
        while (this.position < text.length && isIdentifierPart(text.charCodeAt(this.position))) this.position++;
        this.pieces.push(text.slice(start, this.position));
      } else if (code === OPEN_BRACE || code === BACKTICK || code === SLASH || Number.isNaN(code)) {
        throw new Unsure();
      } else {
        this.position++;
      }
    }
  }

  private atComment(): boolean {
    const next = this.text.charCodeAt(this.position + 1);
    return next === SLASH || next === ASTERISK;
  }

  /** A comment, its range remembered for looking back past it. */
  private comment(): void {
    const { text } = this;
    const start = this.position;
    if (text.charCodeAt(start + 1) === SLASH) {
      const end = text.indexOf('\n', start);
      this.position = end === -1 ? text.length : end;
    } else {
      const end = text.indexOf('*/', start + 2);
      if (end === -1) throw new Unsure();
      this.position = end + 2;
    }
    this.comments.set(this.position, start);
  }

  private regularExpression(): void {
    const { text } = this;
    let inClass = false;
    for (this.position++; this.position < text.length; this.position++) {
      const code = text.charCodeAt(this.position);
      if (code === BACKSLASH) this.position++;
      else if (code === LINE_FEED || code === CARRIAGE_RETURN) break;
      else if (code === OPEN_BRACKET) inClass = true;
      else if (code === CLOSE_BRACKET) inClass = false;
      else if (code === SLASH && !inClass) {
        this.position++;
        while (this.position < text.length && isIdentifierPart(text.charCodeAt(this.position))) this.position++;
        return;
      }
    }
    throw new Unsure();
  }

  /** A string literal's value (its escapes decoded), the scanner past its closing quote. */
  private string(quote: number): string {
    const { text } = this;
    const stops = STRING_STOPS[quote] as RegExp;
    let value = '';
    let start = ++this.position;
    for (;;) {
      this.position = nextStop(stops, text, this.position);
      if (this.position === -1) break;
      const code = text.charCodeAt(this.position);
      if (code === quote) {
        value += text.slice(start, this.position);
        this.position++;
        return value;
      }
      if (code !== BACKSLASH) break;
      value += text.slice(start, this.position) + this.escape();
      start = this.position;
    }
    throw new Unsure();
  }

  /** The escape at the scanner (a backslash), decoded as a string's cooked value has it; the scanner moves past it. */
  private escape(): string {
    const { text } = this;
    const next = text[this.position + 1];
    this.position += 2;
    switch (next) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case '\r':
        if (text[this.position] === '\n') this.position++;
        return '';
      case '\n':
      case '\u2028':
      case '\u2029':
        return '';
      case 'x':
        return this.codePoint(/^[0-9a-fA-F]{2}/);
      case 'u':
        return text[this.position] === '{' ? this.codePoint(/^\{([0-9a-fA-F]+)\}/) : this.codePoint(/^[0-9a-fA-F]{4}/);
      case undefined:
        throw new Unsure();
      default:
        // `\0` alone is NUL; any other digit is a legacy octal escape (or an error), left to the parser.
        if (next === '0' && !isDigit(text.charCodeAt(this.position))) return '\0';
        if (isDigit(next.charCodeAt(0))) throw new Unsure();
        return next;
    }
  }

  private codePoint(pattern: RegExp): string {
    const match = pattern.exec(this.text.slice(this.position, this.position + 10));
    if (!match) throw new Unsure();
    this.position += match[0].length;
    const value = Number.parseInt(match[1] ?? match[0], 16);
    if (value > 0x10ffff) throw new Unsure();
    return String.fromCodePoint(value);
  }

  /** A template literal: each stretch of text a piece, each `${...}` code. */
  private template(): void {
    this.nest(() => this.templateIn());
  }

  private templateIn(): void {
    const { text } = this;
    let value = '';
    let start = ++this.position;
    for (;;) {
      this.position = nextStop(TEMPLATE_STOPS, text, this.position);
      if (this.position === -1) throw new Unsure();
      const code = text.charCodeAt(this.position);
      if (code === BACKTICK) {
        this.pieces.push(value + text.slice(start, this.position));
        this.position++;
        return;
      }
      if (code === BACKSLASH) {
        value += text.slice(start, this.position) + this.escape();
      } else {
        this.pieces.push(value + text.slice(start, this.position));
        value = '';
        this.position += 2;
        this.code(true);
        this.position++;
      }
      start = this.position;
    }
  }

  /**
   * A JSX element or fragment, from its `<` to the end of its closing tag; or, where TypeScript reads the `<` as a
   * generic arrow function's type parameters (`<T,>`, `<T extends Item>`), those, and false.
   */
  private element(): boolean {
    return this.nest(() => this.elementIn());
  }

  private elementIn(): boolean {
    const { text } = this;
    const open = this.position;
    this.position++;
    this.skipSpaceAndComments();
    const name = this.tagName();
    if (name === undefined) throw new Unsure();
    if (name !== '' && /^[\w$]+$/.test(name)) {
      this.skipSpaceAndComments();
      if (text.charCodeAt(this.position) === COMMA || /^extends(?![\w$])/.test(text.slice(this.position, this.position + 8))) {
        this.position = open;
        this.angleBrackets();
        return false;
      }
    }
    if (name !== '') this.pieces.push(name);
    this.skipSpaceAndComments();
    if (name !== '' && text.charCodeAt(this.position) === LESS) this.angleBrackets();
    // Attributes: names are code; strings, expressions and elements as values.
    for (;;) {
      this.skipSpaceAndComments();
      const code = text.charCodeAt(this.position);
      if (code === GREATER) {
        this.position++;
        break;
      }
      if (code === SLASH && name !== '') {
        this.position++;
        this.skipSpaceAndComments();
        if (text.charCodeAt(this.position) !== GREATER) throw new Unsure();
        this.position++;
        this.lastElementEnd = this.position;
        return true;
      }
      if (code === OPEN_BRACE && name !== '') {
        this.position++;
        this.code(true);
        this.position++;
        continue;
      }
      if (name !== '' && isIdentifierPart(code)) {
        while (this.position < text.length && (isIdentifierPart(text.charCodeAt(this.position)) || text.charCodeAt(this.position) === HYPHEN || text.charCodeAt(this.position) === COLON)) this.position++;
        this.skipSpaceAndComments();
        if (text.charCodeAt(this.position) === EQUALS) {
          this.position++;
          this.skipSpaceAndComments();
          this.attributeValue();
        }
        continue;
      }
      throw new Unsure();
    }
    this.children(name);
    this.lastElementEnd = this.position;
    return true;
  }

  /** TypeScript's type arguments or parameters (`<Option>`, `<T extends Item = Item>`): skipped, their strings kept. */
  private angleBrackets(): void {
    const { text } = this;
    let depth = 0;
    while (this.position < text.length) {
      const code = text.charCodeAt(this.position);
      if (code === QUOTE || code === APOSTROPHE) {
        this.pieces.push(this.string(code));
      } else if (code === BACKTICK) {
        this.template();
      } else if (code === SLASH && this.atComment()) {
        this.comment();
      } else {
        this.position++;
        if (code === LESS) depth++;
        // A function type's `=>` closes nothing.
        else if (code === GREATER && text.charCodeAt(this.position - 2) !== EQUALS && --depth === 0) return;
      }
    }
    throw new Unsure();
  }

  /** An element's name (`div`, `Dialog.Title`, `svg:rect`), '' for a fragment, undefined when none is there. */
  private tagName(): string | undefined {
    const { text } = this;
    if (text.charCodeAt(this.position) === GREATER) return '';
    const start = this.position;
    while (this.position < text.length) {
      const code = text.charCodeAt(this.position);
      if (!(isIdentifierPart(code) || code === HYPHEN || code === DOT || code === COLON)) break;
      this.position++;
    }
    const name = text.slice(start, this.position);
    return /^[A-Za-z_$\u0080-\uffff][\w$\-.:\u0080-\uffff]*$/.test(name) ? name : undefined;
  }

  private attributeValue(): void {
    const { text } = this;
    const code = text.charCodeAt(this.position);
    if (code === QUOTE || code === APOSTROPHE) {
      // JSX attribute strings have no escapes; character references are decoded.
      const end = text.indexOf(String.fromCharCode(code), this.position + 1);
      if (end === -1) throw new Unsure();
      this.pieces.push(decodeJsxText(text.slice(this.position + 1, end)));
      this.position = end + 1;
    } else if (code === OPEN_BRACE) {
      this.position++;
      this.code(true);
      this.position++;
    } else if (code !== LESS || !this.element()) {
      throw new Unsure();
    }
  }

  /** An element's children, up to and past its closing tag, which must name it. */
  private children(name: string): void {
    const { text } = this;
    for (;;) {
      const start = this.position;
      this.position = nextStop(CHILDREN_STOPS, text, start);
      if (this.position === -1) throw new Unsure();
      if (this.position > start) this.pieces.push(decodeJsxText(text.slice(start, this.position)));
      if (text.charCodeAt(this.position) === OPEN_BRACE) {
        this.position++;
        this.code(true);
        this.position++;
        continue;
      }
      const open = this.position;
      this.position++;
      this.skipSpaceAndComments();
      if (text.charCodeAt(this.position) === SLASH) {
        this.position++;
        this.skipSpaceAndComments();
        const closing = this.tagName();
        this.skipSpaceAndComments();
        if (closing !== name || text.charCodeAt(this.position) !== GREATER) throw new Unsure();
        this.position++;
        return;
      }
      this.position = open;
      if (!this.element()) throw new Unsure();
    }
  }

  private skipSpaceAndComments(): void {
    const { text } = this;
    while (this.position < text.length) {
      const code = text.charCodeAt(this.position);
      if (isSpace(code)) this.position++;
      else if (code === SLASH && this.atComment()) this.comment();
      else return;
    }
  }
}
