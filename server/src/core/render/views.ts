// The per-client progress view and the caseload table, as DOM built on a passed-in `document`:
// the webview renders them into the panel, `goalplan report` serialises them (linkedom) into a
// static HTML file. Every chart is followed by a text summary and a <table> with a <caption>
// carrying the same numbers (the accessible alternative, and what prints well).
import { openRiskText } from '../progress/riskText';
import type {
  CaseloadRow, ClientProgress, GoalProgress, GoalStatus, InstrumentProgress, SessionSummary, SourceRef,
} from '../progress/types';
import {
  annotatedSessions, cutoffSide, gasChart, goalChart, goalChartMode, goalRevisionLabel, instrumentChart, legend, plottedGoalPoints, readinessChart, riskSessions, sharedGoalDates,
} from './charts';
import { append, h, type Child } from './dom';
import {
  ALERT_LABEL, CHANGE_LABEL, REVIEW_KIND_LABEL, REVIEW_LABEL, STATUS_LABEL, agreementText, annotationText, defaultDisplayPath, historyReason, fmtFieldChange, fmtLevel, fmtNum,
  overdueText, plural, revisionText, riskScreenText, shortCommit, signatureText, valueWithUnit,
} from './labels';
import { daysBetween } from '../dates';

export interface ViewOptions {
  document: Document;
  /** Panel: points, sources and client names are focusable and carry their targets. Report: static. */
  interactive?: boolean;
  /** How a file key is shown (the report passes paths relative to the folder it read). */
  displayPath?: (uri: string) => string;
  /** Chart width in CSS pixels: the panel passes its own width so text is drawn at the editor's size, never scaled down. */
  width?: number;
  /**
   * Panel: a long table (LONG_TABLE_ROWS rows or more) is built without its rows, which are
   * added here to be built later (the webview does it once the charts are painted, top first):
   * the DOM of a 200-session client's 1,600 rows took a quarter of the view's build, before
   * anything could be painted. Each box says how many rows it will hold (data-rows). The report
   * builds every row at once.
   */
  deferredRows?: DeferredRows[];
}

/** A long table's rows, to be built into its <tbody> later (ViewOptions.deferredRows). */
export interface DeferredRows {
  /** The table's box (.gp-table-box), in the view. */
  box: HTMLElement;
  /** Builds the rows into the table (once). */
  fill(): void;
}

/** Tables shorter than this are built and laid out with the page at once (cheap, and exact at once). */
export const LONG_TABLE_ROWS = 40;

/** A table's rows built on demand: `count` of them, known before they are built. */
interface LazyRows {
  count: number;
  build(): Child[][];
}

function lazyRows<T>(items: readonly T[], row: (item: T) => Child[]): LazyRows {
  return { count: items.length, build: () => items.map(row) };
}

/** Under a chart in the panel: the point the keyboard is on, in words (the webview fills it). */
function readout(o: ViewOptions): Child {
  return o.interactive ? h(o.document, 'p', { class: 'gp-readout', 'aria-live': 'polite' }) : null;
}

/** A link-like control to a note line (panel), or the path:line as text (report). */
function sourceCell(o: ViewOptions, ref: SourceRef, text: string): Child {
  const shown = `${(o.displayPath ?? defaultDisplayPath)(ref.uri)}:${ref.line + 1}`;
  if (!o.interactive) return h(o.document, 'span', { class: 'gp-source', title: shown }, text);
  return h(o.document, 'button', {
    type: 'button', class: 'gp-link', 'data-uri': ref.uri, 'data-line': ref.line, title: `Open ${shown}`,
  }, text);
}

/**
 * A table in a box of its own: the panel lays out and paints a long table only when it is
 * scrolled near (content-visibility in its shell's stylesheet, client/src/panel/html.ts), which
 * needs a block around the table (a table box cannot be contained). Plain block elsewhere.
 */
function table(o: ViewOptions, caption: string, head: string[], rows: Child[][] | LazyRows, attrs: Record<string, string> = {}): HTMLElement {
  const d = o.document;
  const body = h(d, 'tbody', {});
  const box = h(d, 'div', { class: 'gp-table-box' }, h(d, 'table', { class: 'gp-table', ...attrs },
    h(d, 'caption', {}, caption),
    h(d, 'thead', {}, h(d, 'tr', {}, head.map((t) => h(d, 'th', { scope: 'col' }, t)))),
    body));
  const fill = () => {
    const rs = Array.isArray(rows) ? rows : rows.build();
    append(d, body, rs.length === 0
      ? [h(d, 'tr', {}, h(d, 'td', { colspan: head.length, class: 'gp-empty' }, 'None'))]
      : rs.map((r) => h(d, 'tr', {}, r.map((c, k) => (k === 0 ? h(d, 'th', { scope: 'row' }, c) : h(d, 'td', {}, c))))));
  };
  if (!Array.isArray(rows) && o.deferredRows && rows.count >= LONG_TABLE_ROWS) {
    box.setAttribute('data-rows', String(rows.count));
    let filled = false;
    o.deferredRows.push({ box, fill: () => {
      if (!filled) fill();
      filled = true;
    } });
  } else fill();
  return box;
}

function section(o: ViewOptions, prefix: string, id: string, title: string, ...children: Array<Child | Child[]>): HTMLElement {
  // tabindex -1: a skip link's target takes the focus, so the next Tab continues from there.
  return h(o.document, 'section', { class: `gp-section gp-${id}`, id: `${prefix}-${id}-section`, tabindex: '-1', 'aria-labelledby': `${prefix}-${id}` },
    h(o.document, 'h2', { id: `${prefix}-${id}` }, title), ...children);
}

/** The id of a client's view (the report's caseload links to it). */
export function clientAnchor(client: string): string {
  return `gp-client-${cssId(client)}`;
}

// ---------------------------------------------------------------- goals

