// readPlainYaml (parse/plainYaml.ts) is a fast path for the plain YAML of goal files; the `yaml`
// package (core schema, strict, unique keys) is the reference. Whenever the fast path answers,
// its value must equal yaml's `toJS` of an error-free parse: on every YAML region of the
// fixtures, the example clinic and a generated benchmark clinic, and on generated YAML built
// from tricky pieces, and so must every range a rule can ask for (rangeOf, has). It may decline (undefined) anything; the benchmark files must not be
// declined, or the index loses its speed without anyone noticing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseDocument as parseYaml } from 'yaml';
import { readPlainYaml, readPlainYamlTree } from '../../server/src/core/parse/plainYaml';
import { parseYamlRegion } from '../../server/src/core/parse/yamlRegion';
import { generateCorpus } from '../bench/corpus';

const RUNS = Number(process.env.FC_RUNS) || 300;
const ROOT = path.resolve(__dirname, '..', '..');

function reference(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    const doc = parseYaml(text, { schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true });
    if (doc.errors.length > 0) return { ok: false };
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { ok: false };
  }
}

/** Front matter and ```yaml goal blocks of a Markdown file, as texts. */
function regionsOf(text: string): string[] {
  const out: string[] = [];
  const fm = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*\r?$/m.exec(text);
  if (fm && fm.index === 0) out.push(fm[1]);
  for (const m of text.matchAll(/^```yaml goal[^\n]*\n([\s\S]*?)^```/gm)) out.push(m[1]);
  return out;
}

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : /\.(md|markdown)$/.test(e.name) ? [p] : [];
  });
}

function agrees(text: string): boolean {
  const fast = readPlainYaml(text);
  if (fast === undefined) return false;
  const ref = reference(text);
  assert.ok(ref.ok, `the fast path read YAML that yaml rejects:\n${text}`);
  assert.deepStrictEqual(fast, ref.value, `different values for:\n${text}`);
  sameRanges(text, fast);
  return true;
}

/** Every path of the value (and a missing key under each mapping), as rules ask for them. */
function pathsOf(v: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...prefix, i])));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...prefix, k]));
    out.push([...prefix, 'missing'], [...prefix, 'missing', 'deeper']);
  }
  out.push([...prefix, 0]);
  return out;
}

/** rangeOf and has from the plain reader's positions equal those from the yaml Document. */
function sameRanges(text: string, value: unknown): void {
  const span = { start: 10, end: 10 + text.length };
  const outer = { start: 6, end: span.end + 4 };
  const fast = parseYamlRegion('goal', text, span, outer);
  if (!text.includes('#')) assert.ok(readPlainYamlTree(text)?.root, `no positions for:\n${text}`);
  const slow = parseYamlRegion('goal', text, span, outer);
  slow.plainRanges = false; // ask the yaml Document
  for (const path of pathsOf(value)) {
    assert.equal(fast.has(path), slow.has(path), `has ${JSON.stringify(path)} in:\n${text}`);
    for (const part of ['key', 'value', 'pair'] as const) {
      assert.deepEqual(fast.rangeOf(path, part), slow.rangeOf(path, part), `rangeOf ${JSON.stringify(path)} ${part} in:\n${text}`);
    }
  }
}

