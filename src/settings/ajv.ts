/**
 * ajv, loaded on first use. Compiling a schema costs tens of milliseconds and loading ajv about 60 modules, so a run
 * whose config, settings and rule options are all defaults validates nothing and never loads it (issue 14,
 * start-up). ajv is CommonJS, so a synchronous require keeps the callers synchronous.
 */
import { createRequire } from 'node:module';
import type { Ajv, Options, ValidateFunction } from 'ajv';

type AjvModule = typeof import('ajv');
let loaded: AjvModule | undefined;

/** A new Ajv instance, loading ajv the first time. */
export function createAjv(options: Options): Ajv {
  loaded ??= createRequire(import.meta.url)('ajv') as AjvModule;
  return new loaded.Ajv(options);
}

/** The validator of `schema`, compiled on the first call and kept. */
export function lazyValidator(schema: object, options: Options): () => ValidateFunction {
  let compiled: ValidateFunction | undefined;
  return () => (compiled ??= createAjv(options).compile(schema));
}