export function goalSummary(g: GoalProgress, p: ClientProgress): string {
  const mode = goalChartMode(g);
  const pts = plottedGoalPoints(g);
  const parts: string[] = [`Goal ${g.goalId} is ${STATUS_LABEL[g.status]}${g.closed ? ` (closed ${g.closed})` : ''}.`];
  const measure: string[] = [];
  if (g.instrument) measure.push(`measured by ${g.instrument}`);
  if (g.baseline !== undefined) measure.push(`baseline ${fmtNum(g.baseline)}`);
  if (g.target !== undefined) measure.push(`target ${fmtNum(g.target)}`);
  if (g.due) measure.push(`due ${g.due}`);
  if (measure.length) parts.push(`${capitalise(measure.join(', '))}.`);
  if (pts.length === 0) parts.push(mode === 'gas' ? 'No GAS level recorded yet.' : 'No value recorded yet.');
  else {
    const last = pts[pts.length - 1];
    parts.push(`${pts.length} ${mode === 'gas' ? 'GAS level' : 'value'}${pts.length === 1 ? '' : 's'} recorded; latest ${mode === 'gas' ? fmtLevel(last.y) : fmtNum(last.y)} on ${last.date}${last.change ? ` (${CHANGE_LABEL[last.change.category]})` : ''}.`);
  }
  if (g.stalled) parts.push(`Stalled: nothing recorded in ${p.settings.stalledWeeks} weeks.`);
  if (g.reliablyDeteriorated) parts.push('Reliably worse than baseline.');
  if (g.expected) parts.push(`Expected change: ${g.expected.curve ? "the plan's curve" : 'a straight line from start to due'} (dashed).`);
  if (g.notOnTrack) {
    parts.push(`Not on track: ${fmtNum(g.notOnTrack.score)} on ${g.notOnTrack.date} against an expected ${fmtNum(g.notOnTrack.expected)}${g.notOnTrack.offCurve ? '' : ', and no reliable improvement after the first weeks'}.`);
  }
  const off = g.points.filter((x) => x.offTrack).length;
  if (off) parts.push(`${off} score${off === 1 ? '' : 's'} off track.`);
  const late = new Set(p.sessions.filter((s) => s.late).map((s) => s.uri));
  const lateCount = g.points.filter((x) => late.has(x.source.uri)).length;
  if (lateCount) parts.push(`${lateCount} point${lateCount === 1 ? '' : 's'} from late notes.`);
  if (g.revisionMarks?.length) {
    parts.push(`${capitalise(g.revisionMarks.map((m) => `${revisionText(m)} on ${m.date}`).join('; '))} (dashed line on the timeline; reasons in the table below).`);
  }
  if (g.revisions.length) parts.push(`${g.revisions.length} plan revision${g.revisions.length === 1 ? '' : 's'} in git.`);
  return parts.join(' ');
}

function goalSection(o: ViewOptions, g: GoalProgress, p: ClientProgress, goalDates: readonly [string, string]): HTMLElement {
  const d = o.document;
  const mode = goalChartMode(g);
  const late = new Set(p.sessions.filter((s) => s.late).map((s) => s.uri));
  const commitOf = (id: string) => p.plans.flatMap((pl) => pl.revisions).find((r) => r.commit.id === id)?.commit;
  const rows = lazyRows(g.points, (x): Child[] => [
    sourceCell(o, x.source, x.date),
    x.value !== undefined
      ? `${valueWithUnit(fmtNum(x.value), x.value, g.unit)}${x.flagged ? (x.flagged === 'out-of-range' ? ' (outside the range, not charted)' : ' (unknown instrument, not charted)') : ''}`
      : '',
    fmtLevel(x.level),
    x.change ? CHANGE_LABEL[x.change.category] : '',
    [x.offTrack ? 'off track' : '', x.review ? 'review' : '', x.decision ? `decision: ${x.decision}` : '', late.has(x.source.uri) ? 'late note' : ''].filter(Boolean).join('; '),
  ]);
  const revisions = g.revisions.length === 0 ? null : h(d, 'ul', { class: 'gp-revisions', 'aria-label': `Plan revisions of ${g.goalId}` },
    g.revisions.map((r) => {
      const c = commitOf(r.commit);
      // An added goal's fields are the goal itself (shown above); list field changes only for edits.
      const changes = r.kind === 'changed' ? r.changes : [];
      return h(d, 'li', { 'data-commit': r.commit },
        h(d, 'span', { class: 'gp-commit', title: `commit ${shortCommit(r.commit)}` }, r.date), ' ',
        c ? h(d, 'span', { class: 'gp-author' }, c.author) : null, c ? ': ' : '',
        c ? h(d, 'span', { class: 'gp-subject' }, c.subject) : null,
        ` (${r.kind}${r.retargeted ? ', re-targeted' : ''})`,
        changes.length ? h(d, 'ul', {}, changes.map((ch) => h(d, 'li', {}, fmtFieldChange(ch)))) : null);
    }));
  const status = g.statusChanges.length === 0 ? null : h(d, 'p', { class: 'gp-status-changes' },
    'Status changes: ', g.statusChanges.map((s) => `${s.date} ${s.from ? `${STATUS_LABEL[s.from]} → ` : ''}${STATUS_LABEL[s.to]} (${s.source})`).join('; '));
  return h(d, 'figure', { class: `gp-figure gp-goal gp-status-${g.status}`, 'data-goal': g.goalId, id: `${clientAnchor(p.client)}-goal-${cssId(g.planUri)}-${cssId(g.goalId)}` },
    h(d, 'figcaption', {},
      h(d, 'h3', {}, sourceCell(o, g.source, g.goalId), g.statement ? h(d, 'span', { class: 'gp-statement' }, `: ${g.statement}`) : null),
      g.clientWords ? h(d, 'p', { class: 'gp-client-words' }, `In the client's words: “${g.clientWords}”`) : null,
      h(d, 'span', { class: `gp-badge gp-badge-${g.status}` }, STATUS_LABEL[g.status]),
      g.stalled ? h(d, 'span', { class: 'gp-badge gp-badge-alert' }, 'stalled') : null,
      g.reliablyDeteriorated ? h(d, 'span', { class: 'gp-badge gp-badge-alert' }, 'reliably worse') : null,
      g.notOnTrack ? h(d, 'span', { class: 'gp-badge gp-badge-alert', 'data-badge': 'not-on-track' }, 'not on track') : null,
      g.pastDue ? h(d, 'span', { class: 'gp-badge gp-badge-alert' }, 'past due') : null,
      ...g.invalid.map((x) => h(d, 'span', { class: 'gp-badge gp-badge-alert' }, x))),
    goalChart(g, p, { ...o, goalDates }) as unknown as Node,
    readout(o),
    h(d, 'p', { class: 'gp-summary' }, goalSummary(g, p)),
    status,
    // SPEC 5.6: the goal's revisions with their reasons (free text: a text node, escaped).
    g.revisionMarks ? table(o, `${g.goalId}: revisions`, ['Date', 'Change', 'Reason'],
      g.revisionMarks.map((m) => [h(d, 'span', { title: goalRevisionLabel(g.goalId, m) }, m.date), revisionText(m), m.reason ?? '']),
      { 'data-table': 'goal-revisions', 'data-goal': g.goalId, class: 'gp-table gp-goal-revisions' }) : null,
    table(o, `${g.goalId}: ${mode === 'gas' ? 'GAS levels' : 'values'} by session`, ['Date', 'Value', 'GAS level', 'Change from baseline', 'Notes'], rows, { 'data-goal': g.goalId }),
    revisions);
}

