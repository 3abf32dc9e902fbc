// Bad input never crashes the parser or the rules, and always gets a located message
// (issue 7): each case below is parsed and linted as a plan and as a session next to a
// valid workspace; every diagnostic must sit inside the document.
import * as assert from 'node:assert/strict';
import { lintAll } from '../../server/src/core/lint';
import { Workspace } from '../../server/src/core/model/workspace';
import { applyEdits } from '../../server/src/core/edits/apply';
import { combineFixes } from '../../server/src/core/edits/fixes';
import { renameGoal } from '../../server/src/core/edits/renameGoal';
import { applyEdit, parseDocument } from '../../server/src/core/parse/document';
import type { Diagnostic } from '../../server/src/core/types';

const PLAN_HEAD = '---\nkind: goal-plan\nclient: C-1\nclinician: rk\ncreated: 2026-01-05\nreview:\n  next: 2026-04-01\n---\n';
const SESSION_HEAD = '---\nkind: session-log\nclient: C-1\ndate: 2026-02-01\n---\n';

function lint(files: Record<string, string>, maxFileSize?: number): Diagnostic[] {
  const ws = new Workspace();
  for (const [p, t] of Object.entries(files)) ws.set(parseDocument(p, t, { maxFileSize }));
  const errors: unknown[] = [];
  const out = [...lintAll(ws, { today: '2026-11-26', onRuleError: (_r, _u, e) => errors.push(e) }).values()].flat();
  assert.deepEqual(errors, [], 'no rule threw');
  for (const d of out) {
    const len = files[d.uri].length;
    assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= len, `${d.rule} span ${d.span.start}-${d.span.end} outside 0-${len}`);
  }
  return out;
}

const rules = (ds: Diagnostic[], uri: string) => ds.filter((d) => d.uri === uri).map((d) => d.rule);

