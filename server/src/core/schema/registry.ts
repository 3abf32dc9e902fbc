// The validators and root schemas by kind. Validation runs the pre-compiled standalone
// validators of generated/validators.js (see schemas/generate-validators.ts: compiling at
// start-up would cost every CLI worker and server start 200-500 ms); hovers read the JSON.
import type { ValidateFunction } from 'ajv';
import * as generated from './generated/validators';
import { EXPORT_NAMES, ROOTS, SCHEMA_FILES, type JsonSchema, type SchemaKind } from './schemaFiles';

export type { JsonSchema, SchemaKind } from './schemaFiles';

/** Every schema by its $id, for resolving $ref without ajv (hover lookups). */
export const SCHEMAS_BY_ID: ReadonlyMap<string, JsonSchema> = new Map(
  Object.values(SCHEMA_FILES).map((s) => [String(s.$id), s]),
);

const VALIDATORS = generated as unknown as Record<string, ValidateFunction>;

/** The compiled validator of a schema. */
export function validatorFor(kind: SchemaKind): ValidateFunction {
  return VALIDATORS[EXPORT_NAMES[kind]];
}

/** The root JSON Schema of a kind (read-only: shared by every caller). */
export function schemaFor(kind: SchemaKind): JsonSchema {
  return ROOTS[kind];
}