describe('plain YAML fast path equals the yaml package', () => {
  it('on every region of the fixtures and the example clinic', () => {
    const files = [...markdownFiles(path.join(ROOT, 'test', 'fixtures')), ...markdownFiles(path.join(ROOT, 'examples'))];
    let regions = 0;
    let fast = 0;
    for (const f of files) {
      for (const r of regionsOf(fs.readFileSync(f, 'utf8'))) {
        regions++;
        if (agrees(r)) fast++;
      }
    }
    assert.ok(regions > 200, `${regions} regions`);
    assert.ok(fast > regions / 2, `only ${fast} of ${regions} regions took the fast path`);
  });

  it('takes every region of the benchmark clinic (and agrees)', () => {
    const files = generateCorpus({ clients: 20, sessionsPerClient: 40 });
    for (const f of files) {
      for (const r of regionsOf(f.text)) assert.ok(agrees(r), `declined:\n${r}`);
    }
  });

  const key = fc.constantFrom('a', 'id', 'G1', 'PHQ-9', 'x.y', 'null', 'True', 'b_c', 'key', 'k1');
  const scalar = fc.constantFrom(
    '1', '-2', '+3', '007', '1.5', '.5', '5.', '1e3', '-0', '0x1F', '0o7', '.inf', '-.Inf', '.nan', '1_000', '12345678901234567',
    'true', 'False', 'TRUE', 'yes', 'no', 'on', 'null', '~', 'Null', '', '2026-01-05', '10:00', '"10:00"', "'x'", "'it''s'",
    '"a \\" b"', '"a # b"', 'a # comment', 'a#b', 'C#', 'a: b', 'a:', 'http://x.y/z', 'x, y', '[a, b]', '{a: 1}', '&a x', '*a',
    '!tag x', '|', '>', '@x', '`x', '%x', '- x', '-x', '? x', ': x', 'é ü', 'word  ', 'two  spaces', '"unterminated', "'q' x",
  );
  it('on each tricky scalar as a value, a list item and a key', () => {
    for (const v of fc.sample(scalar, 2000).filter((x, i, all) => all.indexOf(x) === i)) {
      agrees(`k: ${v}\n`);
      agrees(`- ${v}\n`);
      agrees(`${v}: 1\n`);
    }
    for (const v of ['FALSE', 'TRUE', 'NULL', '~', '007', '-0', '1e3', '5.', 'yes']) assert.ok(agrees(`k: ${v}\n`), v);
  });

  const line = fc.tuple(fc.constantFrom('', '  ', '    ', '   ', '- ', '  - ', '    - '), fc.oneof(
    fc.tuple(key, fc.constantFrom(':', ': ', ':  ')).map(([k, c]) => `${k}${c}`),
    fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
    scalar,
    fc.constantFrom('# comment', '', '---', '...'),
  )).map(([indent, body]) => indent + body);

  it('on generated YAML from tricky pieces', () => {
    let fastCount = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean(), (lines, trailingNewline) => {
        if (agrees(lines.join('\n') + (trailingNewline ? '\n' : ''))) fastCount++;
      }),
      { numRuns: RUNS },
    );
    assert.ok(fastCount > 0, 'the generator never produced YAML the fast path reads');
  });

  // Well-formed block YAML from a random tree (mappings, lists, `- key:` items), scalars from the pieces above.
  type Tree = string | { map: Array<[string, Tree]> } | { list: Tree[] };
  const plain = fc.constantFrom('Client will walk', '3', '2026-02-01', 'PHQ-9', '"90834"', 'x y z', '0.5', 'met', 'C-0142');
  const leaf = fc.oneof({ arbitrary: plain, weight: 6 }, { arbitrary: scalar, weight: 1 });
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ map: fc.array(fc.tuple(key, tie('t')), { minLength: 1, maxLength: 4 }) }),
      fc.record({ list: fc.array(tie('t'), { minLength: 1, maxLength: 3 }) }),
    ),
  })).t;
  function render(t: Tree, indent: string, compactList: boolean): string[] {
    if (typeof t === 'string') return [`${indent}${t}`];
    if ('map' in t) {
      return t.map.flatMap(([k, v]) => {
        if (typeof v === 'string') return [`${indent}${k}: ${v}`];
        // A list under a key may sit at the key's column (compact) or further right.
        const inner = 'list' in v && compactList ? indent : `${indent}  `;
        return [`${indent}${k}:`, ...render(v, inner, compactList)];
      });
    }
    return t.list.flatMap((v) => {
      if (typeof v === 'string') return [`${indent}- ${v}`];
      const lines = render(v, `${indent}  `, compactList);
      if ('map' in v) return [`${indent}- ${lines[0].slice(indent.length + 2)}`, ...lines.slice(1)];
      return [`${indent}-`, ...lines];
    });
  }

  it('on generated well-formed block YAML', () => {
    let fastCount = 0;
    fc.assert(
      fc.property(fc.record({ map: fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 5 }) }), fc.boolean(), (t, compact) => {
        if (agrees(render(t, '', compact).join('\n') + '\n')) fastCount++;
      }),
      { numRuns: RUNS },
    );
    assert.ok(fastCount > RUNS / 20, `the fast path read only ${fastCount} of ${RUNS} generated texts`);
    if (process.env.FC_RUNS) console.log(`      fast path taken on ${fastCount} of ${RUNS}`);
  });
});
