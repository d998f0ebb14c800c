import { describe, expect, it } from 'vitest';
import { mapPool } from './worker-pool.ts';

describe('mapPool', () => {
  it('keeps at most `limit` tasks in flight and returns results in item order', async () => {
    let inFlight = 0;
    let peak = 0;
    const items = Array.from({ length: 20 }, (_, i) => i);
    const results = await mapPool(items, 3, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      // Later items finish first, so order comes from the index, not from completion.
      await new Promise((r) => setImmediate(r));
      if (n % 2 === 0) await new Promise((r) => setImmediate(r));
      inFlight -= 1;
      return n * 10;
    });
    expect(peak).toBe(3);
    expect(results).toEqual(items.map((n) => n * 10));
  });
  it('runs nothing for no items and refuses a limit below 1', async () => {
    expect(await mapPool([], 4, () => Promise.resolve(1))).toEqual([]);
    await expect(mapPool([1], 0, () => Promise.resolve(1))).rejects.toThrow(/limit must be a positive integer/);
  });
  it('rejects with the first failure after the tasks in flight settle', async () => {
    const done: number[] = [];
    const run = mapPool([1, 2, 3], 3, async (n) => {
      if (n === 1) throw new Error('boom');
      await new Promise((r) => setTimeout(r, 5));
      done.push(n);
      return n;
    });
    await expect(run).rejects.toThrow('boom');
    expect(done.sort()).toEqual([2, 3]);
  });
});
