import { ruleFromCatalog } from './adapter.js';

/** honest-ui/no-confirmshaming: see docs/rules/no-confirmshaming.md. Metadata in src/catalog, logic in src/checks. */
export const noConfirmshaming = ruleFromCatalog('no-confirmshaming');
export default noConfirmshaming;
