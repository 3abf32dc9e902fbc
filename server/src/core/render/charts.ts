// The charts of the progress view, drawn with Observable Plot.
//
// Why Plot: charts are declared (marks over data) instead of hand-placed SVG, it produces plain
// SVG (inline in the offline report, printable, no canvas), it labels marks for assistive tech
// (aria-label on every mark group, <title> per point), and it takes the `document` to build with,
// so the very same code runs server-side under linkedom for `goalplan report` and in the webview
// with the real DOM. It is bundled locally (esbuild), never loaded from a CDN.
//
// Stable marks the tests (and the e2e suite) assert, per chart:
//   g[data-series="goal"][data-goal=ID]        one per goal: the value (or GAS level) line
//   g[data-points="goal"][data-goal=ID] circle  one <circle> per plotted session point
//   g[data-series="instrument"][data-instrument=NAME], g[data-points="instrument"] circle
//   g[data-series="gas"], g[data-points="gas"] circle
//   g[data-marker="revision"|"review"|"late"|"due"|"baseline"|"target"|"cutoff"|"rc-band"]
//   g[data-marker="risk"] line                  one per held session with a positive risk screen (every timeline)
//   g[data-marker="annotation"] path            one per session with events or barriers (every timeline)
//   g[data-marker="goal-revision"] line         one per revision of the goal (`revisions`, `replaces`)
//   g[data-marker="below-cutoff"] circle        alliance (SRS) scores below the alliance cutoff
//   g[data-series="readiness"], g[data-points="readiness"] circle
// Every point circle carries data-uri/data-line (the note and line it came from) and data-date.
import * as Plot from '@observablehq/plot';
import type { RevisionMark } from '../model/collaboration';
import type { ClientProgress, GasPoint, GoalPoint, GoalProgress, InstrumentPoint, InstrumentProgress, ReviewEvent, SessionSummary, SourceRef } from '../progress/types';
import { CHANGE_LABEL, REVIEW_LABEL, annotationText, fmtFieldChange, fmtLevel, fmtNum, revisionText, riskScreenText, shortCommit, valueWithUnit } from './labels';

export interface ChartOptions {
  document: Document;
  /** Panel: points are focusable buttons that open their note. Report: static marks. */
  interactive?: boolean;
  width?: number;
  height?: number;
  /** One date range for every goal chart of a client (so goals line up); each chart's own otherwise. */
  goalDates?: readonly [IsoDay, IsoDay];
}

type IsoDay = string;

/** The date range every goal chart of a client shares: earliest start, point or revision to the latest due or today. */
export function sharedGoalDates(p: ClientProgress): [IsoDay, IsoDay] {
  const dates = p.goals.flatMap((g) => [g.start, ...g.points.map((q) => q.date), g.due, ...g.revisions.map((r) => r.date), ...(g.revisionMarks?.map((r) => r.date) ?? [])]);
  const [lo, hi] = dateDomain([...dates, p.today]);
  return [lo.toISOString().slice(0, 10), hi.toISOString().slice(0, 10)];
}

const WIDTH = 640;
const HEIGHT = 240;
/**
 * Room for tick labels and the direct labels at the right edge at the editor's font size (about
 * 14 px). Above the frame: the y axis title in the top 20 px, then three rows of timeline marks,
 * clear of it wherever a mark's date falls: risk, events/barriers, git revisions.
 */
const MARGINS = { marginLeft: 56, marginRight: 140, marginTop: 60, marginBottom: 40 };
/** Vertical offsets from the top of the frame of the rows above it (see MARGINS). */
const ROW = { risk: -31, annotation: -18, revision: -7 } as const;

/** "PHQ-9, lower is better": the y axis says which way is good, never an arrow that reads as "up". */
export function axisTitle(what: string, better: 'lower' | 'higher' | undefined): string {
  return better ? `${what}, ${better} is better` : what;
}

/** ISO day -> UTC midnight (the scale is UTC so a date never shifts by a time zone). */
export function dayOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function dateDomain(dates: Array<string | undefined>): [Date, Date] {
  const ds = dates.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const lo = ds[0] ?? '2000-01-01';
  const hi = ds[ds.length - 1] ?? lo;
  // One day: a week either side, as time values (no ISO text round trip, which cannot write the
  // days before 0000-01-01 or after 9999-12-31 as YYYY-MM-DD).
  if (lo === hi) return [new Date(dayOf(lo).getTime() - 7 * 86_400_000), new Date(dayOf(hi).getTime() + 7 * 86_400_000)];
  return [dayOf(lo), dayOf(hi)];
}

function inDomain(d: string, [lo, hi]: [Date, Date]): boolean {
  const t = dayOf(d).getTime();
  return t >= lo.getTime() && t <= hi.getTime();
}

function numDomain(values: Array<number | undefined>, fallback: [number, number]): [number, number] {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return fallback;
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

/** Marks a Plot mark's group with data attributes (and lets the caller decorate each element). */
function tag<T>(attrs: Record<string, string>, data: readonly T[], each?: (el: Element, d: T) => void): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    for (const [k, v] of Object.entries(attrs)) g.setAttribute(k, v);
    if (each) {
      // Plot draws one element per index entry, in index order.
      const els = Array.from(g.children).filter((c) => c.tagName.toLowerCase() !== 'title');
      index.forEach((i, k) => {
        if (els[k]) each(els[k], data[i]);
      });
    }
    return g;
  };
}

