import type { RuleMeta } from './types.js';

export interface NoUnbalancedChoicesOptions {
  /** The decline's font may be this many px smaller than the accept's. */
  fontSizeTolerance: number;
  /** The decline's font weight may be this much lighter (CSS weight units). */
  fontWeightTolerance: number;
  /** The decline's padding may be this fraction of the accept's before it counts as smaller. */
  paddingRatio: number;
}

export const noUnbalancedChoices: RuleMeta<NoUnbalancedChoicesOptions> = {
  id: 'no-unbalanced-choices',
  description: 'Disallow a decline option drawn visually weaker than the accept option beside it.',
  harm: 'When "Accept" is a big filled button and "Reject" a small grey link, people take the path the design pushes them down. Regulators require symmetry: the privacy-protective choice may not be less prominent in size, font or styling.',
  severity: 'error',
  presets: ['recommended', 'strict'],
  standards: ['cpra-7004-a2', 'colorado-7-09', 'edpb-cookie-taskforce', 'ico-cma-harmful-design', 'dsa-art-25', 'wcag-1-4-3'],
  messages: {
    weakerDecline:
      "'{{decline}}' is drawn weaker than '{{accept}}': {{factors}}. Give both choices the same size, weight and style (CPRA § 7004(a)(2); Colorado Rule 7.09; EDPB Cookie Banner Taskforce).",
  },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      fontSizeTolerance: { description: 'How many CSS px smaller the decline\'s text may be than the accept\'s.', type: 'number', minimum: 0 },
      fontWeightTolerance: { description: 'How many CSS font-weight units lighter the decline may be (100 allows 500 against 400).', type: 'number', minimum: 0 },
      paddingRatio: { description: 'The decline\'s padding (sum of sides) may be this fraction of the accept\'s before it counts as smaller.', type: 'number', minimum: 0, maximum: 1 },
    },
  },
  defaultOptions: { fontSizeTolerance: 1, fontWeightTolerance: 100, paddingRatio: 0.5 },
  hasSuggestions: false,
};
