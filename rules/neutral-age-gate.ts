import { ruleFromCatalog } from './adapter.js';

/** honest-ui/neutral-age-gate: see docs/rules/neutral-age-gate.md. Metadata in src/catalog, logic in src/checks. */
export const neutralAgeGate = ruleFromCatalog('neutral-age-gate');
export default neutralAgeGate;
