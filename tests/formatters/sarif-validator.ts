/**
 * The official SARIF 2.1.0 schema (OASIS errata01), as a validator. The schema is JSON Schema draft-04 (it says so
 * in its `$schema` and uses `id`), so it is compiled by ajv-draft-04 rather than retargeted; ajv-formats checks
 * its `uri`, `uri-reference` and `date-time` formats, which plain ajv would ignore.
 * The schema is vendored, unmodified, in `data/` beside this file (its OASIS notice in `data/NOTICE.md`), so a clone
 * of the repository alone validates SARIF with no file from outside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export const SARIF_SCHEMA_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'sarif-schema-2.1.0.json');

let validate: ((log: unknown) => boolean) & { errors?: unknown } | undefined;

/** Validation errors of a SARIF log against the schema; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): unknown[] {
  if (!validate) {
    const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as object;
    // strict: false because the schema uses keywords ajv's strict mode rejects in draft-04 documents (such as
    // `id` beside `$ref`); every constraint is still enforced.
    const ajv = new Ajv04.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    validate = ajv.compile(schema);
  }
  return validate(log) ? [] : ((validate.errors as unknown[] | null | undefined) ?? ['invalid']);
}
