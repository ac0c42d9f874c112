import { ruleFromCatalog } from './adapter.js';

/** honest-ui/toggle-state-clarity: see docs/rules/toggle-state-clarity.md. Metadata in src/catalog, logic in src/checks. */
export const toggleStateClarity = ruleFromCatalog('toggle-state-clarity');
export default toggleStateClarity;
