import type { BehaviourRule } from '../behaviour-rules.ts';
import type { ProxyExchange } from '../report/integration-types.ts';

/** One graded instance: a failure names its exchange; a pass or a note is evidence only. */
export interface Finding {
  failed: boolean;
  exchange: number;
  /** The operation of that exchange (a behaviour violation names it). */
  operation: string | null;
  text: string;
}

/**
 * A grader's verdict so far. `findings` lists the first of them (evidence and violations);
 * `failed` and `total` count every one, listed or not.
 */
export interface Grading {
  exercised: boolean;
  findings: Finding[];
  failed: number;
  total: number;
}

/**
 * A behaviour graded as the traffic goes by (docs/architecture.md, "Integrator kit"): `observe`
 * sees each exchange once, in the order the proxy finished them, and keeps only what a later
 * exchange can still change: a proxy that runs for days holds a bounded amount per behaviour.
 * `horizon` is the earliest start time (ms of the session) that any exchange still to come can
 * have: what waits for an answer within a window can be settled once the horizon passes it.
 * `result` may be asked any number of times and changes nothing.
 */
export interface Grader {
  observe(e: ProxyExchange, horizon: number): void;
  result(): Grading;
  /** How many exchanges' worth of state it holds now (what the proxy's memory grows with). */
  held(): number;
}

export type GraderFactory = (rule: BehaviourRule) => Grader;

/** Findings listed per behaviour (the rest are counted): each failure listed is a violation in the report. */
export const FINDINGS_LISTED = 100;

/** The findings of one behaviour: the first FINDINGS_LISTED, and the first FINDINGS_LISTED failures, listed; all counted. */
export class Findings {
  private readonly first: Finding[] = [];
  private readonly failures: Finding[] = [];
  failed = 0;
  total = 0;

  add(f: Finding): void {
    this.total++;
    if (f.failed) {
      this.failed++;
      if (this.failures.length < FINDINGS_LISTED) this.failures.push(f);
    }
    if (this.first.length < FINDINGS_LISTED) this.first.push(f);
  }

  /** The listed findings, with `extra` (findings that are not settled yet) counted in, in exchange order. */
  grading(exercised: boolean, extra: Finding[] = []): Grading {
    const listed = new Set([...this.first, ...this.failures]);
    const room = Math.max(0, FINDINGS_LISTED - this.first.length);
    const more = extra.slice(0, room);
    const failedExtra = extra.filter((f) => f.failed);
    for (const f of failedExtra.slice(0, Math.max(0, FINDINGS_LISTED - this.failures.length))) listed.add(f);
    for (const f of more) listed.add(f);
    return {
      exercised,
      findings: [...listed].sort((a, b) => a.exchange - b.exchange),
      failed: this.failed + failedExtra.length,
      total: this.total + extra.length,
    };
  }
}

/**
 * Exchanges waiting for a later one, settled in the order they came: `expire` hands back, oldest
 * first, those whose window (from their answer) the horizon has passed. The proxy records
 * exchanges in the order it finished them, so the queue is ordered by `endAt`.
 */
export class Pending<P extends { endAt: number; settled?: boolean }> {
  private queue: P[] = [];
  private head = 0;

  add(p: P): void {
    this.queue.push(p);
  }

  expire(horizon: number, windowMs: number, onExpired: (p: P) => void): void {
    while (this.head < this.queue.length && horizon - this.queue[this.head].endAt > windowMs) {
      const p = this.queue[this.head++];
      if (!p.settled) {
        p.settled = true;
        onExpired(p);
      }
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  get size(): number {
    return this.queue.length - this.head;
  }

  /** Those not settled yet, oldest first. */
  open(): P[] {
    return this.queue.slice(this.head).filter((p) => !p.settled);
  }
}

/** Lists of pending items under a key; empty lists are dropped. */
export class Keyed<P extends { settled?: boolean }> {
  private readonly map = new Map<string, P[]>();

  add(key: string, p: P): void {
    const list = this.map.get(key);
    if (list) list.push(p);
    else this.map.set(key, [p]);
  }

  /** Calls `match` on each open item under `key`; those it returns true for are settled and removed. */
  settle(key: string, match: (p: P) => boolean): void {
    const list = this.map.get(key);
    if (!list) return;
    const kept = list.filter((p) => !p.settled && !(match(p) && (p.settled = true)));
    if (kept.length > 0) this.map.set(key, kept);
    else this.map.delete(key);
  }

  /** Drops the settled items under `key` (one that expired leaves its key's list). */
  prune(key: string): void {
    this.settle(key, () => false);
  }

  /** How many keys hold open items (tests look at it to see that nothing is kept for ever). */
  get size(): number {
    return this.map.size;
  }
}

/** What a grader keeps of an exchange that waits for a later one. */
export interface Waiting {
  seq: number;
  endAt: number;
  operation: string | null;
  label: string;
  settled?: boolean;
}

/** The part of `e` every waiting item keeps. */
export function waiting(e: ProxyExchange): Waiting {
  return { seq: e.seq, endAt: e.endAt, operation: e.operation, label: label(e) };
}

/** The finding of an item no later exchange settled (`what` did not happen): evidence, not a failure. */
export function unsettled(p: Waiting, what: string): Finding {
  return { failed: false, exchange: p.seq, operation: p.operation, text: `${p.label}: ${what}` };
}

/** "#12 POST /ibis/financial/funds-credit → 500" */
export function label(e: ProxyExchange): string {
  const answer = e.status !== null ? String(e.status) : e.transport;
  return `#${e.seq} ${e.method} ${e.operation ?? e.path} → ${answer}${e.outcome && e.outcome !== String(e.status) ? ` ${e.outcome}` : ''}`;
}

export const AUTH_OPERATION = '/auth/get-token';
