// Git history of the goal files for the progress model (SPEC 4): for each plan, the commits that
// changed it and how its goals changed; for each session note, its versions (first commit, edits,
// signature date of each version); and the uncommitted state of every goal file.
// Without git, outside a repository or in an untrusted workspace: `available: false`, no crash.
import { parseDocument } from '../core/parse/document';
import { diffPlans, isDiffable } from '../core/progress/planDiff';
import { isIsoDate } from '../core/dates';
import type { NoteVersion, PlanRevision, WorkspaceHistory, WorkingCopyState } from '../core/progress/types';
import type { ParsedDocument } from '../core/types';
import { DEFAULT_MAX_FILE_SIZE } from '../core/config/defaults';
import {
  absPathOf, commitInfoOf, isRegularMode, logCommits, openRepo, readBlobs, workingCopy, type Repo, type RepoOptions,
} from './repo';
import type { LogCommit, RawChange } from './parseGit';

export interface HistoryOptions extends RepoOptions {
  /** Maps an absolute file path to the key the caller's ParsedDocuments use (default: the path itself). */
  keyOf?: (absPath: string) => string;
  /** Versions larger than this are not parsed (default 5 MB, as GP004). */
  maxFileSize?: number;
}

export function emptyHistory(reason?: WorkspaceHistory['reason']): WorkspaceHistory {
  const h: WorkspaceHistory = { available: false, plans: {}, notes: {}, workingCopy: {} };
  if (reason) h.reason = reason;
  return h;
}

export async function readHistory(opts: HistoryOptions): Promise<WorkspaceHistory> {
  const repo = await openRepo(opts);
  if (!repo.available) return emptyHistory(repo.reason);
  const keyOf = opts.keyOf ?? ((p: string) => p);
  try {
    // The log/cat-file pipeline and the status run side by side.
    const [facts, wc] = await Promise.all([
      committedFacts(repo, opts, keyOf),
      workingCopy(repo, opts).then((entries) => entries, () => undefined),
    ]);
    const working = new Map<string, WorkingCopyState>();
    for (const e of wc ?? []) {
      const abs = absPathOf(repo, e.path);
      if (abs !== undefined) working.set(keyOf(abs), e.state);
    }
    // Object.fromEntries makes every key an own property, even one spelled `__proto__`.
    const history: WorkspaceHistory = {
      available: true, plans: Object.fromEntries(facts.plans), notes: Object.fromEntries(facts.notes), workingCopy: Object.fromEntries(working),
    };
    if (repo.head) history.head = repo.head;
    return history;
  } catch {
    return emptyHistory('error');
  }
}

interface Lineage {
  /** Current path (top-level relative); follows renames. */
  path: string;
  changes: Array<{ commit: LogCommit; change: RawChange }>;
}

interface CommittedFacts {
  plans: Map<string, PlanRevision[]>;
  notes: Map<string, { versions: NoteVersion[] }>;
}

async function committedFacts(repo: Repo, opts: HistoryOptions, keyOf: (abs: string) => string): Promise<CommittedFacts> {
  const commits = await logCommits(repo, opts);
  // Follow each file through renames: the note renamed last week was still first committed long ago.
  const live = new Map<string, Lineage>();
  const lineages: Lineage[] = [];
  const oids: string[] = [];
  for (const commit of commits) {
    for (const change of commit.changes) {
      const regularBefore = isRegularMode(change.srcMode);
      const regularAfter = isRegularMode(change.dstMode);
      if (!regularBefore && !regularAfter) continue; // symlinks, submodules
      let lineage = live.get(change.srcPath);
      if (change.status === 'R' && lineage) live.delete(change.srcPath);
      if (!lineage || change.status === 'A') {
        lineage = { path: change.path, changes: [] };
        lineages.push(lineage);
      }
      lineage.path = change.path;
      if (change.status === 'D') live.delete(change.path);
      else live.set(change.path, lineage);
      lineage.changes.push({ commit, change });
      if (regularBefore) oids.push(change.srcBlob);
      if (regularAfter) oids.push(change.dstBlob);
    }
  }
  const blobs = await readBlobs(repo, oids, opts);
  const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const docs = new Map<string, ParsedDocument | undefined>();
  const decoder = new TextDecoder('utf-8');
  const docOf = (oid: string, mode: string, key: string): ParsedDocument | undefined => {
    if (!isRegularMode(mode) || /^0+$/.test(oid)) return undefined;
    if (docs.has(oid)) return docs.get(oid);
    const bytes = blobs.get(oid);
    const doc = bytes ? parseDocument(key, decoder.decode(bytes), { maxFileSize: limit, size: bytes.length }) : undefined;
    docs.set(oid, doc);
    return doc;
  };

  const plans = new Map<string, PlanRevision[]>();
  const notes = new Map<string, { versions: NoteVersion[] }>();
  for (const lineage of lineages) {
    const abs = absPathOf(repo, lineage.path);
    if (abs === undefined) continue;
    const key = keyOf(abs);
    const revisions: PlanRevision[] = [];
    const versions: NoteVersion[] = [];
    let lastGoodPlan: ParsedDocument | undefined;
    for (const { commit, change } of lineage.changes) {
      const before = docOf(change.srcBlob, change.srcMode, key);
      const after = change.status === 'D' ? undefined : docOf(change.dstBlob, change.dstMode, key);
      const pureRename = change.status === 'R' && change.srcBlob === change.dstBlob;
      if (pureRename) continue;
      const info = commitInfoOf(commit);

      if (before?.kind === 'goal-plan' || after?.kind === 'goal-plan') {
        const base = isDiffable(before) ? before : lastGoodPlan;
        const target = after ?? parseDocument(key, '');
        const diffable = isDiffable(target) || change.status === 'D';
        const diff = diffable ? diffPlans(base, target) : { goals: [], planChanges: [] };
        revisions.push({
          commit: info,
          path: pathUnderRoot(repo, change.path),
          initial: revisions.length === 0,
          unparsable: !diffable,
          goals: diff.goals,
          planChanges: diff.planChanges,
        });
        if (isDiffable(after)) lastGoodPlan = after;
        if (change.status === 'D') lastGoodPlan = undefined;
      }

      if (after?.kind === 'session-log' || before?.kind === 'session-log') {
        const v: NoteVersion = {
          commit: info,
          status: change.status === 'D' ? 'deleted' : change.status === 'A' ? 'added' : 'modified',
        };
        const signed = after?.session?.signed?.date;
        if (isIsoDate(signed)) v.signedDate = signed;
        versions.push(v);
      }
    }
    // A path reused after a deletion keeps one key: the later lineage appends to the earlier.
    if (revisions.length > 0) plans.set(key, [...(plans.get(key) ?? []), ...revisions]);
    if (versions.length > 0) notes.set(key, { versions: [...(notes.get(key)?.versions ?? []), ...versions] });
  }
  return { plans, notes };
}

/** Path relative to the workspace root, '/'-separated (what reports show). */
function pathUnderRoot(repo: Repo, gitPath: string): string {
  return repo.prefix && gitPath.startsWith(repo.prefix) ? gitPath.slice(repo.prefix.length) : gitPath;
}
