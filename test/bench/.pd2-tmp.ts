import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/core/parse/document';
import { computeLineStarts } from '../../server/src/core/parse/lines';
import { fastScan, remarkScan } from '../../server/src/core/parse/markdown';
const files: string[] = [];
const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : files.push(join(d, e.name)); };
walk(process.argv[2]);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const ls = texts.map((t) => computeLineStarts(t));
for (let r = 0; r < 3; r++) {
  let s = performance.now(); for (const x of texts) parseDocument('x', x); const a = (performance.now() - s) / texts.length;
  s = performance.now(); texts.forEach((x, i) => remarkScan(x, ls[i])); const b = (performance.now() - s) / texts.length;
  s = performance.now(); texts.forEach((x, i) => fastScan(x, ls[i])); const c = (performance.now() - s) / texts.length;
  console.log(`parseDocument ${a.toFixed(3)}  remarkScan ${b.toFixed(3)}  fastScan ${c.toFixed(4)} ms/file`);
}
