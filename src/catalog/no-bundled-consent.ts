import type { RuleMeta } from './types.js';

/** no-bundled-consent takes no options: its vocabulary is the lexicon's `legalDocuments` and `consentPurposes` data. */
export type NoBundledConsentOptions = Record<string, never>;

export const noBundledConsent: RuleMeta<NoBundledConsentOptions> = {
  id: 'no-bundled-consent',
  description: 'Disallow one checkbox or one accept button that both accepts the terms and grants a separate consent (marketing, sharing, AI training).',
  harm: 'When accepting the terms and agreeing to marketing, data sharing or AI training are one tick or one click, people cannot use the service without also granting the extra purposes. Consent must be given per purpose and be clearly distinguishable from other matters, not a condition folded into the terms.',
  severity: 'warn',
  presets: ['strict'],
  standards: ['gdpr-art-7', 'gdpr-recital-32', 'edpb-consent-guidelines', 'cpra-7004-a4'],
  messages: {
    bundledControl:
      "The {{control}} '{{label}}' accepts the {{terms}} and grants {{purpose}} in one tick. Give {{purpose}} a control of its own, off by default, apart from accepting the {{terms}} (GDPR Art. 7(2), Recital 32; CPRA § 7004(a)(4)(B)).",
    bundledButton:
      "'{{label}}' accepts the {{terms}} and grants {{purpose}} in one click. Let people accept the {{terms}} alone and ask for {{purpose}} with a separate choice (GDPR Art. 7(2), Recital 32; CPRA § 7004(a)(4)(B)).",
    bundledAction:
      "'{{label}}' is the only way to accept the {{terms}} here, and the prompt says it also grants {{purpose}}, with no separate choice. Ask for {{purpose}} with a control of its own, off by default (GDPR Art. 7(2), Recital 32; CPRA § 7004(a)(4)(B)).",
  },
  schema: { type: 'object', additionalProperties: false, properties: {} },
  defaultOptions: {},
  hasSuggestions: false,
};
