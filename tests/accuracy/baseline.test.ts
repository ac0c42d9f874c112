// The ratchet over the recorded figures, --update's refusals and the README's figures block.
import { describe, expect, it } from 'vitest';
import { baselineOf, MINIMUM_CASES, parseBaseline, ratchet, README_END, README_START, renderFigures, serialiseBaseline, updateRefusals, withFigures, type Baseline } from '../../scripts/accuracy/baseline.js';
import { summarise } from '../../scripts/accuracy/score.js';

const rule = (recall: number | null, precision: number | null = 1) => ({ precision, recall, needsReviewShare: 0.1, truePositives: 4, falsePositives: 0, falseNegatives: 1, reviewedContexts: 2 });

function baseline(overrides: Partial<Baseline> = {}): Baseline {
  return {
    cases: 90,
    precision: 0.9,
    recall: 0.5,
    needsReviewShare: 0.3,
    truePositives: 45,
    falsePositives: 5,
    falseNegatives: 45,
    contexts: 100,
    reviewedContexts: 30,
    cleanCases: 36,
    cleanCasesWithFinding: 2,
    rules: { 'no-fine-print': rule(0.4), 'no-hidden-decline': rule(0.6), 'toggle-state-clarity': rule(null, null) },
    ...overrides,
  };
}

describe('ratchet', () => {
  it('passes at the recorded figures, and within float noise of them', () => {
    expect(ratchet(baseline(), baseline())).toEqual({ failures: [], notes: [] });
    expect(ratchet(baseline(), baseline({ precision: 0.9 - 1e-12 })).failures).toEqual([]);
  });

  it('fails when overall precision or recall drops', () => {
    expect(ratchet(baseline(), baseline({ precision: 0.89 })).failures).toEqual(['overall precision dropped from 90.0% to 89.0%']);
    expect(ratchet(baseline(), baseline({ recall: 0.499 })).failures).toEqual(['overall recall dropped from 50.0% to 49.9%']);
    expect(ratchet(baseline(), baseline({ precision: null })).failures).toEqual(['overall precision dropped from 90.0% to nothing to measure']);
  });

  it("fails when any rule's recall drops, or a rule loses its labels", () => {
    const lower = baseline({ rules: { ...baseline().rules, 'no-hidden-decline': rule(0.55) } });
    expect(ratchet(baseline(), lower).failures).toEqual(['no-hidden-decline recall dropped from 60.0% to 55.0%']);
    const { 'no-fine-print': _gone, ...rest } = baseline().rules;
    expect(ratchet(baseline(), baseline({ rules: rest })).failures).toEqual(['no-fine-print recall dropped from 40.0% to nothing to measure']);
  });

  it("does not ratchet a rule's precision or the needs-review share, but notes the share and any gain", () => {
    const moved = baseline({ needsReviewShare: 0.35, recall: 0.6, rules: { ...baseline().rules, 'no-fine-print': rule(0.4, 0.2), 'toggle-state-clarity': rule(0.5) } });
    const result = ratchet(baseline(), moved);
    expect(result.failures).toEqual([]);
    expect(result.notes).toEqual([
      'overall recall rose from 50.0% to 60.0%: record it with `npm run accuracy -- --update`',
      'toggle-state-clarity recall rose from nothing to 50.0%: record it with `npm run accuracy -- --update`',
      'the needs-review share moved from 30.0% to 35.0% (lower is better; not ratcheted)',
    ]);
  });

  it('fails when the corpus shrinks below the recorded count or below the minimum', () => {
    expect(MINIMUM_CASES).toBe(80);
    expect(ratchet(baseline(), baseline({ cases: 89 })).failures).toEqual(['the corpus has 89 cases, fewer than the 90 recorded']);
    expect(ratchet(baseline({ cases: 80 }), baseline({ cases: 79 })).failures).toEqual(['the corpus has 79 cases, fewer than the 80 it must have', 'the corpus has 79 cases, fewer than the 80 recorded']);
  });

  it('holds the recorded empty corpus only while there is no corpus', () => {
    const empty = baselineOf(summarise([], ['no-fine-print']));
    expect(empty.cases).toBe(0);
    expect(ratchet(empty, empty).failures).toEqual([]);
    expect(ratchet(empty, baseline({ cases: 3 })).failures).toEqual(['the corpus has 3 cases but the recorded figures are of an empty corpus: record them with `npm run accuracy -- --update`']);
  });
});

