import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAUSE_BREAK, expandPhrase, firstWord, GAP, GAP_TOKENS, GAP_WORDS, ONE_WORD_SLOTS, PhraseIndex, phraseSlots, plainWordSlots, readSlots, tokenize, tokenizeAny, tokenizeClauses, tokenizeIdentifier } from '../../src/context/text.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';

describe('tokenize', () => {
  it('reads every ASCII character as the Unicode classes do (its fast path skips them)', () => {
    for (let code = 0; code < 0x80; code++) {
      const ch = String.fromCharCode(code);
      if (["'", '`', '$'].includes(ch)) continue; // apostrophes and '$' have rules of their own (contractions and prices, below)
      const isWord = /[\p{L}\p{N}\p{M}]/u.test(ch);
      const folded = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      expect(tokenize(`a${ch}b`), `U+${code.toString(16)}`).toEqual(isWord ? [`a${folded}b`] : ['a', 'b']);
    }
  });

  it('splits on everything but letters and digits, lower-cased', () => {
    expect(tokenize('Accept ALL cookies, now! (v2.0)')).toEqual(['accept', 'all', 'cookies', 'now', 'v2', '0']);
    expect(tokenize('  ')).toEqual([]);
    expect(tokenize('opt-in / opt_out')).toEqual(['opt', 'in', 'opt', 'out']);
  });

  it('makes a web or e-mail address one token: it names a place and says nothing', () => {
    expect(tokenize('Log in at partners.dub.co.')).toEqual(['log', 'in', 'at', 'partners.dub.co']);
    expect(tokenize('Write to jane.doe@Acme.com, or see acme.com/legal/privacy.')).toEqual(['write', 'to', 'jane.doe@acme.com', 'or', 'see', 'acme.com/legal/privacy']);
    expect(tokenize('(https://marketing.example.org/opt-in)')).toEqual(['https', 'marketing.example.org/opt-in']);
    // A missing space after a full stop, an abbreviation, a version or a file name is no address.
    expect(tokenize('We share your data.We sell it')).toEqual(['we', 'share', 'your', 'data', 'we', 'sell', 'it']);
    expect(tokenize('e.g. Next.js v2.0 in config.json')).toEqual(['e', 'g', 'next', 'js', 'v2', '0', 'in', 'config', 'json']);
    expect(tokenize('share..to partners @ acme')).toEqual(['share', 'to', 'partners', 'acme']);
  });

  it('joins English contractions, straight or typographic', () => {
    expect(tokenize("Don't allow")).toEqual(['dont', 'allow']);
    expect(tokenize('Don’t sell my data')).toEqual(['dont', 'sell', 'my', 'data']);
    expect(tokenize("I'm in, it's fine")).toEqual(['im', 'in', 'its', 'fine']);
    // A quote that does not sit between letters separates.
    expect(tokenize("'quoted' words'")).toEqual(['quoted', 'words']);
  });

  it('splits French and Italian elisions', () => {
    expect(tokenize("J'accepte l'utilisation des données")).toEqual(['j', 'accepte', 'l', 'utilisation', 'des', 'donnees']);
    expect(tokenize('Continuer sans accepter d’être suivi')).toEqual(['continuer', 'sans', 'accepter', 'd', 'etre', 'suivi']);
    expect(tokenize("dell'utente")).toEqual(['dell', 'utente']);
  });

  it('strips diacritics and keeps non-Latin letters', () => {
    expect(tokenize('Ablehnen – Einstellungen ÄNDERN')).toEqual(['ablehnen', 'einstellungen', 'andern']);
    // Lower-casing leaves ß alone; the lexicons spell words as people write them.
    expect(tokenize('Größe façade naïve')).toEqual(['große', 'facade', 'naive']);
    expect(tokenize('同意する')).toEqual(['同意する']);
    // Decomposed text (NFD, as macOS and some CMSs store it) is the same word as composed text.
    expect(tokenize('De\u0301cliner les donne\u0301es')).toEqual(['decliner', 'les', 'donnees']);
    expect(tokenize('सहमति दें')).toEqual(['सहमति', 'दें']);
  });

  it('makes currency symbols tokens of their own', () => {
    expect(tokenize('$9.99/month, then €12')).toEqual(['$', '9', '99', 'month', 'then', '€', '12']);
    expect(tokenize('£5')).toEqual(['£', '5']);
  });

  it('makes close glyphs tokens of their own, whatever their presentation', () => {
    expect(tokenize('×')).toEqual(['×']);
    expect(tokenize('✖\uFE0F Close')).toEqual(['✖', 'close']);
    expect(tokenize('2×3')).toEqual(['2', '×', '3']);
  });
});

