import type { RuleMeta } from './types.js';

export interface NoTrickQuestionOptions {
  /** A label clause with at least this many negations is a double negative. */
  maxNegations: number;
  /** How many opt-in neighbours make a lone opt-out box a trick. */
  minOptInNeighbours: number;
}

export const noTrickQuestion: RuleMeta<NoTrickQuestionOptions> = {
  id: 'no-trick-question',
  description: 'Disallow consent controls worded as trick questions: double negatives, or a box whose checked state means the opposite of its neighbours.',
  harm: '"Uncheck this box if you do not want to not receive offers" leaves people unsure what checking it does, and an opt-out box placed among opt-in boxes gets ticked by habit. Consent given through confusing wording is not informed consent.',
  severity: 'error',
  presets: ['recommended', 'strict'],
  standards: ['cpra-7004-a3', 'edpb-deceptive-design', 'ftc-dark-patterns-2022'],
  messages: {
    doubleNegative:
      "The label '{{label}}' stacks {{count}} negations ({{negations}}), so people cannot tell what checking it does. Say plainly what it turns on, such as 'Email me offers' (CPRA § 7004(a)(3); EDPB Guidelines 03/2022).",
    oppositeMeaning:
      "'{{label}}' is an opt-out among {{optIns}} opt-in boxes such as '{{neighbour}}': checking it means the opposite of checking its neighbours. Word every box so that checked means yes (CPRA § 7004(a)(3); FTC Dark Patterns report).",
  },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxNegations: { description: 'A clause of a consent label with at least this many negations ("do not ... not") is reported as a double negative.', type: 'integer', minimum: 2 },
      minOptInNeighbours: { description: 'How many opt-in consent boxes in the same prompt make a lone opt-out box ("Do not send me...") a trick question.', type: 'integer', minimum: 1 },
    },
  },
  defaultOptions: { maxNegations: 2, minOptInNeighbours: 2 },
  hasSuggestions: false,
};
