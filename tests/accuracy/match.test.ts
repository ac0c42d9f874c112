// Matching reported findings to labels: same rule and file, line within ±3, each side matched at most once,
// closest lines first, debatable entries neither right nor wrong, one element scored once per rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMaximumMatching, LINE_TOLERANCE, matchCase, type Label, type Reported } from '../../scripts/accuracy/match.js';

const label = (line: number, rule = 'no-fine-print', file = 'src/Banner.tsx'): Label => ({ rule, file, line, why: `label at ${line}` });
const report = (line: number, rule = 'no-fine-print', file = 'src/Banner.tsx'): Reported => ({ rule, file, line, column: 1, message: `reported at ${line}` });
const lines = (items: ReadonlyArray<{ line: number }>) => items.map((item) => item.line);

describe('matchCase', () => {
  it('counts an exact match as a true positive', () => {
    const result = matchCase([label(10)], [], [report(10)]);
    expect(result.truePositives).toEqual([{ reported: report(10), expected: label(10) }]);
    expect(result.falsePositives).toEqual([]);
    expect(result.falseNegatives).toEqual([]);
  });

  it('matches within ±3 lines and not at 4', () => {
    expect(LINE_TOLERANCE).toBe(3);
    for (const line of [7, 8, 12, 13]) expect(matchCase([label(10)], [], [report(line)]).truePositives, `line ${line}`).toHaveLength(1);
    for (const line of [6, 14]) {
      const result = matchCase([label(10)], [], [report(line)]);
      expect(result.truePositives, `line ${line}`).toHaveLength(0);
      expect(lines(result.falsePositives)).toEqual([line]);
      expect(lines(result.falseNegatives)).toEqual([10]);
    }
  });

  it('never matches across rules or files', () => {
    const otherRule = matchCase([label(10)], [], [report(10, 'no-hidden-decline')]);
    expect(otherRule.truePositives).toHaveLength(0);
    expect(otherRule.falsePositives.map((r) => r.rule)).toEqual(['no-hidden-decline']);
    expect(otherRule.falseNegatives.map((l) => l.rule)).toEqual(['no-fine-print']);
    const otherFile = matchCase([label(10)], [], [report(10, 'no-fine-print', 'src/Other.tsx')]);
    expect(otherFile.truePositives).toHaveLength(0);
    expect(otherFile.falsePositives.map((r) => r.file)).toEqual(['src/Other.tsx']);
  });

  it('matches each expected finding once: a double report is one true and one false positive', () => {
    const result = matchCase([label(10)], [], [report(10), report(11)]);
    expect(result.truePositives.map((pair) => pair.reported.line)).toEqual([10]);
    expect(lines(result.falsePositives)).toEqual([11]);
    expect(result.falseNegatives).toEqual([]);
  });

  it('scores two messages of one rule on one element (same line and column) once, right or wrong', () => {
    const contrast = { ...report(10), message: 'contrast of 2.6:1' };
    const flagged = matchCase([label(10)], [], [report(10), contrast]);
    expect(flagged.truePositives).toHaveLength(1);
    expect(flagged.falsePositives).toEqual([]);
    expect(flagged.sameElement).toEqual([contrast]);
    // Unlabelled, the element is one false positive, not two.
    const unlabelled = matchCase([], [], [report(10), contrast]);
    expect(unlabelled.falsePositives).toEqual([report(10)]);
    expect(unlabelled.sameElement).toEqual([contrast]);
    // Another column is another element; another rule is another finding.
    const otherColumn = { ...report(10), column: 9 };
    expect(matchCase([label(10)], [], [report(10), otherColumn]).falsePositives).toEqual([otherColumn]);
    expect(matchCase([label(10)], [], [report(10), report(10, 'no-hidden-decline')]).falsePositives.map((r) => r.rule)).toEqual(['no-hidden-decline']);
  });

  it('matches each report once: one report cannot satisfy two labels', () => {
    const result = matchCase([label(10), label(12)], [], [report(11)]);
    expect(result.truePositives).toHaveLength(1);
    expect(result.falseNegatives).toHaveLength(1);
  });

  it('pairs the closest lines', () => {
    const single = matchCase([label(10)], [], [report(12), report(9)]);
    expect(single.truePositives.map((pair) => pair.reported.line)).toEqual([9]);
    expect(lines(single.falsePositives)).toEqual([12]);
    const two = matchCase([label(10), label(20)], [], [report(19), report(13), report(22)]);
    expect(two.truePositives.map((pair) => [pair.reported.line, pair.expected.line])).toEqual([[13, 10], [19, 20]]);
    expect(lines(two.falsePositives)).toEqual([22]);
    // 9 and 11 are both one line from 10: the tie goes to the earlier line, the same on every run.
    const tie = matchCase([label(10)], [], [report(11), report(9)]);
    expect(tie.truePositives.map((pair) => pair.reported.line)).toEqual([9]);
  });

  it('finds the most matches where closest-first would lose one', () => {
    // Closest first pairs 12 with 13 and leaves 10 and 16 alone; 12-10 and 16-13 match both.
    const result = matchCase([label(10), label(13)], [], [report(12), report(16)]);
    expect(result.truePositives.map((pair) => [pair.reported.line, pair.expected.line]).sort()).toEqual([[12, 10], [16, 13]]);
    expect(result.falsePositives).toEqual([]);
    expect(result.falseNegatives).toEqual([]);
  });

  it('counts a report that matches only a debatable entry neither way', () => {
    const result = matchCase([], [label(20)], [report(22)]);
    expect(result.truePositives).toEqual([]);
    expect(result.falsePositives).toEqual([]);
    expect(result.falseNegatives).toEqual([]);
    expect(result.debatable).toEqual([{ reported: report(22), debatable: label(20) }]);
  });

  it('does not miss a debatable entry nobody reports, and still counts reports beyond its tolerance', () => {
    expect(matchCase([], [label(20)], [])).toEqual({ truePositives: [], falsePositives: [], falseNegatives: [], debatable: [], sameElement: [] });
    const far = matchCase([], [label(20)], [report(24)]);
    expect(lines(far.falsePositives)).toEqual([24]);
    const otherRule = matchCase([], [label(20)], [report(20, 'no-hidden-decline')]);
    expect(otherRule.falsePositives).toHaveLength(1);
  });

  it('matches expected findings before debatable entries', () => {
    const result = matchCase([label(10)], [label(11)], [report(11)]);
    expect(result.truePositives).toHaveLength(1);
    expect(result.debatable).toEqual([]);
    // A second report near it is absorbed by the debatable entry instead of counting as a false positive.
    const twice = matchCase([label(10)], [label(11)], [report(11), report(12)]);
    expect(twice.truePositives).toHaveLength(1);
    expect(twice.debatable).toHaveLength(1);
    expect(twice.falsePositives).toEqual([]);
  });

  it('keeps the counts whole: every report and every label lands in exactly one bucket', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ line: fc.integer({ min: 1, max: 30 }), rule: fc.constantFrom('a', 'b'), file: fc.constantFrom('x.tsx', 'y.tsx') }), { maxLength: 8 }),
        fc.array(fc.record({ line: fc.integer({ min: 1, max: 30 }), rule: fc.constantFrom('a', 'b'), file: fc.constantFrom('x.tsx', 'y.tsx') }), { maxLength: 8 }),
        fc.array(fc.record({ line: fc.integer({ min: 1, max: 30 }), rule: fc.constantFrom('a', 'b'), file: fc.constantFrom('x.tsx', 'y.tsx') }), { maxLength: 3 }),
        (expected, reported, debatable) => {
          const result = matchCase(
            expected.map((e) => label(e.line, e.rule, e.file)),
            debatable.map((e) => label(e.line, e.rule, e.file)),
            reported.map((e) => report(e.line, e.rule, e.file)),
          );
          expect(result.truePositives.length + result.falsePositives.length + result.debatable.length + result.sameElement.length).toBe(reported.length);
          expect(result.truePositives.length + result.falseNegatives.length).toBe(expected.length);
          for (const { reported: r, expected: e } of result.truePositives) {
            expect(r.rule).toBe(e.rule);
            expect(r.file).toBe(e.file);
            expect(Math.abs(r.line - e.line)).toBeLessThanOrEqual(LINE_TOLERANCE);
          }
        },
      ),
    );
  });
});

