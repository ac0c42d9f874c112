/**
 * The lexicons stay data (issue 13): one file per language, every family of phrases with the regulator document
 * it comes from (`references`), the grammar the matcher reads (stop words, clause breaks, coordinators,
 * subordinators, first-person words) in every language, no phrase that a clause break of another language would
 * cut, no phrase too wide to index, and every new group extensible through settings, in ESLint and in the checker.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LEXICONS, type LexiconData } from '../../src/context/lexicon.js';
import { expandPhrase, MAX_EXPANSIONS, tokenize } from '../../src/context/text.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('lexicon-data');

/** Groups that are grammar or documentation rather than vocabulary. */
const NOT_PHRASES = new Set(['language', 'references', 'purposeNames']);
/** Groups read with gaps and clause breaks (lexicon.clauses): their phrases must not hold a clause-break word. */
const CLAUSE_READ = ['contextTopics', 'consentPurposes', 'material', 'shamingPatterns'] as const;

const phrasesOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(phrasesOf) : value && typeof value === 'object' ? Object.values(value).flatMap(phrasesOf) : [];

describe.each(BUILT_IN_LEXICONS.map((lexicon) => [lexicon.language as string, lexicon] as const))('%s', (_language, lexicon: LexiconData) => {
  it('says where each family of phrases comes from', () => {
    const references = lexicon.references ?? {};
    for (const key of Object.keys(lexicon)) {
      if (key === 'language' || key === 'references') continue;
      if (key === 'consentPurposes' || key === 'material') {
        for (const family of Object.keys(lexicon[key] ?? {})) expect(references[`${key}.${family}`], `${key}.${family}`).toMatch(/\S.{20,}/);
      } else {
        expect(references[key], key).toMatch(/\S.{20,}/);
      }
    }
    expect(references.language, 'the language-specific sources').toMatch(/\S.{20,}/);
  });

  it('has the grammar the matcher reads', () => {
    for (const key of ['stopWords', 'clauseBreaks', 'coordinators', 'subordinators', 'firstPerson', 'grantActions', 'proceedActions', 'consentRequests', 'timeUnits'] as const) {
      expect(lexicon[key]?.length, key).toBeGreaterThan(0);
    }
    expect(Object.keys(lexicon.shamingPatterns ?? {}).sort()).toEqual(['loss', 'missing-out', 'risk', 'self-deprecation']);
    expect(lexicon.answers?.yes?.length).toBeGreaterThan(0);
    expect(lexicon.answers?.no?.length).toBeGreaterThan(0);
  });

  it('holds no phrase wider than the index takes whole', () => {
    for (const [key, value] of Object.entries(lexicon)) {
      if (NOT_PHRASES.has(key)) continue;
      for (const phrase of phrasesOf(value)) expect(expandPhrase(phrase).length, `${key}: ${phrase}`).toBeLessThan(MAX_EXPANSIONS);
    }
  });
});

describe('across the merged lexicons', () => {
  it("no phrase read by clauses holds a word that another language's clauses break at", () => {
    const breaks = new Set(BUILT_IN_LEXICONS.flatMap((l) => (l.clauseBreaks ?? []).flatMap((w) => tokenize(w))));
    for (const lexicon of BUILT_IN_LEXICONS) {
      for (const group of CLAUSE_READ) {
        for (const phrase of phrasesOf(lexicon[group])) {
          const words = expandPhrase(phrase).flat();
          expect(words.filter((w) => breaks.has(w)), `${lexicon.language} ${group}: ${phrase}`).toEqual([]);
        }
      }
    }
  });
});

describe('the new groups are extensible through settings', () => {
  const POPUP = (decline: string) => `
export function LoyaltyPopup({ onJoin, onClose }: { onJoin: () => void; onClose: () => void }) {
  return (
    <div role="dialog" className="loyalty">
      <p>Join the club for special offers and our newsletter.</p>
      <button onClick={onJoin}>Yes, join</button>
      <button onClick={onClose}>${decline}</button>
    </div>
  );
}
`;

  it('shamingPatterns and firstPerson: a team adds its own theme, read in first-person clauses only', async () => {
    const settings = { lexicon: { extend: { shamingPatterns: { 'loss': ['skip ... club points'] } } } };
    const shaming = await both({ 'LoyaltyPopup.tsx': POPUP("No, I'll skip my club points") }, 'LoyaltyPopup.tsx', ['no-confirmshaming'], settings);
    expect(shaming.eslint).toEqual(['no-confirmshaming shamingDecline 7:7']);
    expect(shaming.checker).toEqual(shaming.eslint);
    expect(await both({ 'LoyaltyPopup.tsx': POPUP("No, I'll skip my club points") }, 'LoyaltyPopup.tsx', ['no-confirmshaming'])).toEqual({ eslint: [], checker: [] });
    // Not in the speaker's voice: no jab.
    expect(await both({ 'LoyaltyPopup.tsx': POPUP('Skip club points') }, 'LoyaltyPopup.tsx', ['no-confirmshaming'], settings)).toEqual({ eslint: [], checker: [] });
  });

  it('grantActions: a verb a team uses makes its purpose-named button an accept', async () => {
    const prompt = `
export function TipsPrompt({ onYes, onLater }: { onYes: () => void; onLater: () => void }) {
  return (
    <div role="dialog">
      <p>Get our newsletter with tips and special offers?</p>
      <button onClick={onYes}>Beam me the newsletter</button>
      <button onClick={onLater}>Later</button>
    </div>
  );
}
`;
    const settings = { lexicon: { extend: { grantActions: ['beam me'] } } };
    const reported = await both({ 'TipsPrompt.tsx': prompt }, 'TipsPrompt.tsx', ['require-decline-option'], settings);
    expect(reported.eslint).toEqual(['require-decline-option missingDecline 4:5']);
    expect(reported.checker).toEqual(reported.eslint);
    expect(await both({ 'TipsPrompt.tsx': prompt }, 'TipsPrompt.tsx', ['require-decline-option'])).toEqual({ eslint: [], checker: [] });
  });

  it('validates the new keys like the old ones', () => {
    expect(() => resolveSettings({ lexicon: { extend: { shamingPatterns: { loss: 'pay more' } } } } as never)).toThrow(/must be array/);
    expect(() => resolveSettings({ lexicon: { extend: { answers: { maybe: ['Perhaps'] } } } } as never)).toThrow(/not a known key/);
    expect(resolveSettings({ lexicon: { extend: { stopWords: ['thy'], clauseBreaks: ['howbeit'], timeUnits: ['fortnights'] } } }).lexicon.stopWords.has('thy')).toBe(true);
  });
});
