import { strict as assert } from 'node:assert';
import { HistoryCache } from '../../server/src/history/cache';
import type { HistoryOptions } from '../../server/src/history/reader';
import type { WorkspaceHistory } from '../../server/src/core/progress/types';

function fakeReader() {
  const calls: Array<{ resolve: (h: WorkspaceHistory) => void; reject: (e: Error) => void }> = [];
  const read = (_o: HistoryOptions) => new Promise<WorkspaceHistory>((resolve, reject) => calls.push({ resolve, reject }));
  const history = (head: string): WorkspaceHistory => ({ available: true, head, plans: {}, notes: {}, workingCopy: {} });
  return { calls, read, history };
}

describe('HistoryCache', () => {
  it('shares one read between concurrent callers and reuses it until invalidated', async () => {
    const f = fakeReader();
    const cache = new HistoryCache({ root: '/w', trusted: true }, f.read);
    const a = cache.get();
    const b = cache.get();
    assert.equal(f.calls.length, 1);
    f.calls[0].resolve(f.history('1'.repeat(40)));
    assert.equal((await a).head, '1'.repeat(40));
    assert.equal(await b, await a);
    await cache.get();
    assert.equal(f.calls.length, 1, 'cached');
    assert.equal(cache.peek()?.head, '1'.repeat(40));
    cache.invalidate();
    const c = cache.get();
    assert.equal(f.calls.length, 2);
    f.calls[1].resolve(f.history('2'.repeat(40)));
    assert.equal((await c).head, '2'.repeat(40));
  });

  it('a read finished after an invalidation is not cached as current', async () => {
    const f = fakeReader();
    const cache = new HistoryCache({ root: '/w', trusted: true }, f.read);
    const old = cache.get();
    cache.invalidate();
    f.calls[0].resolve(f.history('1'.repeat(40)));
    await old;
    const fresh = cache.get();
    assert.equal(f.calls.length, 2);
    f.calls[1].resolve(f.history('2'.repeat(40)));
    assert.equal((await fresh).head, '2'.repeat(40));
  });

  it('never reads when untrusted, and stops reading when trust is withdrawn', async () => {
    const f = fakeReader();
    const cache = new HistoryCache({ root: '/w', trusted: false }, f.read);
    assert.deepEqual(await cache.get(), { available: false, reason: 'untrusted', plans: {}, notes: {}, workingCopy: {} });
    assert.equal(f.calls.length, 0);
    cache.setTrusted(true);
    const p = cache.get();
    f.calls[0].resolve(f.history('1'.repeat(40)));
    assert.equal((await p).available, true);
    cache.setTrusted(false);
    assert.equal((await cache.get()).reason, 'untrusted');
    assert.equal(cache.peek()?.reason, 'untrusted');
    assert.equal(f.calls.length, 1);
  });

  it('a failing read gives an unavailable history, never a rejection', async () => {
    const f = fakeReader();
    const cache = new HistoryCache({ root: '/w', trusted: true }, f.read);
    const p = cache.get();
    f.calls[0].reject(new Error('boom'));
    assert.equal((await p).reason, 'error');
  });
});
