// GoalPlan's own requests on the connection (shared/lspProtocol.ts): the progress model of a
// client, the caseload, the client list, a new session note's path and text, a new goal plan's
// path and template, a discharge draft's path and text, the status-bar review state, and the server state for the e2e test hook.
// What each answers is in ../services/requests.ts, newGoalPlan.ts and newDischargeSummary.ts; this file
// adds the git history and the change notifications.
import * as path from 'node:path';
import { caseload } from '../../core/progress';
import type { WorkspaceHistory } from '../../core/progress/types';
import { emptyHistory, HistoryCache } from '../../history';
import {
  Methods, type CaseloadParams, type DidChangeProgressParams, type NewDischargeSummaryParams, type NewGoalPlanParams, type NewSessionNoteParams, type PrintPlanParams, type ProgressParams,
  type ReviewStatusParams, type ServerState, type TrustChangedParams,
} from '../../shared/lspProtocol';
import { fileUri, type ServerContext } from '../context';
import { indexed, live } from './guard';
import { newDischargeSummary } from '../services/newDischargeSummary';
import { newGoalPlan } from '../services/newGoalPlan';
import { printPlan } from '../services/printPlan';
import { clientProgress, clientSummaries, newSessionNote, reviewStatus } from '../services/requests';

export function registerRequests(ctx: ServerContext, onTrust: (trusted: boolean) => void): void {
  const { connection } = ctx;
  const histories = new Histories(ctx);
  // Each reads the whole workspace: answered once the index is complete (guard.ts).
  connection.onRequest(Methods.progress, indexed(ctx, async (p: ProgressParams) => {
    const history = await histories.get();
    const started = Date.now();
    const result = clientProgress(ctx, p, history);
    ctx.log(`progress ${p.client} in ${Date.now() - started} ms`);
    return result;
  }));
  connection.onRequest(Methods.caseload, indexed(ctx, async (p: CaseloadParams) => caseload(ctx.workspace, {
    today: ctx.today(), config: ctx.configFor(rootFile(ctx)), history: await histories.get(), ...p,
  })));
  connection.onRequest(Methods.clients, indexed(ctx, () => clientSummaries(ctx)));
  connection.onRequest(Methods.newSessionNote, indexed(ctx, (p: NewSessionNoteParams) => newSessionNote(ctx, p)));
  connection.onRequest(Methods.newGoalPlan, indexed(ctx, (p: NewGoalPlanParams) => newGoalPlan(ctx, p)));
  connection.onRequest(Methods.newDischargeSummary, indexed(ctx, (p: NewDischargeSummaryParams) => newDischargeSummary(ctx, p)));
  connection.onRequest(Methods.printPlan, indexed(ctx, (p: PrintPlanParams) => printPlan(ctx, p)));
  connection.onRequest(Methods.reviewStatus, indexed(ctx, (p: ReviewStatusParams) => reviewStatus(ctx, p)));
  // The state (test hook) answers at once: it says how far the index is.
  connection.onRequest(Methods.state, live(ctx, (): ServerState => ({
    trusted: ctx.trusted, today: ctx.today(), indexedFiles: ctx.workspace.size, clients: ctx.workspace.clients().length,
    gitRuns: ctx.gitRuns, indexMs: ctx.indexMs, didChangeProgress: ctx.features.didChangeProgress,
  })));
  connection.onNotification(Methods.trustChanged, (p: TrustChangedParams) => {
    onTrust(p.trusted === true);
    histories.setTrusted(p.trusted === true);
  });
  ctx.onDiskChange(() => histories.invalidate());
  notifyProgressChanges(ctx);
}

/**
 * Tells progress views (of a client that opted in) which clients changed, once per turn of the event loop however many
 * files changed in it (a burst of edits or the initial index is one notification).
 */
function notifyProgressChanges(ctx: ServerContext): void {
  const pending = new Set<string>();
  let scheduled = false;
  ctx.onChanged((primary, secondary) => {
    // A custom notification goes only to a client that asked for it (GoalPlanInitOptions.didChangeProgress).
    if (!ctx.features.didChangeProgress) return;
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
