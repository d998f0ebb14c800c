import { describe, expect, it } from 'vitest';
import { type Clock, RateLimiter, parseRetryAfter } from './rate-limiter.ts';
import { TokenSource } from './token-source.ts';

/** A clock that only moves when `drain` wakes the earliest sleeper; the limiter never really waits. */
function fakeClock(): Clock & { t: number; drain(): Promise<void> } {
  const timers: { at: number; resolve: () => void }[] = [];
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: (ms: number) => new Promise<void>((resolve) => timers.push({ at: clock.t + ms, resolve })),
    async drain() {
      for (;;) {
        await new Promise((r) => setImmediate(r));
        if (timers.length === 0) return;
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift()!;
        clock.t = next.at;
        next.resolve();
      }
    },
  };
  return clock;
}

describe('RateLimiter', () => {
  it('spaces 20 requests at 10/s over 1.9 s, in call order', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(10, clock);
    const departures: number[] = [];
    const all = Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        await limiter.acquire();
        departures[i] = clock.t;
      }),
    );
    await clock.drain();
    await all;
    expect(departures).toEqual(Array.from({ length: 20 }, (_, i) => i * 100));
  });

  it('does not wait when unlimited, and lets an idle bucket start at once', async () => {
    const clock = fakeClock();
    const free = new RateLimiter(undefined, clock);
    for (let i = 0; i < 5; i++) await free.acquire();
    expect(clock.t).toBe(0);
    const limited = new RateLimiter(2, clock);
    await limited.acquire();
    clock.t = 10_000;
    await limited.acquire();
    expect(clock.t).toBe(10_000);
  });

  it('holds every request during a 429 pause', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(undefined, clock);
    limiter.pause(1500);
    const waiting = limiter.acquire();
    await clock.drain();
    await waiting;
    expect(clock.t).toBe(1500);
  });

  it('stops waiting when the caller aborts', async () => {
    const limiter = new RateLimiter(1);
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores garbage', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:02 GMT', now)).toBe(2000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
  });
});

describe('TokenSource', () => {
  it('logs in once for concurrent callers, and once more per refusal', async () => {
    let logins = 0;
    const source = new TokenSource(undefined, async () => {
      logins++;
      await new Promise((r) => setTimeout(r, 10));
      return `token-${logins}`;
    });
    expect(await Promise.all([source.get(), source.get(), source.get()])).toEqual(['token-1', 'token-1', 'token-1']);
    expect(await Promise.all([source.refresh('token-1'), source.refresh('token-1')])).toEqual(['token-2', 'token-2']);
    // A call that used the old token after the refresh gets the new one without another login.
    expect(await source.refresh('token-1')).toBe('token-2');
    expect(logins).toBe(2);
  });

  it('forgets a failed login so that the next call tries again', async () => {
    let attempt = 0;
    const source = new TokenSource(undefined, () => {
      attempt++;
      return attempt === 1 ? Promise.reject(new Error('refused')) : Promise.resolve('ok-token');
    });
    await expect(source.get()).rejects.toThrow('refused');
    await expect(source.get()).resolves.toBe('ok-token');
  });

  it('cannot refresh a fixed token', async () => {
    const source = new TokenSource('fixed', undefined);
    expect(await source.get()).toBe('fixed');
    expect(source.canRefresh).toBe(false);
    expect(await source.refresh('fixed')).toBeUndefined();
  });
});
