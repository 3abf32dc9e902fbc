// Every rule has a failing and a passing fixture (test/fixtures/rules/<ID>/{fail,pass}). In a
// failing fixture, « and » mark exactly the spans where the rule must report; a passing fixture
// must not trigger the rule at all.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allRules } from '../../server/src/core/rules';
import { lintFiles, stripMarkers } from '../helpers/lint';

const ROOT = join(__dirname, '..', 'fixtures', 'rules');

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function loadFixture(dir: string) {
  const tree = readTree(dir);
  const today = tree['today.txt']?.trim() ?? '2026-11-26';
  const config = tree['.goalplan.yaml'];
  const files: Record<string, string> = {};
  const expected: { file: string; start: number; end: number }[] = [];
  for (const [path, text] of Object.entries(tree)) {
    if (!path.endsWith('.md')) continue;
    const { text: clean, spans } = stripMarkers(text);
    files[path] = clean;
    for (const s of spans) expected.push({ file: path, ...s });
  }
  return { files, expected, today, config };
}

describe('rule fixtures', () => {
  for (const rule of allRules) {
    describe(`${rule.id} ${rule.alias}`, () => {
      const dir = join(ROOT, rule.id);
      it('has a failing and a passing fixture', () => {
        assert.ok(existsSync(join(dir, 'fail')), `missing ${relative(process.cwd(), join(dir, 'fail'))}`);
        assert.ok(existsSync(join(dir, 'pass')), `missing ${relative(process.cwd(), join(dir, 'pass'))}`);
      });
      if (!existsSync(join(dir, 'fail')) || !existsSync(join(dir, 'pass'))) return;

      it('fails at exactly the marked ranges', () => {
        const fx = loadFixture(join(dir, 'fail'));
        assert.ok(fx.expected.length > 0, 'the failing fixture marks no range with « »');
        const got = lintFiles(fx.files, { today: fx.today, config: fx.config })
          .filter((d) => d.rule === rule.id)
          .map((d) => ({ file: d.uri, start: d.span.start, end: d.span.end, text: fx.files[d.uri].slice(d.span.start, d.span.end) }));
        const want = fx.expected.map((e) => ({ ...e, text: fx.files[e.file].slice(e.start, e.end) }));
        const key = (x: { file: string; start: number }) => `${x.file}:${String(x.start).padStart(8, '0')}`;
        assert.deepEqual(got.sort((a, b) => key(a).localeCompare(key(b))), want.sort((a, b) => key(a).localeCompare(key(b))));
      });

      it('passes the near-miss fixture', () => {
        const fx = loadFixture(join(dir, 'pass'));
        const got = lintFiles(fx.files, { today: fx.today, config: fx.config }).filter((d) => d.rule === rule.id);
        assert.deepEqual(got.map((d) => `${d.uri}: ${d.message}`), []);
      });
    });
  }
});
