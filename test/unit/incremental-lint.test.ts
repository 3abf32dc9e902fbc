// The language server keeps one Workspace for a whole session and lints each new version of a
// document against it, so every fact kept between keystrokes (per goal object, per parsed plan,
// per client of the workspace, the ranges of a goal block) must give what a fresh start gives.
// Random runs of edits (typing digits, dates, statuses, line breaks, whole keys) in the example
// clinic's plans and notes, each applied as the server applies it (applyEdit into the long-lived
// workspace), then the edited file and every other file of its client are linted in that
// workspace and in a new workspace of freshly parsed files: the diagnostics must be the same.
// Short in CI (FC_RUNS unset: 25 runs of up to 6 edits); FC_RUNS=2000 for a long run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { lintDocument } from '../../server/src/core/lint';
import { clientOf, Workspace } from '../../server/src/core/model/workspace';
import { applyEdit, parseDocument } from '../../server/src/core/parse/document';
import type { Diagnostic, ParsedDocument } from '../../server/src/core/types';

const RUNS = Number(process.env.FC_RUNS) || 25;
const TODAY = '2026-11-26';
const CLINIC = path.resolve(__dirname, '..', '..', 'examples', 'clinic', 'clients');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

const files = markdownFiles(CLINIC).map((f) => ({ uri: `file://${f}`, text: fs.readFileSync(f, 'utf8') }));
/** Edits go to plans three times as often as to notes: the plan is what a goal's memo reads. */
const targets = files.flatMap((f, i) => (/^kind: goal-plan/m.test(f.text) ? [i, i, i] : [i]));

/** Diagnostics as a client sees them (fixes read, so lazy ones are built against their document). */
function seen(ds: Diagnostic[]): unknown[] {
  return ds.map((d) => ({ ...d, fixes: d.fixes?.map((f) => ({ ...f })) }));
}

/** The edited file and every file of its old and new client. */
function neighbours(ws: Workspace, before: ParsedDocument, after: ParsedDocument): string[] {
  return [after.uri, ...ws.affectedBy(after.uri, before)];
}

const pieces = fc.constantFrom(
  '4', '9', '12', '0', ' ', 'x', '\n', '\n  - ', ': ', '#', '2026-01-01', '2025-06-30', 'met', 'on-hold', 'active', 'closed',
  'PHQ-9', 'GAD-7', 'G1', 'G2', '\nstatus: met', '\nclient_words: I want to sleep', '\nclosed: 2026-02-01', '\nreview: true', '',
);

/** A position near a value: a line start plus a few characters, or just after a `key: `. */
function positionIn(text: string, line: number, column: number, afterColon: boolean): number {
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  const start = starts[line % starts.length];
  if (afterColon) {
    const nl = text.indexOf('\n', start);
    const colon = text.indexOf(': ', start);
    if (colon !== -1 && (nl === -1 || colon < nl)) return colon + 2;
  }
  return Math.min(text.length, start + column);
}

describe('lint after random edits in a long-lived workspace equals lint of a fresh parse', () => {
  it('has plans and notes to edit', () => assert.ok(files.length >= 40 && targets.length > files.length, `${files.length} files under ${CLINIC}`));

  it('every file of the edited client gets the diagnostics a fresh workspace gives', function () {
    this.timeout(600_000);
    const edit = fc.record({
      file: fc.constantFrom(...targets),
      line: fc.nat(),
      column: fc.nat(12),
      afterColon: fc.boolean(),
      remove: fc.nat(4),
      insert: pieces,
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const ws = new Workspace();
        const texts = new Map(files.map((f) => [f.uri, f.text]));
        for (const f of files) ws.set(parseDocument(f.uri, f.text));
        for (const [step, e] of edits.entries()) {
          const uri = files[e.file].uri;
          const before = ws.get(uri)!;
          // Warm every memo on the version before the edit, as the server's last check did.
          for (const u of neighbours(ws, before, before)) lintDocument(ws.get(u)!, ws, { today: TODAY });
          const start = positionIn(before.text, e.line, e.column, e.afterColon);
          const end = Math.min(before.text.length, start + e.remove);
          const after = applyEdit(before, { span: { start, end }, newText: e.insert });
          ws.set(after);
          texts.set(uri, after.text);
          const fresh = new Workspace();
          for (const [u, t] of texts) fresh.set(parseDocument(u, t));
          for (const u of neighbours(ws, before, after)) {
            const doc = ws.get(u)!;
            assert.deepEqual(
              seen(lintDocument(doc, ws, { today: TODAY })),
              seen(lintDocument(fresh.get(u)!, fresh, { today: TODAY })),
              `edit ${step + 1} of ${edits.length} (${JSON.stringify(e.insert)} at ${start} of ${path.basename(path.dirname(uri))}/${path.basename(uri)}, client ${clientOf(after) ?? 'none'}): ${u}`,
            );
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
