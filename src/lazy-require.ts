/**
 * A CommonJS dependency loaded on first use rather than at import (issue 14, start-up): ajv, culori and the
 * postcss family are loaded only by runs that validate, measure colours or read styles. A synchronous require
 * keeps their callers synchronous; it resolves the same packages an import would.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A function that returns the package, requiring it the first time. */
export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
