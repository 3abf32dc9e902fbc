// The discharge draft (SPEC 5.6, 5.7, 5.8): a discharge summary filled from the files, for the
// clinician to complete. Pure: the CLI and the editor command write the text (never over an
// existing file). What it fills in, it takes from the one home of each fact: the plan a document
// of the draft's date belongs to, goals active on the plan's closed date, held scores.
import type { InstrumentDef, ResolvedConfig } from '../config/types';
import { blockScalar } from '../edits/yamlScalar';
import { betterDirection } from '../instruments';
import { dateOrAbsent, goalActiveOn, goalStatus, instrumentOf, numberOrAbsent } from '../model/goals';
import { formatNumber, usableRc } from '../model/instruments';
import { sessionsOfPlan } from '../model/plans';
import { goalsById, heldScoresOfPlan, scoreForGoal } from '../model/scores';
import { isHeld } from '../model/sessions';
import { parseDocument } from '../parse/document';
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

/** Keys of a front-matter map as the parser reads them (typed: a key `true` would be a boolean). */
function mapKeys(doc: ParsedDocument, key: string): unknown[] {
  const node = doc.frontMatter?.doc?.get(key, true) as { items?: Array<{ key?: { value?: unknown } }> } | undefined;
  return node?.items?.map((p) => p.key?.value) ?? [];
}

/**
 * The draft read back as the parser reads it: a discharge summary of `client` dated `date` whose
 * `goals` and `measures` keys are exactly the ids and instrument names written. Why not, or
 * undefined. Ids are written with blockScalar (plain only when they read back as the same text),
 * so this holds; it is checked anyway because a draft that misfiles a client or a goal must
 * never be written.
 */
function readBackProblem(text: string, client: string, date: IsoDate, goals: readonly string[], instruments: readonly string[]): string | undefined {
  const doc = parseDocument('discharge-draft.md', text);
  const raw = doc.frontMatter?.raw as { client?: unknown; date?: unknown } | undefined;
  if (doc.kind !== 'discharge-summary' || doc.broken) return 'it would not read back as a discharge summary';
  if (raw?.client !== client || String(raw?.date) !== date) return 'its client or date would read back differently';
  const same = (a: unknown[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);
  if (!same(mapKeys(doc, 'goals'), goals) || !same(mapKeys(doc, 'measures'), instruments)) return 'its goal ids or instrument names would read back differently';
  return undefined;
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
  const fm: string[] = ['---', 'kind: discharge-summary', `client: ${blockScalar(client)}`, `date: ${date}`,
    '# Choose the reason: goals-met | client-choice | referral | moved | no-contact | other',
    'reason: other'];
  const progress: string[] = [];
  if (goals.length) fm.push('goals:');
  for (const g of goals) {
    const def = instrumentOf(g, config);
    const latest = def ? latestGoalScore(view, planDoc, g, def, today, config) : undefined;
    const outcome = draftOutcome(g, latest, config);
    fm.push(`  ${blockScalar(g.id, true)}:`, `    outcome: ${outcome}`);
    const baseline = numberOrAbsent(g.measure?.baseline);
    const target = numberOrAbsent(g.measure?.target);
    const measured = def && baseline !== undefined
      ? ` ${def.name}: baseline ${formatNumber(baseline)}${target !== undefined ? `, target ${formatNumber(target)}` : ''}${latest !== undefined ? `, latest held ${formatNumber(latest)}` : ', no held score'}.`
      : '';
    progress.push(`- ${g.id} (status ${goalStatus(g)}): ${OUTCOME_WORDS[outcome]}.${measured}`);
  }
  const measures: string[] = [];
  const instruments: string[] = [];
  for (const def of summarisedInstruments(planDoc, config)) {
    const scores = heldScoresOfPlan(view, planDoc, def, today, config);
    if (!scores.length) continue;
    instruments.push(def.name);
    measures.push(`  ${blockScalar(def.name, true)}:`, `    first: ${scores[0].score}`, `    last: ${scores[scores.length - 1].score}`);
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
  const text = [...fm, ...body].join(eol);
  const problem = readBackProblem(text, client, date, goals.map((g) => g.id), instruments);
  if (problem) throw new Error(`the discharge draft was not written: ${problem}`);
  return { ok: true, draft: { plan: planDoc, text } };
}
