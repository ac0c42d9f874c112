import { ruleFromCatalog } from './adapter.js';

/** honest-ui/no-vague-disclosure-link: see docs/rules/no-vague-disclosure-link.md. Metadata in src/catalog, logic in src/checks. */
export const noVagueDisclosureLink = ruleFromCatalog('no-vague-disclosure-link');
export default noVagueDisclosureLink;
