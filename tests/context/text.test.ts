import { describe, expect, it } from 'vitest';
import { PhraseIndex, tokenize, tokenizeIdentifier } from '../../src/context/text.js';

describe('tokenize', () => {
  it('splits on everything but letters and digits, lower-cased', () => {
    expect(tokenize('Accept ALL cookies, now! (v2.0)')).toEqual(['accept', 'all', 'cookies', 'now', 'v2', '0']);
    expect(tokenize('  ')).toEqual([]);
    expect(tokenize('opt-in / opt_out')).toEqual(['opt', 'in', 'opt', 'out']);
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
