import type { RuleMeta } from './types.js';

/** consistent-choice-order takes no options: the project's own majority order is the reference. */
export type ConsistentChoiceOrderOptions = Record<string, never>;

export const consistentChoiceOrder: RuleMeta<ConsistentChoiceOrderOptions> = {
  id: 'consistent-choice-order',
  description: 'Require the consent prompts of one project to put accept and decline in the same order.',
  harm: 'People learn where "Reject" sits after the first banner; a prompt that swaps accept and decline makes them click accept out of habit. Regulators name flipping the order of yes and no between screens as confusing choice architecture.',
  severity: 'warn',
  presets: ['strict'],
  standards: ['cpra-7004-a3', 'edpb-deceptive-design'],
  messages: {
    flippedOrder:
      "This prompt puts {{order}} ('{{first}}' before '{{second}}'), but {{majorityCount}} of the project's {{total}} prompts put {{majority}}, as at {{example}}. Use one order in every prompt, so people who learned where decline is don't accept by habit (CPRA § 7004(a)(3)).",
  },
  schema: { type: 'object', additionalProperties: false, properties: {} },
  defaultOptions: {},
  hasSuggestions: false,
  checkerOnly: true,
};
