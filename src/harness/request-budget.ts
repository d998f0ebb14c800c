import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';
import type { ConnectFiClient } from '../client/client.ts';

/** A request the run's --max-requests budget no longer allows; the check is reported as skipped. */
export class BudgetExhausted extends Error {
  constructor(readonly maxRequests: number) {
    super(`left out: the request budget (--max-requests ${maxRequests}) was spent`);
    this.name = 'BudgetExhausted';
  }
}

/**
 * The run-wide request budget, shared by every vitest worker through one append-only file: each
 * request appends one byte, and the file's size after the append is the number of requests taken
 * so far (O_APPEND writes are atomic). Two workers racing past the limit both see the larger size
 * and both stop, so the budget is never exceeded.
 */
export class RequestBudget {
  private fd: number | undefined;
  private spent = false;

  constructor(
    private readonly file: string | undefined,
    /** Requests the checks may send in all. */
    private readonly available: number | undefined,
    /** The run's --max-requests, named in the reason. */
    readonly maxRequests = available,
  ) {}

  get limited(): boolean {
    return this.file !== undefined && this.available !== undefined;
  }

  /** true when no further request is allowed (a check that has not started is left out). */
  exhausted(): boolean {
    if (!this.limited) return false;
    if (this.spent) return true;
    this.fd ??= openSync(this.file!, 'a');
    this.spent = fstatSync(this.fd).size >= this.available!;
    return this.spent;
  }

  /** Takes one request from the budget, or throws BudgetExhausted. */
  take(): void {
    if (!this.limited) return;
    if (this.spent) throw new BudgetExhausted(this.maxRequests!);
    this.fd ??= openSync(this.file!, 'a');
    writeSync(this.fd, '.');
    if (fstatSync(this.fd).size > this.available!) {
      this.spent = true;
      throw new BudgetExhausted(this.maxRequests!);
    }
  }

  /**
   * The client with every request (call, op, request) counted against the budget first.
   * `onRefused` runs before a refusal is thrown: code that catches every error (a property run,
   * the lifecycle model) must not turn a request left out into a failed check.
   */
  wrap(client: ConnectFiClient, onRefused: () => void = () => undefined): ConnectFiClient {
    if (!this.limited) return client;
    const take = () => {
      try {
        this.take();
      } catch (err) {
        onRefused();
        throw err;
      }
    };
    return {
      ...client,
      call: (...args) => {
        take();
        return client.call(...args);
      },
      op: (...args: Parameters<ConnectFiClient['op']>) => {
        take();
        return client.op(...args);
      },
      request: (...args) => {
        take();
        return client.request(...args);
      },
    };
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