// ---------------------------------------------------------------- instruments and GAS

export function instrumentSummary(i: InstrumentProgress): string {
  const parts = [`${i.instrument}: ${i.points.length} score${i.points.length === 1 ? '' : 's'}.`];
  if (i.baseline && i.role !== 'alliance') parts.push(`Baseline ${fmtNum(i.baseline.value)} (${i.baseline.from === 'goal' ? `goal ${i.baseline.goalId}` : `first score ${i.baseline.date}`}).`);
  if (i.rc !== undefined) parts.push(`Reliable change: ${fmtNum(i.rc)} points.`);
  if (i.cutoff && i.role === 'alliance') {
    const below = i.points.filter((x) => !x.flagged && x.clinical === true).length;
    parts.push(`Alliance cutoff ${fmtNum(i.cutoff.value)}: below it, talk about the therapy with the client${below ? ` (${plural(below, 'score')} below it, ringed)` : ''}.`);
    if (i.beside) parts.push(`Charted beside ${i.beside}.`);
  } else if (i.cutoff) parts.push(`Clinical cutoff ${fmtNum(i.cutoff.value)}.`);
  const last = i.points[i.points.length - 1];
  if (last) parts.push(`Latest ${fmtNum(last.score)} on ${last.date}${last.band ? ` (${last.band})` : ''}${last.change ? `, ${CHANGE_LABEL[last.change.category]}` : ''}.`);
  if (!i.known) parts.push('Unknown instrument: no bands or reliable change.');
  return parts.join(' ');
}

function instrumentSection(o: ViewOptions, i: InstrumentProgress, p: ClientProgress, paired = false): HTMLElement {
  const d = o.document;
  const rows = lazyRows(i.points, (x): Child[] => [
    sourceCell(o, x.source, x.date), x.flagged ? `${fmtNum(x.score)} (outside the range, not charted)` : fmtNum(x.score), x.band ?? '',
    cutoffSide(i, x.clinical),
    x.change ? CHANGE_LABEL[x.change.category] : '',
  ]);
  const scores = table(o, `${i.instrument} scores by session`, ['Date', 'Score', 'Severity', 'Cutoff side', 'Change from baseline'], rows, { 'data-instrument': i.instrument });
  return h(d, 'figure', { class: 'gp-figure gp-instrument', 'data-instrument': i.instrument, ...(i.role ? { 'data-role': i.role } : {}) },
    h(d, 'figcaption', {}, h(d, 'h3', {}, i.instrument, i.role === 'alliance' ? ' (alliance)' : ''),
      i.reliablyDeteriorated ? h(d, 'span', { class: 'gp-badge gp-badge-alert' }, 'reliably worse') : null),
    // An instrument nobody configured has no range: listed under its own name, never charted (SPEC 5.8).
    i.known ? instrumentChart(i, p, o) as unknown as Node : null,
    i.known ? readout(o) : null,
    h(d, 'p', { class: 'gp-summary' }, instrumentSummary(i)),
    // Beside another chart the table may be wider than its half: it scrolls, the page does not.
    paired ? h(d, 'div', { class: 'gp-scroll' }, scores) : scores);
}

/** Chart width of each of two charts side by side (SPEC 5.6: SRS beside ORS); the full width when too narrow for two. */
function pairWidth(o: ViewOptions): number {
  const gap = 24;
  if (o.width === undefined) return 480;
  return o.width >= 2 * 360 + gap ? Math.floor((o.width - gap) / 2) : o.width;
}

/** The instrument figures, an alliance instrument beside the outcome instrument it belongs with. */
function instrumentFigures(o: ViewOptions, p: ClientProgress): Child[] {
  const out: Child[] = [];
  for (let k = 0; k < p.instruments.length; k++) {
    const i = p.instruments[k];
    const next = p.instruments[k + 1];
    if (next?.beside === i.instrument) {
      const w = { ...o, width: pairWidth(o) };
      out.push(h(o.document, 'div', { class: 'gp-pair', 'data-pair': `${i.instrument} ${next.instrument}` },
        instrumentSection(w, i, p, true), instrumentSection(w, next, p, true)));
      k++;
    } else out.push(instrumentSection(o, i, p));
  }
  return out;
}

