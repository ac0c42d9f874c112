import { ruleFromCatalog } from './adapter.js';

/** honest-ui/no-preselected-addon: see docs/rules/no-preselected-addon.md. Metadata in src/catalog, logic in src/checks. */
export const noPreselectedAddon = ruleFromCatalog('no-preselected-addon');
export default noPreselectedAddon;
