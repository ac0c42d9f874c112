import type { StandardId } from '../standards/index.js';

export type PresetName = 'recommended' | 'strict';
export type SeverityName = 'error' | 'warn';

/** A JSON schema for a rule's options object; every property carries a description. */
export interface OptionsSchema {
  type: 'object';
  additionalProperties: false;
  properties: Record<string, { description: string; [key: string]: unknown }>;
}

/** A rule's metadata, kept apart from its check logic (axe-core's split): data, not code. */
export interface RuleMeta<Options extends object = Record<string, unknown>> {
  id: string;
  /** One sentence, for docs headers and `--explain`. */
  description: string;
  /** Why it matters, in two sentences, for docs and SARIF help. */
  harm: string;
  severity: SeverityName;
  /** Presets the rule is in, with its default severity. `strict` contains `recommended`. */
  presets: readonly PresetName[];
  standards: readonly StandardId[];
  /** Messages by id, with `{{placeholders}}` filled from the finding's data. */
  messages: Record<string, string>;
  schema: OptionsSchema;
  defaultOptions: Options;
  hasSuggestions: boolean;
  /** The rule needs the whole project (the checker), not one file (ESLint). */
  checkerOnly?: boolean;
  /**
   * The rule reads what only a rendered page shows (requests, cookies): it runs in `honest-ui audit` and
   * `auditPage`, not in ESLint or the static checker.
   */
  auditOnly?: boolean;
}
