/**
 * Fingerprints that identify a finding across edits: the rule, the file (relative to the project root) and the
 * normalised source of the reported element, but NOT its line number, so adding a line above a banner does not
 * turn its known findings into new ones (what SARIF's partialFingerprints and a baseline need).
 */
import { sha256Hex } from '../hash.js';
import { sortMessages, type LintMessage, type LintResult } from './types.js';

/** The source lines a message spans, with whitespace collapsed so re-indenting does not change the fingerprint. */
export function normalisedSnippet(source: string, startLine: number, endLine = startLine): string {
  const lines = source.split(/\r\n|\r|\n/);
  // Reported spans are opening elements: a few lines. The cap keeps a pathological span from hashing a whole file.
  const last = Math.min(Math.max(endLine, startLine), startLine + 50);
  return lines
    .slice(startLine - 1, last)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Fingerprints for a file's messages, in order. Identical elements reported by the same rule in one file (two
 * copies of the same pre-checked box) are told apart by their order among those identical ones.
 */
export function fingerprints(
  relativePath: string,
  source: string | undefined,
  messages: readonly { ruleId: string | null; line: number; endLine?: number }[],
): string[] {
  const seen = new Map<string, number>();
  return messages.map((message) => {
    const snippet = source === undefined ? '' : normalisedSnippet(source, message.line, message.endLine);
    const key = [message.ruleId ?? '', relativePath, snippet].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return sha256Hex(`${key}\u0000${occurrence}`).slice(0, 32);
  });
}

/**
 * A result's rule messages, reported and suppressed, in source order: what fingerprints are taken over, so a
 * finding's fingerprint is the same whether it, or an identical twin, is suppressed or not.
 */
export function findingsInOrder(result: LintResult): Array<LintMessage & { ruleId: string }> {
  return sortMessages([...result.messages, ...result.suppressedMessages]).filter((message): message is LintMessage & { ruleId: string } => message.ruleId !== null);
}
