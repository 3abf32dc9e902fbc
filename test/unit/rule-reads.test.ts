// Rule.reads says which other files a rule reads; [] means its own document alone. The language
// server trusts it: after an edit of a plan, the client's notes re-run only the rules that read
// plans (PLAN_EDIT_SCOPE in lsp/context.ts) and keep the others' findings. So every rule that
// declares [] is run on every example and fixture file with a workspace that throws when any of
// its members is touched: such a rule must never reach it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { appliesTo, lintDocument } from '../../server/src/core/lint';
import type { WorkspaceView } from '../../server/src/core/model/view';
import { parseDocument } from '../../server/src/core/parse/document';
import { allRules } from '../../server/src/core/rules';
import { PLAN_EDIT_SCOPE } from '../../server/src/lsp/context';

const ROOT = path.resolve(__dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

const files = [...markdownFiles(path.join(ROOT, 'examples', 'clinic')), ...markdownFiles(path.join(ROOT, 'test', 'fixtures', 'rules'))];

/** A workspace view whose every member throws: a rule that reads other files fails on it. */
const untouchable = new Proxy({}, {
  get(_t, member) {
    throw new Error(`read the workspace (${String(member)})`);
  },
}) as WorkspaceView;

function failuresOn(rules: typeof allRules): string[] {
  const failures: string[] = [];
  for (const f of files) {
    const doc = parseDocument(`file://${f}`, fs.readFileSync(f, 'utf8'));
    lintDocument(doc, untouchable, {
      today: '2026-11-26',
      rules,
      onRuleError: (r, _uri, error) => failures.push(`${r.id} on ${path.relative(ROOT, f)}: ${(error as Error).message}`),
    });
  }
  return failures;
}

describe('rules that read their own document alone (Rule.reads: [])', () => {
  const local = allRules.filter((r) => r.reads !== undefined && r.reads.length === 0);

  it('there are such rules, and files of every kind to run them on', () => {
    assert.ok(local.length >= 10, local.map((r) => r.id).join(' '));
    const text = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    for (const kind of ['goal-plan', 'session-log', 'discharge-summary']) assert.match(text, new RegExp(`^kind: ${kind}$`, 'm'));
  });

  it('never touch the workspace, on any example or fixture file', () => {
    assert.deepEqual(failuresOn(local), []);
  });

  it('the check can fail: a rule that reads the plan does touch it', () => {
    const reader = allRules.find((r) => r.id === 'GP307')!;
    assert.equal(reader.reads, undefined);
    assert.ok(failuresOn([reader]).length > 0);
  });

  it("a plan edit re-checks the client's notes with every note rule but these", () => {
    const noteRules = allRules.filter((r) => appliesTo(r, 'session-log')).map((r) => r.id);
    const scoped = PLAN_EDIT_SCOPE['session-log']!;
    assert.deepEqual(noteRules.filter((id) => !scoped.has(id)), local.filter((r) => appliesTo(r, 'session-log')).map((r) => r.id));
    for (const id of ['GP301', 'GP302', 'GP304', 'GP307', 'GP311', 'GP314']) assert.ok(scoped.has(id), id);
  });
});
