import { errorRules } from '../../api/index.ts';
import type { ProxyExchange } from '../report/integration-types.ts';
import { waiting } from './grade-types.ts';
import { windowedGrader, type KeyedWait } from './windowed-grader.ts';

/** A documented refusal: a 4xx whose answer is an error id of the operation (401 and 429 have their own behaviours). */
function declined(e: ProxyExchange): boolean {
  return e.status !== null && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 429 && errorRules.has(e.outcome);
}

/**
 * handles-decline (ibis-overview.txt, "Pull Funds from Card with /ibis": the insufficient-funds
 * answer is a decline, not a transient failure; errata integrator-behaviours). The identical
 * request sent again within tightLoopMs after a decline fails the behaviour.
 */
export const gradeHandlesDecline = windowedGrader<KeyedWait>({
  windowParam: 'tightLoopMs',
  unsettledNote: 'not repeated',
  key: (f) => `${f.method} ${f.path}\n${f.canonical}`,
  settles: (f, d, windowMs) =>
    f.at < d.endAt || f.at - d.endAt > windowMs
      ? undefined
      : {
          failed: true,
          exchange: f.seq,
          operation: f.operation,
          text: `${d.label}: the identical request was sent again as #${f.seq}, ${Math.round(f.at - d.endAt)} ms later`,
        },
  waits: (f, key) => (declined(f) ? { ...waiting(f), key } : undefined),
});
