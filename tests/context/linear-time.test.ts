/**
 * Text matching is linear in the text (issue 6): adversarial 1 MB inputs go through the tokenisers and every
 * phrase index of the compiled lexicon, and the WORK (trie steps counted by PhraseIndex, tokens produced) is
 * compared at 250 KB, 500 KB and 1 MB. Doubling the input must double the work, never square it. No wall-clock
 * thresholds: a quadratic matcher shows up as a ratio of 4, whatever the machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../src/context/lexicon.js';
import { PhraseIndex, tokenize, tokenizeIdentifier } from '../../src/context/text.js';

const SIZES = [250_000, 500_000, 1_000_000] as const;
/** Doubling the input doubles the work, within this margin (a quadratic matcher would give 4). */
const RATIO = { min: 1.9, max: 2.1 };

/** `unit` repeated to exactly `size` characters. */
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const ADVERSARIAL: Record<string, string> = {
  'spaces': ' ',
  'spaces and tabs between one letter': ' \t \n  a',
  'a repeated keyword': 'accept ',
  'a repeated negation': 'not ',
  // Prefixes of the longest phrases: every start walks deep into the trie before failing.
  'the prefix of the longest decline, repeated': 'do not sell or share my personal ',
  'a word that starts many entries': 'accept only ',
  'German partial phrases': 'nur notwendige nur technisch ',
  'nested negations': "do not not don't never not no not without not ",
  'elisions and apostrophes': "l'l'l'd'accord'n'",
  'accents, decomposed': 'Pla\u0300 tard nécessaire\u0301 ',
  'currency and glyphs': '$€×✕ $',
  'digits and letters without a break': 'a1',
  // Phrases with gaps (`share ... purchase history`): every start opens a gap that reads ahead up to its bound.
  'the first words of gapped phrases, repeated': 'share keep let sell train improve dont want prefer ',
  'stop words inside an open gap': 'share the your of our the with ',
  'a gapped phrase cut short by clause breaks': 'keep your history. for two; years, ',
  'first-person shaming openings': "i'd rather no i don't want to ich verzichte je ne veux pas ",
};

/** Tokenising 1 MB takes a moment: each adversarial input is tokenised once per size and shared by the tests. */
const tokenCache = new Map<string, string[]>();
function tokensOf(unit: string, size: number): string[] {
  const key = `${size}:${unit}`;
  let tokens = tokenCache.get(key);
  if (!tokens) {
    tokens = tokenize(fill(unit, size));
    tokenCache.set(key, tokens);
  }
  return tokens;
}

const lexicon = defaultLexicon();

/** Clause tokens (lexicon.clauses: tokens with clause breaks) of each adversarial input, made once per size. */
const clauseCache = new Map<string, string[]>();
function clausesOf(unit: string, size: number): string[] {
  const key = `${size}:${unit}`;
  let tokens = clauseCache.get(key);
  if (!tokens) {
    tokens = lexicon.clauses(fill(unit, size));
    clauseCache.set(key, tokens);
  }
  return tokens;
}
const indexes = Object.entries(lexicon).filter((entry): entry is [string, PhraseIndex<unknown>] => entry[1] instanceof PhraseIndex);

function ratios(values: readonly number[]): number[] {
  return values.slice(1).map((v, i) => v / (values[i] as number));
}

function expectLinear(values: readonly number[], what: string): void {
  for (const r of ratios(values)) {
    expect(r, `${what}: ${values.join(' → ')}`).toBeGreaterThanOrEqual(RATIO.min);
    expect(r, `${what}: ${values.join(' → ')}`).toBeLessThanOrEqual(RATIO.max);
  }
}

/**
 * Work proportional to the tokens: when the tokens double, the steps double; when an input is one long token at
 * every size, the steps stay the same.
 */
function expectProportional(work: readonly number[], tokens: readonly number[], what: string): void {
  const workRatios = ratios(work);
  ratios(tokens).forEach((tokenRatio, i) => {
    const r = (workRatios[i] as number) / tokenRatio;
    expect(r, `${what}: steps ${work.join(' → ')} for tokens ${tokens.join(' → ')}`).toBeGreaterThanOrEqual(0.95);
    expect(r, `${what}: steps ${work.join(' → ')} for tokens ${tokens.join(' → ')}`).toBeLessThanOrEqual(1.05);
  });
}