describe('updateRefusals', () => {
  it('records figures at or above the record', () => {
    expect(updateRefusals(baseline(), baseline({ recall: 0.7 }), { allowLower: false })).toEqual([]);
    expect(updateRefusals(undefined, baseline(), { allowLower: false })).toEqual([]);
  });

  it('refuses to lower a figure unless --allow-lower', () => {
    const lower = baseline({ precision: 0.8, rules: { ...baseline().rules, 'no-fine-print': rule(0.3) } });
    expect(updateRefusals(baseline(), lower, { allowLower: false })).toEqual([
      'overall precision dropped from 90.0% to 80.0% (pass --allow-lower to record it anyway, and say why in the commit)',
      'no-fine-print recall dropped from 40.0% to 30.0% (pass --allow-lower to record it anyway, and say why in the commit)',
    ]);
    expect(updateRefusals(baseline(), lower, { allowLower: true })).toEqual([]);
  });

  it('never records a corpus smaller than the minimum, but may record the empty one', () => {
    expect(updateRefusals(undefined, baseline({ cases: 12 }), { allowLower: true })).toEqual(['the corpus has 12 cases, fewer than the 80 it must have']);
    expect(updateRefusals(undefined, baselineOf(summarise([], [])), { allowLower: false })).toEqual([]);
  });
});

describe('the recorded file', () => {
  it('round-trips, and rejects what is not a baseline', () => {
    const text = serialiseBaseline(baseline());
    expect(parseBaseline(text, 'b.json')).toEqual(baseline());
    expect(() => parseBaseline('{', 'b.json')).toThrow(/b\.json is not valid JSON/);
    expect(() => parseBaseline(JSON.stringify({ ...baseline(), precision: 1.5 }), 'b.json')).toThrow(/precision must be a number from 0 to 1 or null/);
    expect(() => parseBaseline(JSON.stringify({ ...baseline(), rules: { x: { recall: 'high' } } }), 'b.json')).toThrow(/rules\.x\.recall/);
  });
});

describe('README figures', () => {
  it('renders the overall and per-rule figures with their counts', () => {
    const text = renderFigures(baseline());
    expect(text).toContain('Scored on 90 cases, 36 of them clean (2 of those gained a false finding); 100 consent contexts found.');
    expect(text).toContain('| **overall** | 90.0% (45/50) | 50.0% (45/90) | 30.0% (30/100) |');
    expect(text).toContain('| `no-fine-print` | 100.0% (4/4) | 40.0% (4/5) | 10.0% (2/100) |');
    expect(text).toContain('| `toggle-state-clarity` | – | – | 10.0% (2/100) |');
  });

  it('says so when nothing is recorded', () => {
    expect(renderFigures(baselineOf(summarise([], [])))).toMatch(/^No figures are recorded yet/);
  });

  it('replaces only the marked block', () => {
    const readme = `# Title\n\nbefore\n${README_START}\nold figures\n${README_END}\nafter\n`;
    const updated = withFigures(readme, baseline());
    expect(updated.startsWith(`# Title\n\nbefore\n${README_START}\nScored on 90 cases`)).toBe(true);
    expect(updated.endsWith(`|\n${README_END}\nafter\n`)).toBe(true);
    expect(withFigures(updated, baseline())).toBe(updated);
    expect(() => withFigures('# no block\n', baseline())).toThrow(/no figures block/);
  });
});
