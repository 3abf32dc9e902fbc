// Pre-compiles the schemas into server/src/core/schema/generated/validators.js (ajv standalone
// code). Compiling the four schemas at start-up measured 200-500 ms here, paid by every CLI
// worker and language server start; loading the generated module takes a few ms.
// Run after editing a schema:   npx tsx schemas/generate-validators.ts
// test/unit/schema-generated.test.ts fails while the generated file is stale.
// (It lives here, not in the core, because the core does no file I/O.)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedSource } from '../server/src/core/schema/standalone';

const out = join(__dirname, '../server/src/core/schema/generated/validators.js');
writeFileSync(out, generatedSource());
console.log(`wrote ${out}`);
