// Code actions over a real connection: every quick fix the server offers is applied in an open
// document and the file re-linted; fix-all (source.fixAll.goalplan); suppression comments in
// YAML and in Markdown.
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { at, codes, describe as fmt, editsByUri, LspSession, positionOf } from './harness';
import { PLAN_200, SESSION_200 } from './fixtures';

const FILES: Record<string, string> = {
  'clients/C-0200/plan.md': PLAN_200,
  // GP305 missing sections (fix: add the headings).
  'clients/C-0200/sessions/2026-11-12.md': SESSION_200,
  // GP301 on a typo'd goal id (fix: "Change to G1").
  'clients/C-0200/sessions/2026-11-19.md': SESSION_200.replace(/2026-11-12/g, '2026-11-19').replace('  G1:\n', '  G3:\n'),
  // GP005: a near-miss kind on an otherwise complete session (fix: the right kind).
  'clients/C-0200/sessions/2026-11-26.md': SESSION_200.replace(/2026-11-12/g, '2026-11-26').replace('kind: session-log', 'kind: session'),
  // GP201 (safe fix) and GP205 (four unsafe fixes) in one plan.
  'clients/C-0300/plan.md': PLAN_200.replace(/C-0200/g, 'C-0300').replace('due: 2027-05-31', 'due: 2026-10-31'),
  // GP305 on an empty section heading in the Markdown body.
  'clients/C-0300/sessions/2026-11-20.md': SESSION_200.replace(/C-0200/g, 'C-0300').replace(/2026-11-12/g, '2026-11-20')
    .replace('## Assessment\n\nSome progress.\n', '## Objective\n\n## Assessment\n\nSome progress.\n\n## Plan\n\nGo on.\n'),
};

const isFix = (a: CodeAction) => !/^Suppress |^Fix all /.test(a.title);

