/**
 * A dependency loaded on first use rather than at import (issue 14, start-up): ajv, culori and the postcss family
 * are loaded only by runs that validate, measure colours or read styles; `ignore` by one that reads a `.gitignore`,
 * get-tsconfig by one that finds a tsconfig, tailwind-merge by a class list built through `cn`, entities by JSX text
 * with a character reference. A synchronous require keeps their callers synchronous; it resolves the same packages
 * an import would (an ES module such as entities through require(esm), which every Node version in `engines` has).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A function that returns the package, requiring it the first time. */
export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
