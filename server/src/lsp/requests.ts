// GoalPlan's own requests (shared/lspProtocol.ts): the progress model of a client, the caseload,
// the client list, a new session note's path and text, the status-bar review state, and the
// server state for the e2e test hook.
import * as path from 'node:path';
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import { isIsoDate, daysBetween } from '../core/dates';
import { goalActiveOn } from '../core/model/goals';
import { buildProgress, caseload, currentPlan } from '../core/progress';
import type { WorkspaceHistory } from '../core/progress/types';
import { emptyHistory, HistoryCache } from '../history';
import type { ParsedDocument } from '../core/types';
import {
  Methods, type CaseloadParams, type ClientSummary, type DidChangeProgressParams, type NewSessionNoteParams, type NewSessionNoteResult, type ProgressParams,
  type ReviewStatus, type ReviewStatusParams, type ServerState, type TrustChangedParams,
} from '../shared/lspProtocol';
import { FORMAT_SECTIONS } from './completion';
import { fileUri, fsPath, type ServerContext } from './context';

export function registerRequests(ctx: ServerContext, onTrust: (trusted: boolean) => void): void {
  const { connection } = ctx;
  const histories = new Histories(ctx);
  connection.onRequest(Methods.progress, async (p: ProgressParams) => progress(ctx, p, await histories.get()));
  connection.onRequest(Methods.caseload, async (p: CaseloadParams) => caseload(ctx.workspace, {
    today: ctx.today(), config: ctx.configFor(rootFile(ctx)), history: await histories.get(), ...p,
  }));
  connection.onRequest(Methods.clients, () => clients(ctx));
  connection.onRequest(Methods.newSessionNote, (p: NewSessionNoteParams) => newSessionNote(ctx, p));
  connection.onRequest(Methods.reviewStatus, (p: ReviewStatusParams) => reviewStatus(ctx, p));
  connection.onRequest(Methods.state, (): ServerState => ({
    trusted: ctx.trusted, today: ctx.today(), indexedFiles: ctx.workspace.size, clients: ctx.workspace.clients().length,
    gitRuns: ctx.gitRuns, indexMs: ctx.indexMs,
  }));
  connection.onNotification(Methods.trustChanged, (p: TrustChangedParams) => {
    onTrust(p.trusted === true);
    histories.setTrusted(p.trusted === true);
  });
  ctx.onDiskChange(() => histories.invalidate());
  notifyProgressChanges(ctx);
}

/**
 * Tells progress views which clients changed, once per turn of the event loop however many
 * files changed in it (a burst of edits or the initial index is one notification).
 */
function notifyProgressChanges(ctx: ServerContext): void {
  const pending = new Set<string>();
  let scheduled = false;
  ctx.onChanged((primary, secondary) => {
    for (const uri of [...primary, ...secondary]) {
      const doc = ctx.get(uri);
      const client = doc?.plan?.client ?? doc?.session?.client;
      if (typeof client === 'string') pending.add(client);
    }
    if (scheduled || pending.size === 0) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      const clients = [...pending].sort();
      pending.clear();
      void ctx.connection.sendNotification(Methods.didChangeProgress, { clients } satisfies DidChangeProgressParams);
    });
  });
}

/** A file at the first workspace root (for the root configuration). */
function rootFile(ctx: ServerContext): string {
  return fileUri(path.join(ctx.roots[0] ?? process.cwd(), '.goalplan.yaml'));
}

/**
 * Git facts for the progress model, read once per change of the files on disk (HistoryCache) for
 * the first workspace folder. Untrusted: the cache never starts git (Workspace Trust), and every
 * git process started is counted for the e2e hook (goalplan/state gitRuns).
 */
class Histories {
  private cache: HistoryCache | undefined;
  private root: string | undefined;

  constructor(private readonly ctx: ServerContext) {}

