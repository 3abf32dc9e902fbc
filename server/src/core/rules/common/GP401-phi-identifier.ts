// GP401: goal files live in git repositories that are shared, reviewed and backed up; a direct
// identifier (HIPAA Safe Harbor: phone, email, SSN, MRN, URL, IP, date of birth; DOMAIN.md) in
// them turns a pseudonymous chart into PHI. Scans only free text: plan problem texts, discharge
// criteria, goal statements, interventions and GAS level descriptions, session goal notes and
// the risk note, and the Markdown body prose. Ids, dates in date fields and CPT codes are never
// scanned (SPEC 2). Matching runs on the YAML source of each value, so a diagnostic covers the
// exact characters of the identifier.
import type { ParsedDocument, Span, YamlRegion } from '../../types';
import { defineRule, type RuleContext } from '../types';
import { findPhi, PHI_LABELS } from './phiPatterns';

type Path = Array<string | number>;

/** Free-text string values of the front matter and goal blocks, with their regions and paths. */
function freeTextValues(doc: ParsedDocument): Array<{ region: YamlRegion; path: Path }> {
  const out: Array<{ region: YamlRegion; path: Path }> = [];
  const fm = doc.frontMatter;
  const add = (region: YamlRegion | undefined, path: Path, v: unknown) => {
    if (region && typeof v === 'string' && v !== '') out.push({ region, path });
  };
  if (doc.plan && fm) {
    const problems = doc.plan.problems;
    if (Array.isArray(problems)) problems.forEach((p, i) => add(fm, ['problems', i, 'text'], p?.text));
    add(fm, ['discharge'], doc.plan.discharge);
  }
  if (doc.session && fm) {
    const goals = doc.session.goals;
    if (goals && typeof goals === 'object' && !Array.isArray(goals)) {
      for (const [id, e] of Object.entries(goals)) add(fm, ['goals', id, 'note'], e?.note);
    }
    add(fm, ['risk'], doc.session.risk);
  }
  for (const b of doc.goalBlocks) {
    const g = b.goal;
    if (!g) continue;
    add(b.region, ['statement'], g.statement);
    if (Array.isArray(g.interventions)) g.interventions.forEach((v, i) => add(b.region, ['interventions', i], v));
    if (g.gas && typeof g.gas === 'object') for (const [k, v] of Object.entries(g.gas)) add(b.region, ['gas', k], v);
  }
  return out;
}

/** Body prose: the body without `yaml goal` blocks (their YAML is scanned value by value above). */
function proseSpans(doc: ParsedDocument): Span[] {
  const spans: Span[] = [];
  let at = doc.bodySpan.start;
  for (const b of doc.goalBlocks) {
    if (b.region.outerSpan.start < at) continue;
    spans.push({ start: at, end: b.region.outerSpan.start });
    at = b.region.outerSpan.end;
  }
  spans.push({ start: at, end: doc.bodySpan.end });
  return spans.filter((s) => s.end > s.start);
}

function scan(ctx: RuleContext, span: Span, where: string) {
  for (const m of findPhi(ctx.doc.text.slice(span.start, span.end))) {
    ctx.report({
      span: { start: span.start + m.start, end: span.start + m.end },
      message: `This looks like ${PHI_LABELS[m.kind]} in ${where}: goal files must not hold direct identifiers; remove it or keep it in the clinical record system.`,
      data: { kind: m.kind },
    });
  }
}

export const phiRule = defineRule({
  id: 'GP401',
  alias: 'phi-identifier',
  description: 'a direct identifier (phone, email, SSN, IP, URL, date of birth, record number) in prose or free-text values',
  defaultSeverity: 'warning',
  appliesTo: 'any',
  fixable: false,
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.kind) return;
    for (const { region, path } of freeTextValues(doc)) {
      if (!region.has(path)) continue;
      scan(ctx, region.rangeOf(path, 'value'), `\`${path.filter((p) => typeof p === 'string').join('.')}\``);
    }
    for (const span of proseSpans(doc)) scan(ctx, span, 'the note text');
  },
});
