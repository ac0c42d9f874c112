/**
 * Whether a text could nest deeper than oxc-parser survives. oxc's native parser recurses on the native stack
 * without a guard (oxc-project/oxc#24375) and ends the whole process with SIGSEGV, which no try/catch can
 * intercept. Such a file goes to typescript-estree instead, which reports a too-deep file as that file's parse
 * error, and every other file is still checked.
 *
 * One linear pass that over-estimates: brackets, tags and operators are counted in strings and comments too. An
 * over-estimate only sends an odd file to the slower parser, never changes a result.
 */

/**
 * Measured on a worker thread (4 MB of stack, half the main thread's, and resourceLimits do not raise it), oxc
 * crashed at about 3,000 nested parentheses, 8,000 nested JSX tags, 2,500 levels of `<a>{…}</a>`, and a `1+1+…`
 * chain of 40,000 operators. A bracket weighs six tags here; a file whose nesting weighs more than this goes to
 * typescript-estree: at most about 900 brackets or 5,500 tags, far beyond hand-written code.
 */
export const MAX_OXC_NESTING = 5500;
const BRACKET_WEIGHT = 6;
const TAG_WEIGHT = 1;
/** Operators in one run between statement or block boundaries (each one a level of a left-deep tree). */
export const MAX_OXC_CHAIN = 10_000;

const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const LESS_THAN = 0x3c;
const SLASH = 0x2f;
const GREATER_THAN = 0x3e;
const SEMICOLON = 0x3b;

/**
 * Characters that each deepen a chain: binary, logical and assignment operators, `?`, member access. Not `,` or
 * `:`: lists, sequences and object literals are flat in the tree, however long.
 */
const CHAIN = new Uint8Array(128);
for (const character of '+-*/%&|^?.=<>') CHAIN[character.charCodeAt(0)] = 1;

/** Whether an ASCII character can change the depth or a chain: letters, digits, spaces, `,` and `:` cannot. */
const COUNTED = new Uint8Array(128);
for (const character of '()[]{};+-*/%&|^?.=<>') COUNTED[character.charCodeAt(0)] = 1;

export function tooDeepForOxc(text: string): boolean {
  let depth = 0;
  let chain = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Most of a file: words, spaces and text outside ASCII, which neither nest nor chain.
    if (code >= 128 || COUNTED[code] === 0) continue;
    let step = 0;
    let tag = false;
    if (code === OPEN_PAREN || code === OPEN_BRACKET || code === OPEN_BRACE) step = BRACKET_WEIGHT;
    else if (code === CLOSE_PAREN || code === CLOSE_BRACKET || code === CLOSE_BRACE) step = -BRACKET_WEIGHT;
    else if (code === LESS_THAN) {
      // A JSX tag: `<` then a name or `>` (a fragment) opens one, `</` closes one.
      const next = text.charCodeAt(index + 1);
      tag = next === SLASH || isTagStart(next);
      if (tag) step = next === SLASH ? -TAG_WEIGHT : TAG_WEIGHT;
    } else if (code === SLASH && text.charCodeAt(index + 1) === GREATER_THAN) {
      tag = true;
      step = -TAG_WEIGHT;
    }
    if (step !== 0) {
      depth += step;
      if (depth < 0) depth = 0;
      else if (depth > MAX_OXC_NESTING) return true;
    }
    // A statement, a block or a tag ends an operator run (the text between tags is no chain).
    if (tag || code === SEMICOLON || code === OPEN_BRACE || code === CLOSE_BRACE) chain = 0;
    else if (CHAIN[code] === 1) {
      chain += 1;
      if (chain > MAX_OXC_CHAIN) return true;
    }
  }
  return false;
}

function isTagStart(code: number): boolean {
  return code === GREATER_THAN || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