/** SPEC 5.2/5.6: readiness as a small series with its table. */
function readinessSection(o: ViewOptions, p: ClientProgress): Child {
  const r = p.readiness;
  if (!r) return null;
  const d = o.document;
  const last = r.points[r.points.length - 1];
  return h(d, 'figure', { class: 'gp-figure gp-readiness' },
    h(d, 'figcaption', {}, h(d, 'h3', {}, `Readiness (${r.min}-${r.max})`)),
    readinessChart(p, o) as unknown as Node,
    readout(o),
    h(d, 'p', { class: 'gp-summary' }, `The client's readiness ruler, ${r.min} to ${r.max} (higher is more ready): ${plural(r.points.length, 'session')}; latest ${fmtNum(last.value)} on ${last.date}.`),
    table(o, 'Readiness by session', ['Date', `Readiness (${r.min}-${r.max})`], lazyRows(r.points, (q): Child[] => [sourceCell(o, q.source, q.date), fmtNum(q.value)]), { 'data-table': 'readiness' }));
}

/** SPEC 5.6: the plan's agreement and signature status, one line per plan. */
function planStatus(o: ViewOptions, p: ClientProgress): Child {
  if (p.plans.length === 0) return null;
  const d = o.document;
  const shown = o.displayPath ?? defaultDisplayPath;
  return h(d, 'ul', { class: 'gp-plan-status', 'aria-label': 'Client agreement and signature of the plan' }, p.plans.map((pl) => h(d, 'li', {
    'data-plan': pl.uri, 'data-agreement': pl.agreementCurrent ? 'agreed' : pl.agreementMissing ? 'missing' : 'none', 'data-signed': pl.signed ? 'yes' : 'no',
  },
  h(d, 'strong', {}, p.plans.length > 1 ? `Plan ${shown(pl.uri)}${pl.status === 'closed' ? ' (closed)' : ''}: ` : 'Plan: '),
  h(d, 'span', { class: pl.agreementMissing ? 'gp-alert-text' : '' }, `Client agreement: ${agreementText(pl)}`), '. ',
  h(d, 'span', {}, `Plan signature: ${signatureText(pl)}`), '.')));
}

/** The timeline marks in words, once for every chart (the text alternative; risk first). */
function timelineNote(o: ViewOptions, p: ClientProgress): Child {
  const risks = riskSessions(p);
  const notes = annotatedSessions(p);
  if (!risks.length && !notes.length) return null;
  const parts = [
    risks.length ? `“risk” marks a positive risk screen on ${risks.map((s) => `${s.date} (${riskScreenText(s.risk ?? [])})`).join(', ')}` : '',
    notes.length ? `a square marks events or barriers on ${notes.map((s) => s.date).join(', ')} (listed in the session table)` : '',
  ].filter(Boolean);
  return h(o.document, 'p', { class: 'gp-summary gp-timeline-note' }, `On every timeline: ${parts.join('; ')}.`);
}

function gasSection(o: ViewOptions, p: ClientProgress): HTMLElement {
  const d = o.document;
  const last = p.gas[p.gas.length - 1];
  const summary = p.gas.length === 0
    ? 'No session records GAS levels for the goals active on its date.'
    : `${p.gas.length} session${p.gas.length === 1 ? '' : 's'} with GAS levels; latest T-score ${fmtNum(last.tScore)} on ${last.date} (50 = goals attained at the expected level; above 50, better than expected).`;
  return h(d, 'figure', { class: 'gp-figure gp-gas' },
    h(d, 'figcaption', {}, h(d, 'h3', {}, 'GAS T-score (Kiresuk-Sherman)')),
    gasChart(p, o) as unknown as Node,
    readout(o),
    h(d, 'p', { class: 'gp-summary' }, summary),
    table(o, 'GAS T-score by session', ['Date', 'T-score', 'Levels', 'No level'], lazyRows(p.gas, (q): Child[] => [
      sourceCell(o, q.source, q.date), fmtNum(q.tScore),
      q.levels.map((l) => `${l.goalId} ${fmtLevel(l.level)}${l.weight !== 1 ? ` ×${fmtNum(l.weight)}` : ''}`).join(', '),
      q.missing.join(', '),
    ]), { 'data-table': 'gas' }));
}

// ---------------------------------------------------------------- at a glance

interface GlanceRow {
  urgency: number;
  cells: Child[];
}

/** "improving" / "worse" / "no change" from the last two values, in the goal's direction. */
function trendWord(values: readonly number[], better: 'lower' | 'higher' | undefined): string {
  if (values.length === 0) return 'no values yet';
  if (values.length === 1) return 'first value';
  const delta = values[values.length - 1] - values[values.length - 2];
  if (Math.abs(delta) < 1e-9) return 'no change';
  if (!better) return delta > 0 ? 'up' : 'down';
  return (delta < 0) === (better === 'lower') ? 'improving' : 'worse';
}

function chip(d: Document, text: string, kind: 'alert' | 'warn' | 'ok' | 'info'): HTMLElement {
  return h(d, 'span', { class: `gp-chip gp-chip-${kind}` }, text);
}

function signed(n: number): string {
  return n > 0 ? `+${fmtNum(n)}` : fmtNum(n);
}

/**
 * One row per goal and per instrument: latest value against target, change from baseline, a trend
 * word and status chips, the most urgent first. What a clinician reads before anything else.
 */
