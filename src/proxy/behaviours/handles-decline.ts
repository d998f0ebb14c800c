import { errorRules } from '../../api/index.ts';
import { param } from '../behaviour-rules.ts';
import type { ProxyExchange } from '../report/integration-types.ts';
import { Findings, label, WindowedWait, type GraderFactory } from './grade-types.ts';

/** A documented refusal: a 4xx whose answer is an error id of the operation (401 and 429 have their own behaviours). */
function declined(e: ProxyExchange): boolean {
  return e.status !== null && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 429 && errorRules.has(e.outcome);
}

interface Decline {
  seq: number;
  endAt: number;
  key: string;
  operation: string | null;
  label: string;
  settled?: boolean;
}

/**
 * handles-decline (ibis-overview.txt, "Pull Funds from Card with /ibis": the insufficient-funds
 * answer is a decline, not a transient failure; errata integrator-behaviours). The identical
 * request sent again within tightLoopMs after a decline fails the behaviour.
 */
export const gradeHandlesDecline: GraderFactory = (rule) => {
  const windowMs = param(rule, 'tightLoopMs');
  const findings = new Findings();
  const notRepeated = (d: Decline) => ({ failed: false, exchange: d.seq, operation: d.operation, text: `${d.label}: not repeated` });
  const declines = new WindowedWait<Decline>(windowMs, (d) => findings.add(notRepeated(d)));
  return {
    observe(f, horizon) {
      const key = `${f.method} ${f.path}\n${f.canonical}`;
      declines.settle(key, (d) => {
        if (f.at < d.endAt || f.at - d.endAt > windowMs) return false;
        findings.add({
          failed: true,
          exchange: f.seq,
          operation: f.operation,
          text: `${d.label}: the identical request was sent again as #${f.seq}, ${Math.round(f.at - d.endAt)} ms later`,
        });
        return true;
      });
      if (declined(f)) declines.wait({ seq: f.seq, endAt: f.endAt, key, operation: f.operation, label: label(f) });
      declines.expire(horizon);
    },
    result: () => findings.grading(declines.exercised, declines.open().map(notRepeated)),
    held: () => declines.held(),
  };
};
