// applyEdit (the language server's keystroke path: re-parse one YAML region, shift the rest)
// must give what a full parse of the new text gives: the same line starts, regions, goals,
// headings, directives and the same diagnostics with the same spans and messages. Random
// single edits (typing, deleting, pasting line breaks and fences) over the example clinic's
// plans and notes. Short in CI (FC_RUNS unset: 100 runs); FC_RUNS=5000 for a long run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { lintDocument } from '../../server/src/core/lint';
import { Workspace } from '../../server/src/core/model/workspace';
import { applyEdit, parseDocument } from '../../server/src/core/parse/document';
import type { Diagnostic, ParsedDocument } from '../../server/src/core/types';

const RUNS = Number(process.env.FC_RUNS) || 100;
const TODAY = '2026-11-26';
const CLINIC = path.resolve(__dirname, '..', '..', 'examples', 'clinic', 'clients');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

const files = markdownFiles(CLINIC).slice(0, 40).map((f) => ({ uri: `file://${f}`, text: fs.readFileSync(f, 'utf8') }));

/** What a rule or feature can read of a document, spans included. */
function shape(doc: ParsedDocument): unknown {
  const region = (r: ParsedDocument['frontMatter']) => r && { content: r.contentSpan, outer: r.outerSpan, text: r.text, errors: r.syntaxErrors, raw: r.raw };
  return {
    kind: doc.kind, broken: doc.broken, lineStarts: doc.lineStarts, body: doc.bodySpan,
    frontMatter: region(doc.frontMatter), frontMatterIssues: doc.frontMatterIssues, plan: doc.plan, session: doc.session,
    goals: doc.goalBlocks.map((b) => ({ region: region(b.region), goal: b.goal, issues: b.schemaIssues, idHint: b.idHint })),
    headings: doc.headings, directives: doc.directives,
  };
}

function lint(doc: ParsedDocument, others: ParsedDocument[]): Diagnostic[] {
  const ws = new Workspace();
  for (const o of others) ws.set(o);
  ws.set(doc);
  return lintDocument(doc, ws, { today: TODAY }).map((d) => ({ ...d, fixes: d.fixes?.map((f) => ({ ...f })) }));
}

const pieces = fc.constantFrom('4', '12', ' ', 'x', '\n', '\n  - ', ': ', '"', '#', '---\n', '```\n', '- id: G9\n', '2026-01-01', 'é', '');

describe('incremental parse (applyEdit) equals a full parse', () => {
  it('has example files to edit', () => assert.ok(files.length >= 10, `${files.length} files under ${CLINIC}`));

  it('after one random edit: same document model and same diagnostics', () => {
    const parsed = files.map((f) => parseDocument(f.uri, f.text));
    fc.assert(
      // Edits land at a line's start or a few characters in: where line starts must shift or stay.
      fc.property(fc.nat(files.length - 1), fc.nat(), fc.nat(8), fc.nat(12), pieces, (i, line, column, removeLen, insert) => {
        const before = parsed[i];
        const starts = before.lineStarts;
        const start = Math.min(before.text.length, starts[line % starts.length] + column);
        const end = Math.min(before.text.length, start + removeLen);
        const incremental = applyEdit(before, { span: { start, end }, newText: insert });
        const full = parseDocument(before.uri, before.text.slice(0, start) + insert + before.text.slice(end));
        assert.equal(incremental.text, full.text);
        assert.deepEqual(shape(incremental), shape(full));
        const others = parsed.filter((_, j) => j !== i);
        assert.deepEqual(lint(incremental, others), lint(full, others));
      }),
      { numRuns: RUNS },
    );
  });
});
