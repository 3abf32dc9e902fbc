// GP401 phi-identifier: the fixtures run through the rule directly (so they are checked even
// before the registry lists the rule), spans are exact, and scanned / unscanned fields.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultConfig } from '../../../server/src/core/config/defaults';
import { lintAll } from '../../../server/src/core/lint';
import { Workspace } from '../../../server/src/core/model/workspace';
import { parseDocument } from '../../../server/src/core/parse/document';
import { phiRule } from '../../../server/src/core/rules/common/GP401-phi-identifier';
import type { Diagnostic } from '../../../server/src/core/types';
import { stripMarkers } from '../../helpers/lint';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'rules', 'GP401');

/** Lints with GP401 only; a rule that throws fails the test instead of going silent. */
function lintPhi(files: Record<string, string>): Diagnostic[] {
  const ws = new Workspace();
  for (const [p, t] of Object.entries(files)) ws.set(parseDocument(p, t));
  const res = lintAll(ws, {
    today: '2026-11-26', rules: [phiRule], configFor: () => defaultConfig(),
    onRuleError: (_r, uri, e) => { throw new Error(`GP401 threw on ${uri}: ${String(e)}`); },
  });
  return [...res.values()].flat();
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.md')) out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('GP401 phi-identifier', () => {
  it('reports exactly the marked spans of the failing fixture', () => {
    const files: Record<string, string> = {};
    const want: string[] = [];
    for (const [p, marked] of Object.entries(readTree(join(FIXTURES, 'fail')))) {
      const { text, spans } = stripMarkers(marked);
      files[p] = text;
      for (const s of spans) want.push(`${p}:${s.start}:${text.slice(s.start, s.end)}`);
    }
    const got = lintPhi(files).map((d) => `${d.uri}:${d.span.start}:${files[d.uri].slice(d.span.start, d.span.end)}`);
    assert.deepEqual(got.sort(), want.sort());
  });

  it('stays quiet on the near-miss fixture (dates, times, CPT codes, ids, score lists)', () => {
    assert.deepEqual(lintPhi(readTree(join(FIXTURES, 'pass'))).map((d) => `${d.uri}: ${d.message}`), []);
  });

  it('never scans ids, date fields, CPT codes or clinician/client keys', () => {
    const text = [
      '---', 'kind: session-log', 'client: "555-201-3344"', 'date: 2026-11-10', 'cpt: "555-201-3344"',
      'goals:', '  555-201-3344:', '    progress: 0', 'signed:', '  by: "a@b.org"', '  date: 2026-11-10', '---', '',
    ].join('\n');
    assert.deepEqual(lintPhi({ 's.md': text }), []);
  });

  it('names the kind and the field, never the matched text', () => {
    const text = ['---', 'kind: session-log', 'client: C-1', 'date: 2026-11-10', 'risk: call 555-201-3344 now', '---', ''].join('\n');
    const [d] = lintPhi({ 's.md': text });
    assert.match(d.message, /phone number in `risk`/);
    assert.doesNotMatch(d.message, /555/);
  });

  it('ignores files that do not take part', () => {
    assert.deepEqual(lintPhi({ 'readme.md': 'Call 555-201-3344 or mail a@b.org\n' }), []);
  });
});
