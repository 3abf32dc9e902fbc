// Parallel lint over worker threads. Cross-file rules need every file of a client, so the
// shards are made of whole clients (guessed cheaply from the front matter head) and balanced
// by bytes. Afterwards the real clients are checked: a client whose files ended up in two
// shards (the guess was wrong, e.g. a quoted or escaped id) is linted again in this thread, so
// the output is always the same as a single-threaded run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ConfigResolver } from '../node/configResolver';
import { clientHint } from '../node/clientHint';
import { lintPaths, uniqueRuleErrors, type FileResult, type LintRun, type RuleError } from '../node/lintFiles';
import type { WorkerRequest } from './lintWorker';

/** The bundled worker script next to the bundled CLI (dist/cli/lintWorker.js). */
export function workerScript(): string | undefined {
  const p = path.join(__dirname, 'lintWorker.js');
  return fs.existsSync(p) ? p : undefined;
}

export interface ParallelOptions {
  workers: number;
  resolver: ConfigResolver;
  explicitConfig?: string;
  today: string;
}

export async function lintParallel(files: readonly string[], opts: ParallelOptions): Promise<LintRun> {
  const script = workerScript();
  if (!script || opts.workers < 2) return lintPaths(files, opts.resolver, opts.today);

  // This thread lints one shard itself (one isolate fewer to load and warm up); the workers
  // start first, so loading the bundle in each overlaps with the shard scan here.
  const pool = Array.from({ length: opts.workers - 1 }, () => spawn(script));
  const shards = shardByClient(files, opts.workers);
  for (const p of pool.slice(Math.max(0, shards.length - 1))) void p.worker.terminate();
  const pending = shards.slice(1).map((shard, i) => runShard(pool[i], shard, opts));
  const mine = shards.length > 0 ? lintPaths(shards[0], opts.resolver, opts.today) : { results: [], ruleErrors: [] };
  const runs = [mine, ...(await Promise.all(pending))];
  const byPath = new Map<string, FileResult>();
  const shardOf = new Map<string, number>();
  const ruleErrors: RuleError[] = [];
  runs.forEach((run, i) => {
    for (const r of run.results) byPath.set(r.path, r);
    ruleErrors.push(...run.ruleErrors);
    for (const r of run.results) shardOf.set(r.path, i);
  });

  // Clients whose files were split across shards: their cross-file results are incomplete.
  const shardsOfClient = new Map<string, Set<number>>();
  for (const r of byPath.values()) if (r.client !== undefined) {
    let s = shardsOfClient.get(r.client);
    if (!s) shardsOfClient.set(r.client, (s = new Set()));
    s.add(shardOf.get(r.path)!);
  }
  const split = new Set([...shardsOfClient].filter(([, s]) => s.size > 1).map(([c]) => c));
  if (split.size > 0) {
    const again = files.filter((f) => { const c = byPath.get(f)?.client; return c !== undefined && split.has(c); });
    const rerun = lintPaths(again, opts.resolver, opts.today);
    for (const r of rerun.results) byPath.set(r.path, r);
    ruleErrors.push(...rerun.ruleErrors);
  }
  return { results: files.map((f) => byPath.get(f)!), ruleErrors: uniqueRuleErrors(ruleErrors) };
}

/** Whole clients per shard, largest groups first onto the least-loaded shard (deterministic). */
export function shardByClient(files: readonly string[], n: number): string[][] {
  const groups = new Map<string, { files: string[]; bytes: number }>();
  for (const f of files) {
    const hint = clientHint(f);
    const key = hint.client !== undefined ? `c:${hint.client}` : `f:${f}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { files: [], bytes: 0 }));
    g.files.push(f);
    g.bytes += hint.size + 512; // a per-file overhead: many tiny files still cost opens and parses
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].bytes - a[1].bytes || (a[0] < b[0] ? -1 : 1));
  const shards = Array.from({ length: n }, () => ({ files: [] as string[], bytes: 0 }));
  for (const [, g] of sorted) {
    let best = shards[0];
    for (const s of shards) if (s.bytes < best.bytes) best = s;
    best.files.push(...g.files);
    best.bytes += g.bytes;
  }
  return shards.map((s) => s.files).filter((s) => s.length > 0);
}

interface PoolWorker {
  worker: Worker;
  exited: boolean;
}

function spawn(script: string): PoolWorker {
  const p: PoolWorker = { worker: new Worker(script), exited: false };
  // A worker failing while it loads must not crash the CLI; its shard is then linted here.
  p.worker.on('error', () => {});
  p.worker.on('exit', () => (p.exited = true));
  return p;
}

function runShard(p: PoolWorker, files: string[], opts: ParallelOptions): Promise<LintRun> {
  const worker = p.worker;
  return new Promise((resolve) => {
    let settled = false;
    const fallback = () => {
      // A worker that dies (out of memory, a bug) must not lose its files: lint them here.
      if (settled) return;
      settled = true;
      resolve(lintPaths(files, opts.resolver, opts.today));
    };
    worker.once('message', (run: LintRun) => {
      settled = true;
      resolve(run);
      void worker.terminate();
    });
    if (p.exited) return fallback();
    worker.once('exit', fallback);
    const req: WorkerRequest = { workspaceRoot: opts.resolver.workspaceRoot, explicitConfig: opts.explicitConfig, today: opts.today, files };
    worker.postMessage(req);
  });
}
