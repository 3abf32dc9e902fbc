// The printable plan (SPEC 5.6): the facts of a client's current plan that go on the page a
// clinician files or hands to the client. Plain data, like the rest of the progress model.
//
// Nothing here is recomputed: which goals are active, their measures and what is wrong with a
// baseline or target come from the progress model (buildProgress); which plan is current, the
// review state, the agreement and the open risk from the core's model. A field a rule rejects
// (GP108 due, GP112 parent, GP113 problem, GP118 replaces, GP207 review dates) is asked of the
// rules themselves (lintDocument with just those rules and the file's configuration), so the page
// shows only what the rules accept, and a rule turned off or suppressed accepts its field.
import type { ResolvedConfig } from '../config/types';
import { lintDocument } from '../lint';
import { findInstrument } from '../model/instruments';
import { latestAgreement } from '../model/collaboration';
import { isPlanClosed } from '../model/plans';
import { reviewOf, reviewState } from '../model/reviews';
import type { WorkspaceView } from '../model/view';
import { allRules } from '../rules';
import type { Agreement, IsoDate, ParsedDocument } from '../types';
import { goalsOf } from './goals';
import { buildProgress } from './model';
import { openRiskText } from './riskText';
import type { GoalProgress, GoalStatus, ProgressOptions } from './types';

/** Rules whose finding makes a goal or review field not valid enough to print. */
const FIELD_RULES = new Set(['GP108', 'GP112', 'GP113', 'GP118', 'GP207']);

export interface PrintGoal {
  id: string;
  statement?: string;
  clientWords?: string;
  status: GoalStatus;
  /** Active today (SPEC 1.1, from the progress model). */
  activeToday: boolean;
  horizon?: 'short-term' | 'long-term';
  /** Parent goal id, when GP112 accepts it. */
  parent?: string;
  /** The problem the goal serves, when GP113 accepts the link. */
  problem?: { id: string; text?: string };
  measure?: PrintMeasure;
  start?: IsoDate;
  /** The due date, when GP108 accepts it. */
  due?: IsoDate;
  closed?: IsoDate;
  interventions: string[];
  /** The goal this one replaces, when GP118 accepts it. */
  replaces?: string;
  /** Dated changes in place (`revisions`) and the goal that replaced this one. */
  revisions: Array<{ date: IsoDate; reason?: string; successor?: string }>;
  /** What the page says instead of a field a rule rejects (no file text in these). */
  notShown: string[];
}

export interface PrintMeasure {
  /** The instrument's name (built in or configured), or the name as written when none matches (GP006). */
  instrument: string;
  known: boolean;
  /**
   * True for the client's own measures (count and rating, in units the clinician wrote with the
   * client); false for questionnaire scores (PHQ-9, ORS, ...), which the client's copy leaves out.
   */
  ownUnits: boolean;
  unit?: string;
  /** Valid baseline and target only (GP104/GP105 problems are in `problems`). */
  baseline?: number;
  target?: number;
  problems: string[];
}

export interface PrintablePlan {
  client: string;
  today: IsoDate;
  planUri: string;
  clinician?: string;
  created?: IsoDate;
  closed: boolean;
  closedOn?: IsoDate;
  diagnosis?: string;
  problems: Array<{ id?: string; text: string }>;
  values: string[];
  strengths: string[];
  needs: string[];
  preferences: string[];
  /** The current plan's goals in document order. */
  goals: PrintGoal[];
  review: { every?: string; last?: IsoDate; next?: IsoDate; overdue: boolean; notShown: string[] };
  dischargeCriteria?: string;
  /** The latest agreement (SPEC 5.2: the latest date counts). */
  agreement?: Agreement;
  signed?: { by?: string; date?: IsoDate };
  /** SPEC 5.7 open risk in words (no note text): the clinician's copy shows it first. */
  openRisk?: string;
}

export type PrintablePlanResult = { ok: true; plan: PrintablePlan } | { ok: false; reason: 'no-plan' };

/** The instruments measured in the client's own units (SPEC 1.3: direction from baseline → target). */
const OWN_UNITS = new Set(['count', 'rating']);

