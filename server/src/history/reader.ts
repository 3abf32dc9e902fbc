// Git history of the goal files for the progress model (SPEC 4): for each plan, the commits that
// changed it and how its goals changed; for each session note, its versions (first commit, edits,
// signature date of each version); and the uncommitted state of every goal file.
// Without git, outside a repository or in an untrusted workspace: `available: false`, no crash.
import { parseDocument } from '../core/parse/document';
import { diffSnapshots, isDiffable, snapshotOf, type PlanSnapshot } from '../core/progress/planDiff';
import { isIsoDate } from '../core/dates';
import type { NoteVersion, PlanRevision, WorkspaceHistory, WorkingCopyState } from '../core/progress/types';
import type { FileKind, IsoDate } from '../core/types';
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
  const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // Blobs never change, so their facts are cached across reads: a refresh after a save reads
  // and parses only the versions that are new since the last read.
  const wanted = oids.filter((o) => !BLOB_FACTS.has(factsKey(o, limit)));
  // Over-size versions are never read (sizes checked first); like GP004, they are not parsed.
  const blobs = await readBlobs(repo, wanted, { ...opts, maxSize: limit });
  const decoder = new TextDecoder('utf-8');
  const factsOf = (oid: string, mode: string): BlobFacts | undefined => {
    if (!isRegularMode(mode) || /^0+$/.test(oid)) return undefined;
    const k = factsKey(oid, limit);
    const cached = BLOB_FACTS.get(k);
    if (cached) return cached;
    const bytes = blobs.get(oid);
    if (!bytes) return undefined;
    const facts = blobFacts(decoder.decode(bytes), bytes.length, limit);
    if (BLOB_FACTS.size >= BLOB_FACTS_MAX) BLOB_FACTS.clear();
    BLOB_FACTS.set(k, facts);
    return facts;
  };

  const plans = new Map<string, PlanRevision[]>();
  const notes = new Map<string, { versions: NoteVersion[] }>();
  for (const lineage of lineages) {
    const abs = absPathOf(repo, lineage.path);
    if (abs === undefined) continue;
    const key = keyOf(abs);
    const revisions: PlanRevision[] = [];
    const versions: NoteVersion[] = [];
    let lastGoodPlan: PlanSnapshot | undefined;
    for (const { commit, change } of lineage.changes) {
      const before = factsOf(change.srcBlob, change.srcMode);
      const after = change.status === 'D' ? undefined : factsOf(change.dstBlob, change.dstMode);
      const pureRename = change.status === 'R' && change.srcBlob === change.dstBlob;
      if (pureRename) continue;
      const info = commitInfoOf(commit);

      if (before?.kind === 'goal-plan' || after?.kind === 'goal-plan') {
        const base = before?.plan ?? lastGoodPlan;
        const diffable = after?.plan !== undefined || change.status === 'D';
        const diff = diffable ? diffSnapshots(base, after?.plan) : { goals: [], planChanges: [] };
        revisions.push({
          commit: info,
          path: pathUnderRoot(repo, change.path),
          initial: revisions.length === 0,
          unparsable: !diffable,
          goals: diff.goals,
          planChanges: diff.planChanges,
        });
        if (after?.plan) lastGoodPlan = after.plan;
        if (change.status === 'D') lastGoodPlan = undefined;
      }

      if (after?.kind === 'session-log' || before?.kind === 'session-log') {
        const v: NoteVersion = {
          commit: info,
          status: change.status === 'D' ? 'deleted' : change.status === 'A' ? 'added' : 'modified',
        };
        if (after?.signedDate) v.signedDate = after.signedDate;
        versions.push(v);
      }
    }
    // A path reused after a deletion keeps one key: the later lineage appends to the earlier.
    if (revisions.length > 0) plans.set(key, [...(plans.get(key) ?? []), ...revisions]);
    if (versions.length > 0) notes.set(key, { versions: [...(notes.get(key)?.versions ?? []), ...versions] });
  }
  return { plans, notes };
}

/** What the history needs of one blob. */
interface BlobFacts {
  kind?: FileKind;
  /** signed.date of a session note, when valid. */
  signedDate?: IsoDate;
  /** Diff snapshot of a plan version that parses. */
  plan?: PlanSnapshot;
}

const BLOB_FACTS = new Map<string, BlobFacts>();
const BLOB_FACTS_MAX = 100_000;

/** Forgets every cached blob fact (tests; or to bound memory in a long-lived server). */
export function clearBlobFactsCache(): void {
  BLOB_FACTS.clear();
}

function factsKey(oid: string, limit: number): string {
  return `${oid}:${limit}`;
}

/** Matches the front matter the parser reads: an opening `---` line, then up to the first closing `---` line. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:[^]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * Facts of one version, from the one parser. A session note needs only its front matter, so it
 * is parsed without its body (the front matter text is identical, so the result is too); a
 * plan needs its goal blocks and is parsed whole.
 */
export function blobFacts(text: string, size: number, limit: number): BlobFacts {
  const head = FRONT_MATTER.exec(text)?.[0];
  let doc = parseDocument('history', head ?? text, { maxFileSize: limit, size });
  if (head !== undefined && doc.kind === 'goal-plan') doc = parseDocument('history', text, { maxFileSize: limit, size });
  const facts: BlobFacts = {};
  if (doc.kind) facts.kind = doc.kind;
  const signed = doc.session?.signed?.date;
  if (isIsoDate(signed)) facts.signedDate = signed;
  if (isDiffable(doc)) facts.plan = snapshotOf(doc);
  return facts;
}

/** Path relative to the workspace root, '/'-separated (what reports show). */
function pathUnderRoot(repo: Repo, gitPath: string): string {
  return repo.prefix && gitPath.startsWith(repo.prefix) ? gitPath.slice(repo.prefix.length) : gitPath;
}
