import { param } from '../behaviour-rules.ts';
import type { ProxyExchange } from '../report/integration-types.ts';
import { Findings, label, WindowedWait, type GraderFactory } from './grade-types.ts';

/** The write ended without a documented answer: its effect is unknown to the app. */
export function unknownResult(e: ProxyExchange): boolean {
  return e.transport === 'reset' || e.transport === 'aborted' || (e.status !== null && e.status >= 500);
}

interface Unknown {
  seq: number;
  at: number;
  endAt: number;
  key: string;
  reference: string;
  operation: string | null;
  label: string;
  settled?: boolean;
}

/**
 * idempotent-retry (ibis-overview.txt, "Push Funds to Card with /ibis": the reference is how
 * connectFi controls for duplicates). After a reference-bearing write with an unknown result, the
 * app's next request of the same operation whose body differs at most in the reference is its
 * retry: the same reference passes, a new one fails (it can move the money twice).
 */
export const gradeIdempotentRetry: GraderFactory = (rule) => {
  const windowMs = param(rule, 'retryWindowMs');
  const findings = new Findings();
  const notRetried = (u: Unknown) => ({ failed: false, exchange: u.seq, operation: u.operation, text: `${u.label}: not retried` });
  const unknowns = new WindowedWait<Unknown>(windowMs, (u) => findings.add(notRetried(u)));
  return {
    observe(f, horizon) {
      const key = `${f.operation}\n${f.canonicalWithoutReference}`;
      unknowns.settle(key, (u) => {
        if (f.at < u.at || f.at - u.endAt > windowMs) return false;
        if (f.reference === u.reference) {
          findings.add({
            failed: false,
            exchange: f.seq,
            operation: f.operation,
            text: `${u.label}: retried as #${f.seq} with the same reference "${u.reference}" and body`,
          });
        } else {
          findings.add({
            failed: true,
            exchange: f.seq,
            operation: f.operation,
            text: `${u.label}: retried as #${f.seq} under a NEW reference "${f.reference}" (was "${u.reference}"): a second ${u.operation} may be applied`,
          });
        }
        return true;
      });
      if (f.reference !== undefined && unknownResult(f)) {
        unknowns.wait({ seq: f.seq, at: f.at, endAt: f.endAt, key, reference: f.reference, operation: f.operation, label: label(f) });
      }
      unknowns.expire(horizon);
    },
    result: () => findings.grading(unknowns.exercised, unknowns.open().map(notRetried)),
    held: () => unknowns.held(),
  };
};
