// The workspace index: clients -> plans and sessions, updated one document at a time. Cross-file
// rules read it through WorkspaceView; front ends call set()/remove() as files change and ask
// affectedBy() which other documents need re-linting.
import { compareDates } from '../dates';
import type { IsoDate, ParsedDocument } from '../types';
import { ClientCache } from '../cache';
import { clientAndDate, planForDate } from './plans';
import { compareSessions } from './sessions';
import type { PlanChoice, WorkspaceView } from './view';

interface ClientFiles {
  plans: Map<string, ParsedDocument>;
  sessions: Map<string, ParsedDocument>;
  discharges: Map<string, ParsedDocument>;
  sortedPlans?: ParsedDocument[];
  sortedSessions?: ParsedDocument[];
}

/** The client a document belongs to, when it is indexed (participating, parsed, not broken). */
export function clientOf(doc: ParsedDocument): string | undefined {
  if (!doc.kind || doc.broken || doc.tooLarge) return undefined;
  const c = doc.kind === 'goal-plan' ? doc.plan?.client : doc.kind === 'discharge-summary' ? doc.discharge?.client : doc.session?.client;
  return typeof c === 'string' && c.trim() !== '' ? c : undefined;
}

export class Workspace implements WorkspaceView {
  private readonly docs = new Map<string, ParsedDocument>();
  private readonly clientsIndex = new Map<string, ClientFiles>();
  private memos = new WeakMap<ParsedDocument, Map<string, unknown>>();
  /** Cross-file facts per client (core/cache.ts), dropped when any file of the client changes. */
  private readonly perClient = new ClientCache();

  set(doc: ParsedDocument): void {
    this.unindex(doc.uri);
    this.docs.set(doc.uri, doc);
    const client = clientOf(doc);
    if (!client) return;
    this.perClient.drop(client);
    let files = this.clientsIndex.get(client);
    if (!files) this.clientsIndex.set(client, (files = { plans: new Map(), sessions: new Map(), discharges: new Map() }));
    (doc.kind === 'goal-plan' ? files.plans : doc.kind === 'discharge-summary' ? files.discharges : files.sessions).set(doc.uri, doc);
    resetSorted(files, doc);
  }

  remove(uri: string): void {
    this.unindex(uri);
    this.docs.delete(uri);
  }

  get(uri: string): ParsedDocument | undefined {
    return this.docs.get(uri);
  }

  all(): ParsedDocument[] {
    return [...this.docs.values()];
  }

  get size(): number {
    return this.docs.size;
  }

  clients(): string[] {
    return [...this.clientsIndex.keys()].sort();
  }

  plansOf(client: string): readonly ParsedDocument[] {
    const f = this.clientsIndex.get(client);
    if (!f) return [];
    return (f.sortedPlans ??= [...f.plans.values()].sort((a, b) => compareDates(a.plan?.created ?? '9999', b.plan?.created ?? '9999') || cmp(a.uri, b.uri)));
  }

  sessionsOf(client: string): readonly ParsedDocument[] {
    const f = this.clientsIndex.get(client);
    if (!f) return [];
    return (f.sortedSessions ??= [...f.sessions.values()].sort(compareSessions));
  }

  /** Indexed discharge summaries of a client, by date then path (SPEC 5.2). */
  dischargesOf(client: string): readonly ParsedDocument[] {
    const f = this.clientsIndex.get(client);
    if (!f) return [];
    return [...f.discharges.values()].sort((a, b) => compareDates(a.discharge?.date ?? '9999', b.discharge?.date ?? '9999') || cmp(a.uri, b.uri));
  }

  /** SPEC 1.2 "Which plan" (model/plans.ts), for a session note or any dated client document. */
  planFor(doc: ParsedDocument): PlanChoice | undefined {
    const cd = clientAndDate(doc);
    return cd ? this.planForDate(cd.client, cd.date) : undefined;
  }

  planForDate(client: string, date: IsoDate | undefined): PlanChoice | undefined {
    return this.perClient.get(client, `plan-for:${date ?? ''}`, () => planForDate(this.plansOf(client), date));
  }

  clientMemo<T>(client: string, key: string, compute: () => T, dep?: unknown): T {
    return this.perClient.get(client, key, compute, dep);
  }

  memo<T>(doc: ParsedDocument, key: string, compute: () => T): T {
    let m = this.memos.get(doc);
    if (!m) this.memos.set(doc, (m = new Map()));
    if (!m.has(key)) m.set(key, compute());
    return m.get(key) as T;
  }

  /**
   * Documents whose diagnostics may change when `uri` changes from `before` to its current
   * state: every file of the old and the new client (plans, sessions: GP202, GP3xx, GP309).
   */
  affectedBy(uri: string, before: ParsedDocument | undefined): string[] {
    const out = new Set<string>();
    for (const d of [before, this.docs.get(uri)]) {
      const c = d && clientOf(d);
      if (!c) continue;
      for (const p of this.plansOf(c)) out.add(p.uri);
      for (const s of this.sessionsOf(c)) out.add(s.uri);
      for (const s of this.dischargesOf(c)) out.add(s.uri);
    }
    out.delete(uri);
    return [...out];
  }

  private unindex(uri: string): void {
    const old = this.docs.get(uri);
    if (!old) return;
    const client = clientOf(old);
    if (client) this.perClient.drop(client);
    const files = client ? this.clientsIndex.get(client) : undefined;
    if (!files) return;
    files.plans.delete(uri);
    files.sessions.delete(uri);
    files.discharges.delete(uri);
    resetSorted(files, old);
    if (files.plans.size === 0 && files.sessions.size === 0 && files.discharges.size === 0) this.clientsIndex.delete(client!);
  }
}

/**
 * Drops the sorted list of the document's kind only: a plan edit keeps the client's session list
 * (the same array), so facts kept by that list's identity (GP309's comparisons of the notes)
 * survive typing in the plan.
 */
function resetSorted(files: ClientFiles, doc: ParsedDocument): void {
  if (doc.kind === 'goal-plan') files.sortedPlans = undefined;
  else if (doc.kind === 'session-log') files.sortedSessions = undefined;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