  get(): Promise<WorkspaceHistory> {
    const root = this.ctx.roots[0];
    if (!root) return Promise.resolve(emptyHistory('not-a-repository'));
    if (!this.ctx.trusted) return Promise.resolve(emptyHistory('untrusted'));
    if (!this.cache || this.root !== root) {
      this.root = root;
      this.cache = new HistoryCache({
        root, trusted: this.ctx.trusted, keyOf: (abs) => fileUri(abs),
        onSpawn: (sub) => {
          this.ctx.gitRuns++;
          this.ctx.log(`git ${sub}`);
        },
      });
    }
    return this.cache.get();
  }

  invalidate(): void {
    this.cache?.invalidate();
  }

  setTrusted(trusted: boolean): void {
    this.cache?.setTrusted(trusted);
  }
}

function progress(ctx: ServerContext, p: ProgressParams, history: WorkspaceHistory) {
  if (typeof p?.client !== 'string' || !ctx.workspace.clients().includes(p.client)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `unknown client ${String(p?.client)}`);
  }
  const plan = ctx.workspace.plansOf(p.client)[0] ?? ctx.workspace.sessionsOf(p.client)[0];
  const started = Date.now();
  const result = buildProgress(ctx.workspace, p.client, { today: ctx.today(), config: ctx.configFor(plan.uri), history });
  ctx.log(`progress ${p.client} in ${Date.now() - started} ms`);
  return result;
}

function clients(ctx: ServerContext): ClientSummary[] {
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
    return out;
  });
}

function reviewStatus(ctx: ServerContext, p: ReviewStatusParams): ReviewStatus | null {
  const doc = ctx.get(p?.uri);
  const client = doc?.plan?.client ?? doc?.session?.client;
  if (!doc || typeof client !== 'string') return null;
  const today = ctx.today();
  const plan = doc.kind === 'goal-plan' ? doc : currentPlan(ctx.workspace.plansOf(client).filter((x) => x.plan), today);
  const out: ReviewStatus = { client, overdue: false, dueSoon: false, today };
  if (!plan) return out;
  out.planUri = plan.uri;
  const next = plan.plan?.review?.next;
  if (!isIsoDate(next)) return out;
  out.nextReview = next;
  // Same facts as GP202/GP203: overdue when today is past review.next and no review session is dated on or after it.
  const held = ctx.workspace.sessionsOf(client).some((s) => s.session?.review === true && isIsoDate(s.session.date) && s.session.date >= next);
  out.overdue = today > next && !held;
  const d = daysBetween(today, next);
  out.dueSoon = !out.overdue && d >= 0 && d <= ctx.configFor(plan.uri).review.dueSoon;
  return out;
}

/**
 * Path and text of a new session note: next to the client's existing sessions (else
 * `<plan folder>/sessions`, else `clients/<id>/sessions`), named by date, pre-filled with the
 * goals active on that date and the sections of the format the client's last note used.
 * The client writes it and never overwrites an existing file.
 */
export function newSessionNote(ctx: ServerContext, p: NewSessionNoteParams): NewSessionNoteResult {
  const client = typeof p?.client === 'string' ? p.client.trim() : '';
  if (!client || /\s/.test(client)) throw new ResponseError(ErrorCodes.InvalidParams, 'a client id is a non-empty code without spaces');
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

  const goals = plan ? activeGoals(plan, date) : [];
  const eol = '\n';
  const lines = ['---', 'kind: session-log', `client: ${client}`, `date: ${date}`, 'type: therapy', `format: ${format}`];
  if (goals.length) {
    lines.push('goals:');
    for (const id of goals) lines.push(`  ${id}:`);
  }
  lines.push('---', '');
  for (const s of FORMAT_SECTIONS[format] ?? []) lines.push(`## ${s}`, '', '');
  return { path: file, uri: fileUri(file), text: lines.join(eol).replace(/\n+$/, '\n'), goals, format };
}

function activeGoals(plan: ParsedDocument, date: string): string[] {
  const out: string[] = [];
  for (const b of plan.goalBlocks) {
    const g = b.goal;
    if (g && typeof g.id === 'string' && !out.includes(g.id) && goalActiveOn(g, plan.plan, date)) out.push(g.id);
  }
  return out;
}
