// Mocha root hooks (loaded by .mocharc.json): after the last test, say what the tests left
// running — a language server, a browser, a worker — and stop it. Mocha is also told to exit
// when the run ends (`exit: true`), so a leaked handle can never hold the test command open
// until CI's time limit; this hook makes such a leak visible instead of silent.
import type { ChildProcess } from 'node:child_process';
import type { Worker } from 'node:worker_threads';

interface Handle { constructor?: { name?: string } }

function leftovers(): { children: ChildProcess[]; workers: Worker[] } {
  const handles = (process as unknown as { _getActiveHandles(): Handle[] })._getActiveHandles();
  const children = handles.filter((h) => h?.constructor?.name === 'ChildProcess') as unknown as ChildProcess[];
  const workers = handles.filter((h) => h?.constructor?.name === 'Worker') as unknown as Worker[];
  return { children: children.filter((c) => c.exitCode === null && c.signalCode === null), workers };
}

export const mochaHooks = {
  async afterAll(this: { timeout(ms: number): void }): Promise<void> {
    this.timeout(15_000);
    // A process killed by the last test's cleanup may not have reported its exit yet.
    for (let i = 0; i < 20 && leftovers().children.length; i++) await new Promise((r) => setTimeout(r, 100));
    const { children, workers } = leftovers();
    if (!children.length && !workers.length) return;
    console.error(`\n[tests] left running after the last test (stopped now; a test's cleanup misses them):`);
    for (const c of children) {
      console.error(`  process ${c.pid}: ${c.spawnargs.join(' ').slice(0, 200)}`);
      c.kill('SIGKILL');
    }
    for (const w of workers) {
      console.error(`  worker thread ${w.threadId}`);
      await w.terminate();
    }
  },
};
