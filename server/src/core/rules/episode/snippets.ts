// Editor-only fixes that insert keys for the clinician to fill in (SPEC 5.8: records of consent
// and signature are never written for the clinician). The snippet has empty tab stops, nothing
// preselected; `Fix.snippet` keeps it out of `--fix` and fix-all.
import type { Fix, ParsedDocument, YamlRegion } from '../../types';

/**
 * A fix adding `key:` with empty sub-keys at the end of the front matter. undefined when the
 * front matter does not end on a line start (nothing safe to append to).
 */
export function frontMatterSnippet(doc: ParsedDocument, fm: YamlRegion, key: string, subKeys: readonly string[], title: string): Fix | undefined {
  const at = fm.contentSpan.end;
  if (at > 0 && doc.text[at - 1] !== '\n') return undefined;
  if (fm.has([key])) return undefined;
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const lines = [`${key}:`, ...subKeys.map((k, i) => `  ${k}: $${i + 1}`)];
  return { title, edits: [{ span: { start: at, end: at }, newText: lines.join(eol) + eol }], safe: false, snippet: true };
}
