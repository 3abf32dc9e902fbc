// The one ajv configuration of the project. schemas/generate-validators.ts compiles the schemas
// with it into generated/validators.js; the freshness test compiles them again with it and
// compares, so the shipped validators always match schemas/.
import Ajv2020 from 'ajv/dist/2020';
import { _ } from 'ajv';
import { date } from './formats';
import { SCHEMA_FILES, type JsonSchema } from './schemaFiles';

/**
 * Annotation-only keywords of our schemas: they feed messages and hovers, never validation.
 * Registering them keeps ajv's strict mode on, so a typo in a real keyword still fails loudly.
 */
export const ANNOTATIONS = ['markdownDescription', 'x-enumDescriptions', 'x-expected', 'x-positional'];

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    // verbose: errors carry parentSchema and data, which the messages need (x-expected, the bad date).
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    // One function per shared definition instead of a copy at each of its (80+) uses.
    inlineRefs: false,
    // Source kept for standalone code; the generated module loads the formats from ../formats.
    code: { source: true, formats: _`require("../formats")`, lines: true },
  });
  ajv.addVocabulary(ANNOTATIONS);
  ajv.addFormat('date', date);
  for (const s of Object.values(SCHEMA_FILES)) ajv.addSchema(s as JsonSchema);
  return ajv;
}