function glanceSection(o: ViewOptions, p: ClientProgress, pre: string): HTMLElement {
  const d = o.document;
  const rows: GlanceRow[] = [];
  // Risk heads the table: a positive screen not yet followed up, or one without a risk note.
  for (const a of p.alerts.filter((x) => x.kind === 'open-risk' || x.kind === 'risk-unnoted')) {
    rows.push({
      urgency: 10,
      cells: [h(d, 'span', { class: 'gp-nowrap' }, a.ref ? sourceCell(o, a.ref, 'Risk') : 'Risk'), a.message, '', '', '',
        h(d, 'span', { class: 'gp-chips' }, chip(d, ALERT_LABEL[a.kind], 'alert'))],
    });
  }
  const goals = p.goals.filter((g) => !p.currentPlanUri || g.planUri === p.currentPlanUri);
  for (const g of goals) {
    const values = g.points.filter((x) => x.value !== undefined && !x.flagged).map((x) => x.value as number);
    const chips: Child[] = [];
    let urgency = g.status === 'active' || g.status === 'on-hold' ? 1 : 0;
    if (g.reliablyDeteriorated) { chips.push(chip(d, 'reliably worse', 'alert')); urgency = Math.max(urgency, 5); }
    for (const x of g.invalid) { chips.push(chip(d, x, 'alert')); urgency = Math.max(urgency, 4.5); }
    if (g.notOnTrack) { chips.push(chip(d, 'not on track', 'alert')); urgency = Math.max(urgency, 4.8); }
    else if (g.expected && g.status === 'active' && g.latest) chips.push(chip(d, 'on track', 'ok'));
    if (g.pastDue) { chips.push(chip(d, 'past due', 'warn')); urgency = Math.max(urgency, 3); }
    if (g.stalled) { chips.push(chip(d, 'stalled', 'warn')); urgency = Math.max(urgency, 2); }
    if (g.status === 'met') chips.push(chip(d, 'met', 'ok'));
    else if (g.status !== 'active') chips.push(chip(d, STATUS_LABEL[g.status], 'info'));
    else if (!g.reliablyDeteriorated && !g.pastDue && !g.stalled && g.latest?.change && g.latest.change.category !== 'unchanged') {
      chips.push(chip(d, CHANGE_LABEL[g.latest.change.category], g.latest.change.category === 'reliably-deteriorated' ? 'alert' : 'ok'));
    }
    const target = g.target !== undefined ? `${fmtNum(g.target)}${g.direction ? ` or ${g.direction}` : ''}` : '';
    rows.push({
      urgency,
      cells: [
        h(d, 'span', { class: 'gp-nowrap' }, sourceCell(o, g.source, `Goal ${g.goalId}`), g.instrument ? ` (${g.instrument})` : ''),
        g.latest ? `${valueWithUnit(fmtNum(g.latest.value), g.latest.value, g.unit)} on ${g.latest.date}` : 'none yet',
        target,
        g.latest && g.baseline !== undefined ? `${signed(g.latest.value - g.baseline)} from ${fmtNum(g.baseline)}` : '',
        trendWord(values, g.direction),
        chips.length ? h(d, 'span', { class: 'gp-chips' }, chips) : '',
      ],
    });
  }
  for (const i of p.instruments) {
    // Only scores the rules accept make the latest value, the change and the trend (SPEC 5.8): an
    // out-of-range score is flagged, and an unknown instrument's scores are listed, never judged.
    const accepted = i.known ? i.points.filter((x) => !x.flagged) : [];
    const last = accepted[accepted.length - 1];
    const newest = i.points[i.points.length - 1];
    const chips: Child[] = [];
    let urgency = 0.5;
    if (i.reliablyDeteriorated) { chips.push(chip(d, 'reliably worse', 'alert')); urgency = 5; }
    if (!i.known) chips.push(chip(d, 'unknown instrument, not checked', 'warn'));
    else if (newest?.flagged) { chips.push(chip(d, 'latest score outside the range', 'alert')); urgency = Math.max(urgency, 4.5); }
    // SPEC 5.7 low alliance (the model's reading): the latest SRS below its cutoff or lower than the one before.
    const low = i.role === 'alliance' ? p.care?.lowAlliance : undefined;
    if (low) {
      chips.push(chip(d, low.belowCutoff ? 'below the alliance cutoff' : `alliance dropped from ${fmtNum(low.droppedFrom)}`, 'alert'));
      urgency = Math.max(urgency, 4);
    }
    if (last?.band) chips.push(chip(d, last.band, 'info'));
    if (last?.change && last.change.category !== 'unchanged' && last.change.category !== 'reliably-deteriorated') chips.push(chip(d, CHANGE_LABEL[last.change.category], 'ok'));
    rows.push({
      urgency,
      cells: [
        h(d, 'span', { class: 'gp-nowrap' }, i.instrument),
        last ? `${fmtNum(last.score)} on ${last.date}` : !i.known && newest ? `${fmtNum(newest.score)} on ${newest.date} (not charted)` : 'none yet',
        i.cutoff ? `cutoff ${fmtNum(i.cutoff.value)}` : '',
        last && i.baseline ? `${signed(last.score - i.baseline.value)} from ${fmtNum(i.baseline.value)}` : '',
        i.known ? trendWord(accepted.map((x) => x.score), i.better) : '',
        chips.length ? h(d, 'span', { class: 'gp-chips' }, chips) : '',
      ],
    });
  }
  rows.sort((a, b) => b.urgency - a.urgency);
  return section(o, pre, 'glance', 'At a glance',
    table(o, 'Goals and measures, most urgent first', ['Goal or measure', 'Latest', 'Target', 'Change from baseline', 'Trend', 'Status'],
      rows.map((r) => r.cells), { 'data-table': 'glance' }));
}

/** The plan's rule errors as a banner: values that break a rule are left out of the charts. */
function problemsBanner(o: ViewOptions, p: ClientProgress): Child {
  const errors = p.problems?.errors ?? 0;
  if (errors === 0) return null;
  const d = o.document;
  return h(d, 'p', { class: 'gp-banner', role: 'status' },
    h(d, 'strong', {}, `${plural(errors, 'error')} in this client's plan and notes. `),
    'Values that break a rule are labelled and left out of the charts. ',
    o.interactive ? h(d, 'button', { type: 'button', class: 'gp-caseload-link', 'data-action': 'problems' }, 'Show problems') : null);
}

// ---------------------------------------------------------------- per client

