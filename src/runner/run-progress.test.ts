import { describe, expect, it, vi } from 'vitest';
import { answerInFlight } from '../harness/progress-channel.ts';
import { RunProgress, WorkerRequests, type InFlightSnapshot, type ProgressClock } from './run-progress.ts';

/** A clock the test moves: `advance` runs the heartbeat's ticks that fall due, in order. */
function fakeClock(start = 1_000_000): ProgressClock & { advance(ms: number): void; timers: number } {
  let now = start;
  const timers = new Map<number, { every: number; next: number; tick: () => void }>();
  let id = 0;
  return {
    now: () => now,
    every(ms, tick) {
      const key = ++id;
      timers.set(key, { every: ms, next: now + ms, tick });
      return () => timers.delete(key);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.values()].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        due.next += due.every;
        due.tick();
      }
      now = end;
    },
    get timers() {
      return timers.size;
    },
  };
}

function sink(): { write(text: string): boolean; text: () => string; lines: () => string[] } {
  let out = '';
  return { write: (t: string) => ((out += t), true), text: () => out, lines: () => out.split('\n').filter(Boolean) };
}

const request = (path: string, startedAt: number, attempt = 1) => ({ method: 'POST', path, startedAt, attempt });

describe('RunProgress: a line at least every interval while the run waits', () => {
  it('says the step and the oldest request in flight, and for how long, once per interval of silence', () => {
    const clock = fakeClock();
    const out = sink();
    let flights: InFlightSnapshot[] = [];
    const progress = new RunProgress({ out: out as never, intervalMs: 10_000, clock, tty: false, inFlight: () => flights }).start();
    progress.setStep('preflight: logging in and probing http://sandbox.example');
    flights = [{ count: 1, oldest: request('/auth/get-token', clock.now()) }];
    clock.advance(9_999);
    expect(out.lines()).toEqual([]);
    clock.advance(1);
    expect(out.lines()).toEqual([
      'progress 0:10 | preflight: logging in and probing http://sandbox.example | oldest request in flight: POST /auth/get-token, 10.0 s (1 in flight)',
    ]);
    // A retry (sent 7.5 s from now): the attempt is named; between attempts nothing is in flight, and the line says so.
    flights = [{ count: 1, oldest: request('/auth/get-token', clock.now() + 7_500, 2) }];
    clock.advance(10_000);
    flights = [];
    clock.advance(10_000);
    expect(out.lines().slice(1)).toEqual([
      'progress 0:20 | preflight: logging in and probing http://sandbox.example | oldest request in flight: POST /auth/get-token (attempt 2), 2.5 s (1 in flight)',
      'progress 0:30 | preflight: logging in and probing http://sandbox.example | no request in flight',
    ]);
    progress.stop();
    expect(clock.timers).toBe(0);
  });

  it('during the checks: done of total, failures, running, the oldest request of any client and the longest-running check', () => {
    const clock = fakeClock();
    const out = sink();
    const t0 = clock.now();
    const flights = [
      { count: 3, oldest: request('/ibis/card/status', t0 + 4_000) },
      { count: 0 },
      { count: 2, oldest: request('/ibis/card/set-status', t0 + 1_000) },
    ];
    const progress = new RunProgress({ out: out as never, intervalMs: 10_000, clock, tty: false, inFlight: () => flights });
    progress.setStep('checks');
    Object.assign(progress.checks, { files: 15, filesCollected: 14, total: 380, done: 120, failed: 2 });
    progress.checks.running.set('status.transition.S-I', t0 + 500);
    progress.checks.running.set('money.push.basic', t0 + 3_000);
    clock.advance(12_000);
    expect(progress.status()).toBe(
      'progress 0:12 | checks: 120 of 380 done, 2 failed, 2 running (14 of 15 suite files loaded) | oldest request in flight: POST /ibis/card/set-status, 11.0 s (5 in flight) | longest-running check: status.transition.S-I, 11.5 s',
    );
  });

  it("a line of the run's own (a finished suite file) restarts the interval", () => {
    const clock = fakeClock();
    const out = sink();
    const progress = new RunProgress({ out: out as never, intervalMs: 10_000, clock, tty: false }).start();
    clock.advance(8_000);
    progress.print('ok   suites/live/pin.test.ts  22 passed, 0 failed, 0 skipped');
    clock.advance(8_000);
    expect(out.lines()).toHaveLength(1);
    clock.advance(2_000);
    expect(out.lines()[1]).toBe('progress 0:18 | starting | no request in flight');
  });

  it('on a terminal, rewrites one line in place at every poll', () => {
    const clock = fakeClock();
    const out = sink();
    const progress = new RunProgress({ out: out as never, intervalMs: 10_000, clock, tty: true }).start();
    progress.setStep('loading the suites');
    clock.advance(2_000);
    expect(out.text()).toBe(
      '\r\x1b[Kprogress 0:01 | loading the suites | no request in flight\r\x1b[Kprogress 0:02 | loading the suites | no request in flight',
    );
    progress.stop();
    expect(out.text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('--quiet: no heartbeat and no progress lines; errors are still said', () => {
    const clock = fakeClock();
    const out = sink();
    const poll = vi.fn();
    const progress = new RunProgress({ out: out as never, intervalMs: 100, clock, tty: false, quiet: true, poll }).start();
    expect(clock.timers).toBe(0);
    progress.print('ok   suites/live/pin.test.ts  22 passed, 0 failed, 0 skipped');
    clock.advance(60_000);
    progress.say('ERROR suites/live/pin.test.ts  could not be loaded: boom');
    expect(out.lines()).toEqual(['ERROR suites/live/pin.test.ts  could not be loaded: boom']);
    expect(poll).not.toHaveBeenCalled();
  });
});

describe('WorkerRequests: the workers answer over the progress channel', () => {
  it("asks every client of the run and keeps each one's answer, and hears nothing of another run", async () => {
    const flight = request('/ibis/card/set-status', Date.now() - 5_000);
    answerInFlight('run-a', () => ({ count: 2, oldest: flight }));
    answerInFlight('run-a', () => ({ count: 0 }));
    answerInFlight('run-b', () => ({ count: 7, oldest: request('/other', 0) }));
    const workers = new WorkerRequests('run-a');
    try {
      expect(workers.snapshot()).toEqual([]);
      workers.ask();
      await vi.waitFor(() => expect(workers.snapshot()).toHaveLength(2));
      const answers = workers.snapshot().sort((a, b) => b.count - a.count);
      expect(answers.map((a) => [a.count, a.oldest])).toEqual([
        [2, flight],
        [0, undefined],
      ]);
    } finally {
      workers.close();
    }
  });
});
