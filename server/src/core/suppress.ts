// Suppression comments (SPEC 2): `<!-- goalplan-disable-next-line IDS -->`,
// `<!-- goalplan-disable IDS -->` ... `<!-- goalplan-enable IDS -->`, and
// `# goalplan-disable-line IDS` inside YAML. Ids or aliases; none means every rule.
import { positionAt } from './parse/lines';
import type { Diagnostic, DirectiveComment, ParsedDocument } from './types';

export function isSuppressed(doc: ParsedDocument, d: Pick<Diagnostic, 'span' | 'rule' | 'alias'>): boolean {
  // Most files have no directives: decide that before locating the diagnostic's line.
  if (doc.directives.length === 0) return false;
  const line = positionAt(doc.lineStarts, d.span.start).line;
  const names = (dir: DirectiveComment) => dir.rules.length === 0 || dir.rules.some((r) => eqName(r, d.rule) || eqName(r, d.alias));
  let disabled = false;
  for (const dir of doc.directives) {
    if (dir.directive === 'disable-next-line' && dir.line + 1 === line && names(dir)) return true;
    if (dir.directive === 'disable-line' && dir.line === line && names(dir)) return true;
    // Block directives act from their position on: a diagnostic is inside when the last matching directive before it disabled.
    if ((dir.directive === 'disable' || dir.directive === 'enable') && dir.span.start < d.span.start && names(dir)) {
      disabled = dir.directive === 'disable';
    }
  }
  return disabled;
}

function eqName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
