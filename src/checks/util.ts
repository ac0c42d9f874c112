import type { UIElement } from '../model/types.js';
import type { Finding, Review, SuggestionData } from './types.js';
import type { UnresolvedReason } from '../model/types.js';

/** Shorten a label for a message: people recognise the start of it. */
export function quote(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

export function finding(ruleId: string, element: UIElement, messageId: string, data: Record<string, string | number>, suggestions?: SuggestionData[]): Finding {
  return { ruleId, element, messageId, data, loc: element.openingLoc, range: element.openingRange, ...(suggestions?.length ? { suggestions } : {}) };
}

export function review(ruleId: string, element: UIElement, reason: UnresolvedReason, detail: string): Review {
  return { ruleId, element, loc: element.openingLoc, reason, detail };
}
