import { param } from '../behaviour-rules.ts';
import { Findings, Keyed, unsettled, waiting, type GraderFactory, type Waiting } from './grade-types.ts';

/** Retry-After as seconds (delta-seconds or an HTTP date), RFC 9110 section 10.2.3. */
export function retryAfterSeconds(value: string | undefined, fallback: number, now = Date.now()): number {
  if (value === undefined || value.trim() === '') return fallback;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? fallback : Math.max(0, (date - now) / 1000);
}

interface Limited extends Waiting {
  waitMs: number;
}

/**
 * retry-after (README.md, "Sandbox": no rate limits are documented; errata integrator-behaviours).
 * After a 429, the next call of the same operation starts at least Retry-After later.
 */
export const gradeRetryAfter: GraderFactory = (rule) => {
  const tolerance = param(rule, 'toleranceMs');
  const fallback = param(rule, 'defaultRetryAfterSeconds');
  const findings = new Findings();
  // Each 429 waits for the next call of its operation; every call settles those before it, so
  // what is kept is at most the 429s still in flight.
  const byOperation = new Keyed<Limited>();
  const open = new Set<Limited>();
  let exercised = false;
  return {
    observe(f) {
      byOperation.settle(String(f.operation), (l) => {
        if (f.at < l.endAt) return false;
        const waited = f.at - l.endAt;
        findings.add({
          failed: waited + tolerance < l.waitMs,
          exchange: f.seq,
          operation: f.operation,
          text: `${l.label}: next call #${f.seq} ${Math.round(waited)} ms later (Retry-After ${l.waitMs / 1000} s)`,
        });
        open.delete(l);
        return true;
      });
      if (f.status !== 429) return;
      exercised = true;
      const l: Limited = { ...waiting(f), waitMs: retryAfterSeconds(f.responseHeaders['retry-after'], fallback) * 1000 };
      byOperation.add(String(f.operation), l);
      open.add(l);
    },
    result: () =>
      findings.grading(
        exercised,
        [...open].map((l) => unsettled(l, `no later call of ${l.operation}`)),
      ),
    held: () => open.size,
  };
};
