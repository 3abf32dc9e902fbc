// One schema of schemas/ as a single self-contained file, for editors that read the file
// directly: the YAML extension validates and completes `.goalplan.yaml` with it (package.json
// contributes.yamlValidation). The source schemas refer to each other by `$id`
// (`common.json#/$defs/duration`, resolved against https://goalplan.invalid/...); an editor
// would try to fetch those. Here every definition used is copied into the file's own `$defs`
// and every `$ref` points inside it, and the `$id` is dropped, so nothing is ever fetched.
// schemas/generate-validators.ts writes the result; test/unit/schema-editor.test.ts keeps it fresh.
import { SCHEMA_FILES, type JsonSchema } from './schemaFiles';

const DEF = /^#\/\$defs\/([^/]+)$/;

export function selfContainedSchema(root: JsonSchema): JsonSchema {
  const byId = new Map<string, JsonSchema>();
  for (const s of Object.values(SCHEMA_FILES)) byId.set(String(s.$id), s);
  const rootId = String(root.$id);
  const defs: Record<string, unknown> = {};
  const pending: Array<{ file: string; name: string; key: string }> = [];

  /** The local name of `#/$defs/<name>` of the schema `file` (the root's own keep their names). */
  const localName = (file: string, name: string): string => {
    if (file === rootId) return name;
    const stem = file.replace(/^.*\//, '').replace(/\.json$/, '');
    return `${stem}.${name}`;
  };

  const rewrite = (node: unknown, file: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => rewrite(n, file));
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k === '$ref' && typeof v === 'string') {
        const target = new URL(v, file);
        const targetFile = `${target.origin}${target.pathname}`;
        const m = DEF.exec(`#${decodeURIComponent(target.hash.slice(1))}`);
        if (!m || !byId.has(targetFile)) throw new Error(`cannot inline $ref ${v} of ${file}`);
        const key = localName(targetFile, m[1]);
        if (!(key in defs) && !pending.some((p) => p.key === key)) pending.push({ file: targetFile, name: m[1], key });
        out.$ref = `#/$defs/${key}`;
      } else if (k === '$defs' && file === rootId && node === root) {
        continue; // the root's own definitions are added as they are used, below
      } else out[k] = rewrite(v, file);
    }
    return out;
  };

  const { $id: _id, ...rest } = rewrite(root, rootId) as Record<string, unknown>;
  while (pending.length) {
    const { file, name, key } = pending.shift()!;
    const def = (byId.get(file)!.$defs as Record<string, unknown> | undefined)?.[name];
    if (def === undefined) throw new Error(`${file} has no $defs/${name}`);
    defs[key] = rewrite(def, file);
  }
  const sorted = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b)));
  return {
    $comment: `GENERATED from schemas/ by \`npm run schemas:generate\` (self-contained, for editors): do not edit.`,
    ...rest,
    ...(Object.keys(sorted).length ? { $defs: sorted } : {}),
  };
}
