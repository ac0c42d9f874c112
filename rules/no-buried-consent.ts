import { ruleFromCatalog } from './adapter.js';

/** honest-ui/no-buried-consent: see docs/rules/no-buried-consent.md. Metadata in src/catalog, logic in src/checks. */
export const noBuriedConsent = ruleFromCatalog('no-buried-consent');
export default noBuriedConsent;
