/** The ESLint plugin: rules, and presets derived from the catalogue's metadata. */
import type { TSESLint } from '@typescript-eslint/utils';
import { RULES } from '../src/catalog/index.js';
import { packageInfo } from '../src/package-info.js';
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

export const rules = {
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
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

function presetRules(preset: 'recommended' | 'strict'): TSESLint.FlatConfig.Rules {
  const config: TSESLint.FlatConfig.Rules = {};
  for (const rule of RULES) {
    if (rule.checkerOnly || rule.auditOnly || !rule.presets.includes(preset)) continue;
    config[`honest-ui/${rule.id}`] = rule.severity;
  }
  return config;
}

const plugin = {
  meta: { name, version, namespace: 'honest-ui' },
  rules,
  configs: {} as Record<'recommended' | 'strict', TSESLint.FlatConfig.Config>,
};

const languageOptions: TSESLint.FlatConfig.LanguageOptions = { parserOptions: { ecmaFeatures: { jsx: true } } };

plugin.configs.recommended = { name: 'honest-ui/recommended', plugins: { 'honest-ui': plugin }, languageOptions, rules: presetRules('recommended') };
plugin.configs.strict = { name: 'honest-ui/strict', plugins: { 'honest-ui': plugin }, languageOptions, rules: presetRules('strict') };

// Also a named export: a tool that require()s this ES module (eslint-doc-generator) gets the module namespace, not
// the default export, and finds the configs only here.
export const configs = plugin.configs;

export default plugin;
