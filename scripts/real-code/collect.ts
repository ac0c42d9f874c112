/**
 * Everything the checker says about a folder of real code, as a reading list: every finding and every
 * needs-review result, grouped by file, each with a few lines of source around it.
 */
import { readFileSync } from 'node:fs';
import type { StrictRun } from '../accuracy/check.js';
import { relativeFile, ruleIdOf } from '../accuracy/check.js';

/** Lines of source shown before and after an entry's line. */
export const EXCERPT_RADIUS = 3;

/** Longer source lines (minified code, inline data) are cut here, so one line cannot swamp the page. */
const MAX_LINE_LENGTH = 300;

export interface Excerpt {
  /** The first line shown, 1-based. */
  start: number;
  lines: string[];
}

export interface Entry {
  /** `F12` for the twelfth finding, `R3` for the third needs-review result: a handle for bug reports. */
  handle: string;
  kind: 'finding' | 'review';
  rule: string;
  /** `error` or `warning` for findings, `needs review` for reviews. */
  level: string;
  line: number;
  column: number;
  /** The finding's message, or what the review could not decide. */
  message: string;
  /** The review's reason key (`css-variable`), or the finding's messageId. */
  reason: string;
  /** The measured data a finding's message interpolates. */
  data: Record<string, string | number>;
  excerpt: Excerpt;
}

export interface FileEntries {
  /** Relative to the folder checked, forward slashes. */
  file: string;
  entries: Entry[];
}

export interface Reading {
  /** The folder as given. */
  folder: string;
  files: FileEntries[];
  findings: number;
  reviews: number;
  /** Consent contexts the checker found (with a choice or a control). */
  contexts: number;
  findingsByRule: Record<string, number>;
  reviewsByRule: Record<string, number>;
  /** Files the checker could not analyse (parse errors, skipped files): `file:line message`. */
  notAnalysed: string[];
}

/** `folder` as the user named it, for the page's title; `root`, its absolute path, for the paths on the page. */
export function collect(folder: string, root: string, run: StrictRun): Reading {
  const byFile = new Map<string, Array<Omit<Entry, 'handle' | 'excerpt'>>>();
  const notAnalysed: string[] = [];
  const add = (file: string, entry: Omit<Entry, 'handle' | 'excerpt'>) => {
    const list = byFile.get(file) ?? [];
    list.push(entry);
    byFile.set(file, list);
  };
  for (const result of run.results) {
    for (const message of result.messages) {
      const rule = ruleIdOf(message);
      if (!rule) {
        notAnalysed.push(`${relativeFile(root, result.filePath)}:${message.line}  ${message.message}`);
        continue;
      }
      add(result.filePath, {
        kind: 'finding',
        rule,
        level: message.severity === 2 ? 'error' : 'warning',
        line: message.line,
        column: message.column,
        message: message.message,
        reason: message.messageId ?? '',
        data: message.data ?? {},
      });
    }
  }
  let contexts = 0;
  for (const [filePath, details] of run.details) {
    contexts += details.contexts?.length ?? 0;
    for (const review of details.reviews) {
      add(filePath, { kind: 'review', rule: review.ruleId, level: 'needs review', line: review.loc.start.line, column: review.loc.start.column + 1, message: review.detail, reason: review.reason, data: {} });
    }
  }

  const counters = { finding: 0, review: 0 };
  const findingsByRule: Record<string, number> = {};
  const reviewsByRule: Record<string, number> = {};
  const files = [...byFile.keys()].sort(compare).map((filePath): FileEntries => {
    const sourceLines = readLines(filePath);
    const entries = (byFile.get(filePath) ?? [])
      .sort((a, b) => a.line - b.line || a.column - b.column || compare(a.kind, b.kind) || compare(a.rule, b.rule))
      .map((entry): Entry => {
        counters[entry.kind]++;
        const tally = entry.kind === 'finding' ? findingsByRule : reviewsByRule;
        tally[entry.rule] = (tally[entry.rule] ?? 0) + 1;
        return { ...entry, handle: `${entry.kind === 'finding' ? 'F' : 'R'}${counters[entry.kind]}`, excerpt: excerpt(sourceLines, entry.line) };
      });
    return { file: relativeFile(root, filePath), entries };
  });
  return { folder, files, findings: counters.finding, reviews: counters.review, contexts, findingsByRule, reviewsByRule, notAnalysed: notAnalysed.sort(compare) };
}

function readLines(filePath: string): string[] {
  try {
    return readFileSync(filePath, 'utf8').split(/\r\n|\r|\n/);
  } catch {
    return [];
  }
}

function excerpt(lines: readonly string[], line: number): Excerpt {
  const start = Math.max(1, line - EXCERPT_RADIUS);
  const end = Math.min(lines.length, line + EXCERPT_RADIUS);
  return { start, lines: lines.slice(start - 1, end).map((text) => (text.length > MAX_LINE_LENGTH ? `${text.slice(0, MAX_LINE_LENGTH)}…` : text)) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
