// The discharge draft (SPEC 5.6, 5.7, 5.8): a discharge summary filled from the files, for the
// clinician to complete. Pure: the CLI and the editor command write the text (never over an
// existing file). What it fills in, it takes from the one home of each fact: the plan a document
// of the draft's date belongs to, goals active on the plan's closed date, held scores.
import type { InstrumentDef, ResolvedConfig } from '../config/types';
import { betterDirection } from '../instruments';
import { dateOrAbsent, goalActiveOn, goalStatus, instrumentOf, numberOrAbsent } from '../model/goals';
import { formatNumber, usableRc } from '../model/instruments';
import { sessionsOfPlan } from '../model/plans';
import { goalsById, heldScoresOfPlan, scoreForGoal } from '../model/scores';
import { isHeld } from '../model/sessions';
import type { WorkspaceView } from '../model/view';
import type { DischargeOutcome, Goal, IsoDate, ParsedDocument } from '../types';

export interface DischargeDraft {
  /** The plan the draft belongs to. */
  plan: ParsedDocument;
  /** The summary's Markdown text. */
  text: string;
}

export type DraftResult = { ok: true; draft: DischargeDraft } | { ok: false; reason: 'no-plan' };

/**
 * SPEC 5.6/5.7: a goal's outcome. Status met: met. Otherwise, for an instrument with an RC, a
 * reliable improvement of the latest held score on the baseline: partly-met; for one without (count,
 * rating), the latest held value moved from baseline toward target by at least half the distance:
 * partly-met. Otherwise not-met.
 */
export function draftOutcome(goal: Goal, latest: number | undefined, config: ResolvedConfig): DischargeOutcome {
  if (goalStatus(goal) === 'met') return 'met';
  const def = instrumentOf(goal, config);
  const baseline = numberOrAbsent(goal.measure?.baseline);
  const target = numberOrAbsent(goal.measure?.target);
  if (!def || baseline === undefined || latest === undefined) return 'not-met';
  const dir = betterDirection(def, baseline, target);
  if (!dir) return 'not-met';
  const gain = round6(dir === 'lower' ? baseline - latest : latest - baseline);
  const rc = usableRc(def);
  if (rc !== undefined) return gain >= rc ? 'partly-met' : 'not-met';
  if (target === undefined || target === baseline) return 'not-met';
  return gain >= round6(Math.abs(target - baseline) / 2) ? 'partly-met' : 'not-met';
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The latest in-range held score a goal records among the sessions of its plan (SPEC 5.7). */
function latestGoalScore(view: WorkspaceView, plan: ParsedDocument, goal: Goal & { id: string }, def: InstrumentDef, today: IsoDate, config: ResolvedConfig): number | undefined {
  let latest: number | undefined;
  for (const doc of sessionsOfPlan(view, plan)) {
    const s = doc.session;
    if (!s || !isHeld(s, today)) continue;
    const sc = scoreForGoal(s, goal.id, def, config);
    if (sc && sc.inRange) latest = sc.score;
  }
  return latest;
}

/** Instruments summarised (as GP502 asks): those with an RC, and those measuring a goal of the plan. */
function summarisedInstruments(plan: ParsedDocument, config: ResolvedConfig): InstrumentDef[] {
  const goalDefs = new Set<InstrumentDef>();
  for (const g of goalsById(plan).values()) {
    const def = instrumentOf(g, config);
    if (def) goalDefs.add(def);
  }
  return Object.values(config.instruments).filter((def) => usableRc(def) !== undefined || goalDefs.has(def));
}

/** YAML-safe key or scalar: plain when it reads back as the same string, else double-quoted. */
function yamlScalar(s: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|~|[0-9.eE+-]+)$/i.test(s) ? s : JSON.stringify(s);
}

const OUTCOME_WORDS: Record<DischargeOutcome, string> = { met: 'met', 'partly-met': 'partly met', 'not-met': 'not met' };

/**
 * Builds the draft for a client's discharge on `date`. `today` decides which sessions are held
 * (SPEC 5.1). The summary's plan is the one a session dated `date` would belong to (SPEC 5.8).
 */
export function dischargeDraft(view: WorkspaceView, client: string, date: IsoDate, today: IsoDate, config: ResolvedConfig): DraftResult {
  const choice = view.planForDate(client, date);
  if (!choice?.plan.plan) return { ok: false, reason: 'no-plan' };
  const planDoc = choice.plan;
  const plan = planDoc.plan!;
  const on = dateOrAbsent(plan.closed) ?? date;
  const goals = [...goalsById(planDoc).values()].filter((g) => goalActiveOn(g, plan, on));
  const eol = '\n';
  const fm: string[] = ['---', 'kind: discharge-summary', `client: ${yamlScalar(client)}`, `date: ${date}`,
    '# Choose the reason: goals-met | client-choice | referral | moved | no-contact | other',
    'reason: other'];
  const progress: string[] = [];
  if (goals.length) fm.push('goals:');
  for (const g of goals) {
    const def = instrumentOf(g, config);
    const latest = def ? latestGoalScore(view, planDoc, g, def, today, config) : undefined;
    const outcome = draftOutcome(g, latest, config);
    fm.push(`  ${yamlScalar(g.id)}:`, `    outcome: ${outcome}`);
    const baseline = numberOrAbsent(g.measure?.baseline);
    const target = numberOrAbsent(g.measure?.target);
    const measured = def && baseline !== undefined
      ? ` ${def.name}: baseline ${formatNumber(baseline)}${target !== undefined ? `, target ${formatNumber(target)}` : ''}${latest !== undefined ? `, latest held ${formatNumber(latest)}` : ', no held score'}.`
      : '';
    progress.push(`- ${g.id} (status ${goalStatus(g)}): ${OUTCOME_WORDS[outcome]}.${measured}`);
  }
  const measures: string[] = [];
  for (const def of summarisedInstruments(planDoc, config)) {
    const scores = heldScoresOfPlan(view, planDoc, def, today, config);
    if (!scores.length) continue;
    measures.push(`  ${yamlScalar(def.name)}:`, `    first: ${scores[0].score}`, `    last: ${scores[scores.length - 1].score}`);
    progress.push(`- ${def.name}: first held score ${formatNumber(scores[0].score)} (${scores[0].date}), last ${formatNumber(scores[scores.length - 1].score)} (${scores[scores.length - 1].date}).`);
  }
  if (measures.length) fm.push('measures:', ...measures);
  fm.push('---');
  const held = sessionsOfPlan(view, planDoc).filter((d) => d.session && isHeld(d.session, today) && (d.session.date as string) <= date).length;
  const name = planDoc.uri.split(/[\\/]/).pop();
  const summary = `Episode of care under the plan created ${plan.created ?? '(no date)'} (${name})${dateOrAbsent(plan.closed) ? `, closed ${plan.closed}` : ''}; discharge on ${date}; ${held} held session${held === 1 ? '' : 's'}.`;
  const body = [
    '', '## Summary', '', summary, '',
    '## Progress', '', ...(progress.length ? progress : ['- No goal was active and no instrument was scored.']), '',
    // Left empty on purpose: aftercare and referral advice is the clinician's to write (GP305 says so).
    '## Recommendations', '',
  ];
  return { ok: true, draft: { plan: planDoc, text: [...fm, ...body].join(eol) } };
}
