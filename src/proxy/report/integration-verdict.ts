import type { CoverageFigure, IntegrationReport, OutcomeRow } from './integration-types.ts';

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

export interface VerdictInput {
  /** Exchanges recorded. */
  exchanges: number;
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
  if (v.violationsTotal > 0)
    return {
      verdict: 'not-ready',
      verdictDetail: `${v.schemaViolations} schema violation(s); behaviours failed: ${v.failedBehaviours.join(', ') || 'none'}`,
    };
  if (v.exchanges === 0) return { verdict: 'incomplete', verdictDetail: 'no traffic went through the proxy' };
  const { met, total, operations } = v.coverage;
  if (met < total)
    return { verdict: 'incomplete', verdictDetail: `${total - met} documented outcome(s) of the operations used were never met` };
  return {
    verdict: 'ready',
    verdictDetail: `no violation; every documented outcome of the ${operations.length} operation(s) used was met`,
  };
}
