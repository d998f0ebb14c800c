import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from './latency-histogram.ts';

describe('LatencyHistogram', () => {
  it('answers 0 before anything is recorded', () => {
    const h = new LatencyHistogram();
    expect([h.count, h.percentile(50), h.percentile(99), h.max]).toEqual([0, 0, 0, 0]);
  });

  it('gives the nearest rank: p50 and p99 of 1..100 ms are 50 and 99, the maximum 100', () => {
    const h = LatencyHistogram.of(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect([h.count, h.percentile(50), h.percentile(99), h.max]).toEqual([100, 50, 99, 100]);
  });

  it('rounds the rank half up, and to rank 1 at least', () => {
    // rank round(50% of 2) = 1; round(50% of 3) = round(1.5) = 2; round(1% of 10) = 0, so 1.
    expect(LatencyHistogram.of([1, 2]).percentile(50)).toBe(1);
    expect(LatencyHistogram.of([1, 2, 3]).percentile(50)).toBe(2);
    expect(LatencyHistogram.of(Array.from({ length: 10 }, (_, i) => i + 1)).percentile(1)).toBe(1);
  });

  it('keeps a time to the µs up to 262 ms, and counts one under 1 µs as 1 µs and one beyond an hour as an hour', () => {
    expect(LatencyHistogram.of([0.0004]).percentile(50)).toBe(0.001);
    expect(LatencyHistogram.of([0.1234]).percentile(50)).toBe(0.123);
    expect(LatencyHistogram.of([262.143]).max).toBe(262.143);
    expect(LatencyHistogram.of([12_345.678]).max).toBeCloseTo(12_345.678, 0);
    const long = LatencyHistogram.of([5 * 3_600_000]);
    expect(long.count).toBe(1);
    expect(long.max).toBeCloseTo(3_600_000, -2);
  });
});
