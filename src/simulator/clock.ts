/**
 * The simulator's one clock: everything time-dependent reads it (token lifetime and expiry, the
 * timestamps of answers, transaction dates and so the history's date filters, PIN lock-outs), so a
 * test can move time instead of waiting (docs/integrators.md, "A test clock"). It runs with real
 * time plus an offset: moved forward, it keeps running from there. It never moves backwards except
 * by `reset`, the return to real time; this file is the only one of src/simulator that reads the
 * system's time (eslint.config.js holds the rest of the simulator to that).
 */
export class ClockError extends Error {
  readonly code = 'CLOCK';
  /** `backwards`: a valid request that would move the clock back; `invalid`: not a time or amount at all. */
  constructor(
    message: string,
    readonly kind: 'backwards' | 'invalid' = 'invalid',
  ) {
    super(message);
  }
}

export interface ClockState {
  /** The simulator's time, ISO-8601. */
  now: string;
  /** How far ahead of real time it runs. */
  offsetSeconds: number;
  /** Whether it follows real time (no offset). */
  real: boolean;
}

export class SimulatorClock {
  private offsetMs = 0;

  /** `source`: real time (a test may pass a fixed or stepping one). */
  constructor(private readonly source: () => Date = () => new Date()) {}

  now(): Date {
    return new Date(this.source().getTime() + this.offsetMs);
  }

  /** Moves forward by `seconds` (a fraction allowed); a negative amount is refused. */
  advance(seconds: number): ClockState {
    if (!Number.isFinite(seconds)) throw new ClockError(`advanceSeconds must be a number of seconds, got ${seconds}`);
    if (seconds < 0)
      throw new ClockError(`advanceSeconds ${seconds}: the clock never moves backwards (DELETE returns to real time)`, 'backwards');
    this.offsetMs += Math.round(seconds * 1000);
    return this.state();
  }

  /** Jumps to an ISO-8601 date-time no earlier than the clock's time now. */
  set(iso: string): ClockState {
    const target = Date.parse(iso);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(target))
      throw new ClockError(`set must be an ISO-8601 date-time such as 2030-01-01T00:00:00Z, got ${JSON.stringify(iso)}`);
    // One reading of real time for the check, the move and the answer: the answer is the time set.
    const real = this.source().getTime();
    const current = real + this.offsetMs;
    if (target < current)
      throw new ClockError(
        `set ${iso} is before the simulator's time ${new Date(current).toISOString()}: the clock never moves backwards (DELETE returns to real time)`,
        'backwards',
      );
    this.offsetMs = target - real;
    return this.stateAt(real);
  }

  /** Back to real time. */
  reset(): ClockState {
    this.offsetMs = 0;
    return this.state();
  }

  state(): ClockState {
    return this.stateAt(this.source().getTime());
  }

  private stateAt(real: number): ClockState {
    return { now: new Date(real + this.offsetMs).toISOString(), offsetSeconds: this.offsetMs / 1000, real: this.offsetMs === 0 };
  }
}
