/**
 * ajv, loaded on first use. Compiling a schema costs tens of milliseconds and loading ajv about 60 modules, so a run
 * whose config, settings and rule options are all defaults validates nothing and never loads it (issue 14,
 * start-up).
 */
import type { Ajv, Options, ValidateFunction } from 'ajv';
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
