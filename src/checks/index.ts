/** Check logic by rule id. Metadata lives in src/catalog; the consistency test keeps the two in step. */
import { checkNoFinePrint } from './no-fine-print.js';
import { checkNoPreselectedAddon } from './no-preselected-addon.js';
import { checkNoBuriedConsent } from './no-buried-consent.js';
import { checkNoFalseUrgency } from './no-false-urgency.js';
import { checkNoPreselectedConsent } from './no-preselected-consent.js';
import { checkNoUnbalancedChoices } from './no-unbalanced-choices.js';
import { checkRequireDeclineOption } from './require-decline-option.js';
import { checkNoConfirmshaming } from './no-confirmshaming.js';
import { checkNoHiddenDecline } from './no-hidden-decline.js';
import { checkNoTrickQuestion } from './no-trick-question.js';
import { checkConsistentChoiceOrder } from './consistent-choice-order.js';
import { checkNoVagueDisclosureLink } from './no-vague-disclosure-link.js';
import { checkNoBundledConsent } from './no-bundled-consent.js';
import { checkToggleStateClarity } from './toggle-state-clarity.js';
import { checkNeutralAgeGate } from './neutral-age-gate.js';
import { checkNoTrackingBeforeConsent } from './no-tracking-before-consent.js';
import type { Check } from './types.js';

// Each check takes its own options type; the engine passes options validated against the rule's schema.
export const CHECKS: ReadonlyMap<string, Check<never>> = new Map<string, Check<never>>([
  ['no-preselected-consent', checkNoPreselectedConsent as Check<never>],
  ['no-fine-print', checkNoFinePrint as Check<never>],
  ['no-unbalanced-choices', checkNoUnbalancedChoices as Check<never>],
  ['no-preselected-addon', checkNoPreselectedAddon as Check<never>],
  ['no-buried-consent', checkNoBuriedConsent as Check<never>],
  ['no-false-urgency', checkNoFalseUrgency as Check<never>],
  ['require-decline-option', checkRequireDeclineOption as Check<never>],
  ['no-confirmshaming', checkNoConfirmshaming as Check<never>],
  ['no-hidden-decline', checkNoHiddenDecline as Check<never>],
  ['no-trick-question', checkNoTrickQuestion as Check<never>],
  ['no-vague-disclosure-link', checkNoVagueDisclosureLink as Check<never>],
  ['no-bundled-consent', checkNoBundledConsent as Check<never>],
  ['consistent-choice-order', checkConsistentChoiceOrder as Check<never>],
  ['toggle-state-clarity', checkToggleStateClarity as Check<never>],
  ['neutral-age-gate', checkNeutralAgeGate as Check<never>],
  ['no-tracking-before-consent', checkNoTrackingBeforeConsent as Check<never>],
]);

export type { Check, CheckOutput, FileAnalysis, Finding, Review } from './types.js';
