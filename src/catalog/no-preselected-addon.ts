import type { RuleMeta } from './types.js';

export interface NoPreselectedAddonOptions {
  /** Extra words or phrases that mark a checkout option as a paid add-on. */
  addonWords: string[];
  /** Words or phrases that mark a priced option as something other than an extra (a discount, store credit). */
  ignoreWords: string[];
}

export const noPreselectedAddon: RuleMeta<NoPreselectedAddonOptions> = {
  id: 'no-preselected-addon',
  description: 'Disallow paid add-ons, insurance, protection plans, donations and tips that are selected by default at checkout.',
  harm: 'An extra that is already ticked ends up in the basket of everyone who does not notice it: people pay for insurance, warranties or donations they never chose. The EU bans pre-ticked boxes for extra payments outright, and the FTC lists sneaking items into the basket as a dark pattern.',
  severity: 'error',
  presets: ['recommended', 'strict'],
  standards: ['eu-crd-art-22', 'ftc-dark-patterns-2022', 'edpb-deceptive-design'],
  messages: {
    preselectedAddon:
      "The {{control}} '{{label}}' adds {{addon}} and is on by default ({{via}}). Start it off so people choose the extra themselves (EU Consumer Rights Directive Art. 22; FTC Dark Patterns report).",
    removeDefault: 'Remove `{{attribute}}` so the add-on starts off.',
    initialiseOff: 'Initialise `{{binding}}` to `false`.',
  },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      addonWords: {
        description: 'Extra words or phrases (matched as whole words, case-insensitively) that mark a checkbox or switch as a paid add-on, on top of the built-in vocabulary.',
        type: 'array',
        items: { type: 'string' },
      },
      ignoreWords: {
        description: 'Words or phrases that mark a priced option as something other than an extra (a discount, store credit), so it may be on by default.',
        type: 'array',
        items: { type: 'string' },
      },
    },
  },
  defaultOptions: { addonWords: [], ignoreWords: [] },
  hasSuggestions: true,
};
