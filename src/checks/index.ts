/** Check logic by rule id. Metadata lives in src/catalog; the consistency test keeps the two in step. */
import { checkNoFinePrint } from './no-fine-print.js';
import { checkNoPreselectedConsent } from './no-preselected-consent.js';
import { checkNoUnbalancedChoices } from './no-unbalanced-choices.js';
import type { Check } from './types.js';

// Each check takes its own options type; the engine passes options validated against the rule's schema.
export const CHECKS: ReadonlyMap<string, Check<never>> = new Map<string, Check<never>>([
  ['no-preselected-consent', checkNoPreselectedConsent as Check<never>],
  ['no-fine-print', checkNoFinePrint as Check<never>],
  ['no-unbalanced-choices', checkNoUnbalancedChoices as Check<never>],
]);

export type { Check, CheckOutput, FileAnalysis, Finding, Review } from './types.js';