describe('closestMaximumMatching', () => {
  /** Every matching, by brute force: the most pairs, then the least total distance. */
  function best(rows: number[], columns: number[], tolerance: number): { size: number; cost: number } {
    let found = { size: 0, cost: 0 };
    const visit = (row: number, used: Set<number>, size: number, cost: number) => {
      if (size > found.size || (size === found.size && cost < found.cost)) found = { size, cost };
      if (row === rows.length) return;
      visit(row + 1, used, size, cost);
      columns.forEach((column, index) => {
        const distance = Math.abs((rows[row] ?? 0) - column);
        if (used.has(index) || distance > tolerance) return;
        used.add(index);
        visit(row + 1, used, size + 1, cost + distance);
        used.delete(index);
      });
    };
    visit(0, new Set(), 0, 0);
    return found;
  }

  it('finds a maximum matching of least total distance, as brute force does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 25 }), { maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 25 }), { maxLength: 6 }), (rows, columns) => {
        const pairs = closestMaximumMatching(rows, columns, 3);
        expect(new Set(pairs.map(([r]) => r)).size).toBe(pairs.length);
        expect(new Set(pairs.map(([, c]) => c)).size).toBe(pairs.length);
        const cost = pairs.reduce((total, [r, c]) => total + Math.abs((rows[r] ?? 0) - (columns[c] ?? 0)), 0);
        for (const [r, c] of pairs) expect(Math.abs((rows[r] ?? 0) - (columns[c] ?? 0))).toBeLessThanOrEqual(3);
        expect({ size: pairs.length, cost }).toEqual(best(rows, columns, 3));
      }),
      { numRuns: 500 },
    );
  });
});
