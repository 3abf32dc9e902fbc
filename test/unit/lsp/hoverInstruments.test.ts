// Hovers know the version-2 instruments (issue 11: "Completions and hovers know C-SSRS"): the
// hover on a `measures` key reads the instrument table, so C-SSRS shows its range and that it is
// a risk screen; an unknown name says it is not known (GP006's case).
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import { doHover } from '../../../server/src/lsp/services/hover';
import { clinic, SESSION_100_A } from '../../lsp/fixtures';
import { marked, testContext } from './context';

const SESSION = 'clients/C-0100/sessions/2026-10-13.md';

function hoverText(textWithMarker: string): string {
  const ctx = testContext(clinic());
  const { doc, position } = marked(ctx, SESSION, textWithMarker);
  const h = doHover(ctx, doc, position);
  return h ? (h.contents as MarkupContent).value : '';
}

describe('lsp services: hover on instrument names', () => {
  it('C-SSRS: its range and that it is a risk screen', () => {
    const text = hoverText(SESSION_100_A.replace('  PHQ-9: 13\n', '  PHQ-9: 13\n  C-S|SRS: 0\n'));
    assert.match(text, /C-SSRS/);
    assert.match(text, /0-6/);
    assert.match(text, /Risk screen/);
  });

  it('an unknown name is said to be unknown', () => {
    const text = hoverText(SESSION_100_A.replace('  PHQ-9: 13\n', '  PHQ-9: 13\n  CSS|RS: 0\n'));
    assert.match(text, /not a built-in or configured instrument/);
  });
});
