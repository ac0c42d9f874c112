import { ruleFromCatalog } from './adapter.js';

/** honest-ui/no-false-urgency: see docs/rules/no-false-urgency.md. Metadata in src/catalog, logic in src/checks. */
export const noFalseUrgency = ruleFromCatalog('no-false-urgency');
export default noFalseUrgency;
