// Public API of the git history reader (Node only: spawns git). Pure data types live in
// core/progress/types.ts so the core and the webview can use them without Node.
export { readHistory, emptyHistory, type HistoryOptions } from './reader';
export { readCommittedVersions, type CommittedVersion, type CommittedVersions, type VersionsOptions } from './versions';
export { findGit, HARDENING_CONFIG } from './git';
export type { WorkspaceHistory, PlanRevision, NoteVersion, GoalDiff, FieldChange, CommitInfo, WorkingCopyState } from '../core/progress/types';
export { HistoryCache } from './cache';