describe('lsp: code actions', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ files: FILES });
    await s.waitForDiagnostics('clients/C-0300/plan.md', (d) => codes(d).includes('GP205'), 'workspace indexed');
  });
  after(async () => s?.stop());

  async function actionsFor(rel: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: s.uri(rel) }, range: d.range, context: { diagnostics: [d], only },
    });
  }

  /** Applies an action to the open document, waits for its re-lint and puts the original text back. */
  async function applyAndRelint(rel: string, action: CodeAction): Promise<{ text: string; after: Diagnostic[] }> {
    const uri = s.uri(rel);
    const original = s.text(rel);
    const edits = editsByUri(action.edit!);
    assert.deepEqual([...edits.keys()], [uri], `${action.title} edits this file only`);
    const text = s.applyToOpen(uri, edits.get(uri)!);
    const after = await s.currentDiagnostics(rel, `re-lint after "${action.title}"`);
    s.change(rel, [{ range: { start: { line: 0, character: 0 }, end: positionOf(text, text.length) }, text: original }]);
    await s.currentDiagnostics(rel, 're-lint of the original text');
    return { text, after };
  }

  it('every offered quick fix removes its diagnostic; safe ones add no new problem', async () => {
    let applied = 0;
    for (const rel of Object.keys(FILES)) {
      s.open(rel);
      const before = await s.currentDiagnostics(rel, 'diagnostics of the opened file');
      for (const d of before) {
        for (const a of (await actionsFor(rel, d, ['quickfix'])).filter(isFix)) {
          const { after } = await applyAndRelint(rel, a);
          applied++;
          assert.ok(!after.some((x) => x.code === d.code && x.message === d.message), `${rel}: "${a.title}" left ${d.code}: ${fmt(after)}`);
          const safe = a.isPreferred === true;
          if (safe) {
            const fresh = after.filter((x) => x.code !== d.code && !before.some((b) => b.code === x.code));
            assert.deepEqual(codes(fresh), [], `${rel}: "${a.title}" introduced ${fmt(fresh)}`);
          }
          assert.ok(!codes(after).includes('GP001') && !codes(after).includes('GP002') || a.title.includes('goal-plan'), `${rel}: "${a.title}" broke the YAML: ${fmt(after)}`);
        }
      }
      s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
    }
    assert.ok(applied >= 9, `expected GP201 x2, GP205 x4, GP301, GP305, GP005 x2 fixes; applied ${applied}`);
  });

  it('GP201: the preferred fix computes review.next = review.last + review.every', async () => {
    const rel = 'clients/C-0200/plan.md';
    s.open(rel);
    const d = (await s.currentDiagnostics(rel, 'plan')).find((x) => x.code === 'GP201')!;
    const [fix] = (await actionsFor(rel, d)).filter((a) => a.isPreferred);
    assert.ok(fix, 'a preferred fix');
    const { text, after } = await applyAndRelint(rel, fix);
    assert.match(text, /^ {2}next: 2027-01-30$/m);
    assert.ok(!codes(after).includes('GP201'));
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });

  it('GP205: mark met / revised / discontinued, extend due', async () => {
    const rel = 'clients/C-0300/plan.md';
    s.open(rel);
    const d = (await s.currentDiagnostics(rel, 'plan')).find((x) => x.code === 'GP205')!;
    const fixes = (await actionsFor(rel, d)).filter(isFix);
    const titles = fixes.map((a) => a.title);
    // The menu preselects its first entry: extending comes first, and no outcome is ever preferred.
    assert.deepEqual(titles.map((t) => t.split(' ').slice(0, 3).join(' ')), ['Extend G1 to', 'Mark G1 met', 'Mark G1 revised', 'Mark G1 discontinued']);
    assert.deepEqual(fixes.filter((a) => a.isPreferred), [], 'recording an outcome is never the preferred fix');
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });

  it('source.fixAll.goalplan applies every safe fix of the file at once', async () => {
    const rel = 'clients/C-0300/plan.md';
    s.open(rel);
    const before = await s.currentDiagnostics(rel, 'plan');
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: s.uri(rel) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.goalplan'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.goalplan');
    const { after } = await applyAndRelint(rel, actions[0]);
    assert.ok(codes(before).includes('GP201') && !codes(after).includes('GP201'));
    assert.ok(codes(after).includes('GP205'), 'unsafe fixes (a clinical decision) are never applied by fix-all');
    // Asked for quick fixes only, no fix-all source action comes back.
    const quick = await actionsFor(rel, before[0], ['quickfix']);
    assert.ok(quick.every((a) => a.kind === 'quickfix'));
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });

  it('offers no "fix all <rule>" for a rule that occurs once', async () => {
    const rel = 'clients/C-0200/plan.md';
    s.open(rel);
    const d = (await s.currentDiagnostics(rel, 'plan')).find((x) => x.code === 'GP201')!;
    assert.ok(!(await actionsFor(rel, d, ['quickfix'])).some((a) => a.title.startsWith('Fix all ')));
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });

  it('suppress in YAML: `# goalplan-disable-line ID` at the end of the line', async () => {
    const rel = 'clients/C-0200/sessions/2026-11-19.md';
    s.open(rel);
    const d = (await s.currentDiagnostics(rel, 'session')).find((x) => x.code === 'GP301')!;
    const sup = (await actionsFor(rel, d)).find((a) => a.title.startsWith('Suppress GP301'))!;
    assert.ok(sup);
    const { text, after } = await applyAndRelint(rel, sup);
    assert.match(text, /^ {2}G3: # goalplan-disable-line GP301$/m);
    assert.ok(!codes(after).includes('GP301'));
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });

  it('suppress in Markdown: `<!-- goalplan-disable-next-line ID -->` before the line', async () => {
    const rel = 'clients/C-0300/sessions/2026-11-20.md';
    s.open(rel);
    const diags = await s.currentDiagnostics(rel, 'session');
    const body = diags.find((x) => x.code === 'GP305' && x.range.start.line === at(s.text(rel), '## Objective').line);
    assert.ok(body, `GP305 on the empty Objective heading: ${fmt(diags)}`);
    const sup = (await actionsFor(rel, body!)).find((a) => a.title.startsWith('Suppress GP305'))!;
    const { text, after } = await applyAndRelint(rel, sup);
    assert.match(text, /<!-- goalplan-disable-next-line GP305 -->\n## Objective\n/);
    assert.ok(!after.some((x) => x.code === 'GP305' && x.message === body!.message), fmt(after));
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });
});