function stepsOf(index: PhraseIndex<unknown>, run: () => void): number {
  const before = index.steps;
  run();
  return index.steps - before;
}

describe('tokenisers on 1 MB adversarial input', () => {
  it.each(Object.entries(ADVERSARIAL))('tokenize: %s', (_name, unit) => {
    const counts = SIZES.map((size) => tokensOf(unit, size));
    if (counts[0]?.length === 0) {
      expect(counts.map((t) => t.length)).toEqual([0, 0, 0]);
      return;
    }
    expectLinear(
      counts.map((t) => t.reduce((sum, token) => sum + token.length, 0)),
      'characters in tokens',
    );
  }, 60_000);

  it.each(Object.entries(ADVERSARIAL))('lexicon.clauses (clause tokens): %s', (_name, unit) => {
    const runs = SIZES.map((size) => clausesOf(unit, size));
    if (runs[0]?.length === 0) {
      expect(runs.map((t) => t.length)).toEqual([0, 0, 0]);
      return;
    }
    expectLinear(
      runs.map((t) => t.reduce((sum, token) => sum + token.length, 0)),
      'characters in clause tokens',
    );
  }, 60_000);

  it.each([
    ['a run of capitals', 'A'],
    ['capitals then one lower-case letter', 'ABCDEFGHa'],
    ['camel case', 'onAccept'],
    ['snake and dollar separators', 'on_$-_'],
    ['digits before capitals', 'a1B2'],
  ])('tokenizeIdentifier: %s', (_name, unit) => {
    const runs = SIZES.map((size) => tokenizeIdentifier(fill(unit, size)));
    expectLinear(
      runs.map((t) => t.reduce((sum, token) => sum + token.length + 1, 0)),
      'characters in tokens',
    );
  }, 60_000);

  it('tokenizeIdentifier splits words as before', () => {
    expect(tokenizeIdentifier('handleAcceptAll')).toEqual(['handle', 'accept', 'all']);
    expect(tokenizeIdentifier('on_reject_click')).toEqual(['on', 'reject', 'click']);
    expect(tokenizeIdentifier('XMLHttpRequest')).toEqual(['xml', 'http', 'request']);
    expect(tokenizeIdentifier('optOut2FA')).toEqual(['opt', 'out2', 'fa']);
    expect(tokenizeIdentifier('$onAcceptGDPRConsent')).toEqual(['on', 'accept', 'gdpr', 'consent']);
    expect(tokenizeIdentifier('ACCEPT')).toEqual(['accept']);
  });
});

