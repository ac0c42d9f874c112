import type { RuleMeta } from './types.js';

export interface NoFalseUrgencyOptions {
  /** How many steps through the element tree (up to a shared ancestor and down) a claim may be from a choice. */
  maxDistance: number;
  /** Extra component names (last part, such as `OfferTimer`) that render a countdown. */
  timerComponents: string[];
}

export const noFalseUrgency: RuleMeta<NoFalseUrgencyOptions> = {
  id: 'no-false-urgency',
  description: 'Disallow countdown timers and scarcity or urgency claims next to a purchase or consent choice.',
  harm: 'A ticking timer or "Only 2 left!" beside the button rushes people into a choice before they have read or compared; such timers and stock claims are often fake, restarting on every visit. Regulators list false urgency and scarcity as dark patterns that induce false beliefs.',
  severity: 'error',
  presets: ['recommended', 'strict'],
  standards: ['ftc-dark-patterns-2022', 'edpb-deceptive-design', 'dsa-art-25'],
  messages: {
    urgencyClaim:
      "'{{text}}' puts {{kind}} next to '{{choice}}', rushing people into the choice. Remove it, or show it only when it is true and verifiable (FTC Dark Patterns report; DSA Art. 25).",
    countdown:
      "A countdown ({{timer}}) runs next to '{{choice}}', rushing people into the choice. Remove it unless the deadline is real and the same for everyone (FTC Dark Patterns report; DSA Art. 25).",
  },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxDistance: {
        description: 'How many steps through the element tree (up to the nearest shared ancestor, then down) a claim or timer may be from a purchase or consent choice to count as next to it.',
        type: 'integer',
        minimum: 1,
      },
      timerComponents: {
        description: 'Extra component names (the last part, such as "OfferTimer") that render a countdown, on top of names ending in "Countdown".',
        type: 'array',
        items: { type: 'string' },
      },
    },
  },
  defaultOptions: { maxDistance: 4, timerComponents: [] },
  hasSuggestions: false,
};