export function clientView(p: ClientProgress, o: ViewOptions): HTMLElement {
  const d = o.document;
  const pre = clientAnchor(p.client);
  const shown = o.displayPath ?? defaultDisplayPath;
  const plan = p.plans[p.plans.length - 1];
  const history = p.history.available
    ? 'changes from git history'
    : `no git history (${historyReason(p.history.reason)})`;

  const alerts = p.alerts.length === 0 ? h(d, 'p', { class: 'gp-empty' }, 'No alerts.') : h(d, 'ul', { class: 'gp-alerts' },
    p.alerts.map((a) => h(d, 'li', { class: `gp-alert gp-alert-${a.kind}` },
      h(d, 'strong', {}, ALERT_LABEL[a.kind]), ': ', a.ref ? sourceCell(o, a.ref, a.message) : a.message)));

  const goalsByPlan = p.plans.map((pl) => ({ pl, goals: p.goals.filter((g) => g.planUri === pl.uri) }));
  const goalDates = sharedGoalDates(p);
  const goals = section(o, pre, 'goals', 'Goals',
    p.goals.length === 0 ? h(d, 'p', { class: 'gp-empty' }, 'No goals.') : legend(d),
    timelineNote(o, p),
    ...goalsByPlan.map(({ pl, goals: gs }) => [
      p.plans.length > 1 ? h(d, 'h3', { class: 'gp-plan-heading' }, `Plan ${shown(pl.uri)}${pl.created ? ` (created ${pl.created}${pl.closed ? `, closed ${pl.closed}` : ''})` : ''}`) : null,
      ...gs.map((g) => goalSection(o, g, p, goalDates)),
    ]).flat());

  const instruments = section(o, pre, 'instruments', 'Instruments',
    p.instruments.length === 0 ? h(d, 'p', { class: 'gp-empty' }, 'No instrument scores.') : null,
    ...instrumentFigures(o, p),
    readinessSection(o, p));

  const reviews = section(o, pre, 'reviews', 'Reviews', table(o, 'Reviews: scheduled and held', ['Date', 'Status', 'Kind', 'Held by session'],
    p.reviews.map((r) => [
      r.source ? sourceCell(o, r.source, r.date) : r.date, REVIEW_LABEL[r.status], REVIEW_KIND_LABEL[r.kind] ?? r.kind,
      r.session ? sourceCell(o, r.session, r.sessionDate ?? '') : '',
    ]), { 'data-table': 'reviews' }));

  // SPEC 5.1/5.6: notes dated after today are listed apart and never counted or charted.
  const counted = p.sessions.filter((s) => !s.future);
  const future = p.sessions.filter((s) => s.future);
  const sessions = section(o, pre, 'sessions', 'Sessions', table(o, 'Session notes', ['Date', 'Type', 'Review', 'Risk screen', 'Signed', 'First committed', 'Documentation', "Client's report", 'Feedback', 'Barriers and events', 'Readiness'],
    lazyRows(counted, (s): Child[] => [
      sourceCell(o, { uri: s.uri, line: 0 }, s.date), s.held ? s.type : `${s.type} (not held)`, s.review ? (s.held ? 'yes' : 'not a review') : '',
      riskCell(o, s),
      s.signed ? (s.signedDate ?? 'yes') : 'no',
      s.firstCommitted ?? (p.history.available ? 'not committed' : ''),
      [
        s.late ? `late by ${s.lateByDays} days` : '',
        ...s.editedAfterSignature.map((e) => `changed ${e.day} after its signature of ${e.signedDate}`),
        s.workingCopy ? `working copy: ${s.workingCopy}` : '',
      ].filter(Boolean).join('; '),
      // Free text from the notes (5.2): text nodes only, never markup.
      s.clientReport ?? '', s.feedback ?? '',
      annotationText(s),
      s.readiness !== undefined ? `${s.readiness}/10` : '',
    ]), { 'data-table': 'sessions' }),
  future.length === 0 ? null : table(o, 'Dated after today, not counted', ['Date', 'Type', 'Review'],
    future.map((s) => [sourceCell(o, { uri: s.uri, line: 0 }, s.date), s.type, s.review ? 'yes' : '']), { 'data-table': 'future-sessions' }));

  const revisionRows = p.plans.flatMap((pl) => pl.revisions.map((r) => ({ pl, r })));
  const revisions = section(o, pre, 'revisions', 'Plan changes', !p.history.available ? h(d, 'p', { class: 'gp-empty' }, history) : null,
    table(o, 'Changes to the plan recorded in git', ['Date', 'Author', 'Message', 'Changes'], lazyRows(revisionRows, ({ pl, r }): Child[] => [
      h(d, 'span', { title: `commit ${shortCommit(r.commit.id)}`, 'data-commit': r.commit.id }, r.commit.day), r.commit.author, r.commit.subject,
      [
        ...r.goals.map((g) => `${g.goalId} ${g.kind}${g.retargeted ? ' (re-targeted)' : ''}${g.kind === 'changed' ? `: ${g.changes.map(fmtFieldChange).join('; ')}` : ''}`),
        ...r.planChanges.filter(() => !r.initial).map(fmtFieldChange),
        r.unparsable ? 'this version did not parse' : '',
        p.plans.length > 1 ? `(${shown(pl.uri)})` : '',
      ].filter(Boolean).join(' | '),
    ]), { 'data-table': 'revisions' }));

  return h(d, 'article', { class: 'gp-view gp-client', id: pre, 'data-client': p.client, 'aria-labelledby': `${pre}-title` },
    h(d, 'header', { class: 'gp-header' },
      h(d, 'h1', { id: `${pre}-title` }, `Progress: client ${p.client}`),
      h(d, 'p', { class: 'gp-meta' },
        `Today ${p.today}`,
        plan?.clinician ? ` · clinician ${plan.clinician}` : '',
        plan?.reviewNext ? ` · next review ${plan.reviewNext}` : '',
        ` · ${history}`,
        ` · stalled = no value in ${p.settings.stalledWeeks} weeks; late note = committed more than ${p.settings.lateDays} days after the session`),
      planStatus(o, p),
      o.interactive ? h(d, 'nav', { class: 'gp-nav' },
        h(d, 'button', { type: 'button', class: 'gp-caseload-link', 'data-action': 'caseload' }, 'All clients'), ' ',
        // SPEC 5.6: the printable plan (the extension asks which copy and where to save it).
        h(d, 'button', { type: 'button', class: 'gp-caseload-link', 'data-action': 'print-plan' }, 'Print plan')) : null,
      // Skip links past the long parts of the page (a keyboard user need not tab through every chart).
      h(d, 'nav', { class: 'gp-skip', 'aria-label': 'Skip to' }, 'Skip to: ',
        ...[['glance', 'at a glance'], ['goals', 'goals'], ['instruments', 'instruments'], ['reviews', 'reviews'], ['sessions', 'sessions']]
          .flatMap(([id, text], i) => [i ? ' · ' : '', h(d, 'a', { href: `#${pre}-${id}-section`, class: 'gp-skip-link' }, text)]))),
    p.openRisk ? section(o, pre, 'risk', 'Risk', h(d, 'p', { class: 'gp-open-risk', role: 'alert' },
      h(d, 'strong', {}, 'Risk not yet followed up: '), sourceCell(o, p.openRisk.marks[0]?.source ?? { uri: p.openRisk.uri, line: 0 }, openRiskText(p.openRisk)), '.')) : null,
    problemsBanner(o, p),
    glanceSection(o, p, pre),
    section(o, pre, 'alerts', 'Alerts', alerts),
    goals, instruments, section(o, pre, 'gas', 'Goal attainment', gasSection(o, p)), reviews, sessions, revisions);
}