/**
 * A data point's attributes and its <title> (the hover text), from one label. The point marks
 * pass no `title` channel to Plot: Plot would compute every label a second time and add each
 * <title> through its generic channel code, a good part of a 200-point chart's cost; the
 * element is the same (the circle's one child).
 */
function pointAttrs(el: Element, ref: SourceRef, date: string, label: string): void {
  el.setAttribute('data-uri', ref.uri);
  el.setAttribute('data-line', String(ref.line));
  el.setAttribute('data-date', date);
  el.setAttribute('data-label', label);
  el.setAttribute('class', 'gp-point');
  const title = el.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = label;
  el.appendChild(title);
}

/**
 * Turns Plot's SVG into one accessible image: Plot's own <style> goes (a nonce-only CSP would block
 * it; our stylesheet carries the same rules) and so does the ARIA Plot and `tag` put on shapes: a
 * chart is one `role="img"` whose label says what it shows, the numbers are in the table after it,
 * and ARIA on a shape with no role is prohibited. Mark labels stay as data-label (the webview reads
 * them out as the keyboard moves from point to point). In the panel the chart is ONE tab stop.
 */
function finish(svg: Element, attrs: Record<string, string>, interactive: boolean | undefined): Element {
  for (const s of Array.from(svg.querySelectorAll('style'))) s.remove();
  for (const el of Array.from(svg.querySelectorAll('[aria-label], [aria-description], [aria-hidden]'))) {
    const label = el.getAttribute('aria-label');
    if (label !== null && !el.hasAttribute('data-label')) el.setAttribute('data-label', label);
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    el.removeAttribute('aria-hidden');
  }
  for (const [k, v] of Object.entries(attrs)) svg.setAttribute(k, v);
  svg.setAttribute('class', `${svg.getAttribute('class') ?? ''} gp-svg`.trim());
  svg.setAttribute('role', 'img');
  const label = svg.getAttribute('aria-label') ?? '';
  if (interactive && svg.querySelector('.gp-point')) {
    svg.setAttribute('tabindex', '0');
    svg.setAttribute('aria-label', `${label}. Left and right arrow keys step through the points, Enter opens the note.`);
  } else {
    svg.setAttribute('focusable', 'false');
  }
  return svg;
}

/** An empty series group, so every goal has exactly one series element even with no data yet. */
function emptySeries(doc: Document, svg: Element, attrs: Record<string, string>, label: string): void {
  const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
  for (const [k, v] of Object.entries(attrs)) g.setAttribute(k, v);
  g.setAttribute('aria-label', label);
  g.setAttribute('data-count', '0');
  svg.appendChild(g);
}

// ---------------------------------------------------------------- marks on every timeline

/** Held sessions with a positive risk screen (the model's risk mark, SPEC 5.6). */
export function riskSessions(p: ClientProgress): SessionSummary[] {
  return p.sessions.filter((s) => s.held && s.risk?.length);
}

/** Sessions with events or barriers (SPEC 5.2), never one dated after today (5.1: not counted). */
export function annotatedSessions(p: ClientProgress): SessionSummary[] {
  return p.sessions.filter((s) => !s.future && (s.events?.length || s.barriers?.length));
}

export function riskMarkLabel(s: SessionSummary): string {
  return `Positive risk screen ${s.date} (${riskScreenText(s.risk ?? [])})`;
}

export function annotationLabel(s: SessionSummary): string {
  return `Session ${s.date}: ${annotationText(s)}`;
}

