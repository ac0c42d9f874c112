import type { RuleMeta } from './types.js';

export interface NoTrackingBeforeConsentOptions {
  /** third-party-web categories that need consent before they load. */
  categories: string[];
  /** Entities (third-party-web names, such as "Google Analytics") the site has another legal basis for. */
  allowEntities: string[];
}

/** third-party-web's categories of tracking: advertising, analytics, social trackers and marketing automation. */
export const TRACKING_CATEGORIES = ['ad', 'analytics', 'social', 'marketing'];

export const noTrackingBeforeConsent: RuleMeta<NoTrackingBeforeConsentOptions> = {
  id: 'no-tracking-before-consent',
  description: 'Disallow analytics, advertising and social trackers that load, or set cookies and storage, before people answer the consent prompt on screen.',
  harm: 'A banner that asks for consent while the page has already called the ad network and set the analytics cookie asks a question it has already answered for people. Regulators require trackers to wait for consent: a refusal must leave nothing behind.',
  severity: 'error',
  presets: ['recommended', 'strict'],
  standards: ['eprivacy-art-5-3', 'gdpr-art-6', 'gdpr-art-7', 'cnil-cookies-2020', 'edpb-eprivacy-scope'],
  messages: {
    trackedBeforeConsent:
      "Before any choice, while this consent prompt is on screen, the page {{action}} {{item}} ({{entity}}, {{category}}{{more}}). Load {{category}} trackers only after people accept (ePrivacy Art. 5(3); GDPR Art. 6(1)(a), 7; CNIL and EDPB Guidelines 2/2023).",
  },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      categories: {
        description: "third-party-web categories reported when they load or store before consent (default: ad, analytics, social, marketing).",
        type: 'array',
        items: { type: 'string', enum: ['ad', 'analytics', 'social', 'marketing', 'customer-success', 'video', 'content', 'tag-manager', 'utility', 'cdn', 'hosting', 'consent-provider', 'other'] },
        uniqueItems: true,
      },
      allowEntities: {
        description: 'Entities, by their third-party-web name (e.g. "Google Analytics"), never reported: ones the site has configured to run without identifiers and has another legal basis for.',
        type: 'array',
        items: { type: 'string', minLength: 1 },
        uniqueItems: true,
      },
    },
  },
  defaultOptions: { categories: TRACKING_CATEGORIES, allowEntities: [] },
  hasSuggestions: false,
  auditOnly: true,
};
