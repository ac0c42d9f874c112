import { ruleFromCatalog } from './adapter.js';

/** honest-ui/no-unbalanced-choices: see docs/rules/no-unbalanced-choices.md. Metadata in src/catalog, logic in src/checks. */
export const noUnbalancedChoices = ruleFromCatalog('no-unbalanced-choices');
export default noUnbalancedChoices;
