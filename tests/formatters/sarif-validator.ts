/**
 * The official SARIF 2.1.0 schema (OASIS errata01), as a validator. The schema is JSON Schema draft-04 (it says so
 * in its `$schema` and uses `id`), so it is compiled by ajv-draft-04 rather than retargeted; ajv-formats checks
 * its `uri`, `uri-reference` and `date-time` formats, which plain ajv would ignore.
 * The schema lives in the shared directory beside the repository (`../shared`), read-only in CI.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SARIF_SCHEMA_PATH = path.resolve(repoRoot, '../shared/schemas/sarif-schema-2.1.0.json');

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
