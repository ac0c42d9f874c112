/**
 * Rule modules shaped as typescript-eslint's `RuleCreator` makes them (`name`, `meta` with a docs URL,
 * `defaultOptions`), without its runtime: `@typescript-eslint/utils` declares a required peer dependency on ESLint,
 * so depending on it would pull ESLint into every install, including the checker-only and oxlint ones that never
 * load it. Only its types are used here (erased at build time).
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { ruleDocsUrl } from '../src/package-info.js';

export interface HonestUiDocs {
  description: string;
  /** Presets the rule is in. */
  recommended?: boolean;
  requiresTypeChecking?: false;
}

export { REPOSITORY_URL } from '../src/package-info.js';

export interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  name: string;
  meta: Omit<TSESLint.RuleMetaData<MessageIds, HonestUiDocs, Options>, 'docs'> & { docs: HonestUiDocs };
  defaultOptions: Options;
  /** Reads `context.options` itself: the defaults are merged where they are needed (see adapter.ts). */
  create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) => TSESLint.RuleListener;
}

export type HonestUiRule<Options extends readonly unknown[], MessageIds extends string> = TSESLint.RuleModule<MessageIds, Options, HonestUiDocs> & {
  name: string;
};

/** The rule with its documentation URL added to `meta.docs`. */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(rule: RuleDefinition<Options, MessageIds>): HonestUiRule<Options, MessageIds> {
  return { ...rule, meta: { ...rule.meta, docs: { ...rule.meta.docs, url: ruleDocsUrl(rule.name) } } };
}
