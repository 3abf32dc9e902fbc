// Every committed version of every goal file, for `goalplan lint --history` (issue 7): an
// identifier committed once stays in git history even after the file is fixed, so GP401 must
// see each version. Same hardened pipeline as the progress history: one log, one cat-file.
import { parseDocument } from '../core/parse/document';
import type { CommitInfo } from '../core/progress/types';
import type { FileKind } from '../core/types';
import { DEFAULT_MAX_FILE_SIZE } from '../core/config/defaults';
import { absPathOf, commitInfoOf, isRegularMode, logCommits, openRepo, readBlobs, type RepoOptions } from './repo';

export interface CommittedVersion {
  /** The first commit (oldest first, parents before children) that introduced this content at this path. */
  commit: CommitInfo;
  /** Path relative to the workspace root, '/'-separated, as committed. */
  path: string;
  /** The caller's key for the file at that path (keyOf of its absolute path). */
  key: string;
  /** Blob id; every distinct blob is reported once. */
  blob: string;
  kind: FileKind;
  text: string;
}

export interface CommittedVersions {
  available: boolean;
  reason?: 'untrusted' | 'no-git' | 'not-a-repository' | 'linked-git-dir' | 'error';
  head?: string;
  versions: CommittedVersion[];
  /** Versions skipped because they exceed maxFileSize (GP004 would apply). */
  skippedTooLarge: number;
}

export interface VersionsOptions extends RepoOptions {
  keyOf?: (absPath: string) => string;
  maxFileSize?: number;
  /** Every branch and tag (`--all`) instead of HEAD's history. */
  allRefs?: boolean;
}

export async function readCommittedVersions(opts: VersionsOptions): Promise<CommittedVersions> {
  const repo = await openRepo(opts);
  if (!repo.available) return { available: false, reason: repo.reason, versions: [], skippedTooLarge: 0 };
  const keyOf = opts.keyOf ?? ((p: string) => p);
  const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  try {
    const commits = await logCommits(repo, opts);
    const firstSeen = new Map<string, { commit: CommitInfo; gitPath: string }>();
    for (const c of commits) {
      for (const ch of c.changes) {
        if (ch.status === 'D' || !isRegularMode(ch.dstMode) || firstSeen.has(ch.dstBlob)) continue;
        firstSeen.set(ch.dstBlob, { commit: commitInfoOf(c), gitPath: ch.path });
      }
    }
    const oversize = new Set<string>();
    const blobs = await readBlobs(repo, [...firstSeen.keys()], { ...opts, maxSize: limit, oversize });
    const decoder = new TextDecoder('utf-8');
    const versions: CommittedVersion[] = [];
    let skippedTooLarge = 0;
    for (const [blob, { commit, gitPath }] of firstSeen) {
      const abs = absPathOf(repo, gitPath);
      if (abs === undefined) continue;
      if (oversize.has(blob)) {
        skippedTooLarge++; // never read (a goal-file path over the limit: GP004 would apply)
        continue;
      }
      const bytes = blobs.get(blob);
      if (!bytes) continue;
      const key = keyOf(abs);
      const text = decoder.decode(bytes);
      const doc = parseDocument(key, text, { maxFileSize: limit, size: bytes.length });
      if (doc.tooLarge) {
        if (doc.kind) skippedTooLarge++;
        continue;
      }
      if (!doc.kind) continue;
      const path = repo.prefix ? gitPath.slice(repo.prefix.length) : gitPath;
      versions.push({ commit, path, key, blob, kind: doc.kind, text });
    }
    const out: CommittedVersions = { available: true, versions, skippedTooLarge };
    if (repo.head) out.head = repo.head;
    return out;
  } catch {
    return { available: false, reason: 'error', versions: [], skippedTooLarge: 0 };
  }
}
