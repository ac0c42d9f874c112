import type { RuleMeta } from './types.js';

export const toggleStateClarity: RuleMeta<Record<string, never>> = {
  id: 'toggle-state-clarity',
  description: 'Require consent toggles to carry a visible label that says what turning them on does, not only "On/Off".',
  harm: 'A switch that reads only "On", or whose purpose is spelled out only for screen readers, leaves people guessing what they agree to when they flip it. The CPRA regulations require toggles to say clearly what they choose, and consent given through a confusing toggle is not consent.',
  severity: 'warn',
  presets: ['strict'],
  standards: ['cpra-7004-a3', 'edpb-deceptive-design', 'ftc-dark-patterns-2022'],
  messages: {
    noVisibleLabel:
      "This consent {{control}} has no visible label ({{name}}), so people can't see what turning it on does. Show the purpose beside it, such as 'Use my chats to improve our models' (CPRA § 7004(a)(3)).",
    stateOnlyLabel:
      "This consent {{control}} is labelled only '{{label}}', which names a state, not a purpose. In a prompt about {{topic}}, say what turning it on allows, such as 'Send me marketing emails' (CPRA § 7004(a)(3)).",
  },
  schema: { type: 'object', additionalProperties: false, properties: {} },
  defaultOptions: {},
  hasSuggestions: false,
};
