/**
 * Matching reported findings to a case's labels (tests/accuracy/README.md, "Scoring"): same rule and file, line
 * within ±LINE_TOLERANCE, each expected finding matched at most once and each reported finding at most once.
 *
 * Within one rule and file the pairing is a maximum matching (as many true positives as the tolerance allows)
 * and, among those, the one with the smallest total line distance ("pick the closest line"). A greedy
 * closest-first pairing is not enough: labels at 10 and 13 and reports at 12 and 16 pair greedily as 12-13 and
 * leave both 10 and 16 unmatched, where 12-10 and 16-13 match both.
 *
 * A reported finding that matches no expected finding but lies within the tolerance of a debatable entry counts
 * neither way; expected findings are matched first, so a report near both is a true positive.
 *
 * One element is one finding per rule: messages of one rule at the same line and column (no-fine-print's size and
 * its contrast on one paragraph) are one flagged element to the reader, and are scored once, right or wrong; the
 * others are listed as `sameElement`.
 */

/** How far (in lines) a reported finding may be from its label's anchor. */
export const LINE_TOLERANCE = 3;

/** An expected finding or a debatable entry from a case's expect.json. */
export interface Label {
  rule: string;
  /** Relative to the case folder, forward slashes. */
  file: string;
  line: number;
  why: string;
}

/** A finding the checker reported, with its file relative to the case folder. */
export interface Reported {
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface CaseMatch {
  truePositives: Array<{ reported: Reported; expected: Label }>;
  falsePositives: Reported[];
  falseNegatives: Label[];
  /** Reported findings that matched only a debatable entry: neither right nor wrong. */
  debatable: Array<{ reported: Reported; debatable: Label }>;
  /** Further messages of a rule on an element it already reported (same line and column): scored once. */
  sameElement: Reported[];
}

export function matchCase(expected: readonly Label[], debatable: readonly Label[], allReported: readonly Reported[]): CaseMatch {
  const result: CaseMatch = { truePositives: [], falsePositives: [], falseNegatives: [], debatable: [], sameElement: [] };
  const seen = new Set<string>();
  const reported = allReported.filter((finding) => {
    const place = `${keyOf(finding)}\u0000${finding.line}:${finding.column}`;
    if (!seen.has(place)) return seen.add(place);
    result.sameElement.push(finding);
    return false;
  });
  const keys = new Set([...expected, ...reported].map(keyOf));
  for (const key of [...keys].sort()) {
    const labels = sortByLine(expected.filter((label) => keyOf(label) === key));
    const reports = [...reported.filter((finding) => keyOf(finding) === key)].sort((a, b) => a.line - b.line || a.column - b.column || compare(a.message, b.message));
    const pairs = closestMaximumMatching(reports.map((r) => r.line), labels.map((l) => l.line), LINE_TOLERANCE);
    const matchedReports = new Set<number>();
    const matchedLabels = new Set<number>();
    for (const [r, l] of pairs) {
      matchedReports.add(r);
      matchedLabels.add(l);
      result.truePositives.push({ reported: at(reports, r), expected: at(labels, l) });
    }
    const zones = sortByLine(debatable.filter((entry) => keyOf(entry) === key));
    reports.forEach((report, index) => {
      if (matchedReports.has(index)) return;
      const zone = closest(zones, report.line);
      if (zone) result.debatable.push({ reported: report, debatable: zone });
      else result.falsePositives.push(report);
    });
    labels.forEach((label, index) => {
      if (!matchedLabels.has(index)) result.falseNegatives.push(label);
    });
  }
  return result;
}

/**
 * Pairs (index into `rows`, index into `columns`) of a maximum matching in which a row and a column may pair when
 * their values differ by at most `tolerance`, with the smallest total difference among maximum matchings.
 *
 * Successive shortest augmenting paths (Bellman-Ford on the residual graph, so the negative costs of undoing a
 * pair are allowed): each augmentation adds one pair at the least extra cost, which keeps the matching of every
 * size at its minimum cost. The groups are one rule in one file, a handful of entries, so the cubic bound is moot.
 * Ties go to the lower index, so the result depends only on the input order.
 */
export function closestMaximumMatching(rows: readonly number[], columns: readonly number[], tolerance: number): Array<[number, number]> {
  const allowed = (r: number, c: number) => Math.abs(at(rows, r) - at(columns, c)) <= tolerance;
  const cost = (r: number, c: number) => Math.abs(at(rows, r) - at(columns, c));
  const columnOfRow: number[] = rows.map(() => -1);
  const rowOfColumn: number[] = columns.map(() => -1);

  for (;;) {
    // Distances to each row and column along alternating paths that start at a free row.
    const rowDistance = rows.map((_, r) => (columnOfRow[r] === -1 ? 0 : Infinity));
    const columnDistance = columns.map(() => Infinity);
    const cameFrom: number[] = columns.map(() => -1);
    for (let changed = true, round = 0; changed && round <= rows.length + columns.length; round++) {
      changed = false;
      for (let r = 0; r < rows.length; r++) {
        const base = at(rowDistance, r);
        if (base === Infinity) continue;
        for (let c = 0; c < columns.length; c++) {
          if (columnOfRow[r] === c || !allowed(r, c)) continue;
          if (base + cost(r, c) < at(columnDistance, c)) {
            columnDistance[c] = base + cost(r, c);
            cameFrom[c] = r;
            changed = true;
          }
        }
      }
      for (let c = 0; c < columns.length; c++) {
        const owner = at(rowOfColumn, c);
        if (owner === -1 || at(columnDistance, c) === Infinity) continue;
        const through = at(columnDistance, c) - cost(owner, c);
        if (through < at(rowDistance, owner)) {
          rowDistance[owner] = through;
          changed = true;
        }
      }
    }
    let end = -1;
    for (let c = 0; c < columns.length; c++) {
      if (at(rowOfColumn, c) === -1 && at(columnDistance, c) < Infinity && (end === -1 || at(columnDistance, c) < at(columnDistance, end))) end = c;
    }
    if (end === -1) break;
    // Flip the path: each column on it takes the row it was reached from, whose old column is the next step back.
    for (let c = end; c !== -1; ) {
      const r = at(cameFrom, c);
      const previous = at(columnOfRow, r);
      columnOfRow[r] = c;
      rowOfColumn[c] = r;
      c = previous;
    }
  }
  return columnOfRow.flatMap((c, r): Array<[number, number]> => (c === -1 ? [] : [[r, c]]));
}

function closest(labels: readonly Label[], line: number): Label | undefined {
  let best: Label | undefined;
  for (const label of labels) {
    const distance = Math.abs(label.line - line);
    if (distance <= LINE_TOLERANCE && (!best || distance < Math.abs(best.line - line))) best = label;
  }
  return best;
}

function keyOf(entry: { rule: string; file: string }): string {
  return `${entry.rule}\u0000${entry.file}`;
}

function sortByLine(labels: readonly Label[]): Label[] {
  return [...labels].sort((a, b) => a.line - b.line);
}

/** An index known to be in range (noUncheckedIndexedAccess cannot see it). */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} out of range`);
  return item;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
