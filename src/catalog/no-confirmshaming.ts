import type { RuleMeta } from './types.js';

export interface NoConfirmshamingOptions {
  /** More shaming phrases, in any language, matched as whole words like the built-in lexicon's. */
  extraPhrases: string[];
}

export const noConfirmshaming: RuleMeta<NoConfirmshamingOptions> = {
  id: 'no-confirmshaming',
  description: 'Disallow decline options worded to guilt or shame people into accepting ("No thanks, I\'d rather pay full price").',
  harm: 'A decline labelled "No, I don\'t care about my privacy" makes people pay an emotional price for refusing, so some accept what they did not want. Regulators name such guilt wording as a dark pattern; the FTC\'s Amazon settlement bars decline buttons like "No, I don\'t want Free Shipping".',
  severity: 'error',
  presets: ['recommended', 'strict'],
  standards: ['ftc-dark-patterns-2022', 'ftc-amazon-prime-2025', 'colorado-7-09', 'edpb-deceptive-design'],
  messages: {
    shamingDecline:
      "The decline '{{decline}}' guilts or shames people for refusing. Label it plainly, such as 'No thanks' or 'Decline' (FTC Dark Patterns report; FTC v. Amazon; Colorado Rule 7.09).",
  },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      extraPhrases: {
        description: 'More shaming phrases to look for on declines, matched as whole words after lower-casing and dropping apostrophes ("don\'t" is "dont").',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
    },
  },
  defaultOptions: { extraPhrases: [] },
  hasSuggestions: false,
};
