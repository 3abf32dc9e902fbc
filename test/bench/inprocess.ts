// Rows measured inside the benchmark process with the product's own modules: the progress model
// with git history, and the scaling series (parse + index + lint of 100, 1,000, 10,000 files).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../server/src/core/config/defaults';
import { lintAll } from '../../server/src/core/lint';
import { Workspace } from '../../server/src/core/model/workspace';
import { parseDocument } from '../../server/src/core/parse/document';
import { buildProgress } from '../../server/src/core/progress';
import { readHistory } from '../../server/src/history';
import { generateCorpus } from './corpus';
import { median, now } from './stats';

export interface HistoryRun {
  /** readHistory (git log + cat-file + status) + buildProgress, the client's files already indexed. */
  totalMs: number;
  /** Parsing the client's current files (the language server's index has done this before any progress request). */
  indexMs: number;
  gitLogPMs: number;
  commits: number;
  planRevisions: number;
  sessions: number;
}

/** Progress model + history of the one client in `root`, against `git log -p` on the same paths. */
export async function benchHistory(root: string, clientDir: string, paths: string[], today: string, runs: number): Promise<HistoryRun> {
  const config = defaultConfig();
  const index = () => {
    const t = now();
    const ws = new Workspace();
    for (const p of paths) ws.set(parseDocument(join(root, p), readFileSync(join(root, p), 'utf8')));
    return { ws, ms: now() - t };
  };
  // What a progress request costs the language server: its workspace is indexed already.
  const { ws } = index();
  const client = ws.clients()[0];
  const once = async () => {
    const t = now();
    const history = await readHistory({ root, trusted: true });
    const progress = buildProgress(ws, client, { today, config, history });
    return { ms: now() - t, history, progress };
  };
  const gitLogP = () => {
    const t = now();
    // The same files, full patches: what a person would run to see this client's history.
    const r = spawnSync('git', ['-c', 'core.pager=cat', 'log', '-p', '--no-color', '--', clientDir], { cwd: root, maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error('git log -p failed');
    return now() - t;
  };
  const first = await once(); // warm-up
  gitLogP();
  const totals: number[] = [];
  const logs: number[] = [];
  const indexes: number[] = [];
  for (let i = 0; i < runs; i++) {
    totals.push((await once()).ms);
    logs.push(gitLogP());
    indexes.push(index().ms);
  }
  const commits = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: root }).toString().trim());
  const planRevisions = Object.values(first.history.plans).reduce((n, r) => n + r.length, 0);
  return { totalMs: median(totals), indexMs: median(indexes), gitLogPMs: median(logs), commits, planRevisions, sessions: first.progress.sessions.length };
}

export interface ScalePoint {
  files: number;
  ms: number;
  /** CPU time of this process (user + system): what the bound is checked on, since it does not depend on other load. */
  cpuMs: number;
}

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Parse + index + lint of n files (clients of one plan and 49 sessions) from memory, so the
 * series shows how the engine grows with the workspace, free of process start and disk.
 */
export function benchScaling(sizes: number[], today: string, runs: number): ScalePoint[] {
  const perClient = 49;
  // Every run lints files of its own seed: the engine keeps recent parses and findings by text
  // (goal blocks, YAML trees, identifier scans), and a run over the very texts of the run before
  // would find the small workspace's all still cached and the large one's not, which bends the
  // curve. A CLI run or a server start begins with empty caches, as each run here does.
  const corpus = (n: number, seed: number) => generateCorpus({ clients: Math.max(1, Math.round(n / (perClient + 1))), sessionsPerClient: perClient, seed });
  const corpora = sizes.map((n) => corpus(n, 11));
  const lintOnce = (files: ReturnType<typeof generateCorpus>) => {
    const t = now();
    const c = cpuNow();
    const ws = new Workspace();
    for (const f of files) ws.set(parseDocument(f.path, f.text));
    lintAll(ws, { today });
    return { ms: now() - t, cpuMs: cpuNow() - c };
  };
  lintOnce(corpora[0]); // warm-up: JIT
  lintOnce(corpora[Math.min(1, corpora.length - 1)]);
  return sizes.map((n, i) => {
    // A small workspace takes a few tens of ms, where one scavenge or a JIT thread's CPU shows
    // as 20-40%: small sizes are timed more often (about 5,000 files in all) for a steady median.
    const repeats = Math.max(runs, Math.min(25, Math.ceil(5000 / n)));
    const xs = Array.from({ length: repeats }, (_, r) => lintOnce(corpus(n, 1000 + 100 * i + r)));
    return { files: corpora[i].length, ms: median(xs.map((x) => x.ms)), cpuMs: median(xs.map((x) => x.cpuMs)) };
  });
}
