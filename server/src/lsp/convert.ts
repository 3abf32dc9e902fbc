// Core offsets <-> LSP positions. Both count UTF-16 code units, so this is only line arithmetic.
import type { Position, Range, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { offsetAt, positionAt } from '../core/parse/lines';
import type { ParsedDocument, Span, TextEdit } from '../core/types';

export function toRange(doc: Pick<ParsedDocument, 'lineStarts'>, span: Span): Range {
  return { start: positionAt(doc.lineStarts, span.start), end: positionAt(doc.lineStarts, span.end) };
}

export function toOffset(doc: Pick<ParsedDocument, 'lineStarts' | 'text'>, pos: Position): number {
  return offsetAt(doc.lineStarts, doc.text.length, pos.line, pos.character);
}

export function toSpan(doc: Pick<ParsedDocument, 'lineStarts' | 'text'>, range: Range): Span {
  return { start: toOffset(doc, range.start), end: toOffset(doc, range.end) };
}

export function toLspEdit(doc: Pick<ParsedDocument, 'lineStarts'>, e: TextEdit): LspTextEdit {
  return { range: toRange(doc, e.span), newText: e.newText };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function overlaps(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
