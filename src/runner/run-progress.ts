import { BroadcastChannel } from 'node:worker_threads';
import type { InFlightRequest } from '../client/client.ts';
import { progressChannelName, type InFlightAnswer, type InFlightQuestion } from '../harness/progress-channel.ts';

/**
 * What a run is doing while it waits, said at least once every `intervalMs` (docs/architecture.md,
 * "Progress while a run waits"): the step it is in (the preflight, the checks done of their total,
 * the cleanup), the oldest request in flight and for how long, the longest-running check. On a
 * terminal one line is rewritten in place; otherwise (CI, a pipe) a plain line is printed whenever
 * nothing else was printed for `intervalMs`. `run --quiet` prints none of it.
 */

/** Time and timers, injectable so that a test drives them. */
export interface ProgressClock {
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called; must not keep the process alive. */
  every(ms: number, tick: () => void): () => void;
}

export const REAL_CLOCK: ProgressClock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

export interface InFlightSnapshot {
  count: number;
  oldest?: InFlightRequest;
}

export interface RunProgressOptions {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  /** A line at least this often while the run waits (RUN_OPTIONS `progressMs`). */
  intervalMs: number;
  quiet?: boolean;
  clock?: ProgressClock;
  /** The requests on the wire now, one snapshot per client (the runner's own, each worker's). */
  inFlight?: () => InFlightSnapshot[];
  /** Called at every poll, before the line is built (asks the workers: see WorkerRequests). */
  poll?: () => void;
  /** Whether `out` is a terminal (one line rewritten in place); default: out.isTTY, and not on CI. */
  tty?: boolean;
}

