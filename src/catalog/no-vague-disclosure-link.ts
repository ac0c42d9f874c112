import type { RuleMeta } from './types.js';

/** no-vague-disclosure-link takes no options: its vocabulary is the lexicon's `vagueLinks` and `material` data. */
export type NoVagueDisclosureLinkOptions = Record<string, never>;

export const noVagueDisclosureLink: RuleMeta<NoVagueDisclosureLinkOptions> = {
  id: 'no-vague-disclosure-link',
  description: 'Disallow a consent prompt whose only route to its material terms is a link labelled "Details", "Learn more", "Terms and conditions" or an icon.',
  harm: 'A prompt that states none of its material terms (data use, sharing, AI training, price, renewal) and leaves them behind "Details" or an info icon asks people to decide without them: few follow the link. The FTC counts information integral to a choice behind a vaguely labelled hyperlink as not clear and conspicuous.',
  severity: 'warn',
  presets: ['strict'],
  standards: ['ftc-dot-com-disclosures', 'ftc-dark-patterns-2022', 'ca-auto-renewal', 'gdpr-art-4-11'],
  messages: {
    vagueLink:
      "This {{topic}} prompt states none of its material terms, and the only way to read them is '{{label}}', which says nothing of what it leads to. State the key terms (data use, sharing, AI training, price, renewal) beside the choice, or name them in the link (FTC .com Disclosures).",
    iconLink:
      'This {{topic}} prompt states none of its material terms, and the only way to read them is an icon-only {{element}} ({{label}}). State the key terms (data use, sharing, AI training, price, renewal) beside the choice, or give the link visible text that names them (FTC .com Disclosures).',
  },
  schema: { type: 'object', additionalProperties: false, properties: {} },
  defaultOptions: {},
  hasSuggestions: false,
};
