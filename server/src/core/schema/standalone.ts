// Builds the source of generated/validators.js from schemas/: used by
// schemas/generate-validators.ts and by the freshness test, never at run time.
import standaloneCode from 'ajv/dist/standalone';
import { createAjv } from './ajvSetup';
import { EXPORT_NAMES, ROOTS, type SchemaKind } from './schemaFiles';

const HEADER = '// GENERATED from schemas/*.schema.json by `npx tsx schemas/generate-validators.ts`: do not edit.\n' +
  '/* eslint-disable */\n';

export function generatedSource(): string {
  const ajv = createAjv();
  const refs: Record<string, string> = {};
  for (const kind of Object.keys(ROOTS) as SchemaKind[]) refs[EXPORT_NAMES[kind]] = String(ROOTS[kind].$id);
  return `${HEADER}${standaloneCode(ajv, refs)}\n`;
}
