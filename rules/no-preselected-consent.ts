import { ruleFromCatalog } from './adapter.js';

/** honest-ui/no-preselected-consent: see docs/rules/no-preselected-consent.md. Metadata in src/catalog, logic in src/checks. */
export const noPreselectedConsent = ruleFromCatalog('no-preselected-consent');
export default noPreselectedConsent;
