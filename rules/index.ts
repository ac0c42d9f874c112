/**
 * The ESLint plugin: rules, and presets derived from the catalogue's metadata. Its public types are ESLint's own
 * (`eslint` is the optional peer dependency every ESLint user has), so a typed `eslint.config.ts` needs no other
 * package; the rules are written against typescript-eslint's stricter types inside.
 */
import type { ESLint, Linter, Rule } from 'eslint';
import { RULES } from '../src/catalog/index.js';
import { packageInfo } from '../src/package-info.js';
import type { HonestUiRule } from './create-rule.js';
import noFinePrint from './no-fine-print.js';
import noPreselectedAddon from './no-preselected-addon.js';
import noBuriedConsent from './no-buried-consent.js';
import noFalseUrgency from './no-false-urgency.js';
import noPreselectedConsent from './no-preselected-consent.js';
import noUnbalancedChoices from './no-unbalanced-choices.js';
import requireDeclineOption from './require-decline-option.js';
import noConfirmshaming from './no-confirmshaming.js';
import noHiddenDecline from './no-hidden-decline.js';
import noTrickQuestion from './no-trick-question.js';
import noVagueDisclosureLink from './no-vague-disclosure-link.js';
import noBundledConsent from './no-bundled-consent.js';
import toggleStateClarity from './toggle-state-clarity.js';
import neutralAgeGate from './neutral-age-gate.js';

const { name, version } = packageInfo();

/** Spelled out so the published types name the rules without reaching into the modules that build them. */
export type RuleName =
  | 'no-fine-print'
  | 'no-preselected-consent'
  | 'no-unbalanced-choices'
  | 'no-preselected-addon'
  | 'no-buried-consent'
  | 'no-false-urgency'
  | 'require-decline-option'
  | 'no-confirmshaming'
  | 'no-hidden-decline'
  | 'no-trick-question'
  | 'no-vague-disclosure-link'
  | 'no-bundled-consent'
  | 'toggle-state-clarity'
  | 'neutral-age-gate';

const ruleModules: Record<RuleName, HonestUiRule<[Record<string, unknown>], string>> = {
  'no-fine-print': noFinePrint,
  'no-preselected-consent': noPreselectedConsent,
  'no-unbalanced-choices': noUnbalancedChoices,
  'no-preselected-addon': noPreselectedAddon,
  'no-buried-consent': noBuriedConsent,
  'no-false-urgency': noFalseUrgency,
  'require-decline-option': requireDeclineOption,
  'no-confirmshaming': noConfirmshaming,
  'no-hidden-decline': noHiddenDecline,
  'no-trick-question': noTrickQuestion,
  'no-vague-disclosure-link': noVagueDisclosureLink,
  'no-bundled-consent': noBundledConsent,
  'toggle-state-clarity': toggleStateClarity,
  'neutral-age-gate': neutralAgeGate,
};

export type PresetName = 'recommended' | 'strict';

/** typescript-eslint's rule types are a stricter view of ESLint's: the same objects, typed for ESLint's API. */
export const rules = ruleModules as unknown as Record<RuleName, Rule.RuleModule>;

export interface HonestUiPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: 'honest-ui' };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: Record<PresetName, Linter.Config>;
}

function presetRules(preset: PresetName): Linter.RulesRecord {
  const config: Linter.RulesRecord = {};
  for (const rule of RULES) {
    if (rule.checkerOnly || rule.auditOnly || !rule.presets.includes(preset)) continue;
    config[`honest-ui/${rule.id}`] = rule.severity;
  }
  return config;
}

const plugin: HonestUiPlugin = {
  meta: { name, version, namespace: 'honest-ui' },
  rules,
  configs: {} as HonestUiPlugin['configs'],
};

const languageOptions: Linter.LanguageOptions = { parserOptions: { ecmaFeatures: { jsx: true } } };

plugin.configs.recommended = { name: 'honest-ui/recommended', plugins: { 'honest-ui': plugin }, languageOptions, rules: presetRules('recommended') };
plugin.configs.strict = { name: 'honest-ui/strict', plugins: { 'honest-ui': plugin }, languageOptions, rules: presetRules('strict') };

// Also a named export: a tool that require()s this ES module (eslint-doc-generator) gets the module namespace, not
// the default export, and finds the configs only here.
export const configs: HonestUiPlugin['configs'] = plugin.configs;

export default plugin;
