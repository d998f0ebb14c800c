import { param } from '../behaviour-rules.ts';
import { label, type Finding, type Grader } from './grade-types.ts';

/** Retry-After as seconds (delta-seconds or an HTTP date), RFC 9110 section 10.2.3. */
export function retryAfterSeconds(value: string | undefined, fallback: number, now = Date.now()): number {
  if (value === undefined || value.trim() === '') return fallback;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? fallback : Math.max(0, (date - now) / 1000);
}

/**
 * retry-after (README.md, "Sandbox": no rate limits are documented; errata integrator-behaviours).
 * After a 429, the next call of the same operation starts at least Retry-After later.
 */
export const gradeRetryAfter: Grader = (exchanges, rule) => {
  const tolerance = param(rule, 'toleranceMs');
  const fallback = param(rule, 'defaultRetryAfterSeconds');
  const findings: Finding[] = [];
  let exercised = false;
  for (const e of exchanges) {
    if (e.status !== 429) continue;
    exercised = true;
    const waitMs = retryAfterSeconds(e.responseHeaders['retry-after'], fallback) * 1000;
    const next = exchanges.find((f) => f.seq > e.seq && f.operation === e.operation && f.at >= e.endAt);
    if (!next) {
      findings.push({ failed: false, exchange: e.seq, text: `${label(e)}: no later call of ${e.operation}` });
      continue;
    }
    const waited = next.at - e.endAt;
    const ok = waited + tolerance >= waitMs;
    findings.push({ failed: !ok, exchange: next.seq, text: `${label(e)}: next call #${next.seq} ${Math.round(waited)} ms later (Retry-After ${waitMs / 1000} s)` });
  }
  return { exercised, findings };
};
