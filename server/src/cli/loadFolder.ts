// Reading a folder of goal files for the commands that show them (report, caseload, plan,
// discharge): every goal file into one workspace, the configuration cascade, and git history when
// asked. Kept apart from the report so a command that renders no report does not bundle it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResolvedConfig } from '../core/config/types';
import { Workspace } from '../core/model/workspace';
import type { WorkspaceHistory } from '../core/progress';
import { emptyHistory, readHistory } from '../history/reader';
import { ConfigResolver } from '../node/configResolver';
import { discover, isWithin } from '../node/discover';
import { loadFile } from '../node/lintFiles';
import { printable, type CliIO } from './io';

export interface LoadedFolder {
  ws: Workspace;
  history: WorkspaceHistory;
  /** The configuration of the first folder given (progress settings, instruments). */
  config: ResolvedConfig;
  /** The configuration that applies to a file (the cascade of .goalplan.yaml files). */
  configFor: (file: string) => ResolvedConfig;
  /** Path as shown to people: relative to the current folder, '/'-separated. */
  display: (abs: string) => string;
  /** Problems worth a line on stderr (names only, never content). */
  problems: string[];
}

/** Reads every goal file under the paths into a workspace, and (unless told not to) their git history. */
export async function loadFolder(paths: readonly string[], io: CliIO, opts: { history: boolean }): Promise<LoadedFolder> {
  const cwd = io.cwd;
  const resolver = new ConfigResolver(cwd);
  const display = (abs: string) => path.relative(cwd, abs).split(path.sep).join('/') || path.basename(abs);
  const roots = paths.map((p) => path.resolve(cwd, p));
  const found = discover(roots, { boundary: cwd, configFor: (f) => resolver.configFor(f), globBase: cwd });
  const problems: string[] = [];
  for (const s of found.skipped) {
    if (s.reason === 'missing') problems.push(`no such file or folder: ${printable(display(s.path))}`);
    else if (s.reason === 'unreadable') problems.push(`cannot read folder: ${printable(display(s.path))}`);
  }
  const ws = new Workspace();
  for (const file of found.files) {
    try {
      ws.set(loadFile(file, resolver).doc);
    } catch (error) {
      problems.push(`cannot read ${printable(display(file))} (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`);
    }
  }
  const dirs = roots.map((r) => (isDirectory(r) ? r : path.dirname(r)));
  const config = resolver.configFor(path.join(dirs[0] ?? cwd, 'report.md'));
  const history = opts.history ? await historyOf(dirs) : emptyHistory();
  return { ws, history, config, configFor: (f) => resolver.configFor(f), display, problems };
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** One history read per distinct folder (a folder inside another one given is covered by it). */
async function historyOf(dirs: readonly string[]): Promise<WorkspaceHistory> {
  const unique = [...new Set(dirs)].filter((d, _, all) => !all.some((o) => o !== d && isWithin(d, o)));
  // The CLI runs on the folders its user named: that is the trust decision (the editor asks Workspace Trust instead).
  const parts = await Promise.all(unique.map((root) => readHistory({ root, trusted: true })));
  const merged = emptyHistory(parts[0]?.reason);
  for (const h of parts) {
    if (!h.available) continue;
    merged.available = true;
    delete merged.reason;
    merged.head ??= h.head;
    Object.assign(merged.plans, h.plans);
    Object.assign(merged.notes, h.notes);
    Object.assign(merged.workingCopy, h.workingCopy);
  }
  return merged;
}
