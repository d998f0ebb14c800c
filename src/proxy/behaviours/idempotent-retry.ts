import { param } from '../behaviour-rules.ts';
import type { ProxyExchange } from '../../reporting/integration-types.ts';
import { label, type Grader, type Finding } from './grade-types.ts';

/** The write ended without a documented answer: its effect is unknown to the app. */
export function unknownResult(e: ProxyExchange): boolean {
  return e.transport === 'reset' || e.transport === 'aborted' || (e.status !== null && e.status >= 500);
}

/**
 * idempotent-retry (ibis-overview.txt, "Push Funds to Card with /ibis": the reference is how
 * connectFi controls for duplicates). After a reference-bearing write with an unknown result, the
 * app's next request of the same operation whose body differs at most in the reference is its
 * retry: the same reference passes, a new one fails (it can move the money twice).
 */
export const gradeIdempotentRetry: Grader = (exchanges, rule) => {
  const windowMs = param(rule, 'retryWindowMs');
  const findings: Finding[] = [];
  let exercised = false;
  for (const e of exchanges) {
    if (e.reference === undefined || !unknownResult(e)) continue;
    exercised = true;
    const retry = exchanges.find(
      (f) => f.seq > e.seq && f.operation === e.operation && f.at >= e.at && f.at - e.endAt <= windowMs && f.canonicalWithoutReference === e.canonicalWithoutReference,
    );
    if (!retry) {
      findings.push({ failed: false, exchange: e.seq, text: `${label(e)}: not retried` });
    } else if (retry.reference === e.reference) {
      findings.push({ failed: false, exchange: retry.seq, text: `${label(e)}: retried as #${retry.seq} with the same reference "${e.reference}" and body` });
    } else {
      findings.push({
        failed: true,
        exchange: retry.seq,
        text: `${label(e)}: retried as #${retry.seq} under a NEW reference "${retry.reference}" (was "${e.reference}"): a second ${e.operation} may be applied`,
      });
    }
  }
  return { exercised, findings };
};
