import { ruleFromCatalog } from './adapter.js';

/** honest-ui/no-bundled-consent: see docs/rules/no-bundled-consent.md. Metadata in src/catalog, logic in src/checks. */
export const noBundledConsent = ruleFromCatalog('no-bundled-consent');
export default noBundledConsent;
