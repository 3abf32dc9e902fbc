// What cross-file rules may know about the workspace. Rules read this view, never the file system.
import type { ParsedDocument } from '../types';

export interface PlanChoice {
  plan: ParsedDocument;
  /** True when every plan of the client starts after the session (the session falls back to the earliest plan). */
  beforeEveryPlan: boolean;
}

export interface WorkspaceView {
  get(uri: string): ParsedDocument | undefined;
  /** Indexed (participating, not broken) plans of a client, sorted by created then uri. */
  plansOf(client: string): readonly ParsedDocument[];
  /** Indexed sessions of a client, sorted by date then uri. */
  sessionsOf(client: string): readonly ParsedDocument[];
  /** SPEC 1.2 "Which plan": the plan with the latest created <= date, else the earliest plan. */
  planFor(session: ParsedDocument): PlanChoice | undefined;
  clients(): string[];
  /** Per-document memo (e.g. a note fingerprint for GP309), dropped when the document changes. */
  memo<T>(doc: ParsedDocument, key: string, compute: () => T): T;
}