/** What a chart's timeline marks say, for its accessible name: risk first. */
function timelineWords(risks: readonly SessionSummary[], notes: readonly SessionSummary[], more: string[] = []): string {
  const parts = [
    risks.length ? `${risks.length} positive risk screen${risks.length === 1 ? '' : 's'} marked “risk”` : '',
    ...more,
    notes.length ? `${notes.length} session${notes.length === 1 ? '' : 's'} with events or barriers marked by a square` : '',
  ].filter(Boolean);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/**
 * The client's timeline facts on a chart (SPEC 5.6): a risk rule and label at every held session
 * with a positive screen, and a square above the frame at every session with events or barriers,
 * its text in the <title> (the session table lists the same, escaped). Clicking either opens the note.
 */
function timelineMarks(risks: readonly SessionSummary[], notes: readonly SessionSummary[], attrs: Record<string, string>): { under: Plot.Markish[]; over: Plot.Markish[] } {
  const under: Plot.Markish[] = [];
  const over: Plot.Markish[] = [];
  if (notes.length > 0) {
    under.push(Plot.dot(notes, {
      x: (s: SessionSummary) => dayOf(s.date), frameAnchor: 'top', symbol: 'square', r: 4.5, dy: ROW.annotation,
      className: 'gp-annotation', title: annotationLabel,
      render: tag({ ...attrs, 'data-marker': 'annotation' }, notes, (el, s) => {
        el.setAttribute('data-date', s.date);
        el.setAttribute('data-uri', s.uri);
        el.setAttribute('data-line', String(s.annotationLine ?? 0));
        el.setAttribute('data-label', annotationLabel(s));
      }),
    }));
  }
  if (risks.length > 0) {
    // Drawn last, over every other mark: risk first.
    over.push(Plot.ruleX(risks, {
      x: (s: SessionSummary) => dayOf(s.date), className: 'gp-risk', title: riskMarkLabel,
      render: tag({ ...attrs, 'data-marker': 'risk' }, risks, (el, s) => {
        el.setAttribute('data-date', s.date);
        el.setAttribute('data-label', riskMarkLabel(s));
      }),
    }));
    over.push(Plot.text(risks, {
      x: (s: SessionSummary) => dayOf(s.date), frameAnchor: 'top', dy: ROW.risk, text: () => '⚠ risk', title: riskMarkLabel,
      className: 'gp-label gp-risk-label',
      render: tag({ ...attrs, 'data-marker': 'risk-label' }, risks, (el, s) => {
        const ref = s.risk?.[0]?.source ?? { uri: s.uri, line: 0 };
        el.setAttribute('data-uri', ref.uri);
        el.setAttribute('data-line', String(ref.line));
        el.setAttribute('data-date', s.date);
      }),
    }));
  }
  return { under, over };
}

// ---------------------------------------------------------------- goals

export type GoalChartMode = 'value' | 'gas';

/** A goal is charted by its measure values; a goal with GAS levels only is charted on -2..2. */
export function goalChartMode(g: GoalProgress): GoalChartMode {
  const hasValues = g.points.some((p) => p.value !== undefined) || g.baseline !== undefined || g.target !== undefined;
  const hasLevels = g.points.some((p) => p.level !== undefined);
  return !hasValues && hasLevels ? 'gas' : 'value';
}

export function plottedGoalPoints(g: GoalProgress): Array<GoalPoint & { y: number }> {
  const mode = goalChartMode(g);
  return g.points
    // A flagged value (out of range, unknown instrument) is listed in the table, never charted (SPEC 5.8).
    .map((p) => ({ ...p, y: (mode === 'gas' ? p.level : p.flagged ? undefined : p.value) as number }))
    .filter((p) => typeof p.y === 'number' && Number.isFinite(p.y));
}

export function goalPointLabel(g: GoalProgress, p: GoalPoint, mode: GoalChartMode, late: boolean): string {
  const parts = [`${g.goalId} ${p.date}`];
  if (mode === 'value' && p.value !== undefined) parts.push(`value ${valueWithUnit(fmtNum(p.value), p.value, g.unit)}`);
  if (p.level !== undefined) parts.push(`GAS ${fmtLevel(p.level)}`);
  if (p.change) parts.push(CHANGE_LABEL[p.change.category]);
  if (p.decision) parts.push(`decision ${p.decision}`);
  if (p.offTrack) parts.push('off track');
  if (p.review) parts.push('review session');
  if (late) parts.push('late note');
  return parts.join(', ');
}

const REVIEW_MARK_LABEL: Record<ReviewEvent['status'], string> = {
  held: 'review held', recorded: 'review held', upcoming: 'review due', overdue: 'review overdue',
};

/** The "today" rule with its direct label at the bottom of the frame. */
function todayMarks(today: string): Plot.Markish[] {
  return [
    Plot.ruleX([dayOf(today)], { className: 'gp-today', title: () => `today ${today}`, render: tag({ 'data-marker': 'today' }, [today]) }),
    Plot.text([dayOf(today)], { x: (d: Date) => d, frameAnchor: 'bottom', text: () => 'today', dy: -4, dx: 3, textAnchor: 'start', className: 'gp-label gp-today-label' }),
  ];
}

function reviewLabel(r: ReviewEvent): string {
  return `Review ${r.date}: ${REVIEW_LABEL[r.status]}${r.sessionDate && r.sessionDate !== r.date ? ` (session ${r.sessionDate})` : ''}`;
}

export function goalChart(g: GoalProgress, p: ClientProgress, opts: ChartOptions): Element {
  const doc = opts.document;
  const mode = goalChartMode(g);
  const pts = plottedGoalPoints(g);
  const lateUris = new Set(p.sessions.filter((s) => s.late).map((s) => s.uri));
  const latePts = pts.filter((x) => lateUris.has(x.source.uri));
  const reviews = p.reviews.filter((r) => r.planUri === g.planUri);
  const x = dateDomain(opts.goalDates ? [...opts.goalDates] : [g.start, ...pts.map((q) => q.date), g.due, p.today, ...g.revisions.map((r) => r.date), ...(g.revisionMarks?.map((r) => r.date) ?? [])]);
  const reviewsShown = reviews.filter((r) => inDomain(r.date, x));
  const revisionsShown = g.revisions.filter((r) => inDomain(r.date, x));
  const goalRevisions = (g.revisionMarks ?? []).filter((r) => inDomain(r.date, x));
  const risks = riskSessions(p).filter((s) => inDomain(s.date, x));
  const notes = annotatedSessions(p).filter((s) => inDomain(s.date, x));
  const instrumentRange = p.instruments.find((i) => i.instrument === g.instrument)?.range;
  const y: [number, number] = mode === 'gas'
    ? [-2.3, 2.3]
    : numDomain([...pts.map((q) => q.y), g.baseline, g.target, g.rcBand?.low, g.rcBand?.high, instrumentRange?.min, ...(g.expected?.line.map((e) => e.value) ?? [])], [0, 10]);
  const goalAttrs = { 'data-goal': g.goalId };
  const authorOf = (commit: string) => p.plans.flatMap((pl) => pl.revisions).find((r) => r.commit.id === commit)?.commit;

  const marks: Plot.Markish[] = [Plot.frame({ className: 'gp-frame' })];
  if (mode === 'value' && g.rcBand) {
    const band = [g.rcBand];
    marks.push(Plot.rectY(band, {
      y1: (b: typeof band[number]) => b.low, y2: (b: typeof band[number]) => b.high, className: 'gp-rc',
      title: (b: typeof band[number]) => `No reliable change band: baseline ${fmtNum(b.baseline)} ± ${fmtNum(b.rc)}`,
      render: tag({ ...goalAttrs, 'data-marker': 'rc-band' }, band),
    }));
  }
  if (mode === 'gas') {
    marks.push(Plot.ruleY([0], { className: 'gp-expected', render: tag({ ...goalAttrs, 'data-marker': 'expected' }, [0]) }));
  }
  const hlines: Array<{ v: number; kind: 'baseline' | 'target'; label: string }> = [];
  if (mode === 'value' && g.baseline !== undefined) hlines.push({ v: g.baseline, kind: 'baseline', label: `baseline ${fmtNum(g.baseline)}` });
  if (mode === 'value' && g.target !== undefined) hlines.push({ v: g.target, kind: 'target', label: `target ${fmtNum(g.target)}` });
  for (const hl of hlines) {
    marks.push(Plot.ruleY([hl], { y: 'v', className: `gp-${hl.kind}`, title: 'label', render: tag({ ...goalAttrs, 'data-marker': hl.kind }, [hl]) }));
    marks.push(Plot.text([hl], { x: () => x[1], y: 'v', text: 'label', textAnchor: 'start', dx: 6, className: `gp-label gp-${hl.kind}-label` }));
  }
  if (g.due && inDomain(g.due, x)) {
    const due = [{ d: dayOf(g.due), label: `due ${g.due}` }];
    marks.push(Plot.ruleX(due, { x: 'd', className: 'gp-due', title: 'label', render: tag({ ...goalAttrs, 'data-marker': 'due' }, due) }));
    marks.push(Plot.text(due, { x: 'd', frameAnchor: 'bottom', text: () => 'due', dy: -4, dx: -3, textAnchor: 'end', className: 'gp-label' }));
  }
  if (inDomain(p.today, x)) marks.push(...todayMarks(p.today));
  if (reviewsShown.length > 0) {
    marks.push(Plot.ruleX(reviewsShown, {
      x: (r: ReviewEvent) => dayOf(r.date), className: 'gp-review', title: reviewLabel,
      render: tag({ ...goalAttrs, 'data-marker': 'review' }, reviewsShown, (el, r) => {
        el.setAttribute('data-date', r.date);
        el.setAttribute('data-status', r.status);
        el.setAttribute('class', `gp-review-${r.status}`);
      }),
    }));
    // Direct labels, so no legend lookup is needed: "review held", "review due", "review overdue".
    marks.push(Plot.text(reviewsShown, {
      x: (r: ReviewEvent) => dayOf(r.date), frameAnchor: 'top', dy: 12, dx: 3, textAnchor: 'start',
      text: (r: ReviewEvent) => REVIEW_MARK_LABEL[r.status], className: 'gp-label gp-review-label',
    }));
  }
  if (goalRevisions.length > 0) {
    // SPEC 5.6: the goal's own revisions (`revisions`, and a successor's `replaces`), with the reason on hover.
    const label = (m: RevisionMark) => goalRevisionLabel(g.goalId, m);
    marks.push(Plot.ruleX(goalRevisions, {
      x: (m: RevisionMark) => dayOf(m.date), className: 'gp-goal-revision', title: label,
      render: tag({ ...goalAttrs, 'data-marker': 'goal-revision' }, goalRevisions, (el, m) => {
        el.setAttribute('data-date', m.date);
        el.setAttribute('data-label', label(m));
      }),
    }));
    marks.push(Plot.text(goalRevisions, {
      x: (m: RevisionMark) => dayOf(m.date), frameAnchor: 'top', dy: 28, dx: 3, textAnchor: 'start', text: revisionText, title: label,
      className: 'gp-label gp-goal-revision-label',
    }));
  }
  const timeline = timelineMarks(risks, notes, goalAttrs);
  marks.push(...timeline.under);
  if (revisionsShown.length > 0) {
    const revLabel = (r: GoalProgress['revisions'][number]) => {
      const c = authorOf(r.commit);
      const head = `Plan revision ${r.date} ${shortCommit(r.commit)}${c ? ` by ${c.author}: ${c.subject}` : ''}`;
      return [head, ...r.changes.filter((ch) => r.kind !== 'added' || ch.field !== 'id').map(fmtFieldChange)].join('\n');
    };
    marks.push(Plot.dot(revisionsShown, {
      x: (r: GoalProgress['revisions'][number]) => dayOf(r.date), frameAnchor: 'top', symbol: 'triangle', r: 5, dy: ROW.revision,
      className: 'gp-revision', title: revLabel,
      render: tag({ ...goalAttrs, 'data-marker': 'revision' }, revisionsShown, (el, r) => {
        el.setAttribute('data-commit', r.commit);
        el.setAttribute('data-date', r.date);
        el.setAttribute('aria-label', revLabel(r).split('\n')[0]);
      }),
    }));
  }
  // SPEC 5.5/5.6: the expected change (the plan's curve or the straight line to due), dashed.
  const expected = mode === 'value' && g.expected ? g.expected.line.filter((e) => inDomain(e.date, x)) : [];
  if (expected.length > 1) {
    const what = g.expected!.curve ? 'expected change (the plan\'s curve)' : 'expected change (straight line from start to due)';
    marks.push(Plot.line(expected, {
      x: (e: (typeof expected)[number]) => dayOf(e.date), y: 'value', className: 'gp-expected-line', title: () => what,
      render: tag({ ...goalAttrs, 'data-marker': 'expected-line', 'data-curve': String(g.expected!.curve) }, expected),
    }));
  }
  if (pts.length > 0) {
    marks.push(Plot.line(pts, {
      x: (q: (typeof pts)[number]) => dayOf(q.date), y: 'y', className: 'gp-line',
      render: tag({ ...goalAttrs, 'data-series': 'goal', 'data-count': String(pts.length), 'aria-label': `${g.goalId} ${mode === 'gas' ? 'GAS levels' : 'values'}` }, pts),
    }));
    if (latePts.length > 0) {
      marks.push(Plot.dot(latePts, {
        x: (q: (typeof pts)[number]) => dayOf(q.date), y: 'y', symbol: 'diamond', r: 8, className: 'gp-late',
        title: (q: (typeof pts)[number]) => `Late note: session ${q.date}`,
        render: tag({ ...goalAttrs, 'data-marker': 'late' }, latePts, (el, q) => el.setAttribute('data-date', q.date)),
      }));
    }
    // SPEC 5.7: a score worse than e(its date) by at least the RC is marked off track.
    const offPts = mode === 'value' ? pts.filter((q) => q.offTrack) : [];
    if (offPts.length > 0) {
      marks.push(Plot.dot(offPts, {
        x: (q: (typeof pts)[number]) => dayOf(q.date), y: 'y', symbol: 'times', r: 8, className: 'gp-offtrack',
        title: (q: (typeof pts)[number]) => `Off track: ${q.date} is behind the expected change by at least the reliable change`,
        render: tag({ ...goalAttrs, 'data-marker': 'off-track' }, offPts, (el, q) => {
          el.setAttribute('data-date', q.date);
          el.setAttribute('class', 'gp-offtrack-mark');
        }),
      }));
    }
    marks.push(Plot.dot(pts, {
      x: (q: (typeof pts)[number]) => dayOf(q.date), y: 'y', r: 4, className: 'gp-points',
      render: tag({ ...goalAttrs, 'data-points': 'goal' }, pts, (el, q) => pointAttrs(el, q.source, q.date, goalPointLabel(g, q, mode, lateUris.has(q.source.uri)))),
    }));
  }
  marks.push(...timeline.over);

  const svg = Plot.plot({
    document: doc,
    width: opts.width ?? WIDTH,
    height: opts.height ?? HEIGHT,
    ...MARGINS,
    x: { type: 'utc', domain: x, label: null },
    y: mode === 'gas'
      ? { domain: y, ticks: [-2, -1, 0, 1, 2], tickFormat: (v: number) => fmtLevel(v), labelArrow: 'none', label: axisTitle('GAS level', 'higher'), grid: true }
      : { domain: y, nice: true, labelArrow: 'none', label: axisTitle(g.unit ?? g.instrument ?? 'value', g.direction), grid: true },
    ariaLabel: `Goal ${g.goalId}: ${mode === 'gas' ? 'GAS level' : 'value'} by session date${timelineWords(risks, notes, goalRevisions.length ? [`${goalRevisions.length} revision${goalRevisions.length === 1 ? '' : 's'} of the goal marked by a dashed line`] : [])}`,
    marks,
  }) as unknown as Element;
  if (pts.length === 0) emptySeries(doc, svg, { ...goalAttrs, 'data-series': 'goal' }, `${g.goalId}: no values recorded`);
  return finish(svg, { 'data-chart': 'goal', 'data-goal': g.goalId, 'data-mode': mode }, opts.interactive);
}

/** "G1 revised 2026-08-03: <reason>" / "G2 replaced by G3 on 2026-08-03" (the reason is the clinician's free text, shown escaped). */
export function goalRevisionLabel(goalId: string, m: RevisionMark): string {
  return m.successor ? `${goalId} replaced by ${m.successor} on ${m.date}` : `${goalId} revised ${m.date}${m.reason ? `: ${m.reason}` : ''}`;
}

// ---------------------------------------------------------------- instruments

/** The side of the cutoff in words: an alliance cutoff (SRS) is not a clinical one. */
export function cutoffSide(i: InstrumentProgress, clinical: boolean | undefined): string {
  if (clinical === undefined) return '';
  if (i.role === 'alliance') return clinical ? 'below the alliance cutoff' : 'at or above the alliance cutoff';
  return clinical ? 'clinical range' : 'non-clinical range';
}

export function instrumentPointLabel(i: InstrumentProgress, q: InstrumentPoint): string {
  const parts = [`${i.instrument} ${q.date}: ${fmtNum(q.score)}`];
  if (q.band) parts.push(q.band);
  if (q.clinical !== undefined) parts.push(cutoffSide(i, q.clinical));
  if (q.change) parts.push(CHANGE_LABEL[q.change.category]);
  return parts.join(', ');
}

export function instrumentChart(i: InstrumentProgress, p: ClientProgress, opts: ChartOptions): Element {
  const doc = opts.document;
  const pts = i.points.filter((q) => !q.flagged); // out-of-range scores are listed, never charted (SPEC 5.8)
  const attrs = { 'data-instrument': i.instrument };
  const x = dateDomain([...pts.map((q) => q.date), i.baseline?.from === 'first-score' ? i.baseline.date : undefined, p.today]);
  const risks = riskSessions(p).filter((s) => inDomain(s.date, x));
  const notes = annotatedSessions(p).filter((s) => inDomain(s.date, x));
  const alliance = i.role === 'alliance';
  const y: [number, number] = i.range && i.range.max !== undefined
    ? [i.range.min, i.range.max]
    : numDomain([...pts.map((q) => q.score), i.range?.min, i.rcBand?.low, i.rcBand?.high, i.cutoff?.value], [0, 10]);
  const marks: Plot.Markish[] = [Plot.frame({ className: 'gp-frame' })];
  if (i.bands.length > 0) {
    // Integer scores: a band 5-9 covers 4.5..9.5 so adjacent bands meet.
    const bands = i.bands.map((b, k) => ({ ...b, k, lo: Math.max(y[0], b.min - 0.5), hi: Math.min(y[1], b.max + 0.5) }));
    marks.push(Plot.rectY(bands, {
      y1: 'lo', y2: 'hi', className: 'gp-bands', title: (b: (typeof bands)[number]) => `${b.label}: ${b.min}-${b.max}`,
      render: tag({ ...attrs, 'data-marker': 'bands' }, bands, (el, b) => {
        el.setAttribute('class', `gp-band gp-band-${Math.min(b.k, 5)}`);
        el.setAttribute('data-band', b.label);
      }),
    }));
    marks.push(Plot.text(bands, { x: () => x[1], y: (b: (typeof bands)[number]) => (b.lo + b.hi) / 2, text: 'label', textAnchor: 'start', dx: 6, className: 'gp-label gp-band-label' }));
  }
  if (i.rcBand) {
    const band = [i.rcBand];
    marks.push(Plot.rectY(band, {
      y1: 'low', y2: 'high', className: 'gp-rc',
      title: (b: (typeof band)[number]) => `No reliable change band: baseline ${fmtNum(b.baseline)} ± ${fmtNum(b.rc)}`,
      render: tag({ ...attrs, 'data-marker': 'rc-band' }, band),
    }));
  }
  if (i.cutoff) {
    const c = [i.cutoff];
    // SPEC 5.3: SRS's cutoff (36) is an alliance cutoff: below it, talk about the therapy with the client.
    const what = alliance ? `alliance cutoff ${fmtNum(i.cutoff.value)}` : `clinical cutoff ${fmtNum(i.cutoff.value)}`;
    marks.push(Plot.ruleY(c, {
      y: 'value', className: 'gp-cutoff', title: () => (alliance ? `${what}: below it, talk about the therapy with the client` : what),
      render: tag({ ...attrs, 'data-marker': 'cutoff', ...(alliance ? { 'data-role': 'alliance' } : {}) }, c),
    }));
    // A direct label where no band label takes the right edge.
    if (i.bands.length === 0) marks.push(Plot.text(c, { x: () => x[1], y: 'value', text: () => what, textAnchor: 'start', dx: 6, className: 'gp-label gp-cutoff-label' }));
  }
  // An alliance measure is read against its cutoff, not a baseline (SPEC 5.3: never a goal outcome).
  if (i.baseline && !alliance) {
    const b = [i.baseline];
    marks.push(Plot.ruleY(b, { y: 'value', className: 'gp-baseline', title: () => `baseline ${fmtNum(i.baseline!.value)}`, render: tag({ ...attrs, 'data-marker': 'baseline' }, b) }));
  }
  if (inDomain(p.today, x)) marks.push(...todayMarks(p.today));
  const timeline = timelineMarks(risks, notes, attrs);
  marks.push(...timeline.under);
  // An alliance score below the cutoff gets a ring (a shape, not only a colour): the talk GP316 asks for.
  const below = alliance ? pts.filter((q) => q.clinical === true) : [];
  if (pts.length > 0) {
    if (below.length > 0) {
      marks.push(Plot.dot(below, {
        x: (q: InstrumentPoint) => dayOf(q.date), y: 'score', r: 8, className: 'gp-below-cutoff',
        title: (q: InstrumentPoint) => `${i.instrument} ${q.date}: ${fmtNum(q.score)}, below the alliance cutoff`,
        render: tag({ ...attrs, 'data-marker': 'below-cutoff' }, below, (el, q) => el.setAttribute('data-date', q.date)),
      }));
    }
    marks.push(Plot.line(pts, {
      x: (q: InstrumentPoint) => dayOf(q.date), y: 'score', className: 'gp-line',
      render: tag({ ...attrs, 'data-series': 'instrument', 'data-count': String(pts.length), 'aria-label': `${i.instrument} scores` }, pts),
    }));
    marks.push(Plot.dot(pts, {
      x: (q: InstrumentPoint) => dayOf(q.date), y: 'score', r: 4, className: 'gp-points',
      render: tag({ ...attrs, 'data-points': 'instrument' }, pts, (el, q) => pointAttrs(el, q.source, q.date, instrumentPointLabel(i, q))),
    }));
  }
  marks.push(...timeline.over);
  const svg = Plot.plot({
    document: doc,
    width: opts.width ?? WIDTH,
    height: opts.height ?? HEIGHT,
    ...MARGINS,
    x: { type: 'utc', domain: x, label: null },
    y: { domain: y, labelArrow: 'none', label: axisTitle(i.instrument, i.better), grid: true, ...(i.range?.max !== undefined ? {} : { nice: true }) },
    ariaLabel: `${i.instrument} ${alliance ? 'alliance ' : ''}scores by session date${alliance && i.cutoff ? `, alliance cutoff ${fmtNum(i.cutoff.value)}` : ''}${timelineWords(risks, notes, below.length ? [`${below.length} below the alliance cutoff ringed`] : [])}`,
    marks,
  }) as unknown as Element;
  if (pts.length === 0) emptySeries(doc, svg, { ...attrs, 'data-series': 'instrument' }, `${i.instrument}: no scores`);
  return finish(svg, { 'data-chart': 'instrument', 'data-instrument': i.instrument, ...(i.role ? { 'data-role': i.role } : {}) }, opts.interactive);
}

// ---------------------------------------------------------------- GAS T-score

export function gasPointLabel(q: GasPoint): string {
  const levels = q.levels.map((l) => `${l.goalId} ${fmtLevel(l.level)}${l.weight !== 1 ? ` (weight ${fmtNum(l.weight)})` : ''}`).join(', ');
  return `GAS T-score ${q.date}: ${fmtNum(q.tScore)} (${levels}${q.missing.length ? `; no level for ${q.missing.join(', ')}` : ''})`;
}

export function gasChart(p: ClientProgress, opts: ChartOptions): Element {
  const doc = opts.document;
  const pts = p.gas;
  const x = dateDomain([...pts.map((q) => q.date), p.today]);
  const y = numDomain([...pts.map((q) => q.tScore), 30, 70], [30, 70]);
  const risks = riskSessions(p).filter((s) => inDomain(s.date, x));
  const notes = annotatedSessions(p).filter((s) => inDomain(s.date, x));
  const timeline = timelineMarks(risks, notes, {});
  const marks: Plot.Markish[] = [
    Plot.frame({ className: 'gp-frame' }),
    Plot.ruleY([50], { className: 'gp-expected', title: () => 'T = 50: goals attained at the expected level', render: tag({ 'data-marker': 'expected' }, [50]) }),
    Plot.text([50], { x: () => x[1], y: (v: number) => v, text: () => 'expected 50', textAnchor: 'start', dx: 6, className: 'gp-label' }),
  ];
  if (inDomain(p.today, x)) marks.push(...todayMarks(p.today));
  marks.push(...timeline.under);
  if (pts.length > 0) {
    marks.push(Plot.line(pts, {
      x: (q: GasPoint) => dayOf(q.date), y: 'tScore', className: 'gp-line',
      render: tag({ 'data-series': 'gas', 'data-count': String(pts.length), 'aria-label': 'GAS T-score' }, pts),
    }));
    marks.push(Plot.dot(pts, {
      x: (q: GasPoint) => dayOf(q.date), y: 'tScore', r: 4, className: 'gp-points',
      render: tag({ 'data-points': 'gas' }, pts, (el, q) => pointAttrs(el, q.source, q.date, gasPointLabel(q))),
    }));
  }
  marks.push(...timeline.over);
  const svg = Plot.plot({
    document: doc,
    width: opts.width ?? WIDTH,
    height: opts.height ?? HEIGHT,
    ...MARGINS,
    x: { type: 'utc', domain: x, label: null },
    y: { domain: y, nice: true, labelArrow: 'none', label: axisTitle('T-score', 'higher'), grid: true },
    ariaLabel: `GAS T-score by session date${timelineWords(risks, notes)}`,
    marks,
  }) as unknown as Element;
  if (pts.length === 0) emptySeries(doc, svg, { 'data-series': 'gas' }, 'GAS: no sessions with levels');
  return finish(svg, { 'data-chart': 'gas' }, opts.interactive);
}

// ---------------------------------------------------------------- readiness

export function readinessPointLabel(q: { date: string; value: number }, max: number): string {
  return `Readiness ${q.date}: ${fmtNum(q.value)} of ${fmtNum(max)}`;
}

/** SPEC 5.2/5.6: the readiness ruler as a small series on its 0-10 scale, with the same timeline marks. */
export function readinessChart(p: ClientProgress, opts: ChartOptions): Element | undefined {
  const r = p.readiness;
  if (!r) return undefined;
  const doc = opts.document;
  const pts = r.points;
  const x = dateDomain([...pts.map((q) => q.date), p.today]);
  const risks = riskSessions(p).filter((s) => inDomain(s.date, x));
  const notes = annotatedSessions(p).filter((s) => inDomain(s.date, x));
  const timeline = timelineMarks(risks, notes, {});
  type Pt = (typeof pts)[number];
  const marks: Plot.Markish[] = [Plot.frame({ className: 'gp-frame' })];
  if (inDomain(p.today, x)) marks.push(...todayMarks(p.today));
  marks.push(...timeline.under);
  marks.push(Plot.line(pts, {
    x: (q: Pt) => dayOf(q.date), y: 'value', className: 'gp-line',
    render: tag({ 'data-series': 'readiness', 'data-count': String(pts.length), 'aria-label': 'readiness' }, pts),
  }));
  marks.push(Plot.dot(pts, {
    x: (q: Pt) => dayOf(q.date), y: 'value', r: 4, className: 'gp-points',
    render: tag({ 'data-points': 'readiness' }, pts, (el, q) => pointAttrs(el, q.source, q.date, readinessPointLabel(q, r.max))),
  }));
  marks.push(...timeline.over);
  const svg = Plot.plot({
    document: doc,
    width: opts.width ?? WIDTH,
    height: opts.height ?? 180,
    ...MARGINS,
    x: { type: 'utc', domain: x, label: null },
    y: { domain: [r.min, r.max], ticks: [r.min, (r.min + r.max) / 2, r.max], labelArrow: 'none', label: `Readiness ${r.min}-${r.max}, higher is more ready`, grid: true },
    ariaLabel: `Readiness (${r.min}-${r.max}) by session date${timelineWords(risks, notes)}`,
    marks,
  }) as unknown as Element;
  return finish(svg, { 'data-chart': 'readiness' }, opts.interactive);
}

// ---------------------------------------------------------------- legend

const SVG_NS = 'http://www.w3.org/2000/svg';

function swatch(doc: Document, draw: (svg: Element) => void): Element {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries({ width: '28', height: '14', viewBox: '0 0 28 14', class: 'gp-svg gp-swatch', 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(k, v);
  draw(svg);
  return svg;
}

function shape(doc: Document, name: string, attrs: Record<string, string>): Element {
  const el = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/**
 * One legend for every chart of the view: each mark drawn as it is in the charts (same classes,
 * so the same theme colours) with what it means in words.
 */
export function legend(doc: Document): HTMLElement {
  const rule = (cls: string) => (svg: Element) => svg.appendChild(shape(doc, 'line', { x1: '2', x2: '26', y1: '7', y2: '7', class: cls }));
  const vrule = (cls: string) => (svg: Element) => svg.appendChild(shape(doc, 'line', { x1: '14', x2: '14', y1: '0', y2: '14', class: cls }));
  const items: Array<[string, (svg: Element) => void]> = [
    ['risk: a positive risk screen in that session', (svg) => {
      svg.appendChild(shape(doc, 'line', { x1: '6', x2: '6', y1: '0', y2: '14', class: 'gp-risk' }));
      const t = shape(doc, 'text', { x: '10', y: '11', class: 'gp-risk-label', 'font-size': '10' });
      t.textContent = '⚠';
      svg.appendChild(t);
    }],
    ['values recorded in session notes', (svg) => {
      svg.appendChild(shape(doc, 'line', { x1: '2', x2: '26', y1: '10', y2: '4', class: 'gp-line', 'stroke-width': '1.5' }));
      svg.appendChild(shape(doc, 'circle', { cx: '14', cy: '7', r: '3.5', class: 'gp-point' }));
    }],
    ['baseline', rule('gp-baseline')],
    ['target', rule('gp-target')],
    ['no reliable change (baseline ± reliable change)', (svg) => svg.appendChild(shape(doc, 'rect', { x: '2', y: '2', width: '24', height: '10', class: 'gp-rc' }))],
    ['expected change (plan\'s curve, or a straight line from start to due)', rule('gp-expected-line')],
    ['off track: behind the expected change by at least the reliable change', (svg) => svg.appendChild(shape(doc, 'path', { d: 'M8 1 L20 13 M20 1 L8 13', class: 'gp-offtrack' }))],
    ['due date', vrule('gp-due')],
    ['today', vrule('gp-today')],
    ['review held', vrule('gp-review')],
    ['review due or overdue', vrule('gp-review gp-review-overdue')],
    ['goal revised or replaced (from the plan; the reason on hover and in the table)', vrule('gp-goal-revision')],
    ['plan changed (from git)', (svg) => svg.appendChild(shape(doc, 'path', { d: 'M14 2 L20 12 L8 12 Z', class: 'gp-revision' }))],
    ['events or barriers in that session (text on hover and in the session table)', (svg) => svg.appendChild(shape(doc, 'rect', { x: '10', y: '3', width: '8', height: '8', class: 'gp-annotation' }))],
    ['alliance (SRS) cutoff, and a score below it', (svg) => {
      svg.appendChild(shape(doc, 'line', { x1: '2', x2: '26', y1: '7', y2: '7', class: 'gp-cutoff' }));
      svg.appendChild(shape(doc, 'circle', { cx: '14', cy: '7', r: '5', class: 'gp-below-cutoff' }));
    }],
    ['late note (written more than a few days after the session)', (svg) => svg.appendChild(shape(doc, 'path', { d: 'M14 1 L20 7 L14 13 L8 7 Z', class: 'gp-late' }))],
  ];
  const ul = doc.createElement('ul');
  ul.setAttribute('class', 'gp-legend');
  ul.setAttribute('aria-label', 'Chart legend');
  for (const [text, draw] of items) {
    const li = doc.createElement('li');
    li.appendChild(swatch(doc, draw));
    li.appendChild(doc.createTextNode(` ${text}`));
    ul.appendChild(li);
  }
  return ul as unknown as HTMLElement;
}
