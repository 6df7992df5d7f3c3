import { describe, expect, it } from '@jest/globals';
import { type ItemOutcome, JobBatcher } from './job-batcher.js';

/** A handler that records its batches and settles each one only when the test says so. */
function recorder(): { batches: number[][]; release: () => void; handle: (items: number[]) => Promise<ItemOutcome<string>[]> } {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  return {
    batches,
    release: () => gates.shift()?.(),
    handle: async (items) => {
      batches.push(items);
      await new Promise<void>((resolve) => gates.push(resolve));
      return items.map((n) => (n < 0 ? { ok: false, error: new Error(`bad ${n}`) } : { ok: true, value: `done ${n}` }));
    },
  };
}

describe('JobBatcher', () => {
  it('handles the items added together as one batch, each with its own outcome', async () => {
    const r = recorder();
    const batcher = new JobBatcher(r.handle, 10);
    const results = [1, -2, 3].map((n) => batcher.add(n).then((v) => v, (e: Error) => e.message));
    await new Promise<void>((resolve) => setImmediate(resolve));
    r.release();
    expect(await Promise.all(results)).toEqual(['done 1', 'bad -2', 'done 3']);
    expect(r.batches).toEqual([[1, -2, 3]]);
  });

  it('gathers what arrives during a batch into the next one, at most maxBatch at a time', async () => {
    const r = recorder();
    const batcher = new JobBatcher(r.handle, 2);
    const first = batcher.add(1);
    await new Promise<void>((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((n) => batcher.add(n));
    r.release();
    await first;
    await new Promise<void>((resolve) => setImmediate(resolve));
    r.release();
    await Promise.all(later.slice(0, 2));
    r.release();
    expect(await Promise.all(later)).toEqual(['done 2', 'done 3', 'done 4']);
    expect(r.batches).toEqual([[1], [2, 3], [4]]);
  });

  it('right after a batch, waits up to lingerMs for the jobs the queue hands back one by one, or until the batch is full', async () => {
    const r = recorder();
    const batcher = new JobBatcher(r.handle, 3, 300);
    const first = batcher.add(1);
    await new Promise<void>((resolve) => setImmediate(resolve));
    r.release();
    await first;
    const trickled = [batcher.add(2)];
    await new Promise((resolve) => setTimeout(resolve, 20));
    trickled.push(batcher.add(3));
    await new Promise((resolve) => setTimeout(resolve, 400));
    r.release();
    await Promise.all(trickled);
    expect(r.batches).toEqual([[1], [2, 3]]);

    const full = [batcher.add(4)];
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(r.batches).toHaveLength(2); // lingering
    full.push(batcher.add(5), batcher.add(6));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(r.batches).toEqual([[1], [2, 3], [4, 5, 6]]);
    r.release();
    await Promise.all(full);
  });

  it('fails every item of a batch whose handler throws, and goes on with the next batch', async () => {
    let calls = 0;
    const batcher = new JobBatcher<number, number>((items) => {
      calls++;
      return calls === 1 ? Promise.reject(new Error('database away')) : Promise.resolve(items.map((n) => ({ ok: true as const, value: n * 2 })));
    }, 10);
    const failed = [1, 2].map((n) => batcher.add(n).catch((e: Error) => e.message));
    expect(await Promise.all(failed)).toEqual(['database away', 'database away']);
    expect(await batcher.add(5)).toBe(10);
  });
});
