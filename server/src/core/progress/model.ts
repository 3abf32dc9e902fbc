// The per-client progress model (SPEC 4): goal series, instrument series with bands and RC
// band, GAS T-scores, reviews, sessions with their documentation facts from git, and alerts.
// Pure: reads the workspace view and the git facts the caller passes, never the file system.
import type { InstrumentDef } from '../config/types';
import { daysBetween, isIsoDate } from '../dates';
import { bandOf, reliableChange } from '../instruments';
import { findInstrument, formatNumber, inRange, rangeText, targetNotBetter } from '../model/instruments';
import { openRiskText } from './riskText';
import { isPlanOpen, planForDate } from '../model/plans';
import { agreementMissing, hasCurrentAgreement, latestAgreement, revisionMarks } from '../model/collaboration';
import { allianceOutcomeInstrument } from '../model/alliance';
import { goalsById } from '../model/scores';
import { reviewState } from '../model/reviews';
import { hasRiskNote, openRisk, riskFindings, type RiskFinding } from '../model/risk';
import { measuresEntryFor, recordedScores } from '../model/scores';
import { isFutureDated, isHeld, isHeldReview, READINESS_SCALE, readinessOf } from '../model/sessions';
import type { WorkspaceView } from '../model/view';
import type { ResolvedConfig } from '../config/types';
import type { Goal, GoalEntry, GoalStatus, IsoDate, ParsedDocument, PlanFrontMatter, SessionFrontMatter } from '../types';
import { DEFAULT_GAS_RHO, gasTScore } from './gas';
import { effectiveStart, effectiveStatus, goalActiveOn, goalsOf, refOf } from './goals';
import { assessForInstrument, isClinical, rcBandOf } from './reliableChange';
import { careSignalsOf, sessionCareOf } from './care';
import { addTrack } from './track';
import {
  PROGRESS_MODEL_VERSION,
  type ClientProgress, type GasPoint, type GoalPoint, type GoalProgress, type GoalRevisionRef, type InstrumentPoint,
  type InstrumentProgress, type PlanSummary, type ProgressAlert, type ReadinessSeries, type RiskMark, type ProgressOptions, type ReviewEvent,
  type SessionSummary, type StatusChange, type WorkspaceHistory,
} from './types';

export const DEFAULT_STALLED_WEEKS = 4;
export const DEFAULT_LATE_DAYS = 3;

export interface Settings {
  stalledWeeks: number;
  lateDays: number;
  rho: number;
}

