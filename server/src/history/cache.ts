// One workspace's history, read once and reused until something changes (a save, a commit, a
// trust change). Concurrent callers share one read, so a burst of progress requests starts one
// set of git processes, not one per request.
import { emptyHistory, readHistory, type HistoryOptions } from './reader';
import type { WorkspaceHistory } from '../core/progress/types';

export class HistoryCache {
  private generation = 0;
  private value: { gen: number; history: WorkspaceHistory } | undefined;
  private inflight: { gen: number; promise: Promise<WorkspaceHistory> } | undefined;

  constructor(private opts: HistoryOptions, private readonly read: (o: HistoryOptions) => Promise<WorkspaceHistory> = readHistory) {}

  /** The current history; reads git only when nothing valid is cached. Never rejects. */
  get(): Promise<WorkspaceHistory> {
    const gen = this.generation;
    if (this.value?.gen === gen) return Promise.resolve(this.value.history);
    if (!this.opts.trusted) return Promise.resolve(emptyHistory('untrusted'));
    if (this.inflight?.gen === gen) return this.inflight.promise;
    const promise = this.read(this.opts).catch(() => emptyHistory('error')).then((history) => {
      if (this.generation === gen) this.value = { gen, history };
      if (this.inflight?.gen === gen) this.inflight = undefined;
      return history;
    });
    this.inflight = { gen, promise };
    return promise;
  }

  /** The last history read, without waiting (undefined before the first read completes). */
  peek(): WorkspaceHistory | undefined {
    return this.opts.trusted ? this.value?.history : emptyHistory('untrusted');
  }

  /** Files or the repository changed: the next get() reads again. */
  invalidate(): void {
    this.generation++;
  }

  /** Workspace trust changed; when untrusted, no git process is started from then on. */
  setTrusted(trusted: boolean): void {
    if (trusted === this.opts.trusted) return;
    this.opts = { ...this.opts, trusted };
    this.value = undefined;
    this.invalidate();
  }
}