describe('every phrase index of the compiled lexicon on 1 MB adversarial input', () => {
  const tokenSets = () => Object.entries(ADVERSARIAL).map(([name, unit]) => [name, SIZES.map((size) => tokensOf(unit, size))] as const);

  it('covers every index of the lexicon', () => {
    expect(indexes.map(([name]) => name)).toEqual(
      expect.arrayContaining(['topics', 'purposes', 'essential', 'material', 'choices', 'handlerWords', 'negations', 'shaming', 'shamingPatterns', 'grantActions', 'proceedActions', 'consentRequests']),
    );
  });

  it.each(indexes)('%s.matchAll does work linear in the tokens', (name, index) => {
    for (const [input, sets] of tokenSets()) {
      const steps = sets.map((tokens) => stepsOf(index, () => index.matchAll(tokens)));
      if (sets[0]?.length === 0) {
        expect(steps, `${name} on ${input}`).toEqual([0, 0, 0]);
        continue;
      }
      expectProportional(
        steps,
        sets.map((tokens) => tokens.length),
        `${name}.matchAll on ${input}`,
      );
    }
  }, 60_000);

  it.each(indexes)('%s.firstMatch does at most constant work per token', (name, index) => {
    for (const [input, sets] of tokenSets()) {
      const perToken = sets.map((tokens) => (tokens.length === 0 ? 0 : stepsOf(index, () => index.firstMatch(tokens)) / tokens.length));
      // firstMatch stops at the first match, so its work may shrink per token; it must never grow.
      const [small, , large] = perToken as [number, number, number];
      expect(large, `${name}.firstMatch steps per token on ${input}: ${perToken.join(', ')}`).toBeLessThanOrEqual(small * 1.05 + 1e-9);
    }
  }, 60_000);

  it('runs the gapped phrases of the lexicon on clause tokens in linear work too', () => {
    for (const [name, index] of indexes) {
      for (const [input, unit] of Object.entries(ADVERSARIAL)) {
        const sets = SIZES.map((size) => clausesOf(unit, size));
        if (sets[0]?.length === 0) continue;
        expectProportional(
          sets.map((tokens) => stepsOf(index, () => index.matchAll(tokens))),
          sets.map((tokens) => tokens.length),
          `${name}.matchAll on clause tokens of ${input}`,
        );
      }
    }
  }, 300_000);

  it('counts the steps a gap takes: a bounded number per start, whatever follows', () => {
    const index = new PhraseIndex<string>({ stopWords: new Set(['the']) });
    index.add('share ... purchase history', 'x');
    const open = (n: number) => stepsOf(index, () => index.matchAll(tokenize(`share ${'the '.repeat(n)}`)));
    // A gap reads at most GAP_TOKENS words ahead: past that, more text costs a step per word, not a step per gap position.
    expect(open(40) - open(20)).toBe(open(60) - open(40));
  });

  it('counts steps: the steps grow with the matching the index has to do', () => {
    const index = new PhraseIndex<string>();
    index.add('do not sell or share', 'x');
    index.add('personali*', 'y');
    const deep = stepsOf(index, () => index.matchAll(tokenize('do not sell or share')));
    const shallow = stepsOf(index, () => index.matchAll(tokenize('we do sell things')));
    expect(deep).toBeGreaterThan(shallow);
    expect(shallow).toBeGreaterThan(0);
  });
});

describe('regular expressions in src/context', () => {
  const contextDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/context');
  /** A group that contains a quantifier and is itself quantified: `(x+)+`, `(a|b*)*`, `(?:\w+\s?){2,}`. */
  const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,?\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,?\d*\})/;
  /** Regular expression literals and RegExp constructor strings in a source file (source code is trusted). */
  function regexesIn(source: string): string[] {
    const literals = [...source.matchAll(/(?<=[=(,:!&|?;{}[]\s*|return\s+)\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\n\\[])+)\/[dgimsuyv]*/g)].map((m) => m[1] as string);
    const constructed = [...source.matchAll(/new RegExp\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2] as string);
    return [...literals, ...constructed];
  }

  it('the scan finds nested quantifiers and passes plain ones', () => {
    for (const bad of ['(x+)+', '(a|b*)*', '([A-Z]+)+x', '(?:\\w+\\s?){2,}']) expect(NESTED_QUANTIFIER.test(bad), bad).toBe(true);
    for (const good of ['[a-z]+', '(ab)+', '[\\u0300-\\u036f]', '\\s+', '(?:foo|bar)']) expect(NESTED_QUANTIFIER.test(good), good).toBe(false);
    expect(regexesIn("const a = /(x+)+/u; f(/[a-z]+/g); x.replace(new RegExp('(a*)*'), '')")).toEqual(['(x+)+', '[a-z]+', '(a*)*']);
  });

  it('has no regular expression with nested quantifiers', () => {
    const files = fs.readdirSync(contextDir).filter((f) => f.endsWith('.ts'));
    expect(files).toEqual(expect.arrayContaining(['text.ts', 'lexicon.ts', 'detect.ts', 'controls.ts']));
    let seen = 0;
    for (const file of files) {
      for (const pattern of regexesIn(fs.readFileSync(path.join(contextDir, file), 'utf8'))) {
        seen++;
        expect(NESTED_QUANTIFIER.test(pattern), `${file}: /${pattern}/`).toBe(false);
      }
    }
    // The scan does see the regular expressions there are (text.ts has several).
    expect(seen).toBeGreaterThan(2);
  });
});
