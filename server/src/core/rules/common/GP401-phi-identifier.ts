// GP401: goal files live in git repositories that are shared, reviewed and backed up; a direct
// identifier (HIPAA Safe Harbor: phone, email, SSN, MRN, URL, IP, date of birth; DOMAIN.md) in
// them turns a pseudonymous chart into PHI. Scans only free text: plan problem texts, discharge
// criteria, values and assessment lists, goal statements, client words, revision reasons,
// interventions and GAS level descriptions, session goal notes, the risk note, the client's
// report, feedback and life events (5.2), and the Markdown body prose. Ids, dates in date fields
// and CPT codes are never scanned (SPEC 2). Matching runs on the YAML source of each value, so a
// diagnostic covers the exact characters of the identifier.
import { phiGoalFindings } from '../../cache';
import type { GoalBlock, ParsedDocument, Span, YamlRegion } from '../../types';
import { defineRule, type RuleContext } from '../types';
import { findPhi, PHI_LABELS, type PhiKind } from './phiPatterns';

type Path = Array<string | number>;

/**
 * The region's own data (as written), not the schema-cleaned copy: the paths below must address
 * the YAML source, and cleaning drops invalid list items (an invalid first problem would shift
 * the second to index 0, and its text would be looked up at the first's position).
 */
function asWritten<T>(cleaned: T | undefined, region: YamlRegion | undefined): T | undefined {
  if (cleaned === undefined || !region) return undefined;
  const raw = region.raw;
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as T) : undefined;
}

/** Free-text string values of the front matter, by path. */
function frontMatterValues(doc: ParsedDocument): Path[] {
  const written = { plan: asWritten(doc.plan, doc.frontMatter), discharge: asWritten(doc.discharge, doc.frontMatter), session: asWritten(doc.session, doc.frontMatter) };
  const out: Path[] = [];
  const add = (path: Path, v: unknown) => {
    if (typeof v === 'string' && v !== '') out.push(path);
  };
  const addList = (path: Path, v: unknown) => {
    if (Array.isArray(v)) v.forEach((x, i) => add([...path, i], x));
  };
  if (written.plan) {
    const plan = written.plan;
    const problems = plan.problems;
    if (Array.isArray(problems)) problems.forEach((p, i) => add(['problems', i, 'text'], p?.text));
    add(['discharge'], plan.discharge);
    // SPEC 5.2: values and the assessment lists are the client's story, in free text.
    addList(['values'], plan.values);
    const assessment = plan.assessment;
    if (assessment && typeof assessment === 'object') {
      for (const k of ['strengths', 'needs', 'preferences'] as const) addList(['assessment', k], assessment[k]);
    }
  }
  if (written.discharge) {
    // SPEC 5.2: referrals and the goals' notes of a discharge summary.
    addList(['referrals'], written.discharge.referrals);
    const goals = written.discharge.goals;
    if (goals && typeof goals === 'object' && !Array.isArray(goals)) {
      for (const [id, e] of Object.entries(goals)) add(['goals', id, 'note'], e?.note);
    }
  }
  if (written.session) {
    const session = written.session;
    const goals = session.goals;
    if (goals && typeof goals === 'object' && !Array.isArray(goals)) {
      for (const [id, e] of Object.entries(goals)) add(['goals', id, 'note'], e?.note);
    }
    add(['risk'], session.risk);
    // SPEC 5.2: the client's report, feedback and life events are free text too.
    add(['client_report'], session.client_report);
    add(['feedback'], session.feedback);
    const events = session.events;
    if (Array.isArray(events)) events.forEach((v, i) => add(['events', i], v));
  }
  return out;
}