const seconds = (ms: number) => `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
function elapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class RunProgress {
  private step = 'starting';
  private readonly started: number;
  private lastOutput: number;
  private readonly tty: boolean;
  private readonly clock: ProgressClock;
  private stopTimer: (() => void) | undefined;
  /** Vitest's view: suite files, checks found, done, running (id → start). */
  readonly checks = {
    files: 0,
    filesCollected: 0,
    total: 0,
    done: 0,
    passed: 0,
    failed: 0,
    skipped: 0,
    running: new Map<string, number>(),
  };
  private inChecks = false;

  constructor(private readonly options: RunProgressOptions) {
    this.clock = options.clock ?? REAL_CLOCK;
    this.started = this.lastOutput = this.clock.now();
    this.tty = options.tty ?? (Boolean(options.out.isTTY) && !process.env.CI);
  }

  get quiet(): boolean {
    return Boolean(this.options.quiet);
  }

  /** Starts the heartbeat: a poll every second (or half the interval, when shorter). */
  start(): this {
    if (!this.quiet && !this.stopTimer) this.stopTimer = this.clock.every(Math.min(1000, this.options.intervalMs / 2), () => this.tick());
    return this;
  }

  stop(): void {
    this.stopTimer?.();
    this.stopTimer = undefined;
    if (this.tty && !this.quiet) this.options.out.write('\r\x1b[K');
  }

  /** The step the run is in ("preflight: logging in and probing the target"); "checks" shows the counts. */
  setStep(step: string): void {
    this.step = step;
    this.inChecks = step === 'checks';
  }

  /** A line of its own (a finished suite file): counts as output, so the heartbeat waits another interval. */
  print(line: string): void {
    if (this.quiet) return;
    this.options.out.write(`${this.tty ? '\r\x1b[K' : ''}${line}\n`);
    this.lastOutput = this.clock.now();
  }

  /** A line that is no progress (an error, the cleanup's result): printed even with --quiet. */
  say(line: string): void {
    this.options.out.write(`${this.tty && !this.quiet ? '\r\x1b[K' : ''}${line}\n`);
    this.lastOutput = this.clock.now();
  }

  /** On a terminal, rewrites the one progress line now (a check just ended). */
  refresh(): void {
    if (this.tty && !this.quiet) this.options.out.write(`\r\x1b[K${this.status().slice(0, 200)}`);
  }

  tick(): void {
    this.options.poll?.();
    if (this.tty) return this.refresh();
    const now = this.clock.now();
    if (now - this.lastOutput < this.options.intervalMs) return;
    this.options.out.write(`${this.status()}\n`);
    this.lastOutput = now;
  }

  /** The progress line: "progress 1:30 | checks: 120 of 442 done, 32 running | oldest request in flight: ...". */
  status(): string {
    const now = this.clock.now();
    const parts = [`progress ${elapsed(now - this.started)}`, this.inChecks ? this.checksText() : this.step];
    const snapshots = this.options.inFlight?.() ?? [];
    const count = snapshots.reduce((n, s) => n + s.count, 0);
    const oldest = snapshots
      .map((s) => s.oldest)
      .filter((o): o is InFlightRequest => o !== undefined)
      .sort((a, b) => a.startedAt - b.startedAt)[0];
    parts.push(
      oldest
        ? `oldest request in flight: ${oldest.method} ${oldest.path}${oldest.attempt > 1 ? ` (attempt ${oldest.attempt})` : ''}, ${seconds(now - oldest.startedAt)} (${count} in flight)`
        : 'no request in flight',
    );
    const longest = [...this.checks.running.entries()].sort((a, b) => a[1] - b[1])[0];
    if (this.inChecks && longest) parts.push(`longest-running check: ${longest[0]}, ${seconds(now - longest[1])}`);
    return parts.join(' | ');
  }

  private checksText(): string {
    const c = this.checks;
    const loading = c.filesCollected < c.files ? ` (${c.filesCollected} of ${c.files} suite files loaded)` : '';
    const failed = c.failed ? `, ${c.failed} failed` : '';
    return `checks: ${c.done} of ${c.total} done${failed}, ${c.running.size} running${loading}`;
  }

  now(): number {
    return this.clock.now();
  }
}

/**
 * The runner's side of the progress channel (src/harness/progress-channel.ts): `ask` before each
 * line; the answers to the previous question stand until the next ones arrive, and a worker that
 * no longer answers (it ended) drops out after one round.
 */
export class WorkerRequests {
  private readonly channel: BroadcastChannel;
  private previous = new Map<string, InFlightAnswer>();
  private current = new Map<string, InFlightAnswer>();

  constructor(runId: string) {
    this.channel = new BroadcastChannel(progressChannelName(runId));
    this.channel.unref();
    this.channel.onmessage = (event) => {
      const answer = event.data as InFlightAnswer | undefined;
      if (answer?.type === 'in-flight') this.current.set(answer.source, answer);
    };
  }

  ask(): void {
    this.previous = this.current;
    this.current = new Map();
    const question: InFlightQuestion = { type: 'in-flight?' };
    this.channel.postMessage(question);
  }

  snapshot(): InFlightSnapshot[] {
    return [...new Map([...this.previous, ...this.current]).values()];
  }

  close(): void {
    this.channel.close();
  }
}

/**
 * The progress of one run: its heartbeat started, asking the workers of the run `runId` and the
 * runner's own client (`client()`, undefined until the target is prepared) for their requests.
 */
export function startRunProgress(
  options: Omit<RunProgressOptions, 'inFlight' | 'poll'> & { runId: string; client: () => { inFlight(): InFlightSnapshot } | undefined },
): { progress: RunProgress; close: () => void } {
  const { runId, client, ...rest } = options;
  const workers = rest.quiet ? undefined : new WorkerRequests(runId);
  const progress = new RunProgress({
    ...rest,
    inFlight: () => [...(client() ? [client()!.inFlight()] : []), ...(workers?.snapshot() ?? [])],
    poll: () => workers?.ask(),
  }).start();
  return {
    progress,
    close: () => {
      progress.stop();
      workers?.close();
    },
  };
}
