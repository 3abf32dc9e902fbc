// The JSON Schemas of schemas/ and their single ajv instance. The schema files are imported as
// JSON (esbuild inlines them), so no file is read at run time and no $id is ever fetched: the
// https://goalplan.invalid/ ids are names only. Validators compile lazily, once per process:
// a CLI run validates thousands of files against the same four schemas.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { isIsoDate } from '../dates';
import common from '../../../../schemas/common.schema.json';
import goalPlan from '../../../../schemas/goal-plan.schema.json';
import goal from '../../../../schemas/goal.schema.json';
import sessionLog from '../../../../schemas/session-log.schema.json';
import config from '../../../../schemas/goalplan-config.schema.json';

export type SchemaKind = 'goal-plan' | 'goal' | 'session-log' | 'config';

/** A JSON Schema object as plain data (the files are hand-written; only what we read is typed). */
export type JsonSchema = { [key: string]: unknown };

const ROOTS: Record<SchemaKind, JsonSchema> = {
  'goal-plan': goalPlan as JsonSchema,
  goal: goal as JsonSchema,
  'session-log': sessionLog as JsonSchema,
  config: config as JsonSchema,
};

/** Every schema by its $id, for resolving $ref without ajv (hover lookups). */
export const SCHEMAS_BY_ID: ReadonlyMap<string, JsonSchema> = new Map(
  [common as JsonSchema, ...Object.values(ROOTS)].map((s) => [String(s.$id), s]),
);

/**
 * Annotation-only keywords of our schemas: they feed messages and hovers, never validation.
 * Registering them keeps ajv's strict mode on, so a typo in a real keyword still fails loudly.
 */
const ANNOTATIONS = ['markdownDescription', 'x-enumDescriptions', 'x-expected', 'x-positional'];

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaKind, ValidateFunction>();

function instance(): Ajv2020 {
  if (!ajv) {
    // verbose: errors carry parentSchema and data, which the messages need (x-expected, the bad date).
    ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, inlineRefs: false });
    ajv.addVocabulary(ANNOTATIONS);
    // Our own "date" format, backed by the same calendar check the rules use, so the schema and
    // the rules can never disagree about whether 2026-02-30 is a date.
    ajv.addFormat('date', { type: 'string', validate: (s: string) => isIsoDate(s) });
    ajv.addSchema(common as JsonSchema);
  }
  return ajv;
}

/** The compiled validator of a schema (compiled on first use, then cached). */
export function validatorFor(kind: SchemaKind): ValidateFunction {
  let v = compiled.get(kind);
  if (!v) {
    v = instance().compile(ROOTS[kind]);
    compiled.set(kind, v);
  }
  return v;
}

/** The root JSON Schema of a kind (read-only: shared by every caller). */
export function schemaFor(kind: SchemaKind): JsonSchema {
  return ROOTS[kind];
}
