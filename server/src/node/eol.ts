// Line endings: fixes are written with LF; a CRLF file must stay CRLF (issue 7: nothing else in
// the file changes). The dominant ending decides; a file without any line break counts as LF.
import type { TextEdit } from '../core/types';

export type Eol = '\n' | '\r\n';

export function dominantEol(text: string): Eol {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Inserted text in the file's own line ending. */
export function withEol(newText: string, eol: Eol): string {
  return eol === '\n' ? newText.replace(/\r\n/g, '\n') : newText.replace(/\r?\n/g, '\r\n');
}

export function editsWithEol(edits: readonly TextEdit[], eol: Eol): TextEdit[] {
  return edits.map((e) => ({ span: e.span, newText: withEol(e.newText, eol) }));
}