/** Free-text string values of one goal block, by path. */
function goalValues(b: GoalBlock): Path[] {
  const out: Path[] = [];
  const g = asWritten(b.goal, b.region);
  if (!g) return out;
  const add = (path: Path, v: unknown) => {
    if (typeof v === 'string' && v !== '') out.push(path);
  };
  add(['statement'], g.statement);
  add(['client_words'], g.client_words);
  if (Array.isArray(g.revisions)) g.revisions.forEach((r, i) => add(['revisions', i, 'reason'], r?.reason));
  if (Array.isArray(g.interventions)) g.interventions.forEach((v, i) => add(['interventions', i], v));
  if (g.gas && typeof g.gas === 'object') for (const [k, v] of Object.entries(g.gas)) add(['gas', k], v);
  return out;
}

/** An identifier found in a region, its offsets relative to the region's text. */
export interface Finding {
  start: number;
  end: number;
  kind: PhiKind;
  where: string;
}

function findingsIn(region: YamlRegion, paths: Path[]): Finding[] {
  const out: Finding[] = [];
  const base = region.contentSpan.start;
  for (const path of paths) {
    if (!region.has(path)) continue;
    const span = region.rangeOf(path, 'value');
    const from = span.start - base;
    const where = `\`${path.filter((p) => typeof p === 'string').join('.')}\``;
    for (const m of findPhi(region.text.slice(from, span.end - base))) out.push({ start: from + m.start, end: from + m.end, kind: m.kind, where });
  }
  return out;
}

/**
 * A goal block's findings depend on its YAML text alone (the goal, its paths and their ranges
 * are all read from it), so they are kept by that text: typing in one goal of a 200-goal plan
 * re-scans that goal only. Bounded like findPhi's memo.
 */
function goalFindings(b: GoalBlock): Finding[] {
  return phiGoalFindings.of(b.region.text, () => findingsIn(b.region, goalValues(b)));
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

function message(kind: PhiKind, where: string): string {
  return `This looks like ${PHI_LABELS[kind]} in ${where}: goal files must not hold direct identifiers; remove it or keep it in the clinical record system.`;
}

function scan(ctx: RuleContext, span: Span, where: string) {
  for (const m of findPhi(ctx.doc.text.slice(span.start, span.end))) {
    ctx.report({
      span: { start: span.start + m.start, end: span.start + m.end },
      message: message(m.kind, where),
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
  reads: [], // its own document only
  fixable: false,
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.kind) return;
    if (doc.broken) return scanBroken(ctx);
    if (doc.frontMatter) report(ctx, doc.frontMatter, findingsIn(doc.frontMatter, frontMatterValues(doc)));
    for (const b of doc.goalBlocks) {
      if (b.goal) report(ctx, b.region, goalFindings(b));
      // A goal block whose YAML does not parse (GP001 there) has no values to pick: its text
      // as written is scanned whole, so an identifier cannot hide behind a syntax error.
      else scan(ctx, b.region.contentSpan, 'a goal block that is not valid YAML');
    }
    for (const span of proseSpans(doc)) scan(ctx, span, 'the note text');
  },
});

/**
 * A document whose front matter does not parse runs GP401 only when the front end asks
 * (`lint --history`, LintOptions.alsoOnBroken): nothing in it can be read as values, so the
 * front matter is scanned as written (to the end of the file when its closing `---` is
 * missing) and the body, goal fences included, as text.
 */
function scanBroken(ctx: RuleContext): void {
  const doc = ctx.doc;
  const fm = doc.frontMatter;
  if (!fm) return;
  const unclosed = fm.contentSpan.end === fm.contentSpan.start && doc.bodySpan.start === doc.text.length;
  scan(ctx, { start: fm.contentSpan.start, end: unclosed ? doc.text.length : fm.contentSpan.end }, 'front matter that is not valid YAML');
  if (!unclosed) for (const span of proseSpans(doc)) scan(ctx, span, 'the note text');
}

function report(ctx: RuleContext, region: YamlRegion, findings: Finding[]): void {
  const base = region.contentSpan.start;
  for (const f of findings) {
    ctx.report({ span: { start: base + f.start, end: base + f.end }, message: message(f.kind, f.where), data: { kind: f.kind } });
  }
}