describe('security: hostile input', () => {
  it('invalid YAML in front matter: GP001 at the error, nothing else', () => {
    const text = '---\nkind: goal-plan\nclient: [C-1\ncreated: 2026-01-05\n---\nbody\n';
    const ds = lint({ 'a.md': text });
    assert.deepEqual([...new Set(rules(ds, 'a.md'))], ['GP001']);
    assert.ok(ds[0].span.start > 4, 'located inside the front matter, not at line 1');
  });

  it('YAML alias bomb (billion laughs) is refused with a located message', () => {
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) lol.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const text = `---\nkind: session-log\n${lol.join('\n')}\n---\n`;
    const t0 = process.hrtime.bigint();
    const ds = lint({ 'bomb.md': text });
    assert.ok(Number(process.hrtime.bigint() - t0) / 1e6 < 5000, 'does not expand the bomb');
    assert.deepEqual([...new Set(rules(ds, 'bomb.md'))], ['GP001']);
    assert.match(ds[0].message, /alias/i);
  });

  it('deeply nested YAML does not overflow the stack', () => {
    const deep = '['.repeat(20000) + ']'.repeat(20000);
    const ds = lint({ 'deep.md': `${SESSION_HEAD.replace('---\n', '---\nx: ' + deep + '\n').replace(/^---\nx/, '---\nx')}` });
    assert.ok(Array.isArray(ds));
  });

  it('a 10 MB and a 100 MB file get GP004 without being parsed', () => {
    const ten = SESSION_HEAD + 'x'.repeat(10 * 1024 * 1024);
    const ds = lint({ 'ten.md': ten });
    assert.deepEqual(rules(ds, 'ten.md'), ['GP004']);
    const hundred = SESSION_HEAD + 'y'.repeat(100 * 1024 * 1024);
    const t0 = process.hrtime.bigint();
    const d2 = lint({ 'hundred.md': hundred });
    assert.deepEqual(rules(d2, 'hundred.md'), ['GP004']);
    assert.ok(Number(process.hrtime.bigint() - t0) / 1e6 < 10000);
  });

  it('binary content named .md, invalid UTF-8 (decoded with replacement characters) and NUL bytes', () => {
    const bin = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 131) % 256));
    const ds = lint({ 'bin.md': bin, 'bad-utf8.md': SESSION_HEAD + 'caf\uFFFD \u0000 note\n', 'nul-fm.md': '---\nkind: session-log\nclient: C\u0000\n---\n' });
    assert.deepEqual(rules(ds, 'bin.md'), []);
  });

  it('BOM, CRLF, mixed line endings and tabs', () => {
    const crlf = (PLAN_HEAD + '```yaml goal\nid: G1\nstatement: Client will attend 4 of 4 weekly sessions.\ndue: 2026-06-01\n```\n').replace(/\n/g, '\r\n');
    const ds = lint({ 'bom.md': '\uFEFF' + crlf, 'mixed.md': SESSION_HEAD.replace('client: C-1\n', 'client: C-1\r\n'), 'tabs.md': '---\nkind: session-log\nclient:\tC-1\n\tdate: 2026-01-01\n---\n' });
    assert.ok(!rules(ds, 'bom.md').includes('GP001'), 'a BOM and CRLF are fine');
    assert.ok(rules(ds, 'tabs.md').includes('GP001'), 'a tab as indentation is a YAML error');
  });

  it('empty file, front matter only, and front matter without its closing fence', () => {
    const ds = lint({ 'empty.md': '', 'dashes.md': '---\n', 'open.md': '---\nkind: session-log\nclient: C-1\ndate: 2026-01-01\n\nbody without fence\n' });
    assert.deepEqual(rules(ds, 'empty.md'), []);
    assert.deepEqual(rules(ds, 'dashes.md'), []);
    assert.deepEqual(rules(ds, 'open.md'), ['GP001']);
    assert.match(ds.find((d) => d.uri === 'open.md')!.message, /closing/);
  });

  it('duplicate keys and impossible dates', () => {
    const ds = lint({ 'dup.md': '---\nkind: session-log\nclient: C-1\nclient: C-2\ndate: 2026-01-01\n---\n', 'date.md': SESSION_HEAD.replace('2026-02-01', '2026-02-30') });
    assert.deepEqual(rules(ds, 'dup.md'), ['GP001']);
    assert.ok(rules(ds, 'date.md').includes('GP002'));
  });

  it('near-miss kinds get GP005', () => {
    for (const kind of ['goal-plans', 'session', 'Session-Log']) {
      const ds = lint({ 'k.md': `---\nkind: ${kind}\nclient: C-1\n---\n` });
      assert.deepEqual(rules(ds, 'k.md'), ['GP005'], kind);
    }
  });

  it('one broken file never stops the others from being checked', () => {
    const ds = lint({
      'clients/C-1/plan.md': '---\nkind: goal-plan\nclient: [\n---\n',
      'clients/C-1/sessions/a.md': SESSION_HEAD + 'note\n',
      'clients/C-2/plan.md': PLAN_HEAD.replace('C-1', 'C-2') + '```yaml goal\nid: G1\nstatement: feel better\n```\n',
    });
    assert.ok(rules(ds, 'clients/C-1/sessions/a.md').includes('GP307'), 'the session is still checked (its plan does not parse, so the client has no plan)');
    assert.ok(rules(ds, 'clients/C-2/plan.md').includes('GP101'));
  });

  it('incremental edits that break and repair the YAML never throw', () => {
    let doc = parseDocument('p.md', PLAN_HEAD + '```yaml goal\nid: G1\nstatement: Client will attend 4 of 4 sessions.\n```\n');
    const at = doc.text.indexOf('attend');
    for (const ins of ['[', ']', ': ', '&a *a', '\t', '```', '---', '\n']) {
      doc = applyEdit(doc, { span: { start: at, end: at }, newText: ins });
      const full = parseDocument('p.md', doc.text);
      assert.equal(doc.goalBlocks.length, full.goalBlocks.length, `after inserting ${JSON.stringify(ins)}`);
    }
  });

  // Issue 15 (data integrity): hostile shapes for fixes, fix-all and rename. Whatever is offered
  // must leave the file parsing; a fix that cannot is dropped with its reason, never applied.
  it('fix-all on hostile YAML shapes and dates never breaks a file (flow maps, years 0000/9999, huge intervals, open fences)', () => {
    const plans = [
      'review: {every: 12w, last: 2026-01-05,}', 'review: {\n    every: 12w,\n    last: 2026-01-05\n  }', 'review: {}',
      'review:\n  every: 99999999999y', 'review:\n  every: 3mo\n  last: 9999-11-01', 'review:\n  every: 90d\n  last: 0026-09-01',
      "review: {'every': \"12w\", last: '2026-01-05'}",
    ];
    for (const r of plans) {
      const text = PLAN_HEAD.replace('review:\n  next: 2026-04-01\n', `${r}\n`);
      const doc = parseDocument('p.md', text);
      const ds = lint({ 'p.md': text });
      const c = combineFixes(doc, ds);
      const after = parseDocument('p.md', c.text);
      assert.equal(after.broken, false, `${r} -> ${c.text}`);
      const next = after.plan?.review?.next;
      assert.ok(next === undefined || /^\d{4}-\d{2}-\d{2}$/.test(next), `next is YYYY-MM-DD: ${String(next)}`);
    }
    for (const ending of ['```\nraw', '<!-- draft', '~~~']) {
      const note = `---\nkind: session-log\nclient: C-1\ndate: 2026-02-01\nformat: DAP\n---\n\n## Data\n\nSeen.\n\n${ending}\n`;
      const ds = lint({ 's.md': note });
      assert.ok(ds.some((d) => d.rule === 'GP305'), 'the missing sections are still reported');
      const c = combineFixes(parseDocument('s.md', note), ds);
      assert.equal(c.text, note, `no heading appended inside ${JSON.stringify(ending)}`);
    }
  });

  it('rename to hostile ids either writes them so they read back exactly, or refuses with a reason', () => {
    const plan = `${PLAN_HEAD}\n\`\`\`yaml goal\nid: G1\nstatement: Client will walk daily.\n\`\`\`\n\n\`\`\`yaml goal\n{id: 'G2', statement: Client will call a friend., parent: "G1"}\n\`\`\`\n`;
    const note = '---\nkind: session-log\nclient: C-1\ndate: 2026-02-01\ngoals: {G1: null, "G2": {progress: 1}}\n---\n';
    const p = parseDocument('p.md', plan);
    const n = parseDocument('s.md', note);
    for (const id of ['"G1"', '\\x41', '~', 'true', '1e3', '?', '[C1]', '*C1', '&a', '!!str', '- x', 'a #b', 'G\u202e1', '', 'two words', 'G2', '\u0000']) {
      const r = renameGoal(p, [n], 'G1', id);
      if (!r.ok) {
        assert.match(r.reason, /cannot be a goal id|already has a goal|would damage/, id);
        continue;
      }
      const p2 = parseDocument('p.md', applyEdits(plan, r.edits.get('p.md')!));
      const n2 = parseDocument('s.md', applyEdits(note, r.edits.get('s.md')!));
      assert.deepEqual(p2.goalBlocks.map((b) => [b.goal?.id, b.goal?.parent]), [[id, undefined], ['G2', id]], id);
      assert.deepEqual(n2.frontMatter?.raw, { kind: 'session-log', client: 'C-1', date: '2026-02-01', goals: { [id]: null, G2: { progress: 1 } } }, id);
    }
  });
});
