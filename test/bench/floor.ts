// The parse floor: read every Markdown file under a folder, run remark (unified + remark-parse +
// remark-frontmatter, as the core does) and parse its YAML (the front matter and every
// ```yaml goal fence) with the `yaml` package. No validation, no rules, no output: the least any
// linter built on these libraries must do. Bundled by run.ts like the CLI, run as its own process.
// Usage: node floor.js DIR  (prints "files bytes" so the caller can check it read the corpus)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parseDocument } from 'yaml';
import type { Root, RootContent } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(dir, e.name), out);
    else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) out.push(join(dir, e.name));
  }
}

function yamlOf(nodes: RootContent[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'yaml' || (node.type === 'code' && node.lang === 'yaml')) {
      parseDocument(node.value);
      n++;
    } else if ('children' in node) n += yamlOf(node.children as RootContent[]);
  }
  return n;
}

const files: string[] = [];
walk(process.argv[2], files);
let bytes = 0;
let regions = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  bytes += text.length;
  regions += yamlOf((processor.parse(text) as Root).children);
}
process.stdout.write(`${files.length} ${bytes} ${regions}\n`);
