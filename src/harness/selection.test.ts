import { describe, expect, it } from 'vitest';
import { parseShard, placement, shardOf } from './selection.ts';

describe('check selection: --only and --shard', () => {
  const ids = Array.from({ length: 400 }, (_, i) => `family${i % 7}.check-${i}`);

  it('puts every id in exactly one shard, the same one every time, whatever the other ids', () => {
    for (const total of [1, 2, 3, 4, 10]) {
      const counts = new Array(total).fill(0);
      for (const id of ids) {
        const s = shardOf(id, total);
        expect(s).toBeGreaterThanOrEqual(1);
        expect(s).toBeLessThanOrEqual(total);
        expect(shardOf(id, total)).toBe(s);
        counts[s - 1] += 1;
        expect(placement(id, { shard: { index: s, total } })).toBe('run');
      }
      // Balanced in count: each shard within 4 standard deviations of an even split (binomial).
      const sd = Math.sqrt((ids.length * (total - 1)) / total / total);
      for (const c of counts) expect(Math.abs(c - ids.length / total)).toBeLessThanOrEqual(4 * sd);
    }
    // A pinned value: the partition must not change between versions (CI matrices depend on it).
    // (SHA-256 of the id, first 32 bits big-endian, mod N, plus 1.)
    expect(shardOf('status.transition.S-I', 4)).toBe(2);
    expect(shardOf('status.transition.S-I', 1)).toBe(1);
  });

  it('excludes by --only before sharding', () => {
    expect(placement('pin.check', { only: /^status\./, shard: { index: 1, total: 1 } })).toBe('excluded');
    expect(placement('status.x', { only: /^status\./ })).toBe('run');
    const other = shardOf('status.x', 2) === 1 ? 2 : 1;
    expect(placement('status.x', { shard: { index: other, total: 2 } })).toBe('other-shard');
  });

  it('parses I/N and nothing else (run --shard names the flag and the value)', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShard(' 256 / 256 ')).toEqual({ index: 256, total: 256 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '1/3/4', '', '1/257']) expect(parseShard(bad), bad).toBeUndefined();
  });
});
