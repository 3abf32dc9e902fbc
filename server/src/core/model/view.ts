// What cross-file rules may know about the workspace. Rules read this view, never the file system.
import type { IsoDate, ParsedDocument } from '../types';

export interface PlanChoice {
  plan: ParsedDocument;
  /** True when every plan of the client starts after the session (the session falls back to the earliest plan). */
  beforeEveryPlan: boolean;
}

export interface WorkspaceView {
  get(uri: string): ParsedDocument | undefined;
  /** Indexed (participating, not broken) plans of a client, sorted by created then uri. */
  plansOf(client: string): readonly ParsedDocument[];
  /**
   * Indexed sessions of a client in session order: date, then start, then path (SPEC 5.7). The
   * same array until a session of the client is set or removed (a fact of the notes alone may be
   * kept by its identity, as GP309 does), and never changed in place.
   */
  sessionsOf(client: string): readonly ParsedDocument[];
  /** Indexed discharge summaries of a client, by date then path (SPEC 5.2). */
  dischargesOf(client: string): readonly ParsedDocument[];
  /** SPEC 1.2 "Which plan" for a dated client document (model/plans.ts planForDate). */
  planFor(doc: ParsedDocument): PlanChoice | undefined;
  /** SPEC 1.2 "Which plan" for a date of a client: the plan a document of that date belongs to. */
  planForDate(client: string, date: IsoDate | undefined): PlanChoice | undefined;
  clients(): string[];
  /** Per-document memo (e.g. a note fingerprint for GP309), dropped when the document changes. */
  memo<T>(doc: ParsedDocument, key: string, compute: () => T): T;
  /**
   * Per-client memo for facts that read several files of one client (sessions of a plan, open
   * risk), dropped whenever any file of that client is set or removed. `dep` (e.g. a config
   * object) is compared by identity: another dep recomputes.
   */
  clientMemo<T>(client: string, key: string, compute: () => T, dep?: unknown): T;
}
