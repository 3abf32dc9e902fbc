// The JSON Schemas of schemas/, imported as JSON so bundles inline them: nothing is read from
// disk at run time and no $id is ever fetched (https://goalplan.invalid/ ids are names only).
import common from '../../../../schemas/common.schema.json';
import goalPlan from '../../../../schemas/goal-plan.schema.json';
import goal from '../../../../schemas/goal.schema.json';
import sessionLog from '../../../../schemas/session-log.schema.json';
import config from '../../../../schemas/goalplan-config.schema.json';
import dischargeSummary from '../../../../schemas/discharge-summary.schema.json';

export type SchemaKind = 'goal-plan' | 'goal' | 'session-log' | 'discharge-summary' | 'config';

/** A JSON Schema object as plain data (the files are hand-written; only what we read is typed). */
export type JsonSchema = { [key: string]: unknown };

export const SCHEMA_FILES = { common, goalPlan, goal, sessionLog, dischargeSummary, config } as Record<string, JsonSchema>;

export const ROOTS: Record<SchemaKind, JsonSchema> = {
  'goal-plan': goalPlan as JsonSchema,
  goal: goal as JsonSchema,
  'session-log': sessionLog as JsonSchema,
  'discharge-summary': dischargeSummary as JsonSchema,
  config: config as JsonSchema,
};

/** Export names of the generated validators, by kind (identifiers, so they survive as ESM/CJS names). */
export const EXPORT_NAMES: Record<SchemaKind, string> = {
  'goal-plan': 'goalPlan',
  goal: 'goal',
  'session-log': 'sessionLog',
  'discharge-summary': 'dischargeSummary',
  config: 'config',
};
