/**
 * ajv, loaded on first use. Compiling a schema costs tens of milliseconds and loading ajv about 60 modules, so a run
 * whose config, settings and rule options are all defaults validates nothing and never loads it (issue 14,
 * start-up).
 */
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import { lazyRequire } from '../lazy-require.js';

const ajvModule = lazyRequire<typeof import('ajv')>('ajv');

/** A new Ajv instance, loading ajv the first time. */
export function createAjv(options: Options): Ajv {
  return new (ajvModule().Ajv)(options);
}

/** The validator of `schema`, compiled on the first call and kept. */
export function lazyValidator(schema: object, options: Options): () => ValidateFunction {
  let compiled: ValidateFunction | undefined;
  return () => (compiled ??= createAjv(options).compile(schema));
}

/**
 * The options the config file's schema and the settings' schema are compiled with. One set for both, so the parts
 * they share (the settings are the config's `settings` key) are compiled once.
 */
export const CONFIG_SCHEMA_OPTIONS: Options = { allErrors: true, strict: true, strictTuples: false };

/**
 * A check of values against a large object schema that compiles only the parts a value has. The config file's
 * schema holds every rule's options and all the settings: compiling it whole took some 120 ms and the settings'
 * schema another 70, on every run with a config file, to check a file that usually sets a preset and a key or two.
 * Here an object schema that only lists properties (`type: 'object'`, `additionalProperties: false`, `properties`)
 * is checked key by key, each present key against its own schema, compiled on first use (and split the same way
 * when it is such an object schema itself): for those keywords that is exactly what the whole schema asks. Only
 * when a value fails is the whole schema compiled, so the errors, and the messages made from them, are the whole
 * schema's, as before.
 */
export function schemaChecker(schema: object, options: Options): (value: unknown) => ErrorObject[] {
  const whole = lazyValidator(schema, options);
  let parts = partCompilers.get(options);
  if (!parts) partCompilers.set(options, (parts = new PartCompiler(options)));
  const compiler = parts;
  return (value) => {
    if (compiler.accepts(schema, value)) return [];
    const validate = whole();
    return validate(value) ? [] : (validate.errors ?? []);
  };
}

/** By options: checkers of schemas that share parts (the settings, inside the config) compile each part once. */
const partCompilers = new WeakMap<Options, PartCompiler>();

/** The keywords an object schema may have and still be checked key by key. */
const SPLITTABLE_KEYWORDS = new Set(['$schema', 'title', 'description', 'type', 'additionalProperties', 'properties']);

interface ObjectSchema {
  properties: Record<string, object>;
}

function splittable(schema: object): schema is ObjectSchema {
  const keyed = schema as { type?: unknown; additionalProperties?: unknown; properties?: unknown };
  return (
    keyed.type === 'object' &&
    keyed.additionalProperties === false &&
    typeof keyed.properties === 'object' &&
    keyed.properties !== null &&
    Object.keys(schema).every((keyword) => SPLITTABLE_KEYWORDS.has(keyword))
  );
}

/** Validators of the parts of schemas, one ajv instance for all, each part compiled once. */
class PartCompiler {
  private ajv: Ajv | undefined;
  private readonly compiled = new WeakMap<object, ValidateFunction>();

  constructor(private readonly options: Options) {}

  accepts(schema: object, value: unknown): boolean {
    if (splittable(schema)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      for (const [key, item] of Object.entries(value)) {
        const part = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
        if (!part || !this.accepts(part, item)) return false;
      }
      return true;
    }
    let validate = this.compiled.get(schema);
    if (!validate) {
      // A part is compiled without its dialect: ajv takes a `$schema` only at the root of what it compiles.
      const { $schema: _dialect, ...body } = schema as { $schema?: unknown };
      this.ajv ??= createAjv(this.options);
      validate = this.ajv.compile(body);
      this.compiled.set(schema, validate);
    }
    return validate(value);
  }
}
