import { ruleFromCatalog } from './adapter.js';

/** honest-ui/no-hidden-decline: see docs/rules/no-hidden-decline.md. Metadata in src/catalog, logic in src/checks. */
export const noHiddenDecline = ruleFromCatalog('no-hidden-decline');
export default noHiddenDecline;
