import type { CoverageFigure, IntegrationReport, MissingOutcome, OutcomeRow } from './integration-types.ts';

/** The outcome of a 200 answer (src/api/outcomes.ts, SUCCESS_OUTCOME): met by a request that succeeds, never forced. */
const SUCCESS = '200';

/** Outcome coverage: per operation used, how many of its documented outcomes the traffic met, and which it never did. */
export function outcomeCoverage(outcomes: readonly OutcomeRow[]): IntegrationReport['coverage'] {
  const byOperation = new Map<string, CoverageFigure>();
  for (const row of outcomes) {
    const fig = byOperation.get(row.operation) ?? { operation: row.operation, met: 0, total: 0, missing: [] };
    fig.total++;
    if (row.seen > 0) fig.met++;
    else fig.missing.push(row.outcome);
    byOperation.set(row.operation, fig);
  }
  const operations = [...byOperation.values()];
  return { met: operations.reduce((n, f) => n + f.met, 0), total: operations.reduce((n, f) => n + f.total, 0), operations };
}

/**
 * Each documented outcome never met, with the body of POST /__simulator/outcomes that makes the next
 * call of its operation meet it (docs/integrators.md, "Making every outcome happen"); a 200 has none.
 */
export function missingOutcomes(coverage: IntegrationReport['coverage']): MissingOutcome[] {
  return coverage.operations.flatMap((f) =>
    f.missing.map((outcome) => ({
      operation: f.operation,
      outcome,
      force: outcome === SUCCESS ? null : { operation: f.operation, outcome },
    })),
  );
}

export interface VerdictInput {
  /** The upstream's base URL, named when it never answered. */
  upstream: string;
  /** Exchanges recorded. */
  exchanges: number;
  /** Exchanges the upstream answered (the others were cut, aborted or found it unreachable). */
  upstreamAnswered: number;
  /** Schema violations found, listed or not. */
  schemaViolations: number;
  /** Every violation found (schema and behaviour). */
  violationsTotal: number;
  /** The ids of the behaviours that failed. */
  failedBehaviours: readonly string[];
  coverage: IntegrationReport['coverage'];
}

/**
 * integration.json's verdict (docs/integrators.md, "The proxy"): not ready on any violation;
 * incomplete when no traffic came or a documented outcome of an operation used was never met;
 * ready otherwise. The CLI's exit code follows it.
 */
export function integrationVerdict(v: VerdictInput): Pick<IntegrationReport, 'verdict' | 'verdictDetail'> {
  // Nothing the app did with an answer could be graded: said first, whatever else is said.
  const silent =
    v.exchanges > 0 && v.upstreamAnswered === 0
      ? `the upstream ${v.upstream} never answered (${v.exchanges} exchange(s) without an answer)`
      : undefined;
  if (v.violationsTotal > 0)
    return {
      verdict: 'not-ready',
      verdictDetail: [silent, `${v.schemaViolations} schema violation(s); behaviours failed: ${v.failedBehaviours.join(', ') || 'none'}`]
        .filter(Boolean)
        .join('; '),
    };
  if (v.exchanges === 0) return { verdict: 'incomplete', verdictDetail: 'no traffic went through the proxy' };
  if (silent) return { verdict: 'incomplete', verdictDetail: silent };
  const { met, total, operations } = v.coverage;
  if (met < total) {
    const missing = missingOutcomes(v.coverage).map((m) => `${m.operation} ${m.outcome}`);
    return {
      verdict: 'incomplete',
      verdictDetail: `${total - met} documented outcome(s) of the operations used were never met: ${missing.join(', ')}`,
    };
  }
  return {
    verdict: 'ready',
    verdictDetail: `no violation; every documented outcome of the ${operations.length} operation(s) used was met`,
  };
}
