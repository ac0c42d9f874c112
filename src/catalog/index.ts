/** The rule catalogue: every rule's metadata, and the presets derived from it (one source of truth). */
import type { RuleConfig } from '../engine/analyse.js';
import { noFinePrint } from './no-fine-print.js';
import { noPreselectedAddon } from './no-preselected-addon.js';
import { noBuriedConsent } from './no-buried-consent.js';
import { noFalseUrgency } from './no-false-urgency.js';
import { noPreselectedConsent } from './no-preselected-consent.js';
import { noUnbalancedChoices } from './no-unbalanced-choices.js';
import { requireDeclineOption } from './require-decline-option.js';
import { noConfirmshaming } from './no-confirmshaming.js';
import { noHiddenDecline } from './no-hidden-decline.js';
import { noTrickQuestion } from './no-trick-question.js';
import { consistentChoiceOrder } from './consistent-choice-order.js';
import { noVagueDisclosureLink } from './no-vague-disclosure-link.js';
import { noBundledConsent } from './no-bundled-consent.js';
import { toggleStateClarity } from './toggle-state-clarity.js';
import { neutralAgeGate } from './neutral-age-gate.js';
import { noTrackingBeforeConsent } from './no-tracking-before-consent.js';
import type { PresetName, RuleMeta } from './types.js';

export type { PresetName, RuleMeta, SeverityName, OptionsSchema } from './types.js';

// Each entry is a RuleMeta of its own options type; the catalogue holds them by their common shape.
export const RULES: readonly RuleMeta<object>[] = [noPreselectedConsent, noFinePrint, noUnbalancedChoices, noPreselectedAddon, noBuriedConsent, noFalseUrgency, requireDeclineOption, noConfirmshaming, noHiddenDecline, noTrickQuestion, noVagueDisclosureLink, noBundledConsent, toggleStateClarity, neutralAgeGate, consistentChoiceOrder, noTrackingBeforeConsent];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function ruleMeta(id: string): RuleMeta<object> | undefined {
  return RULES.find((rule) => rule.id === id);
}

/** The rules of a preset with their default severity and options. `strict` includes everything in `recommended`. */
export function presetRules(preset: PresetName): RuleConfig {
  const config = new Map<string, { severity: 1 | 2; options: Record<string, unknown> }>();
  for (const rule of RULES) {
    if (!rule.presets.includes(preset)) continue;
    config.set(rule.id, { severity: rule.severity === 'error' ? 2 : 1, options: { ...rule.defaultOptions } });
  }
  return config;
}

export function recommendedRules(): RuleConfig {
  return presetRules('recommended');
}
