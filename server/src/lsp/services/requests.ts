// GoalPlan's own requests (shared/lspProtocol.ts) as plain functions of the workspace model:
// a client's progress, the client list, the status-bar review state, a new session note.
import * as path from 'node:path';
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { isIsoDate } from '../../core/dates';
import { invalidClientId, newNoteSnippet, newNoteText } from '../../core/newNote';
import { findInstrument } from '../../core/model/instruments';
import type { InstrumentDef, ResolvedConfig } from '../../core/config/types';
import { goalActiveOn } from '../../core/model/goals';
import { reviewStatusFor, reviewStatusView } from '../../core/model/reviews';
import { buildProgress, currentPlan } from '../../core/progress';
import type { ClientProgress, WorkspaceHistory } from '../../core/progress/types';
import type { ParsedDocument } from '../../core/types';
import type {
  ClientSummary, NewSessionNoteParams, NewSessionNoteResult, ProgressParams, ReviewStatus, ReviewStatusParams,
} from '../../shared/lspProtocol';
import { fileUri, fsPath } from '../uris';
import { FORMAT_SECTIONS } from './completion';
import type { ServiceContext } from './types';

/** The progress model of a client (the progress panel's data). */
export function clientProgress(ctx: ServiceContext, p: ProgressParams, history: WorkspaceHistory): ClientProgress {
  if (typeof p?.client !== 'string' || !ctx.workspace.clients().includes(p.client)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `unknown client ${String(p?.client)}`);
  }
  const plan = ctx.workspace.plansOf(p.client)[0] ?? ctx.workspace.sessionsOf(p.client)[0];
  return buildProgress(ctx.workspace, p.client, { today: ctx.today(), config: ctx.configFor(plan.uri), history });
}

/** Every client with its current plan, clinician, sessions and next review (the client quick pick). */
export function clientSummaries(ctx: ServiceContext): ClientSummary[] {
  const today = ctx.today();
  return ctx.workspace.clients().map((client) => {
    const plans = ctx.workspace.plansOf(client);
    const sessions = ctx.workspace.sessionsOf(client);
    const plan = currentPlan(plans.filter((x) => x.plan), today);
    const last = [...sessions].reverse().find((s) => isIsoDate(s.session?.date));
    const out: ClientSummary = { client, sessions: sessions.length };
    if (plan) out.plan = ctx.relative(plan.uri);
    if (plan?.plan?.clinician) out.clinician = plan.plan.clinician;
    if (last) out.lastSession = last.session!.date;
    if (isIsoDate(plan?.plan?.review?.next)) out.nextReview = plan!.plan!.review!.next;
    if (isIsoDate(plan?.plan?.closed) && plan!.plan!.closed <= today) out.closed = plan!.plan!.closed;
    return out;
  });
}

/**
 * The status-bar review state of a file's client: the core's reading (model/reviews.ts), the one
 * GP202/GP203, the progress panel, the report and the caseload use.
 */
export function reviewStatus(ctx: ServiceContext, p: ReviewStatusParams): ReviewStatus | null {
  const doc = ctx.workspace.get(p?.uri);
  if (!doc) return null;
  const today = ctx.today();
  const facts = reviewStatusFor(ctx.workspace, doc, today, (uri) => ctx.configFor(uri));
  return facts ? reviewStatusView(facts, today) : null;
}

/**
 * Path and text of a new session note: next to the client's existing sessions (else
 * `<plan folder>/sessions`, else `clients/<id>/sessions`), named by date, pre-filled with the
 * goals active on that date and the sections of the format the client's last note used.
 * The client writes it and never overwrites an existing file.
 */
export function newSessionNote(ctx: ServiceContext, p: NewSessionNoteParams): NewSessionNoteResult {
  const client = typeof p?.client === 'string' ? p.client.trim() : '';
  const invalid = invalidClientId(client, process.platform === 'win32');
  if (invalid) throw new ResponseError(ErrorCodes.InvalidParams, `not a client id: ${invalid}`);
  const date = p.date ?? ctx.today();
  if (!isIsoDate(date)) throw new ResponseError(ErrorCodes.InvalidParams, `not a date: ${date}`);
  const sessions = ctx.workspace.sessionsOf(client);
  const plans = ctx.workspace.plansOf(client).filter((x) => x.plan);
  const plan = currentPlan(plans, date);
  const last = [...sessions].reverse().find((s) => typeof s.session?.format === 'string');
  const format = last?.session?.format ?? 'SOAP';

  let dir: string;
  const lastSession = sessions[sessions.length - 1];
  if (lastSession) dir = path.dirname(fsPath(lastSession.uri));
  else if (plan) dir = path.join(path.dirname(fsPath(plan.uri)), 'sessions');
  else dir = path.join(ctx.roots[0] ?? process.cwd(), 'clients', client, 'sessions');
  const file = path.join(dir, `${date}.md`);
  // Inside a workspace folder, whatever the id or the folder of the last note.
  if (!ctx.roots.some((r) => isInside(r, file))) throw new ResponseError(ErrorCodes.InvalidParams, 'the note would be outside the workspace folders');

  const goals = plan ? activeGoals(plan, date) : [];
  const input = { client, date, type: 'therapy', format, goals, sections: FORMAT_SECTIONS[format] ?? [] };
  const text = newNoteText(input);
  const { valueGoals, measures } = plan ? whatToMeasure(plan, goals, ctx.configFor(plan.uri)) : { valueGoals: [], measures: [] };
  const snippet = newNoteSnippet({ ...input, valueGoals, measures });
  return { path: file, uri: fileUri(file), text, snippet, goals, format };
}

/**
 * What a new note asks to be measured: the instruments the plan schedules (`monitor`) and those
 * of its active goals (in `measures`, by their built-in or configured name); a goal measured by a
 * count, a rating or an unknown scale gets its `value` in the goal entry instead.
 */
function whatToMeasure(plan: ParsedDocument, goals: readonly string[], config: ResolvedConfig): { valueGoals: string[]; measures: string[] } {
  const measures: string[] = [];
  const valueGoals: string[] = [];
  const add = (def: InstrumentDef | undefined) => {
    if (def && !['count', 'rating', 'GAS'].includes(def.name) && !measures.includes(def.name)) measures.push(def.name);
  };
  const monitor = plan.plan?.monitor;
  if (monitor && typeof monitor === 'object') for (const k of Object.keys(monitor)) add(findInstrument(k, config));
  for (const b of plan.goalBlocks) {
    const g = b.goal;
    if (!g || typeof g.id !== 'string' || !goals.includes(g.id) || !g.measure) continue;
    const def = findInstrument(g.measure.instrument, config);
    if (def && !['count', 'rating', 'GAS'].includes(def.name)) add(def);
    else if (g.measure.instrument !== 'GAS' && !valueGoals.includes(g.id)) valueGoals.push(g.id);
  }
  return { valueGoals, measures };
}

export function isInside(root: string, file: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(file));
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

function activeGoals(plan: ParsedDocument, date: string): string[] {
  const out: string[] = [];
  for (const b of plan.goalBlocks) {
    const g = b.goal;
    if (g && typeof g.id === 'string' && !out.includes(g.id) && goalActiveOn(g, plan.plan, date)) out.push(g.id);
  }
  return out;
}
