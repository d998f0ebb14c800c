import { errorRules } from '../../spec/index.ts';
import { param } from '../behaviour-rules.ts';
import type { ProxyExchange } from '../../reporting/integration-types.ts';
import { label, type Finding, type Grader } from './grade-types.ts';

/** A documented refusal: a 4xx whose answer is an error id of the operation (401 and 429 have their own behaviours). */
function declined(e: ProxyExchange): boolean {
  return e.status !== null && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 429 && errorRules.has(e.outcome);
}

/**
 * handles-decline (ibis-overview.txt, "Pull Funds from Card with /ibis": the insufficient-funds
 * answer is a decline, not a transient failure; errata integrator-behaviours). The identical
 * request sent again within tightLoopMs after a decline fails the behaviour.
 */
export const gradeHandlesDecline: Grader = (exchanges, rule) => {
  const windowMs = param(rule, 'tightLoopMs');
  const findings: Finding[] = [];
  let exercised = false;
  for (const e of exchanges) {
    if (!declined(e)) continue;
    exercised = true;
    const repeat = exchanges.find((f) => f.seq > e.seq && f.at >= e.endAt && f.at - e.endAt <= windowMs && f.method === e.method && f.path === e.path && f.canonical === e.canonical);
    if (repeat) {
      findings.push({ failed: true, exchange: repeat.seq, text: `${label(e)}: the identical request was sent again as #${repeat.seq}, ${Math.round(repeat.at - e.endAt)} ms later` });
    } else {
      findings.push({ failed: false, exchange: e.seq, text: `${label(e)}: not repeated` });
    }
  }
  return { exercised, findings };
};
