/**
 * The JSON schema of the checker's config file (`honest-ui.config.json`, or the `"honest-ui"` key of package.json).
 * One schema for the whole file: the `settings` key IS the schema of `settings['honest-ui']`, and each rule's
 * options are checked against that rule's own options schema from the catalogue, so a typo is the same error in
 * ESLint and in the checker, and an editor given this schema completes rule ids and options.
 */
import { RULES } from '../catalog/index.js';
import type { OptionsSchema } from '../catalog/types.js';
import { settingsSchema } from '../settings/schema.js';

export const SEVERITY_SETTINGS = ['off', 'warn', 'error'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

export const PRESET_NAMES = ['recommended', 'strict'] as const;

export const CONFIG_FILE_NAME = 'honest-ui.config.json';
/** The key of package.json that holds the same config. */
export const PACKAGE_JSON_KEY = 'honest-ui';

/** What a rule entry may be, in words, for error messages. */
export const RULE_ENTRY_EXPECTED = 'must be "off", "warn", "error" or an array ["warn" | "error", { options }]';

function ruleEntrySchema(description: string, options: OptionsSchema) {
  return {
    description,
    oneOf: [
      { type: 'string', enum: SEVERITY_SETTINGS, description: 'The severity; the rule keeps its default options.' },
      {
        type: 'array',
        description: 'The severity, then the rule\'s options (merged over its defaults).',
        minItems: 1,
        items: [{ type: 'string', enum: SEVERITY_SETTINGS, description: 'The severity.' }, options],
        additionalItems: false,
      },
    ],
  };
}

// Nested schemas must not carry their own `$schema`; the title stays on the outer description.
const { $schema: _settingsDialect, title: _settingsTitle, ...settingsBody } = settingsSchema;

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'honest-ui config',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'The schema the file follows, for editors.' },
    extends: {
      type: 'string',
      enum: PRESET_NAMES,
      description: 'The preset the rules start from: "recommended" (the default) or "strict".',
    },
    rules: {
      type: 'object',
      description: 'Rule severities and options by rule id (without the "honest-ui/" prefix), over the preset.',
      additionalProperties: false,
      properties: Object.fromEntries(RULES.map((rule) => [rule.id, ruleEntrySchema(rule.description, rule.schema)])),
    },
    settings: { ...settingsBody, description: "The same settings as settings['honest-ui'] in ESLint." },
    ignores: {
      type: 'array',
      description: 'Files and directories not to check, in .gitignore syntax, relative to the directory of the config file.',
      items: { type: 'string', minLength: 1 },
    },
  },
} as const;

/** The config as written, once it has passed the schema. */
export interface ConfigFile {
  $schema?: string;
  extends?: (typeof PRESET_NAMES)[number];
  rules?: Record<string, SeveritySetting | [SeveritySetting, Record<string, unknown>?]>;
  settings?: unknown;
  ignores?: string[];
}
