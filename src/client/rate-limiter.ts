/**
 * A token bucket of capacity one, shared by every request of a client: requests leave at most
 * `ratePerSecond` per second, evenly spaced, whatever the concurrency (the sandbox documents no
 * limit, README.md "Sandbox"; `--rate-limit` is the user's courtesy bound). A 429 Retry-After pauses
 * the whole bucket, not only the request that met it.
 */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  // An abort rejects with the signal's own reason (throwIfAborted), as fetch does.
  sleep: async (ms, signal) => {
    signal?.throwIfAborted();
    if (ms <= 0) return;
    const aborted = await new Promise<boolean>((resolve) => {
      const onAbort = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve(false);
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    if (aborted) signal?.throwIfAborted();
  },
};

export class RateLimiter {
  private readonly intervalMs: number;
  /** The earliest time the next request may leave. */
  private next = -Infinity;
  private pausedUntil = -Infinity;

  /** ratePerSecond undefined or Infinity: no limit, only 429 pauses. */
  constructor(
    readonly ratePerSecond: number | undefined,
    private readonly clock: Clock = realClock,
  ) {
    this.intervalMs = ratePerSecond && Number.isFinite(ratePerSecond) ? 1000 / ratePerSecond : 0;
  }

  /** Waits for this request's slot. Slots are reserved synchronously, so callers leave in call order. */
  async acquire(signal?: AbortSignal): Promise<void> {
    const now = this.clock.now();
    const slot = Math.max(now, this.next, this.pausedUntil);
    this.next = slot + this.intervalMs;
    if (slot > now) await this.clock.sleep(slot - now, signal);
  }

  /** No request leaves before `ms` from now (a 429 Retry-After). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
  }
}

/**
 * Parses Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP date. Returns milliseconds from
 * `nowMs` (wall clock), or undefined when absent or unparseable.
 */
export function parseRetryAfter(value: string | undefined, nowMs = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its weekday and month ("Wed, 21 Oct 2015 07:28:00 GMT"); "-1" is no date.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
