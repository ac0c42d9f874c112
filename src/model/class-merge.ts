/**
 * tailwind-merge precedence for class lists built through a merging helper (shadcn's `cn` = clsx + twMerge, or
 * `twMerge` itself): of two utilities that set the same thing (`text-sm` then `text-base`, `p-4` then `px-6`), the
 * later one wins and the earlier one is dropped from the DOM, so the generated CSS's order no longer decides. The
 * conflict table is tailwind-merge's own (the package the helpers call, pinned), never a guess from class shapes.
 *
 * A class applied under a condition can only make what it would replace conditional; a CSS module class is not a
 * Tailwind utility and is left alone.
 */
import { lazyRequire } from '../lazy-require.js';
import type { ClassToken } from './types.js';

/** Helpers whose result is merged: shadcn/ui's `cn` (clsx + twMerge), and twMerge itself. */
export const MERGING_HELPERS = new Set(['cn', 'twMerge']);

/** Loaded by the first class list built through a merging helper. */
const tailwindMerge = lazyRequire<typeof import('tailwind-merge')>('tailwind-merge');

/** Whether the later class `b` replaces the earlier `a` in tailwind-merge's reading. */
function replaces(a: string, b: string): boolean {
  return tailwindMerge().twMerge(`${a} ${b}`) === b;
}

/** What a merge keeps of a list, by position: the tokens dropped, and those it made conditional. */
interface MergeOutcome {
  dropped: ReadonlySet<number>;
  madeConditional: readonly number[];
}

/**
 * Merges by the lists' names and conditions: a component's `cn(...)` list is the same at every use site (a
 * design system's button, rendered at each of a page's use sites), and deciding its conflicts asks tailwind-merge
 * about every pair that involves a conditional class. Bounded by count, cleared when full (a key is one list's
 * names; a project has a few thousand distinct lists at most).
 */
const outcomes = new Map<string, MergeOutcome>();
const MAX_OUTCOMES = 4096;

/** A list's key: what the merge reads of each token (a CSS module's class holds its place and nothing more). */
function mergeKey(tokens: readonly ClassToken[]): string {
  return tokens.map((token) => (token.module !== undefined ? '\u0002' : token.conditional ? `\u0001${token.name}` : token.name)).join(' ');
}

/** The tokens as tailwind-merge leaves them, in order. */
export function mergeTailwindTokens(tokens: readonly ClassToken[]): ClassToken[] {
  const key = mergeKey(tokens);
  let outcome = outcomes.get(key);
  if (!outcome) {
    if (outcomes.size >= MAX_OUTCOMES) outcomes.clear();
    outcomes.set(key, (outcome = mergeOutcome(tokens)));
  }
  const out = tokens.map((token) => ({ ...token }));
  for (const index of outcome.madeConditional) (out[index] as ClassToken).conditional = true;
  return out.filter((_token, index) => !outcome.dropped.has(index));
}

function mergeOutcome(tokens: readonly ClassToken[]): MergeOutcome {
  const conditional = tokens.map((token) => token.conditional);
  const dropped = new Set<number>();
  const plain = tokens.flatMap((token, index) => (token.module === undefined ? [{ name: token.name, index }] : []));
  // Always-present classes: one twMerge over them all says which survive (it keeps the last of each group).
  const always = plain.filter(({ index }) => !conditional[index]);
  const kept = tailwindMerge().twMerge(always.map(({ name }) => name).join(' ')).split(/\s+/).filter(Boolean);
  const remaining = new Map<string, number>();
  for (const name of kept) remaining.set(name, (remaining.get(name) ?? 0) + 1);
  for (let i = always.length - 1; i >= 0; i--) {
    const { name, index } = always[i] as { name: string; index: number };
    const count = remaining.get(name) ?? 0;
    if (count > 0) remaining.set(name, count - 1);
    else dropped.add(index);
  }
  // A conditional class: an earlier class it replaces is there only when it isn't; a later always-present class
  // that replaces it removes it.
  const madeConditional: number[] = [];
  for (const { name: later, index: j } of plain) {
    for (const { name: earlier, index: i } of plain) {
      if (i >= j || dropped.has(i) || dropped.has(j)) continue;
      if (!conditional[j] && !conditional[i]) continue;
      if (!replaces(earlier, later)) continue;
      if (conditional[j]) {
        if (!conditional[i]) madeConditional.push(i);
        conditional[i] = true;
      } else dropped.add(i);
    }
  }
  return { dropped, madeConditional };
}