/** Options over config over defaults. */
export function settingsOf(opts: ProgressOptions): Settings {
  const cfg = opts.config.progress ?? {};
  const num = (...xs: Array<number | undefined>) => xs.find((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0);
  return {
    stalledWeeks: num(opts.stalledWeeks, cfg.stalledWeeks) ?? DEFAULT_STALLED_WEEKS,
    lateDays: num(opts.lateDays, cfg.lateDays) ?? DEFAULT_LATE_DAYS,
    rho: num(opts.rho, cfg.rho) ?? DEFAULT_GAS_RHO,
  };
}

/** One usable session: indexed, with a valid date. */
interface SessionCtx {
  doc: ParsedDocument;
  s: SessionFrontMatter;
  date: IsoDate;
  plan?: ParsedDocument;
  /** SPEC 5.1 (model/sessions.ts): only held sessions are data. */
  held: boolean;
}

export function buildProgress(view: WorkspaceView, client: string, opts: ProgressOptions): ClientProgress {
  const settings = settingsOf(opts);
  const history = opts.history?.available ? opts.history : undefined;
  const plans = view.plansOf(client).filter((p) => p.plan);
  const sessions: SessionCtx[] = [];
  for (const doc of view.sessionsOf(client)) {
    const s = doc.session;
    if (!s || !isIsoDate(s.date)) continue;
    sessions.push({ doc, s, date: s.date, plan: view.planFor(doc)?.plan, held: isHeld(s, opts.today) });
  }
  // SPEC 5.1: series, GAS, instrument series and reliable change read held sessions only; a
  // no-show, a cancellation or a note dated after today is listed, never a data point.
  const held = sessions.filter((c) => c.held);

  const sessionSummaries = sessions.map((c) => summariseSession(c, opts, settings, history));
  const goals = plans.flatMap((p) => goalProgressOf(view, p, held.filter((c) => c.plan === p), opts, settings, history));
  const instruments = instrumentProgressOf(plans, held, opts);
  const gas = gasPointsOf(held, settings.rho);
  const reviews = plans.flatMap((p) => reviewsOf(view, p, sessions.filter((c) => c.plan === p), opts));
  const planSummaries = plans.map((p) => planSummaryOf(p, history, opts));

  const progress: ClientProgress = {
    version: PROGRESS_MODEL_VERSION,
    client,
    today: opts.today,
    settings,
    plans: planSummaries,
    goals,
    instruments,
    gas,
    reviews,
    sessions: sessionSummaries,
    history: historyStatus(opts.history),
    alerts: [],
  };
  const current = view.planForDate(client, opts.today)?.plan;
  if (current) progress.currentPlanUri = current.uri;
  const risk = openRisk(view, client, opts.today, opts.config);
  if (risk) {
    progress.openRisk = { date: risk.date, uri: risk.session.uri, marks: risk.findings.map((f) => riskMarkOf(risk.session, f)) };
  }
  progress.care = careSignalsOf(view, client, opts);
  const readiness = readinessSeriesOf(held);
  if (readiness) progress.readiness = readiness;
  progress.alerts = alertsOf(progress);
  return progress;
}

function historyStatus(h: WorkspaceHistory | undefined): ClientProgress['history'] {
  if (!h) return { available: false };
  const out: ClientProgress['history'] = { available: h.available };
  if (h.reason) out.reason = h.reason;
  if (h.head) out.head = h.head;
  return out;
}

// ---------------------------------------------------------------- plans

function planSummaryOf(doc: ParsedDocument, history: WorkspaceHistory | undefined, opts: ProgressOptions): PlanSummary {
  const p = doc.plan as PlanFrontMatter;
  const out: PlanSummary = {
    uri: doc.uri,
    status: p.status ?? 'active',
    signed: !!p.signed,
    revisions: own(history?.plans, doc.uri) ?? [],
  };
  // SPEC 5.2/5.6: the agreement that counts (the latest date) and GP209's reading of it.
  const agreed = latestAgreement(p);
  assign(out, {
    created: p.created, closed: p.closed, clinician: p.clinician, reviewEvery: p.review?.every,
    reviewLast: p.review?.last ?? p.created, reviewNext: p.review?.next, workingCopy: own(history?.workingCopy, doc.uri),
    signedBy: typeof p.signed?.by === 'string' ? p.signed.by : undefined,
    signedDate: isIsoDate(p.signed?.date) ? p.signed!.date : undefined,
    agreement: agreed ? assign<NonNullable<PlanSummary['agreement']>>({ date: agreed.date! }, { by: agreed.by, method: agreed.method }) : undefined,
    agreementCurrent: agreed ? hasCurrentAgreement(p) : undefined,
    agreementMissing: agreementMissing(p, opts.today, opts.config) || undefined,
  });
  return out;
}

/** SPEC 5.2/5.6: the readiness ruler of the held sessions (only held sessions are data, 5.1). */
function readinessSeriesOf(held: readonly SessionCtx[]): ReadinessSeries | undefined {
  const points: ReadinessSeries['points'] = [];
  for (const c of held) {
    const value = readinessOf(c.s);
    if (value !== undefined) points.push({ date: c.date, value, source: refOf(c.doc, c.doc.frontMatter, ['readiness']) });
  }
  return points.length ? { min: READINESS_SCALE.min, max: READINESS_SCALE.max, points } : undefined;
}

// ---------------------------------------------------------------- goals

function goalProgressOf(
  view: WorkspaceView, planDoc: ParsedDocument, sessions: SessionCtx[], opts: ProgressOptions, settings: Settings, history: WorkspaceHistory | undefined,
): GoalProgress[] {
  const plan = planDoc.plan as PlanFrontMatter;
  const revisions = own(history?.plans, planDoc.uri) ?? [];
  // A discharged client's goals do not stall: nobody is expected to record them any more.
  const planOpen = isPlanOpen(plan, opts.today);
  return goalsOf(planDoc).map(({ goal, source }) => {
    const instrument = goal.measure?.instrument;
    const def = findInstrument(instrument, opts.config);
    const named = typeof instrument === 'string';
    const baseline = usable(def, named, goal.measure?.baseline);
    const inRangeTarget = usable(def, named, goal.measure?.target);
    const invalid = measureProblems(def, goal.measure?.baseline, goal.measure?.target, baseline, inRangeTarget);
    // A target that is not better than the baseline (GP105) is labelled, never drawn as a goal line.
    const target = invalid.some((x) => x.startsWith('target is not better')) ? undefined : inRangeTarget;
    const direction = directionOf(def, baseline, target);
    const points = sessions.flatMap((c) => goalPointOf(goal, plan, c, def, baseline, target, opts.config));
    // Flagged values (out of range, unknown instrument) are listed, never used (SPEC 5.8).
    const withValue = points.filter((p): p is GoalPoint & { value: number } => typeof p.value === 'number' && !p.flagged);
    const last = withValue[withValue.length - 1];
    const recorded = points.filter((p) => (p.value !== undefined && !p.flagged) || p.level !== undefined);
    const lastRecorded = recorded[recorded.length - 1]?.date;
    const status = effectiveStatus(goal);
    const start = effectiveStart(goal, plan);
    const rc = def ? reliableChange(def) : undefined;
    const activeToday = goalActiveOn(goal, plan, opts.today);

    const goalRevisions: GoalRevisionRef[] = [];
    for (const rev of revisions) {
      for (const g of rev.goals) {
        if (g.goalId === goal.id) goalRevisions.push({ commit: rev.commit.id, date: rev.commit.day, kind: g.kind, retargeted: g.retargeted, changes: g.changes });
      }
    }

    const out: GoalProgress = {
      planUri: planDoc.uri,
      goalId: goal.id,
      status,
      weight: weightOf(goal),
      source,
      activeToday,
      points,
      stalled: planOpen && status === 'active' && activeToday && isStalled(start, lastRecorded, opts.today, settings.stalledWeeks),
      reliablyDeteriorated: last?.change?.category === 'reliably-deteriorated',
      invalid,
      // GP205's reading: still active on an open plan with its due date before today.
      pastDue: planOpen && status === 'active' && isIsoDate(goal.due) && goal.due < opts.today,
      statusChanges: statusChangesOf(goal, planDoc, points, goalRevisions),
      revisions: goalRevisions,
    };
    assign(out, {
      statement: goal.statement, clientWords: typeof goal.client_words === 'string' && goal.client_words.trim() !== '' ? goal.client_words : undefined,
      revisionMarks: (() => { const m = revisionMarks(goal, [...goalsById(planDoc).values()], planDoc.plan); return m.length ? m : undefined; })(),
      horizon: goal.horizon, parent: goal.parent, problem: goal.problem, instrument,
      unit: goal.measure?.unit, baseline, target, start, due: goal.due, closed: goal.closed, direction,
      rcBand: baseline !== undefined && rc !== undefined && rc > 0 ? rcBandOf(baseline, rc) : undefined,
      latest: last ? assign<NonNullable<GoalProgress['latest']>>({ date: last.date, value: last.value }, { change: last.change }) : undefined,
      lastRecorded,
    });
    addTrack(out, view, planDoc, goal, opts);
    return out;
  });
}

/**
 * A goal's entry in one held session, plus (for an instrument goal) its score under `measures`:
 * the core's reading (model/scores.ts), the one GP310/GP314 use. A score administered in a session
 * that does not name the goal still measures it, but only while the goal is active (a PHQ-9 taken
 * before the goal began says nothing about it).
 */
function goalPointOf(
  goal: Goal & { id: string }, plan: PlanFrontMatter, c: SessionCtx, def: InstrumentDef | undefined,
  baseline: number | undefined, target: number | undefined, config: ResolvedConfig,
): GoalPoint[] {
  const entries = c.s.goals ?? {};
  const named = Object.prototype.hasOwnProperty.call(entries, goal.id);
  const entry: GoalEntry | null = named ? entries[goal.id] ?? null : null;
  const m = def ? measuresEntryFor(c.s, def, config) : undefined;
  const measured = m?.score;
  if (!named && (measured === undefined || !goalActiveOn(goal, plan, c.date))) return [];

  const point: GoalPoint = {
    date: c.date,
    review: c.s.review === true,
    source: measured !== undefined && !named
      ? refOf(c.doc, c.doc.frontMatter, ['measures', m!.key])
      : refOf(c.doc, c.doc.frontMatter, ['goals', goal.id]),
  };
  if (measured !== undefined) {
    point.value = measured;
    point.valueFrom = 'measures';
  } else if (typeof entry?.value === 'number' && Number.isFinite(entry.value)) {
    point.value = entry.value;
    point.valueFrom = 'goal-entry';
  }
  if (point.value !== undefined && typeof goal.measure?.instrument === 'string') {
    if (!def) point.flagged = 'unknown-instrument';
    else if (!inRange(def, point.value)) point.flagged = 'out-of-range';
  }
  if (typeof entry?.progress === 'number' && isGasLevel(entry.progress)) point.level = entry.progress;
  if (entry?.decision) point.decision = entry.decision;
  if (point.value !== undefined && !point.flagged && baseline !== undefined && def) {
    const change = assessForInstrument(def, baseline, point.value, target);
    if (change) point.change = change;
  }
  return [point];
}

function isStalled(start: IsoDate | undefined, lastRecorded: IsoDate | undefined, today: IsoDate, weeks: number): boolean {
  const since = lastRecorded ?? start;
  if (since === undefined || since > today) return false;
  return daysBetween(since, today) > weeks * 7;
}

const DECISION_STATUS: Record<string, GoalStatus | undefined> = { met: 'met', revise: 'revised', discontinued: 'discontinued' };

function statusChangesOf(goal: Goal, planDoc: ParsedDocument, points: GoalPoint[], revisions: GoalRevisionRef[]): StatusChange[] {
  const out: StatusChange[] = [];
  for (const rev of revisions) {
    const c = rev.changes.find((x) => x.field === 'status');
    if (!c || rev.kind !== 'changed') continue;
    out.push({ date: rev.date, from: asStatus(c.old) ?? 'active', to: asStatus(c.new) ?? 'active', source: 'commit', commit: rev.commit });
  }
  for (const p of points) {
    const to = p.decision ? DECISION_STATUS[p.decision] : undefined;
    if (to) out.push({ date: p.date, to, source: 'review-decision', ref: p.source });
  }
  const status = effectiveStatus(goal);
  if (status !== 'active' && goal.closed) {
    const block = planDoc.goalBlocks.find((b) => b.goal === goal);
    out.push({ date: goal.closed, to: status, source: 'plan', ref: refOf(planDoc, block?.region, ['closed']) });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function asStatus(v: unknown): GoalStatus | undefined {
  return v === 'active' || v === 'on-hold' || v === 'met' || v === 'revised' || v === 'discontinued' ? v : undefined;
}

// ---------------------------------------------------------------- instruments

function instrumentProgressOf(plans: readonly ParsedDocument[], sessions: SessionCtx[], opts: ProgressOptions): InstrumentProgress[] {
  // Series are keyed by the instrument's configured name, so `phq-9` and `PHQ-9` are one series;
  // an unknown name is listed under its own name (SPEC 5.8) and never charted. When two keys of
  // one session name the same instrument, the first wins (model/scores.ts).
  const names: string[] = [];
  for (const c of sessions) {
    for (const r of recordedScores(c.s, opts.config)) {
      const name = r.def?.name ?? r.key;
      if (!r.duplicate && !names.includes(name)) names.push(name);
    }
  }
  const current = currentPlan(plans, opts.today);
  const planOrder = current ? [current, ...plans.filter((p) => p !== current)] : [...plans];

  const series = names.map((name) => {
    const def = findInstrument(name, opts.config);
    const points: InstrumentPoint[] = [];
    for (const c of sessions) {
      const r = recordedScores(c.s, opts.config).find((x) => !x.duplicate && (def ? x.def === def : x.def === undefined && x.key === name));
      const score = r?.score;
      if (!r || score === undefined) continue;
      const p: InstrumentPoint = { date: c.date, score, source: refOf(c.doc, c.doc.frontMatter, ['measures', r.key]) };
      if (def && !inRange(def, score)) p.flagged = 'out-of-range';
      const band = def && !p.flagged ? bandOf(def, score) : undefined;
      if (band) p.band = band;
      const clinical = def && !p.flagged ? isClinical(def, score) : undefined;
      if (clinical !== undefined) p.clinical = clinical;
      if (r.items) p.items = r.items;
      points.push(p);
    }

    let baseline: InstrumentProgress['baseline'];
    let baselineTarget: number | undefined;
    for (const p of planOrder) {
      const hit = def && goalsOf(p).find(({ goal }) => findInstrument(goal.measure?.instrument, opts.config) === def && usable(def, true, goal.measure?.baseline) !== undefined);
      if (hit) {
        baseline = { value: hit.goal.measure!.baseline as number, from: 'goal', goalId: hit.goal.id };
        baselineTarget = usable(def, true, hit.goal.measure?.target);
        break;
      }
    }
    const firstInRange = def ? points.find((p) => !p.flagged) : undefined;
    if (!baseline && firstInRange) baseline = { value: firstInRange.score, from: 'first-score', date: firstInRange.date };

    if (baseline && def) {
      for (const p of points) {
        if (p.flagged) continue;
        const change = assessForInstrument(def, baseline.value, p.score, baselineTarget);
        if (change) p.change = change;
      }
    }
    const rc = def ? reliableChange(def) : undefined;
    const usablePoints = points.filter((p) => !p.flagged);
    const last = usablePoints[usablePoints.length - 1];
    const out: InstrumentProgress = {
      instrument: name,
      known: !!def,
      bands: def?.bands?.map((b) => ({ min: b.min, max: b.max, label: b.label })) ?? [],
      points,
      reliablyDeteriorated: last?.change?.category === 'reliably-deteriorated',
    };
    assign(out, {
      range: def ? assign<NonNullable<InstrumentProgress['range']>>({ min: def.range[0] }, { max: Number.isFinite(def.range[1]) ? def.range[1] : undefined }) : undefined,
      better: def?.better,
      rc,
      cutoff: def?.cutoff ? { value: def.cutoff.value, clinical: def.cutoff.clinical } : undefined,
      baseline,
      rcBand: baseline && rc !== undefined && rc > 0 ? rcBandOf(baseline.value, rc) : undefined,
      role: def?.role,
    });
    return out;
  });
  return besideOutcome(series, opts.config);
}

/**
 * SPEC 5.6: the alliance series (SRS) is charted beside the outcome series (ORS): moved to follow
 * it and told which one it stands beside. Without ORS scores it keeps its place.
 */
function besideOutcome(series: InstrumentProgress[], config: ResolvedConfig): InstrumentProgress[] {
  const outcome = allianceOutcomeInstrument(config)?.name;
  const at = series.findIndex((i) => i.instrument === outcome);
  if (outcome === undefined || at < 0) return series;
  const alliance = series.filter((i) => i.role === 'alliance');
  for (const a of alliance) a.beside = outcome;
  const rest = series.filter((i) => i.role !== 'alliance');
  rest.splice(rest.findIndex((i) => i.instrument === outcome) + 1, 0, ...alliance);
  return rest;
}

/** The score of a `measures` entry (model/scores.ts entryScore), kept under its old name for callers. */
export { entryScore as scoreOf } from '../model/scores';

// ---------------------------------------------------------------- GAS

function gasPointsOf(sessions: SessionCtx[], rho: number): GasPoint[] {
  const out: GasPoint[] = [];
  for (const c of sessions) {
    if (!c.plan?.plan) continue;
    const plan = c.plan.plan;
    const entries = c.s.goals ?? {};
    const active = goalsOf(c.plan).filter(({ goal }) => goalActiveOn(goal, plan, c.date));
    const levels: GasPoint['levels'] = [];
    const missing: string[] = [];
    for (const { goal } of active) {
      const level = entries[goal.id]?.progress;
      if (typeof level === 'number' && isGasLevel(level)) levels.push({ goalId: goal.id, level, weight: weightOf(goal) });
      else missing.push(goal.id);
    }
    const t = gasTScore(levels, rho);
    if (t === undefined) continue;
    out.push({ date: c.date, source: refOf(c.doc, c.doc.frontMatter, ['goals']), tScore: t, levels, missing });
  }
  return out;
}

// ---------------------------------------------------------------- reviews

function reviewsOf(view: WorkspaceView, planDoc: ParsedDocument, sessions: SessionCtx[], opts: ProgressOptions): ReviewEvent[] {
  const plan = planDoc.plan as PlanFrontMatter;
  // Only held reviews are reviews (SPEC 5.1): a no-show "review" or a note dated after today is not.
  const reviewSessions = sessions.filter((c) => isHeldReview(c.s, opts.today));
  const used = new Set<SessionCtx>();
  const out: ReviewEvent[] = [];
  const heldBy = (c: SessionCtx) => ({ session: refOf(c.doc, c.doc.frontMatter, ['review']), sessionDate: c.date });

  const last = plan.review?.last;
  if (last) {
    const c = reviewSessions.find((x) => x.date === last);
    if (c) used.add(c);
    out.push({
      date: last, planUri: planDoc.uri, kind: 'review.last', status: c ? 'held' : 'recorded', held: !!c,
      source: refOf(planDoc, planDoc.frontMatter, ['review', 'last']), ...(c ? heldBy(c) : {}),
    });
  }
  // review.next: the core's reading (model/reviews.ts), the same as GP202 and the status bar.
  const st = reviewState(view, planDoc, opts.today, opts.config);
  if (st.next) {
    const c = st.heldBy ? reviewSessions.find((x) => x.doc.uri === st.heldBy!.uri) : undefined;
    if (c) used.add(c);
    out.push({
      date: st.next, planUri: planDoc.uri, kind: 'review.next', status: c ? 'held' : st.overdue ? 'overdue' : 'upcoming', held: !!c,
      source: refOf(planDoc, planDoc.frontMatter, ['review', 'next']), ...(c ? heldBy(c) : {}),
    });
  }
  for (const c of reviewSessions) {
    if (used.has(c)) continue;
    out.push({ date: c.date, planUri: planDoc.uri, kind: 'session', status: 'held', held: true, ...heldBy(c) });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// ---------------------------------------------------------------- sessions

function summariseSession(c: SessionCtx, opts: ProgressOptions, settings: Settings, history: WorkspaceHistory | undefined): SessionSummary {
  const today = opts.today;
  const signedDate = isIsoDate(c.s.signed?.date) ? c.s.signed!.date : undefined;
  const out: SessionSummary = {
    date: c.date,
    uri: c.doc.uri,
    type: c.s.type ?? 'therapy',
    review: c.s.review === true,
    signed: !!c.s.signed,
    goalIds: Object.keys(c.s.goals ?? {}),
    late: false,
    editedAfterSignature: [],
    workingCopyAfterSignature: false,
    held: c.held,
    future: isFutureDated(c.s, today),
  };
  if (signedDate) out.signedDate = signedDate;
  // The risk mark (SPEC 5.6): on every held session with a positive screen.
  const findings = c.held ? riskFindings(c.s, opts.config) : [];
  if (findings.length > 0) {
    out.risk = findings.map((f) => riskMarkOf(c.doc, f));
    // GP315's reading: a positive screen must carry a risk note.
    if (!hasRiskNote(c.s)) out.riskUnnoted = true;
  }
  Object.assign(out, sessionCareOf(c.s));
  if (out.events || out.barriers) out.annotationLine = refOf(c.doc, c.doc.frontMatter, [out.events ? 'events' : 'barriers']).line;
  const facts = own(history?.notes, c.doc.uri);
  const versions = facts?.versions ?? [];
  const first = versions.find((v) => v.status !== 'deleted');
  if (first) {
    out.firstCommitted = first.commit.day;
    out.lateByDays = daysBetween(c.date, first.commit.day);
    out.late = out.lateByDays > settings.lateDays;
  }
  for (let i = 1; i < versions.length; i++) {
    const v = versions[i];
    const signedThen = versions[i - 1].signedDate;
    // An edit counts against the signature that stood when it was made; a re-signed amendment still shows.
    if (v.status === 'modified' && signedThen && v.commit.day > signedThen) {
      out.editedAfterSignature.push({ commit: v.commit.id, day: v.commit.day, signedDate: signedThen });
    }
  }
  const wc = own(history?.workingCopy, c.doc.uri);
  if (wc) {
    out.workingCopy = wc;
    const lastCommitted = [...versions].reverse().find((v) => v.status !== 'deleted');
    const standing = lastCommitted ? lastCommitted.signedDate : undefined;
    out.workingCopyAfterSignature = wc === 'modified' && standing !== undefined && today > standing;
  }
  return out;
}

// ---------------------------------------------------------------- alerts

function alertsOf(p: ClientProgress): ProgressAlert[] {
  const out: ProgressAlert[] = [];
  // Risk first (SPEC 5.6): the open risk heads the alerts.
  if (p.openRisk) {
    out.push({ kind: 'open-risk', ref: p.openRisk.marks[0]?.source ?? { uri: p.openRisk.uri, line: 0 }, message: openRiskText(p.openRisk) });
  }
  for (const s of p.sessions) {
    if (s.riskUnnoted) {
      out.push({ kind: 'risk-unnoted', ref: s.risk?.[0]?.source ?? { uri: s.uri, line: 0 }, message: `Positive risk screen on ${s.date} with no risk note` });
    }
  }
  for (const g of p.goals) {
    if (g.stalled) {
      out.push({
        kind: 'stalled', goalId: g.goalId, ref: g.source,
        message: `Goal ${g.goalId}: no value recorded in ${p.settings.stalledWeeks} weeks${g.lastRecorded ? ` (last ${g.lastRecorded})` : ' (none yet)'}`,
      });
    }
    if (g.pastDue) {
      out.push({ kind: 'past-due', goalId: g.goalId, ref: g.source, message: `Goal ${g.goalId}: due ${g.due} has passed and the goal is still active` });
    }
    if (g.reliablyDeteriorated && g.latest) {
      out.push({
        kind: 'reliable-deterioration', goalId: g.goalId, ref: g.points.find((x) => x.date === g.latest!.date)?.source ?? g.source,
        message: `Goal ${g.goalId}: ${g.latest.value} on ${g.latest.date} is reliably worse than baseline ${g.baseline}`,
      });
    }
  }
  for (const i of p.instruments) {
    const last = i.points[i.points.length - 1];
    if (i.reliablyDeteriorated && last && i.baseline) {
      out.push({
        kind: 'reliable-deterioration', instrument: i.instrument, ref: last.source,
        message: `${i.instrument}: ${last.score} on ${last.date} is reliably worse than baseline ${i.baseline.value}`,
      });
    }
  }
  for (const r of p.reviews) {
    if (r.status === 'overdue') out.push({ kind: 'review-overdue', ref: r.source, message: `Review due ${r.date} not held` });
  }
  for (const s of p.sessions) {
    if (s.future) continue; // listed apart, "dated after today, not counted"
    const ref = { uri: s.uri, line: 0 };
    if (s.late) out.push({ kind: 'late-note', ref, message: `Note of ${s.date} first committed ${s.firstCommitted} (${s.lateByDays} days later)` });
    if (!s.signed) out.push({ kind: 'unsigned-note', ref, message: `Note of ${s.date} is not signed` });
    for (const e of s.editedAfterSignature) {
      out.push({ kind: 'edited-after-signature', ref, message: `Note of ${s.date} changed on ${e.day} after its signature of ${e.signedDate}` });
    }
    if (s.workingCopyAfterSignature) out.push({ kind: 'edited-after-signature', ref, message: `Note of ${s.date} has uncommitted edits after its signature` });
  }
  for (const pl of p.plans) {
    if (pl.workingCopy) out.push({ kind: 'working-copy', ref: { uri: pl.uri, line: 0 }, message: `Plan has uncommitted changes (${pl.workingCopy})` });
  }
  for (const s of p.sessions) {
    if (s.workingCopy) out.push({ kind: 'working-copy', ref: { uri: s.uri, line: 0 }, message: `Note of ${s.date} has uncommitted changes (${s.workingCopy})` });
  }
  // One order everywhere (issue 14): risk, deterioration, past due, overdue review, stalled, then
  // the paperwork. A stable sort keeps each kind's own order (by goal, by date).
  return out.map((a, i) => ({ a, i })).sort((x, y) => ALERT_ORDER.indexOf(x.a.kind) - ALERT_ORDER.indexOf(y.a.kind) || x.i - y.i).map((x) => x.a);
}

export const ALERT_ORDER: ReadonlyArray<ProgressAlert['kind']> = [
  'open-risk', 'risk-unnoted', 'reliable-deterioration', 'past-due', 'review-overdue', 'stalled', 'late-note', 'unsigned-note', 'edited-after-signature', 'working-copy',
];

// ---------------------------------------------------------------- helpers

/** The client's current plan: the one a document dated today belongs to (SPEC 1.2, model/plans.ts). */
export function currentPlan(plans: readonly ParsedDocument[], today: IsoDate): ParsedDocument | undefined {
  return planForDate(plans, today)?.plan;
}

/** A risk finding as the views show it: instrument, item and answer, with its line (no free text). */
function riskMarkOf(doc: ParsedDocument, f: RiskFinding): RiskMark {
  const m: RiskMark = { instrument: f.instrument, value: f.value, source: refOf(doc, doc.frontMatter, f.path) };
  if (f.item !== undefined) m.item = f.item;
  return m;
}

function weightOf(goal: Goal): number {
  return typeof goal.weight === 'number' && Number.isFinite(goal.weight) && goal.weight >= 0 ? goal.weight : 1;
}

function isGasLevel(x: number): boolean {
  return x >= -2 && x <= 2;
}

/**
 * A baseline/target the model may use: a finite number within the instrument's range (GP104
 * values count as absent). A goal whose measure names an instrument nobody configured has no
 * range, so nothing of it is usable (SPEC 5.8); a measure without an instrument keeps its numbers.
 */
function usable(def: InstrumentDef | undefined, instrumentNamed: boolean, v: number | undefined): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
  if (def) return inRange(def, v) ? v : undefined;
  return instrumentNamed ? undefined : v;
}

/**
 * What is wrong with a goal's baseline and target, in words, as GP104 and GP105 read them: a
 * value outside the instrument's range, or a target that is not better than the baseline for an
 * instrument with a fixed direction. The views label these and never draw them as valid.
 */
function measureProblems(def: InstrumentDef | undefined, rawBaseline: unknown, rawTarget: unknown, baseline?: number, target?: number): string[] {
  const out: string[] = [];
  if (!def) return out;
  for (const [name, raw] of [['baseline', rawBaseline], ['target', rawTarget]] as const) {
    if (typeof raw === 'number' && Number.isFinite(raw) && !inRange(def, raw)) out.push(`${name} ${formatNumber(raw)} is outside the ${def.name} range ${rangeText(def)}`);
  }
  if (baseline !== undefined && target !== undefined && targetNotBetter(def, baseline, target)) {
    out.push(`target is not better than the baseline (${def.name}: ${def.better} is better)`);
  }
  return out;
}

function directionOf(def: InstrumentDef | undefined, baseline?: number, target?: number): 'lower' | 'higher' | undefined {
  if (def?.better) return def.better;
  if (baseline !== undefined && target !== undefined && baseline !== target) return target < baseline ? 'lower' : 'higher';
  return undefined;
}

/** obj[key] for own keys only (a file named `constructor` must not find Object.prototype.constructor). */
function own<T>(obj: Record<string, T> | undefined, key: string): T | undefined {
  return obj && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Copies only defined values, so the model has no `key: undefined` (it must round-trip through JSON unchanged). */
export function assign<T extends object>(target: T, values: { [K in keyof T]?: T[K] | undefined }): T {
  for (const [k, v] of Object.entries(values)) {
    if (v !== undefined) (target as Record<string, unknown>)[k] = v;
  }
  return target;
}
