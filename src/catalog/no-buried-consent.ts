import type { RuleMeta } from './types.js';

export interface NoBuriedConsentOptions {
  /** Material topics that count as buried when they come after the accept action. */
  topics: string[];
}

export const noBuriedConsent: RuleMeta<NoBuriedConsentOptions> = {
  id: 'no-buried-consent',
  description: 'Disallow consent controls and material disclosures placed after the accept action they belong to.',
  harm: 'People read a prompt top to bottom and stop at the button: a consent switch or a term about data use, AI training or renewal placed below "Accept" is seen, if at all, after the decision is made. Disclosures must sit near the choice they qualify, and consent must be clearly distinguishable, not an afterthought under the button.',
  severity: 'error',
  presets: ['recommended', 'strict'],
  standards: ['ftc-dot-com-disclosures', 'ca-auto-renewal', 'ftc-ai-terms-2024', 'gdpr-art-7', 'ftc-dark-patterns-2022'],
  messages: {
    buriedControl:
      "The {{control}} for '{{label}}' ({{purpose}}) comes after '{{accept}}', so people accept before they see it. Put it above or beside the accept button (GDPR Art. 7(2); FTC .com Disclosures).",
    buriedDisclosure:
      "This disclosure about {{topic}} ('{{text}}') comes after '{{accept}}', so people accept before they read it. Move it above or beside the button (FTC .com Disclosures; Cal. Bus. & Prof. Code § 17602 visual proximity).",
  },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      topics: {
        description:
          "Material topics (lexicon keys: data-use, ai-training, sharing, retention, price, renewal, cancellation) whose disclosure must not follow the accept action. Cancellation is left out by default: how to cancel or withdraw doesn't change what people agree to.",
        type: 'array',
        items: { type: 'string' },
      },
    },
  },
  defaultOptions: { topics: ['data-use', 'ai-training', 'sharing', 'retention', 'price', 'renewal'] },
  hasSuggestions: false,
};