export function printablePlan(view: WorkspaceView, client: string, opts: ProgressOptions): PrintablePlanResult {
  const planDoc = view.planForDate(client, opts.today)?.plan;
  const fm = planDoc?.plan;
  if (!planDoc || !fm) return { ok: false, reason: 'no-plan' };
  const progress = buildProgress(view, client, opts);
  const rejected = rejectedFields(planDoc, view, opts.today, opts.config);
  const byId = new Map(progress.goals.filter((g) => g.planUri === planDoc.uri).map((g) => [g.goalId, g]));
  const problems = (Array.isArray(fm.problems) ? fm.problems : []).filter((p) => p && typeof p.text === 'string' && p.text.trim() !== '');

  const goals: PrintGoal[] = [];
  for (const { goal } of goalsOf(planDoc)) {
    const g = byId.get(goal.id);
    if (!g) continue;
    const bad = rejected.goals.get(goal.id) ?? new Set<string>();
    const notShown: string[] = [];
    const out: PrintGoal = {
      id: g.goalId, status: g.status, activeToday: g.activeToday,
      interventions: (Array.isArray(goal.interventions) ? goal.interventions : []).filter((s) => typeof s === 'string' && s.trim() !== ''),
      revisions: g.revisionMarks ?? [], notShown,
    };
    assign(out, { statement: g.statement, clientWords: g.clientWords, horizon: g.horizon, start: g.start, closed: g.closed });
    if (g.due) {
      if (bad.has('GP108')) notShown.push('due date (not after the start date)');
      else out.due = g.due;
    }
    if (g.parent) {
      if (bad.has('GP112')) notShown.push('parent goal (not a long-term goal of this plan)');
      else out.parent = g.parent;
    }
    if (g.problem) {
      if (bad.has('GP113')) notShown.push("problem (not one of the plan's problems)");
      else out.problem = assign<{ id: string; text?: string }>({ id: g.problem }, { text: problems.find((p) => p.id === g.problem)?.text });
    }
    if (typeof goal.replaces === 'string') {
      if (bad.has('GP118')) notShown.push('replaced goal (not a goal of this plan)');
      else out.replaces = goal.replaces;
    }
    const m = measureOf(g, opts.config);
    if (m) out.measure = m;
    goals.push(out);
  }

  const schedule = reviewOf(fm);
  const state = reviewState(view, planDoc, opts.today, opts.config);
  const review: PrintablePlan['review'] = { overdue: state.overdue, notShown: [] };
  if (typeof fm.review?.every === 'string' && schedule.every) review.every = fm.review.every;
  if (schedule.last) {
    if (rejected.review.has('last')) review.notShown.push('last review (dated after today)');
    else review.last = schedule.last;
  }
  if (schedule.next) {
    if (rejected.review.has('next')) review.notShown.push('next review (not after the last review)');
    else review.next = schedule.next;
  }

  const assessment = fm.assessment && typeof fm.assessment === 'object' ? fm.assessment : {};
  const texts = (xs: unknown): string[] => (Array.isArray(xs) ? xs.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : []);
  const closed = isPlanClosed(fm, opts.today);
  const plan: PrintablePlan = {
    client, today: opts.today, planUri: planDoc.uri, closed,
    problems: problems.map((p) => assign<{ id?: string; text: string }>({ text: p.text as string }, { id: p.id })),
    values: texts(fm.values), strengths: texts(assessment.strengths), needs: texts(assessment.needs), preferences: texts(assessment.preferences),
    goals, review,
  };
  const agreement = latestAgreement(fm);
  const risk = progress.openRisk;
  assign(plan, {
    clinician: fm.clinician, created: fm.created, closedOn: fm.closed,
    diagnosis: typeof fm.diagnosis === 'string' && fm.diagnosis.trim() !== '' ? fm.diagnosis : undefined,
    dischargeCriteria: typeof fm.discharge === 'string' && fm.discharge.trim() !== '' ? fm.discharge : undefined,
    agreement, signed: fm.signed && (fm.signed.by || fm.signed.date) ? fm.signed : undefined,
    openRisk: risk ? openRiskText(risk) : undefined,
  });
  return { ok: true, plan };
}

function measureOf(g: GoalProgress, config: ResolvedConfig): PrintMeasure | undefined {
  if (!g.instrument) return undefined;
  const def = findInstrument(g.instrument, config);
  const m: PrintMeasure = { instrument: def?.name ?? g.instrument, known: !!def, ownUnits: !!def && OWN_UNITS.has(def.name), problems: [...g.invalid] };
  if (!def) m.problems.push('the instrument is not built in or configured (GP006): no values shown');
  assign(m, { unit: g.unit, baseline: g.baseline, target: g.target });
  return m;
}

/** The fields the field rules report in this plan: per goal id the rule ids, and the review keys. */
function rejectedFields(planDoc: ParsedDocument, view: WorkspaceView, today: IsoDate, config: ResolvedConfig) {
  const goals = new Map<string, Set<string>>();
  const review = new Set<string>();
  const rules = allRules.filter((r) => FIELD_RULES.has(r.id));
  for (const d of lintDocument(planDoc, view, { today, configFor: () => config, rules })) {
    if (d.rule === 'GP207') {
      if (d.data?.last !== undefined) review.add('last');
      if (d.data?.next !== undefined) review.add('next');
      continue;
    }
    const id = d.data?.goal;
    if (typeof id !== 'string') continue;
    if (!goals.has(id)) goals.set(id, new Set());
    goals.get(id)!.add(d.rule);
  }
  return { goals, review };
}

/** Copies the defined values only (the model leaves unknown fields absent, never undefined). */
function assign<T extends object>(target: T, values: Partial<T>): T {
  for (const [k, v] of Object.entries(values)) if (v !== undefined) (target as Record<string, unknown>)[k] = v;
  return target;
}
