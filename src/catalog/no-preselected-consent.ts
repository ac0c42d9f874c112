import type { RuleMeta } from './types.js';

export interface NoPreselectedConsentOptions {
  /** Extra words that mark a control as strictly necessary (never flagged). */
  essentialWords: string[];
}

export const noPreselectedConsent: RuleMeta<NoPreselectedConsentOptions> = {
  id: 'no-preselected-consent',
  description: 'Disallow consent controls for non-essential purposes that are on by default.',
  harm: 'A box that is already ticked decides for people: most never untick it, so marketing, sharing or AI training happens without a clear affirmative act. Pre-ticked boxes are not valid consent under the GDPR (Planet49) and impair choice under the CPRA.',
  severity: 'error',
  presets: ['recommended', 'strict'],
  standards: ['gdpr-recital-32', 'planet49', 'gdpr-art-4-11', 'cpra-7004-a4', 'ftc-dark-patterns-2022', 'edpb-cookie-taskforce'],
  messages: {
    preselected:
      "The {{control}} for '{{label}}' ({{purpose}}) is on by default ({{via}}). Consent must be an affirmative act: start it off and let people turn it on (GDPR Recital 32, Planet49; CPRA § 7004(a)(4)).",
    removeDefault: 'Remove `{{attribute}}` so the control starts off.',
    initialiseOff: 'Initialise `{{binding}}` to `false`.',
  },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      essentialWords: {
        description: 'Extra words or phrases that mark a control as strictly necessary, so it may be on by default.',
        type: 'array',
        items: { type: 'string' },
      },
    },
  },
  defaultOptions: { essentialWords: [] },
  hasSuggestions: true,
};
