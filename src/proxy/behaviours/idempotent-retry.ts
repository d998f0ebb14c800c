import type { ProxyExchange } from '../report/integration-types.ts';
import { waiting } from './grade-types.ts';
import { windowedGrader, type KeyedWait } from './windowed-grader.ts';

/** The write ended without a documented answer: its effect is unknown to the app. */
export function unknownResult(e: ProxyExchange): boolean {
  return e.transport === 'reset' || e.transport === 'aborted' || (e.status !== null && e.status >= 500);
}

interface Unknown extends KeyedWait {
  at: number;
  reference: string;
}

/**
 * idempotent-retry (ibis-overview.txt, "Push Funds to Card with /ibis": the reference is how
 * connectFi controls for duplicates). After a reference-bearing write with an unknown result, the
 * app's next request of the same operation whose body differs at most in the reference is its
 * retry: the same reference passes, a new one fails (it can move the money twice).
 */
export const gradeIdempotentRetry = windowedGrader<Unknown>({
  windowParam: 'retryWindowMs',
  unsettledNote: 'not retried',
  key: (f) => `${f.operation}\n${f.canonicalWithoutReference}`,
  settles: (f, u, windowMs) => {
    if (f.at < u.at || f.at - u.endAt > windowMs) return undefined;
    const same = f.reference === u.reference;
    return {
      failed: !same,
      exchange: f.seq,
      operation: f.operation,
      text: same
        ? `${u.label}: retried as #${f.seq} with the same reference "${u.reference}" and body`
        : `${u.label}: retried as #${f.seq} under a NEW reference "${f.reference}" (was "${u.reference}"): a second ${u.operation} may be applied`,
    };
  },
  waits: (f, key) => (f.reference !== undefined && unknownResult(f) ? { ...waiting(f), at: f.at, key, reference: f.reference } : undefined),
});
