import type { ErrorObject } from 'ajv';
import { BUILT_IN_LEXICONS, compileLexicon, defaultLexicon, type Lexicon, type LexiconData } from '../context/lexicon.js';
import type { I18nSettings } from '../resolve/locales.js';
import { SettingsError } from '../errors.js';
import { CONFIG_SCHEMA_OPTIONS, schemaChecker } from './ajv.js';
import { settingsSchema, type EMPHASIS_NAMES, type LEXICON_LANGUAGES, type SEMANTIC_NAMES } from './schema.js';

export type SemanticName = (typeof SEMANTIC_NAMES)[number];
export type EmphasisName = (typeof EMPHASIS_NAMES)[number];
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

export interface ComponentMapping {
  as: SemanticName;
  emphasis?: EmphasisName;
  checkedProp?: string;
  defaultCheckedProp?: string;
  emphasisProps?: Record<string, Record<string, EmphasisName>>;
}

/** Settings as the user writes them. */
export interface HonestUiSettings {
  components?: Record<string, SemanticName | ComponentMapping>;
  polymorphicProps?: string[];
  rootFontSize?: number;
  lexicon?: LexiconSettings;
  i18n?: I18nSettings;
}

export interface LexiconSettings {
  /** Built-in lexicons to use, by language code; all by default. */
  languages?: LexiconLanguage[];
  /** Phrases added to the built-in lexicons. */
  extend?: LexiconData;
}

/** Settings with defaults applied. */
export interface ResolvedSettings {
  components: Map<string, ComponentMapping>;
  polymorphicProps: string[];
  rootFontSize: number;
  /** The compiled lexicon: the enabled built-in languages plus the user's extension. */
  lexicon: Lexicon;
  /** Where translated copy is and which locales to check; absent when the settings don't say (conventions apply). */
  i18n?: I18nSettings;
}

export { SettingsError };

const validate = schemaChecker(settingsSchema, CONFIG_SCHEMA_OPTIONS);

/** Describe one schema error for people: the key and what was expected. */
export function describeSchemaError(error: ErrorObject, prefix: string): { key: string; message: string } {
  let key = `${prefix}${error.instancePath}`;
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty?: unknown }).additionalProperty);
    key = `${key}/${extra}`;
    message = 'is not a known key';
  } else if (error.keyword === 'enum') {
    message = `must be one of ${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return { key, message };
}

const DEFAULTS: ResolvedSettings = { components: new Map(), polymorphicProps: ['as', 'component'], rootFontSize: 16, lexicon: defaultLexicon() };

/**
 * The lexicon the settings ask for. Compiling costs a few milliseconds, so it happens once per settings object
 * (resolveSettings caches by identity); without a `lexicon` key every settings object shares the built-in one.
 */
function resolveLexicon(settings: LexiconSettings | undefined): Lexicon {
  if (!settings || (settings.languages === undefined && settings.extend === undefined)) return defaultLexicon();
  const languages = settings.languages ? new Set<string>(settings.languages) : undefined;
  const builtIn = BUILT_IN_LEXICONS.filter((source) => !languages || languages.has(source.language ?? ''));
  // The extension comes first so that its phrases win over built-in ones of the same length, and its purpose
  // names over the built-in names.
  return compileLexicon(settings.extend ? [settings.extend, ...builtIn] : builtIn);
}

const cache = new WeakMap<object, ResolvedSettings>();

/**
 * Validate and resolve settings. Throws a SettingsError that names the offending key.
 * `where` names the settings for the message: `settings['honest-ui']` or a config file path.
 */
export function resolveSettings(raw: unknown, where = "settings['honest-ui']"): ResolvedSettings {
  if (raw === undefined || raw === null) return DEFAULTS;
  if (typeof raw === 'object') {
    const cached = cache.get(raw);
    if (cached) return cached;
  }
  const errors = validate(raw);
  // oneOf reports both branches; the most specific error is the deepest one.
  const first = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length).find((e) => e.keyword !== 'oneOf');
  if (first) {
    const { key, message } = describeSchemaError(first, '');
    throw new SettingsError(`honest-ui: invalid ${where}: ${key || '/'} ${message}.`, key);
  }
  const settings = raw as HonestUiSettings;
  const components = new Map<string, ComponentMapping>();
  for (const [name, mapping] of Object.entries(settings.components ?? {})) {
    components.set(name, typeof mapping === 'string' ? { as: mapping } : mapping);
  }
  const resolved: ResolvedSettings = {
    components,
    polymorphicProps: settings.polymorphicProps ?? DEFAULTS.polymorphicProps,
    rootFontSize: settings.rootFontSize ?? DEFAULTS.rootFontSize,
    lexicon: resolveLexicon(settings.lexicon),
    ...(settings.i18n ? { i18n: settings.i18n } : {}),
  };
  if (typeof raw === 'object') cache.set(raw, resolved);
  return resolved;
}

export const DEFAULT_SETTINGS = DEFAULTS;
