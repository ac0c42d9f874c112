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

/** The tokens as tailwind-merge leaves them, in order. */
export function mergeTailwindTokens(tokens: readonly ClassToken[]): ClassToken[] {
  const out = tokens.map((token) => ({ ...token }));
  const dropped = new Set<number>();
  const plain = out.map((token, index) => ({ token, index })).filter(({ token }) => token.module === undefined);
  // Always-present classes: one twMerge over them all says which survive (it keeps the last of each group).
  const always = plain.filter(({ token }) => !token.conditional);
  const kept = tailwindMerge().twMerge(always.map(({ token }) => token.name).join(' ')).split(/\s+/).filter(Boolean);
  const remaining = new Map<string, number>();
  for (const name of kept) remaining.set(name, (remaining.get(name) ?? 0) + 1);
  for (let i = always.length - 1; i >= 0; i--) {
    const { token, index } = always[i] as { token: ClassToken; index: number };
    const count = remaining.get(token.name) ?? 0;
    if (count > 0) remaining.set(token.name, count - 1);
    else dropped.add(index);
  }
  // A conditional class: an earlier class it replaces is there only when it isn't; a later always-present class
  // that replaces it removes it.
  for (const { token: later, index: j } of plain) {
    for (const { token: earlier, index: i } of plain) {
      if (i >= j || dropped.has(i) || dropped.has(j)) continue;
      if (!later.conditional && !earlier.conditional) continue;
      if (!replaces(earlier.name, later.name)) continue;
      if (later.conditional) earlier.conditional = true;
      else dropped.add(i);
    }
  }
  return out.filter((_token, index) => !dropped.has(index));
}