describe('tokenize: the ASCII path and the general one agree', () => {
  it('on copy as apps write it', () => {
    for (const text of ['Mail jane.doe@acme.com or see acme.com/privacy.', 'Données: privacy@acme.fr, acme.fr/données.', 'l’acme.fr', "Don't sell or share my personal information", "J'accepte l'utilisation de mes données", "qu'il l'a", "Only $4.99/mo, then $9.99", 'rock`n`roll', "It's  OK  '", "'quoted' l' x"]) {
      expect(tokenize(text)).toEqual(tokenizeAny(text));
    }
  });

  it('on any ASCII text', () => {
    const char = fc.constantFrom(...'abcdlqunmtsjLQDAZ09 \'`$-_.,!?()|\n\t*@/+'.split(''), '.com', '.co', 'o');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(tokenize(text)).toEqual(tokenizeAny(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('phraseSlots: the plain phrases\' shortcut and the general reading agree', () => {
  const phrasesIn = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(phrasesIn) : value !== null && typeof value === 'object' ? Object.values(value).flatMap(phrasesIn) : [];

  it('on every phrase of the built-in lexicons, in all seven languages', () => {
    const phrases = [...new Set(DEFAULT_SETTINGS.lexicon.sources.flatMap((source) => phrasesIn(source)))];
    expect(phrases.length).toBeGreaterThan(5000);
    // Most are plain: the shortcut is what most of them take.
    expect(phrases.filter((phrase) => /^[a-z0-9]+(?: [a-z0-9]+)*$/.test(phrase)).length / phrases.length).toBeGreaterThan(0.7);
    for (const phrase of phrases) expect(phraseSlots(phrase), phrase).toEqual(readSlots(phrase));
  });

  it('on phrases a team adds, plain or nearly so', () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9*'|().-]{1,6}$/);
    const separator = fc.constantFrom(' ', '  ', ' ... ', ' ... ... ', '\t', ' | ');
    fc.assert(
      fc.property(word, fc.array(fc.tuple(separator, word), { maxLength: 5 }), (first, rest) => {
        const phrase = first + rest.map(([gap, next]) => gap + next).join('');
        expect(phraseSlots(phrase)).toEqual(readSlots(phrase));
      }),
      { numRuns: 2000 },
    );
    expect(phraseSlots('share my data')).toEqual([{ gap: false, alternatives: [['share']] }, { gap: false, alternatives: [['my']] }, { gap: false, alternatives: [['data']] }]);
    expect(phraseSlots('... renews|renew ... ... yearly|monthly| ...')).toEqual([{ gap: false, alternatives: [['renews'], ['renew']] }, { gap: true }, { gap: false, alternatives: [['yearly'], ['monthly']] }]);
  });
});

describe('tokenizeIdentifier', () => {
  it('splits camelCase, PascalCase, snake_case and acronyms', () => {
    expect(tokenizeIdentifier('handleAcceptAll')).toEqual(['handle', 'accept', 'all']);
    expect(tokenizeIdentifier('on_reject_click')).toEqual(['on', 'reject', 'click']);
    expect(tokenizeIdentifier('openGDPRSettings')).toEqual(['open', 'gdpr', 'settings']);
    expect(tokenizeIdentifier('cookie-banner__actions')).toEqual(['cookie', 'banner', 'actions']);
    expect(tokenizeIdentifier('$onOptOut2')).toEqual(['on', 'opt', 'out2']);
  });
});

describe('PhraseIndex', () => {
  const index = new PhraseIndex<string>();
  index.add('accept', 'accept');
  index.add('accept all', 'accept');
  index.add('accept only necessary', 'decline');
  index.add('continue', 'accept');
  index.add('continue without accepting', 'decline');
  index.add('personali*', 'personalisation');
  index.add('ad personali*', 'advertising');

  it('finds the earliest phrase, the longest at that position', () => {
    expect(index.firstMatch(tokenize('Accept only necessary'))).toEqual({ start: 0, length: 3, value: 'decline' });
    expect(index.firstMatch(tokenize('Accept all'))).toEqual({ start: 0, length: 2, value: 'accept' });
    expect(index.firstMatch(tokenize('Accept only'))).toEqual({ start: 0, length: 1, value: 'accept' });
    expect(index.firstMatch(tokenize('Or continue without accepting'))).toEqual({ start: 1, length: 3, value: 'decline' });
    // The earliest start wins over a longer phrase later on.
    expect(index.firstMatch(tokenize('continue then accept only necessary'))).toEqual({ start: 0, length: 1, value: 'accept' });
    expect(index.firstMatch(tokenize('nothing here'))).toBeUndefined();
    expect(index.firstMatch([])).toBeUndefined();
  });

  it('matches prefix entries against any token that starts with the stem', () => {
    expect(index.valuesIn(tokenize('Personalised content'))).toEqual(new Set(['personalisation']));
    expect(index.firstMatch(tokenize('Ad personalization'))).toEqual({ start: 0, length: 2, value: 'advertising' });
    expect(index.valuesIn(tokenize('Ad personalization'))).toEqual(new Set(['advertising', 'personalisation']));
    // The stem must start the token.
    expect(index.matches(tokenize('depersonalised'))).toBe(false);
  });

  it('lists every occurrence', () => {
    expect(index.matchAll(tokenize('accept all or continue'))).toEqual([
      { start: 0, length: 1, value: 'accept' },
      { start: 0, length: 2, value: 'accept' },
      { start: 3, length: 1, value: 'accept' },
    ]);
  });

  it('normalises phrases as it normalises text', () => {
    const folded = new PhraseIndex<true>();
    folded.add("Don't   allow", true);
    folded.add('Données', true);
    expect(folded.matches(tokenize('dont allow'))).toBe(true);
    expect(folded.matches(tokenize('DONNEES'))).toBe(true);
    expect(folded.matches(tokenize("don't"))).toBe(false);
  });
});

describe('phrases with alternatives and gaps', () => {
  const stopWords = new Set(['your', 'the', 'of', 'our', 'with', 'for', 'we']);
  const index = new PhraseIndex<string>({ stopWords });
  index.add('let ... partners ... see', 'sharing');
  index.add('keep|retain|store ... history|recordings ... years|days', 'retention');
  index.add('share ... purchase history', 'sharing');
  index.add('personali* ... ads', 'advertising');

  it('expands alternatives and keeps gaps as markers', () => {
    expect(expandPhrase('keep|store ... data')).toEqual([
      ['keep', GAP, 'data'],
      ['store', GAP, 'data'],
    ]);
    expect(expandPhrase('opt-in|personali* now')).toEqual([
      ['opt', 'in', 'now'],
      ['personali*', 'now'],
    ]);
    // A gap at either end matches nothing more, and two gaps in a row are one.
    expect(expandPhrase('... share ... ... data ...')).toEqual([['share', GAP, 'data']]);
  });

  it('matches the parts of a phrase with a few words between them', () => {
    expect(index.valuesIn(tokenize('Let our partners see your purchase history'))).toEqual(new Set(['sharing']));
    expect(index.valuesIn(tokenize('We keep your search history for two years'))).toEqual(new Set(['retention']));
    expect(index.firstMatch(tokenize('we store recordings for 30 days'))).toEqual({ start: 1, length: 5, value: 'retention' });
    // No gap at all is a gap too.
    expect(index.matches(tokenize('share purchase history'))).toBe(true);
    expect(index.matches(tokenize('personalised ads'))).toBe(true);
  });

  it('counts only words that are not stop words towards the gap, and bounds the whole gap', () => {
    // Three content words ("all", "past", "online") fit; four do not.
    expect(index.matches(tokenize('share all past online purchase history'))).toBe(true);
    expect(index.matches(tokenize('share all your past online purchase history'))).toBe(true);
    expect(index.matches(tokenize('share all of your very old online purchase history'))).toBe(false);
    // Stop words are free, but a gap never runs past GAP_TOKENS words.
    expect(index.matches(tokenize(`share ${'the '.repeat(GAP_TOKENS)}purchase history`))).toBe(true);
    expect(index.matches(tokenize(`share ${'the '.repeat(GAP_TOKENS + 1)}purchase history`))).toBe(false);
    expect(GAP_WORDS).toBe(3);
  });

  it('never matches across a clause break', () => {
    expect(index.matches(tokenizeClauses('Share this board with your team. Purchase history is private.'))).toBe(false);
    expect(index.matches(tokenizeClauses('Let our partners see your purchase history.'))).toBe(true);
    expect(index.matches(tokenizeClauses('We keep your search history, for two years'))).toBe(false);
    expect(index.matches(tokenizeClauses('We keep your search history but delete it after two years', new Set(['but'])))).toBe(false);
  });

  it('reads a list as one clause: a comma between short items, the last joined by a list word, ends none', () => {
    const lists = new Set(['and', 'or', 'und', 'et']);
    const breaks = new Set(['but']);
    const clauses = (text: string) => tokenizeClauses(text, breaks, lists).join(' ');
    expect(clauses('Share your daily steps, heart rate and sleep data with Acme')).toBe('share your daily steps heart rate and sleep data with acme');
    expect(clauses('Steps, heart rate, sleep and weight, with Acme')).toBe(`steps heart rate sleep and weight ${CLAUSE_BREAK} with acme`);
    expect(clauses('Wir teilen Schritte, Puls und Schlaf mit Partnern')).toBe('wir teilen schritte puls und schlaf mit partnern');
    // A list word right after the comma starts a clause; so does a long item, a break word, or no list word at all.
    expect(clauses('Accept all, or choose what to allow')).toBe(`accept all ${CLAUSE_BREAK} or choose what to allow`);
    expect(clauses('We use cookies, and we share your data')).toBe(`we use cookies ${CLAUSE_BREAK} and we share your data`);
    expect(clauses('If you agree, we will measure your visits and ads')).toBe(`if you agree ${CLAUSE_BREAK} we will measure your visits and ads`);
    expect(clauses('Free, but limited and slow')).toBe(`free ${CLAUSE_BREAK} limited and slow`);
    expect(clauses('We keep your search history, for two years')).toBe(`we keep your search history ${CLAUSE_BREAK} for two years`);
    // Without list words (the default), every comma ends a clause, as before.
    expect(tokenizeClauses('Steps, heart rate and sleep')).toEqual(['steps', CLAUSE_BREAK, 'heart', 'rate', 'and', 'sleep']);
  });

  it('cuts clauses at punctuation and at break words, but not inside numbers or times', () => {
    expect(tokenizeClauses('Then €9.99 every month. Cancel anytime!')).toEqual(['then', '€', '9', '99', 'every', 'month', CLAUSE_BREAK, 'cancel', 'anytime']);
    expect(tokenizeClauses('1,299 items at 04:59; done')).toEqual(['1', '299', 'items', 'at', '04', '59', CLAUSE_BREAK, 'done']);
    expect(tokenizeClauses('Free, but limited', new Set(['but']))).toEqual(['free', CLAUSE_BREAK, 'limited']);
    expect(tokenizeClauses('Privacy\u2029We share your data')).toEqual(['privacy', CLAUSE_BREAK, 'we', 'share', 'your', 'data']);
    expect(tokenizeClauses('  ... ')).toEqual([]);
  });
});

/** Lexicon phrases of these words: a word, `a|b` alternatives, `(a b|c)` groups of word sequences and gaps. */
function phraseOf(word: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const part = fc.oneof(
    word,
    fc.array(word, { minLength: 2, maxLength: 3 }).map((words) => words.join('|')),
    fc.array(fc.array(word, { minLength: 1, maxLength: 2 }), { minLength: 2, maxLength: 3 }).map((groups) => `(${groups.map((g) => g.join(' ')).join('|')})`),
    fc.constant(GAP),
  );
  return fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
}

describe('PhraseIndex: alternatives that share the rest of a phrase', () => {
  const stopWords = new Set(['your', 'the', 'of', 'our']);
  const both = (phrases: ReadonlyArray<readonly [string, number]>) => {
    const shared = new PhraseIndex<number>({ stopWords });
    const copied = new PhraseIndex<number>({ stopWords, shareRests: false });
    for (const [phrase, value] of phrases) {
      shared.add(phrase, value);
      copied.add(phrase, value);
    }
    return { shared, copied };
  };

  it('holds the same phrases as an index where each alternative has its own copy, whatever is added after', () => {
    const phrase = phraseOf(fc.constantFrom('keep', 'store', 'data', 'your', 'for', 'years', 'share', 'the', 'stor*', 'da*'));
    const text = fc.array(fc.constantFrom('keep', 'store', 'stored', 'data', 'database', 'your', 'for', 'years', 'share', 'the', 'of', 'to', CLAUSE_BREAK), { maxLength: 14 });
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 6 }), fc.array(text, { minLength: 1, maxLength: 4 }), (phrases, texts) => {
        const { shared, copied } = both(phrases.map((p, i) => [p, i] as const));
        for (const tokens of texts) expect(shared.matchAll(tokens)).toEqual(copied.matchAll(tokens));
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps an alternative that walks through another one\'s rest from adding to it (`a|a b`)', () => {
    const { shared, copied } = both([['(share|share sell) your data', 1], ['share with partners', 2]]);
    for (const text of ['share your data', 'share sell your data', 'share sell sell your data', 'share with partners', 'share sell with partners']) {
      expect(shared.matchAll(tokenize(text)), text).toEqual(copied.matchAll(tokenize(text)));
    }
    expect(shared.matchAll(tokenize('share sell your data')).map((m) => m.value)).toEqual([1]);
    expect(shared.matchAll(tokenize('share sell sell your data'))).toEqual([]);
    expect(shared.matchAll(tokenize('share sell with partners'))).toEqual([]);
  });

  it('finds the same matches with the built-in lexicons, in all seven languages', () => {
    const phrases = DEFAULT_SETTINGS.lexicon.sources.flatMap((source, language) => [...(source.material ? Object.values(source.material).flat() : []), ...(source.consentPurposes ? Object.values(source.consentPurposes).flat() : [])].map((phrase) => [phrase, language] as const));
    const { shared, copied } = both(phrases);
    const sentences = [
      'We keep your chat history for up to 30 days after you delete your account.',
      'We store recordings of your calls for 2 years to train and improve our models.',
      'Wir speichern Ihre Daten bis zu 12 Monate lang.',
      'Nous conservons vos données pendant 3 ans.',
      'Os seus dados são usados para treinar os nossos modelos de IA.',
      'Guardamos tus datos durante 6 meses.',
    ];
    for (const sentence of sentences) {
      const tokens = tokenizeClauses(sentence);
      expect(shared.matchAll(tokens), sentence).toEqual(copied.matchAll(tokens));
    }
    expect(sentences.filter((sentence) => shared.matchAll(tokenizeClauses(sentence)).length > 0).length).toBeGreaterThanOrEqual(4);
  });
});

describe('PhraseIndex: phrases added when a lookup first needs them', () => {
  const phrase = phraseOf(fc.constantFrom('share', 'store', 'data', 'your', 'with', 'partners', 'stor*', 'sha*'));
  const text = fc.array(fc.constantFrom('share', 'shared', 'store', 'stored', 'data', 'your', 'with', 'partners', 'the', CLAUSE_BREAK), { maxLength: 12 });
  /** Every word a generated phrase can start with: looking them all up reads every waiting phrase in. */
  const everyWord = ['share', 'shared', 'store', 'stored', 'data', 'your', 'with', 'partners'];

  it('finds what an index that reads each phrase as it is added finds, in whatever order lookups read them in', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), fc.array(text, { minLength: 1, maxLength: 4 }), (phrases, texts) => {
        const lazy = new PhraseIndex<number>();
        const eager = new PhraseIndex<number>();
        phrases.forEach((p, i) => {
          lazy.add(p, i);
          eager.add(p, i);
          // A lookup of every word adds every waiting phrase: `eager` holds each phrase from the moment it is added.
          eager.matchAll(everyWord);
        });
        for (const tokens of texts) expect(lazy.matchAll(tokens)).toEqual(eager.matchAll(tokens));
      }),
      { numRuns: 1500 },
    );
  });

  it('reads a plain phrase\'s words as its slots hold them, without its gaps', () => {
    const part = fc.oneof(fc.constantFrom('share', 'data', '0', GAP, '', '|', 'opt-in', 'Données', 'DATI', 'ß', '²', 'ﬁn', 'ǄUŽ', '𝐀b', 'ΟΔΟΣ', 'l’uso', 'a.b', '(a|b c)', 'stor*'), fc.array(fc.constantFrom('share', 'sell', 'data', '7', ''), { minLength: 2, maxLength: 4 }).map((words) => words.join('|')));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const phrase = parts.join(' ');
        const plain = plainWordSlots(phrase);
        const slots = readSlots(phrase).flatMap((slot) => (slot.gap ? [] : [slot.alternatives]));
        // Plain: every alternative is one word. Anything else is left to the general reading.
        if (plain) expect(plain.map((words) => words.map((word) => [word]))).toEqual(slots);
        else expect(!/^[a-z0-9 |.]+$/.test(phrase) || phrase.split(' ').some((word) => word !== GAP && word.includes('.'))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every built-in phrase of words the way the general reading does, in all seven languages', () => {
    const phrases = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(phrases) : value !== null && typeof value === 'object' ? Object.values(value).flatMap(phrases) : []);
    const builtIn = DEFAULT_SETTINGS.lexicon.sources.flatMap(({ references: _references, purposeNames: _names, language: _language, ...groups }) => phrases(groups));
    const plain = builtIn.filter((phrase) => plainWordSlots(phrase) !== undefined);
    expect(plain.some((phrase) => /[^\p{ASCII}]/u.test(phrase))).toBe(true);
    for (const phrase of plain) {
      expect(plainWordSlots(phrase), phrase).toEqual(readSlots(phrase).flatMap((slot) => (slot.gap ? [] : [slot.alternatives.map((alternative) => alternative[0])])));
    }
  });

  it('reads a phrase of one-word slots by its first word, as it reads the same phrase written with alternatives', () => {
    const words = fc.array(fc.constantFrom('share', 'data', 'your', 'with', 'partners', '0', '24', ''), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 6 }), fc.array(text, { minLength: 1, maxLength: 4 }), (phrases, texts) => {
        const oneWordSlots = new PhraseIndex<number>();
        // `share| data|`: the same words, each an alternative of one, which no phrase of one-word slots is read as.
        const alternatives = new PhraseIndex<number>();
        phrases.forEach((parts, i) => {
          const phrase = parts.join(' ');
          expect(ONE_WORD_SLOTS.test(phrase) || phrase.trim() === '').toBe(true);
          expect(firstWord(phrase)).toBe(plainWordSlots(phrase)?.[0]?.[0]);
          oneWordSlots.add(phrase, i);
          alternatives.add(parts.map((word) => (word === '' ? '' : `${word}|`)).join(' '), i);
        });
        for (const tokens of texts) {
          expect(oneWordSlots.matchAll(tokens)).toEqual(alternatives.matchAll(tokens));
          expect(oneWordSlots.firstMatch(tokens)).toEqual(alternatives.firstMatch(tokens));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('gives a word the values of its phrases in the order they were added, a prefix or a group among them', () => {
    const index = new PhraseIndex<string>();
    index.add('share data', 'first');
    // Not a plain phrase, and its first slot has a prefix: it is added at once, after "share data".
    index.add('(share|stor*) data', 'second');
    index.add('share data', 'third');
    expect(index.matchAll(tokenize('share data')).map((m) => m.value)).toEqual(['first', 'second', 'third']);
    expect(index.firstMatch(tokenize('stored data'))).toEqual({ start: 0, length: 2, value: 'second' });
  });
});
