/**
 * no-tracking-before-consent (audit only): while a consent prompt is on screen and nobody has chosen yet, the page
 * has already called an advertising, analytics, social or marketing party, or stored its cookie or identifier.
 * Follows ePrivacy Art. 5(3) (prior consent to store or read information on the device), GDPR Art. 6(1)(a) and 7,
 * the CNIL's 2020 cookie guidelines (no tracker that needs consent before consent) and EDPB Guidelines 2/2023
 * (pixels, URL tracking and identifiers in storage count as well as cookies).
 *
 * The audit classifies each party with third-party-web (src/browser/tracking.ts); this check only reads the result.
 * Without a prompt on screen nothing is reported: a page that asks nothing may rely on another law, or on a
 * prompt shown elsewhere, and the rule doesn't guess which.
 */
import type { NoTrackingBeforeConsentOptions } from '../catalog/no-tracking-before-consent.js';
import type { PageRequest, PageStoredItem } from '../browser/tracking-types.js';
import type { ConsentContext } from '../context/detect.js';
import type { Check, FileAnalysis, Finding } from './types.js';
import { finding, quote } from './util.js';

const RULE = 'no-tracking-before-consent';

/** Topics that make a prompt a request for consent to cookies or tracking. */
const PROMPT_TOPICS = new Set(['cookies', 'consent', 'analytics', 'advertising', 'marketing', 'tracking', 'personalisation', 'sharing', 'sale']);

/** The prompt people answer: a context on screen that offers a choice and speaks of cookies or tracking purposes. */
function promptOnScreen(analysis: FileAnalysis): ConsentContext | undefined {
  const page = analysis.page;
  if (!page) return undefined;
  return analysis.consent.contexts.find(
    (context) => context.choices.some((choice) => choice.kind === 'accept' || choice.kind === 'decline' || choice.kind === 'manage') && context.topics.some((topic) => PROMPT_TOPICS.has(topic)) && page.shown(context.root),
  );
}

const ACTIONS: Record<'request' | PageStoredItem['kind'], string> = { request: 'requested', cookie: 'set the cookie', localStorage: 'stored', sessionStorage: 'stored' };

export const checkNoTrackingBeforeConsent: Check<NoTrackingBeforeConsentOptions> = (analysis, options) => {
  const prompt = promptOnScreen(analysis);
  const page = analysis.page;
  if (!prompt || !page) return { findings: [], reviews: [] };
  const categories = new Set(options.categories);
  const allowed = new Set(options.allowEntities.map((entity) => entity.toLowerCase()));
  const reported = (item: { party?: PageRequest['party'] }): boolean => !!item.party && categories.has(item.party.category) && !allowed.has(item.party.entity.toLowerCase());
  // One finding per party and kind of activity (ten ad calls are one problem), naming the first and counting the rest.
  const groups = new Map<string, { kind: 'request' | PageStoredItem['kind']; items: Array<PageRequest | PageStoredItem> }>();
  for (const request of page.requests.filter(reported)) {
    const key = `${request.party?.entity}\u0000request`;
    const group = groups.get(key) ?? { kind: 'request', items: [] };
    group.items.push(request);
    groups.set(key, group);
  }
  for (const item of page.stored.filter(reported)) {
    const key = `${item.party?.entity}\u0000${item.kind}`;
    const group = groups.get(key) ?? { kind: item.kind, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const findings: Finding[] = [];
  for (const { kind, items } of groups.values()) {
    const first = items[0] as PageRequest | PageStoredItem;
    const party = first.party as NonNullable<PageRequest['party']>;
    const stored = first as PageStoredItem;
    const item = kind === 'request' ? quote((first as PageRequest).url, 100) : kind === 'cookie' ? `'${stored.name}'` : `'${stored.name}' in ${kind}`;
    const more = items.length > 1 ? `; ${items.length - 1} more ${kind === 'request' ? (items.length === 2 ? 'request' : 'requests') : items.length === 2 ? 'entry' : 'entries'}` : '';
    findings.push({
      ...finding(RULE, prompt.root, 'trackedBeforeConsent', {
        action: ACTIONS[kind],
        item,
        entity: party.entity,
        category: party.category,
        more,
        kind,
        ...(kind === 'request' ? { request: (first as PageRequest).url, method: (first as PageRequest).method } : { name: stored.name, domain: stored.domain }),
      }),
      distinct: `${party.entity}\u0000${kind}`,
    });
  }
  return { findings, reviews: [] };
};
