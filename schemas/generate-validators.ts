// Pre-compiles the schemas into server/src/core/schema/generated/validators.js (ajv standalone
// code), and writes schemas/goalplan-config.editor.json (self-contained, for the YAML
// extension; core/schema/selfContained.ts says why). Compiling the four schemas at start-up measured 200-500 ms here, paid by every CLI
// worker and language server start; loading the generated module takes a few ms.
// Run after editing a schema:   npx tsx schemas/generate-validators.ts
// test/unit/schema-generated.test.ts and schema-editor.test.ts fail while a generated file is stale.
// (It lives here, not in the core, because the core does no file I/O.)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Path of the self-contained config schema, relative to schemas/. */
const EDITOR_CONFIG_SCHEMA = 'goalplan-config.editor.json';
import { generatedSource } from '../server/src/core/schema/standalone';
import { selfContainedSchema } from '../server/src/core/schema/selfContained';
import { ROOTS } from '../server/src/core/schema/schemaFiles';

const out = join(__dirname, '../server/src/core/schema/generated/validators.js');
writeFileSync(out, generatedSource());
console.log(`wrote ${out}`);

// The .goalplan.yaml schema as one file for the YAML extension (package.json yamlValidation).
const editorSchema = join(__dirname, EDITOR_CONFIG_SCHEMA);
writeFileSync(editorSchema, `${JSON.stringify(selfContainedSchema(ROOTS.config), null, 2)}\n`);
console.log(`wrote ${editorSchema}`);
