import { exchangeRecord, type Seen } from './exchange-record.ts';
import type { ProxyExchange } from './report/integration-types.ts';
import type { ProxySession } from './session.ts';

/**
 * Feeds the session: numbers the exchanges in the order they end, keeps the start times of the
 * requests in flight (the graders' horizon: src/proxy/session.ts, record), and prints a progress
 * line every `every` exchanges (0: never).
 */
export class Recorder {
  private seq = 0;
  private readonly operations = new Set<string | null>();
  // The start times of the requests in flight, oldest first (a Map keeps insertion order).
  private readonly inFlight = new Map<object, number>();

  constructor(
    private readonly session: ProxySession,
    private readonly log: (line: string) => void,
    private readonly every: number,
    /** Also sees each exchange as recorded (unredacted, in memory): the app's contract of `--pact-out`. */
    private readonly onExchange?: (exchange: ProxyExchange) => void,
  ) {}

  /** A request to be recorded has started at `at` (its head received). */
  begin(call: object, at: number): void {
    this.inFlight.set(call, at);
  }

  /** It ended: recorded or not, it no longer holds the horizon back. */
  end(call: object): void {
    this.inFlight.delete(call);
  }

  /** The earliest start time an exchange still to come can have: the oldest request in flight, else now. */
  horizon(): number {
    const oldest = this.inFlight.values().next();
    return oldest.done ? this.session.now() : oldest.value;
  }

  /**
   * Records an exchange that ended (about 90 µs of validation and bookkeeping on a small machine,
   * a tenth of the proxy's time per exchange, the rest being HTTP in and out; synchronous, so
   * that a report asked for right after an answer already holds that exchange).
   */
  record(call: object, seen: Omit<Seen, 'seq'>): void {
    this.end(call);
    const { exchange, violations } = exchangeRecord({ ...seen, seq: ++this.seq }, this.session);
    this.session.record(exchange, violations, this.horizon());
    this.onExchange?.(exchange);
    this.operations.add(exchange.operation);
    const n = this.session.count;
    if (this.every > 0 && n % this.every === 0)
      this.log(`proxy: ${n} exchanges, ${this.session.schemaViolationCount} schema violation(s), ${this.operations.size} operation(s)`);
  }
}