// ---------------------------------------------------------------- caseload

const STATUS_ORDER: readonly GoalStatus[] = ['active', 'on-hold', 'met', 'revised', 'discontinued'];

export function goalsByStatusText(r: CaseloadRow): string {
  return STATUS_ORDER.filter((s) => r.goalsByStatus[s]).map((s) => `${r.goalsByStatus[s]} ${STATUS_LABEL[s]}`).join(', ');
}

export interface CaseloadViewOptions extends ViewOptions {
  today?: string;
  head?: string;
  from?: string;
  to?: string;
  clinician?: string;
  /** Report --all: link each client to its view further down the page. */
  linkClients?: boolean;
  /** Panel: the column the clinician sorted by. */
  sort?: CaseloadSort;
}

/** One caseload column: its heading, its cell, and the value it sorts by (urgent first when descending). */
interface CaseloadColumn {
  key: string;
  head: string;
  cell: (r: CaseloadRow, o: CaseloadViewOptions) => Child;
  sort: (r: CaseloadRow) => number | string;
  /** Ids and dates never break mid-token. */
  nowrap?: boolean;
}

const alertText = (d: Document, text: string): Child => h(d, 'span', { class: 'gp-alert-text' }, text);

/** Urgency of a client's review: no date set first, then the longest overdue, then the soonest due. */
function reviewUrgency(r: CaseloadRow, today: string | undefined): number {
  if (r.noNextReview) return 1e7;
  if (r.reviewOverdueDays !== undefined) return 1e6 + r.reviewOverdueDays;
  return r.nextReview && today ? -daysBetween(today, r.nextReview) : -1e6;
}

/** Risk and clinical concerns first, then the review schedule, then documentation. */
export const CASELOAD_COLUMNS: readonly CaseloadColumn[] = [
  { key: 'client', head: 'Client', nowrap: true, sort: (r) => r.client, cell: (r, o) => {
    const d = o.document;
    return o.interactive
      ? h(d, 'button', { type: 'button', class: 'gp-link', 'data-client': r.client, title: `Show progress of ${r.client}` }, r.client)
      : o.linkClients ? h(d, 'a', { href: `#${clientAnchor(r.client)}` }, r.client) : r.client;
  } },
  // SPEC 5.6/5.7: a positive risk screen no later held session followed up; risk first.
  { key: 'risk', head: 'Open risk', nowrap: true, sort: (r) => (r.openRisk ? `1 ${r.openRisk}` : '0'),
    cell: (r, o) => (r.openRisk ? h(o.document, 'span', { class: 'gp-risk-mark gp-alert-text', 'data-risk': 'open' }, `⚠ since ${r.openRisk}`) : '') },
  { key: 'worse', head: 'Reliably worse', sort: (r) => r.deteriorations,
    cell: (r, o) => (r.deteriorations ? alertText(o.document, plural(r.deteriorations, 'measure')) : '') },
  { key: 'past-due', head: 'Past-due goals', nowrap: true, sort: (r) => r.pastDueGoals.length,
    cell: (r, o) => (r.pastDueGoals.length ? alertText(o.document, r.pastDueGoals.join(', ')) : '') },
  { key: 'review', head: 'Next review', nowrap: true, sort: (r) => reviewUrgency(r, undefined), cell: (r, o) => {
    if (r.noNextReview) return alertText(o.document, 'no date set');
    if (r.reviewOverdueDays !== undefined) return alertText(o.document, `${r.nextReview ?? ''}, ${overdueText(r.reviewOverdueDays)}`);
    return r.nextReview ?? '';
  } },
  // SPEC 5.6: the measurement-based-care columns (5.7 readings, from the model).
  { key: 'not-on-track', head: 'Not on track', nowrap: true, sort: (r) => r.notOnTrackGoals.length,
    cell: (r, o) => (r.notOnTrackGoals.length ? alertText(o.document, r.notOnTrackGoals.join(', ')) : '') },
  { key: 'low-alliance', head: 'Low alliance (SRS)', sort: (r) => (r.lowAlliance === undefined ? 1 : 0),
    cell: (r, o) => (r.lowAlliance !== undefined ? alertText(o.document, fmtNum(r.lowAlliance)) : '') },
  { key: 'missed', head: 'Missed sessions', sort: (r) => r.missedSessions,
    cell: (r, o) => (r.missedSessions ? alertText(o.document, String(r.missedSessions)) : '') },
  { key: 'overdue-measures', head: 'Overdue measures', nowrap: true, sort: (r) => r.overdueMeasures.length, cell: (r) => r.overdueMeasures.join(', ') },
  { key: 'agreement', head: 'Client agreement', nowrap: true, sort: (r) => (r.missingAgreement ? 1 : 0),
    cell: (r, o) => (r.missingAgreement ? alertText(o.document, 'missing') : '') },
  { key: 'discharge', head: 'Discharge summary', nowrap: true, sort: (r) => r.missingDischargeSummary?.length ?? 0,
    cell: (r, o) => (r.missingDischargeSummary?.length ? alertText(o.document, `missing (plan closed ${r.missingDischargeSummary.join(', ')})`) : '') },
  { key: 'stalled', head: 'Stalled goals', nowrap: true, sort: (r) => r.stalledGoals.length, cell: (r) => r.stalledGoals.join(', ') },
  { key: 'plan', head: 'Plan', nowrap: true, sort: (r) => (r.planStatus ? (r.planStatus === 'active' ? 1 : 0) : 2), cell: (r, o) => (r.planStatus
    ? `${r.planStatus === 'closed' ? 'closed' : 'active'}${r.planStatus === 'closed' && r.planClosed ? ` ${r.planClosed}` : r.planCreated ? ` since ${r.planCreated}` : ''}`
    : alertText(o.document, 'no plan')) },
  { key: 'clinician', head: 'Clinician', nowrap: true, sort: (r) => r.clinician ?? '', cell: (r) => r.clinician ?? '' },
  { key: 'last-session', head: 'Last session', nowrap: true, sort: (r) => r.lastSession ?? '', cell: (r) => r.lastSession ?? '' },
  { key: 'sessions', head: 'Sessions', sort: (r) => r.sessions, cell: (r) => String(r.sessions) },
  { key: 'late', head: 'Late notes', sort: (r) => r.lateNotes, cell: (r) => String(r.lateNotes) },
  { key: 'unsigned', head: 'Unsigned notes', sort: (r) => r.unsignedNotes, cell: (r) => String(r.unsignedNotes) },
  { key: 'goals', head: 'Goals', sort: (r) => r.goalsByStatus.active ?? 0, cell: (r) => goalsByStatusText(r) },
];

