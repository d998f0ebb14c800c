import { createHistogram, type RecordableHistogram } from 'node:perf_hooks';

/** The longest time kept as it is (an hour, in µs); a longer one counts as an hour. */
const HIGHEST_US = 3_600_000_000;

/**
 * Times in ms, kept as node:perf_hooks' histogram of whole microseconds (HdrHistogram): the
 * percentiles of every value in a fixed amount of memory, whatever their number. The histogram
 * takes integers from 1: a time is rounded to the µs, one under 1 µs counts as 1 µs, and one
 * beyond an hour as an hour (one out of range would be dropped silently). Five significant figures:
 * exact to the µs up to 262 ms, within 1/100,000 above.
 *
 * `percentile(p)` is HdrHistogram's: the value at rank round(p% of n) of the sorted values (rank 1
 * at least), i.e. the nearest rank, with halves rounded up.
 */
export class LatencyHistogram {
  private readonly h: RecordableHistogram = createHistogram({ lowest: 1, highest: HIGHEST_US, figures: 5 });

  static of(valuesMs: Iterable<number>): LatencyHistogram {
    const out = new LatencyHistogram();
    for (const ms of valuesMs) out.record(ms);
    return out;
  }

  record(ms: number): void {
    this.h.record(Math.min(HIGHEST_US, Math.max(1, Math.round(ms * 1000))));
  }

  get count(): number {
    return this.h.count;
  }

  /** The p-th percentile in ms (0 when nothing was recorded). */
  percentile(p: number): number {
    return this.h.count === 0 ? 0 : this.h.percentile(p) / 1000;
  }

  /** The largest time in ms (0 when nothing was recorded). */
  get max(): number {
    return this.h.count === 0 ? 0 : this.h.max / 1000;
  }
}
