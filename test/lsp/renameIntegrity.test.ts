// Issue 15 items 3 and 4 over stdio: rename writes the new id so that it reads back as typed in
// every context (plain, single- and double-quoted, block and flow, key and value) of the plan and
// every note; a new id that cannot be a goal id is refused with the reason; and a closed note
// with lone CR line breaks gets rename edits and diagnostics on the lines the editor counts.
import * as assert from 'node:assert/strict';
import type { Diagnostic, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { parseDocument } from '../../server/src/core/parse/document';
import { editsByUri, LspSession } from './harness';

const PLAN = 'c/plan.md';
const BLOCK = 'c/s1.md';
const FLOW = 'c/s2.md';
const CR = 'c/s3.md';

const plan = [
  '---', 'kind: goal-plan', 'client: C-7', 'clinician: RK', 'created: 2026-01-05', '---', '',
  '```yaml goal', 'id: G1', 'statement: Client will attend 3 of 4 weekly meetings.', '```', '',
  '```yaml goal', "id: 'G2'", 'statement: Client will walk daily for twenty minutes.', 'parent: "G1"', '```', '',
  '```yaml goal', '{id: G3, statement: Client will call one friend each week., parent: G1}', '```', '',
].join('\n');
const note = (date: string, goals: string[]) =>
  ['---', 'kind: session-log', 'client: C-7', `date: ${date}`, 'format: DAP', ...goals, '---', '', '## Data', '', 'Seen.', ''].join('\n');
const block = note('2026-02-01', ['goals:', '  G1:', '    progress: 1', "  'G2':", '    progress: 0']);
const flow = note('2026-02-08', ['goals: {G1: {progress: 1}, "G2": null, G3: null}']);
// A note pasted from an old Mac editor: lone CRs in a comment (one YAML comment line for the
// parser, two lines for the editor) and in the body.
const cr = note('2026-02-15', ['# pasted\rfrom the intake form\rby RK', 'goals:', '  G9:', '    progress: 0', '  G1:', '    progress: 1']).replace('Seen.', 'Seen.\rCalm.');

/** Offsets of LSP positions counting LF, CRLF and lone CR as line ends (as VS Code does). */
function lineStartsOf(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') out.push(i + 1);
  }
  return out;
}
function offsetOf(text: string, p: Position): number {
  return lineStartsOf(text)[p.line] + p.character;
}
function positionOf(text: string, offset: number): Position {
  const starts = lineStartsOf(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}
function apply(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e) => ({ s: offsetOf(text, e.range.start), e: offsetOf(text, e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

describe('lsp: rename writes ids that read back as typed (issue 15.3) and counts CR lines (15.4)', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ files: { [PLAN]: plan, [BLOCK]: block, [FLOW]: flow, [CR]: cr } });
    await s.waitForDiagnostics(CR, (d) => d.some((x) => x.code === 'GP301'), 'workspace indexed');
  });
  after(async () => s?.stop());

  const renameFromPlan = async (newName: string): Promise<WorkspaceEdit> => {
    const uri = s.uri(PLAN);
    return s.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: positionOf(plan, plan.indexOf('id: G1') + 4), newName });
  };

  for (const newName of ['"G1"', '\\x41', '~', 'true', '1e3', '?', '[C1]', '*C1', '0142', "it's", 'G1#x', '-G', 'a:b', '{x}', 'G,1']) {
    it(`G1 -> ${newName}: every file parses and reads the new id back exactly`, async () => {
      const byUri = editsByUri(await renameFromPlan(newName));
      const texts: Record<string, string> = { [PLAN]: plan, [BLOCK]: block, [FLOW]: flow, [CR]: cr };
      for (const [rel, before] of Object.entries(texts)) {
        const after = apply(before, byUri.get(s.uri(rel)) ?? []);
        const doc = parseDocument(rel, after);
        assert.equal(doc.broken, false, `${rel} still parses:\n${after}`);
        if (rel === PLAN) {
          assert.deepEqual(doc.goalBlocks.map((b) => b.goal?.id), [newName, 'G2', 'G3']);
          assert.deepEqual(doc.goalBlocks.map((b) => b.goal?.parent), [undefined, newName, newName]);
        } else {
          const keys = Object.keys(doc.frontMatter!.raw as { goals: object } && (doc.frontMatter!.raw as { goals: object }).goals);
          assert.ok(keys.includes(newName) && !keys.includes('G1'), `${rel}: ${keys.join(',')}`);
          // Nothing else changed: the same values under the other keys.
          const g = (doc.frontMatter!.raw as { goals: Record<string, unknown> }).goals;
          if (rel === BLOCK) assert.deepEqual(g, { [newName]: { progress: 1 }, G2: { progress: 0 } });
          if (rel === FLOW) assert.deepEqual(g, { [newName]: { progress: 1 }, G2: null, G3: null });
          if (rel === CR) assert.deepEqual(g, { G9: { progress: 0 }, [newName]: { progress: 1 } });
        }
      }
    });
  }

  it('refuses an id that cannot be a goal id, and says why', async () => {
    await assert.rejects(renameFromPlan('two words'), /cannot be a goal id: a goal id cannot contain spaces/);
    await assert.rejects(renameFromPlan('G\u202e1'), /cannot be a goal id: a goal id cannot contain control or text-direction characters/);
    await assert.rejects(renameFromPlan(''), /cannot be a goal id: a goal id cannot be empty/);
    await assert.rejects(renameFromPlan('G2'), /already has a goal G2/);
  });

  it('a closed note with lone CR line breaks: the rename edit replaces exactly `G1` on its line', async () => {
    const edits = editsByUri(await renameFromPlan('G7')).get(s.uri(CR))!;
    assert.equal(edits.length, 1);
    const e = edits[0];
    assert.deepEqual(e.range.start, positionOf(cr, cr.indexOf('  G1:') + 2));
    assert.equal(apply(cr, edits), cr.replace('  G1:', '  G7:'));
  });

  it('a closed note with lone CR line breaks: GP301 sits on the line of the unknown goal', async () => {
    const d: Diagnostic[] = s.diagnostics.get(s.uri(CR))!;
    const gp301 = d.find((x) => x.code === 'GP301')!;
    assert.deepEqual(gp301.range.start, positionOf(cr, cr.indexOf('G9')));
  });
});
