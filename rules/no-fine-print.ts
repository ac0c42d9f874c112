import { ruleFromCatalog } from './adapter.js';

/** honest-ui/no-fine-print: see docs/rules/no-fine-print.md. Metadata in src/catalog, logic in src/checks. */
export const noFinePrint = ruleFromCatalog('no-fine-print');
export default noFinePrint;