export interface CaseloadSort {
  column: string;
  descending: boolean;
}

/**
 * The rows in the order a column sorts them (stable: equal rows keep the caseload's order).
 * SPEC 5.7: clients with an open plan stay first in either direction; the clients whose plans
 * are all closed follow, sorted among themselves by the same column.
 */
export function sortCaseload(rows: readonly CaseloadRow[], sort: CaseloadSort | undefined, today?: string): CaseloadRow[] {
  const col = sort && CASELOAD_COLUMNS.find((c) => c.key === sort.column);
  const key = !col ? () => 0 : col.key === 'review' ? (r: CaseloadRow) => reviewUrgency(r, today) : col.sort;
  const dir = sort?.descending ? -1 : 1;
  const group = (r: CaseloadRow) => (r.closed ? 1 : 0);
  return rows.map((r, i) => ({ r, i, g: group(r), k: key(r) }))
    .sort((a, b) => a.g - b.g || (a.k < b.k ? -dir : a.k > b.k ? dir : a.i - b.i))
    .map((x) => x.r);
}

export function caseloadView(rows: readonly CaseloadRow[], o: CaseloadViewOptions): HTMLElement {
  const d = o.document;
  const shown = sortCaseload(rows, o.sort, o.today);
  const headCell = (c: CaseloadColumn): HTMLElement => {
    const sorted = o.sort?.column === c.key ? (o.sort.descending ? 'descending' : 'ascending') : undefined;
    // A header is a sort button in the panel (aria-sort says the current order); plain in the report.
    const inner: Child = o.interactive
      ? h(d, 'button', { type: 'button', class: 'gp-sort', 'data-action': 'sort', 'data-sort': c.key, title: `Sort by ${c.head.toLowerCase()}` },
        c.head, sorted ? (sorted === 'descending' ? ' ▼' : ' ▲') : '')
      : c.head;
    return h(d, 'th', { scope: 'col', ...(sorted ? { 'aria-sort': sorted } : {}) }, inner);
  };
  const body = h(d, 'div', { class: 'gp-scroll' },
    h(d, 'table', { class: 'gp-table gp-caseload-table', 'data-table': 'caseload' },
      h(d, 'caption', {}, `Caseload: ${plural(rows.length, 'client')}`),
      h(d, 'thead', {}, h(d, 'tr', {}, CASELOAD_COLUMNS.map(headCell))),
      h(d, 'tbody', {}, shown.length === 0
        ? h(d, 'tr', {}, h(d, 'td', { colspan: CASELOAD_COLUMNS.length, class: 'gp-empty' }, 'None'))
        : shown.map((r) => h(d, 'tr', { 'data-row-client': r.client, ...(r.closed ? { 'data-closed': 'true', class: 'gp-closed' } : {}) }, CASELOAD_COLUMNS.map((c, k) => h(d, k === 0 ? 'th' : 'td',
          { ...(k === 0 ? { scope: 'row' } : {}), ...(c.nowrap ? { class: 'gp-nowrap' } : {}) }, c.cell(r, o))))))));
  return h(d, 'article', { class: 'gp-view gp-caseload', 'aria-labelledby': 'gp-h-caseload' },
    h(d, 'header', { class: 'gp-header' },
      h(d, 'h1', { id: 'gp-h-caseload' }, 'Caseload'),
      h(d, 'p', { class: 'gp-meta' }, [
        o.today ? `Today ${o.today}` : '',
        o.head ? `as of the latest commit ${shortCommit(o.head)}` : '',
        o.from || o.to ? `sessions from ${o.from ?? '…'} to ${o.to ?? '…'}` : '',
        o.clinician !== undefined ? `clinician ${o.clinician}` : '',
      ].filter(Boolean).join(' · '))),
    body);
}

/** The risk mark of a held session with a positive screen (SPEC 5.6): instrument, item and answer only. */
function riskCell(o: ViewOptions, s: SessionSummary): Child {
  if (!s.risk?.length) return '';
  const d = o.document;
  const what = riskScreenText(s.risk);
  return h(d, 'span', { class: 'gp-risk-mark', 'data-risk': 'positive', title: `Positive risk screen (${what})` },
    h(d, 'span', { class: 'gp-risk-icon', 'aria-hidden': 'true' }, '⚠'), ` Positive risk screen (${what})`);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An id-safe token (ids only ever come from our own data, but keep them inert). */
function cssId(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_').slice(-60);
}
