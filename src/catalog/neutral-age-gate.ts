import type { RuleMeta } from './types.js';

export const neutralAgeGate: RuleMeta<Record<string, never>> = {
  id: 'neutral-age-gate',
  description: 'Disallow age and birth-date fields that start with a preset value.',
  harm: 'An age gate that already shows an adult age or birth year invites children to accept it and move on, so the screen no longer finds out who is under age. The 2025 amendments to the COPPA Rule require age screening to be neutral: no preset age or year.',
  severity: 'warn',
  presets: ['strict'],
  standards: ['coppa-2025', 'ftc-dark-patterns-2022'],
  messages: {
    presetAge:
      "The {{control}} '{{label}}' asks for age but starts at {{value}} ({{via}}). Age screening must be neutral: leave it empty so people enter their own (COPPA Rule, 2025 amendments).",
    removeDefault: 'Remove `{{attribute}}` so the field starts empty.',
  },
  schema: { type: 'object', additionalProperties: false, properties: {} },
  defaultOptions: {},
  hasSuggestions: true,
};
