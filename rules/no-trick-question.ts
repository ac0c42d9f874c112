import { ruleFromCatalog } from './adapter.js';

/** honest-ui/no-trick-question: see docs/rules/no-trick-question.md. Metadata in src/catalog, logic in src/checks. */
export const noTrickQuestion = ruleFromCatalog('no-trick-question');
export default noTrickQuestion;
