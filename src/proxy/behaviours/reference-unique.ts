import type { ProxyExchange } from '../../reporting/integration-types.ts';
import { label, type Finding, type Grader } from './grade-types.ts';

/**
 * reference-unique (ibis-overview.txt, "Add a Debit Card with /ibis": "will not accept requests
 * with duplicate reference IDs"). The same reference with the same body is a retry; with a
 * different body it is a reference scheme that collides.
 */
export const gradeReferenceUnique: Grader = (exchanges) => {
  const first = new Map<string, ProxyExchange>();
  const findings: Finding[] = [];
  let exercised = false;
  for (const e of exchanges) {
    if (e.reference === undefined) continue;
    exercised = true;
    const key = `${e.operation} ${e.reference}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, e);
      continue;
    }
    if (earlier.canonical !== e.canonical) {
      findings.push({ failed: true, exchange: e.seq, text: `${label(e)}: reference "${e.reference}" already used by #${earlier.seq} with a different body` });
    }
  }
  return { exercised, findings };
};
