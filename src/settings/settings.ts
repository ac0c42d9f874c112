import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { settingsSchema, type EMPHASIS_NAMES, type SEMANTIC_NAMES } from './schema.js';

export type SemanticName = (typeof SEMANTIC_NAMES)[number];
export type EmphasisName = (typeof EMPHASIS_NAMES)[number];

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
}

/** Settings with defaults applied. */
export interface ResolvedSettings {
  components: Map<string, ComponentMapping>;
  polymorphicProps: string[];
  rootFontSize: number;
}

export class SettingsError extends Error {
  constructor(
    message: string,
    /** JSON pointer of the offending key, such as `/components/Toggle`. */
    readonly key: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

let validator: ValidateFunction | undefined;

function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(settingsSchema);
  return validator(value) ? [] : (validator.errors ?? []);
}

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

const DEFAULTS: ResolvedSettings = { components: new Map(), polymorphicProps: ['as', 'component'], rootFontSize: 16 };

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
  };
  if (typeof raw === 'object') cache.set(raw, resolved);
  return resolved;
}

export const DEFAULT_SETTINGS = DEFAULTS;
