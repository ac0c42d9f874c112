import { ruleFromCatalog } from './adapter.js';

/** honest-ui/require-decline-option: see docs/rules/require-decline-option.md. Metadata in src/catalog, logic in src/checks. */
export const requireDeclineOption = ruleFromCatalog('require-decline-option');
export default requireDeclineOption;
