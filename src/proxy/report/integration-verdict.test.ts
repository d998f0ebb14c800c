import { describe, expect, it } from 'vitest';
import { integrationVerdict, missingOutcomes, outcomeCoverage } from './integration-verdict.ts';

const rows = [
  { operation: '/ibis/card/status', outcome: '200', seen: 3 },
  { operation: '/ibis/card/status', outcome: 'ibisCardNotFound', seen: 0 },
  { operation: '/auth/get-token', outcome: '200', seen: 1 },
];
const upstream = { upstream: 'http://127.0.0.1:9', upstreamAnswered: 5 };

describe('integration verdict', () => {
  it('counts the documented outcomes met per operation, in the order the operations first appear', () => {
    expect(outcomeCoverage(rows)).toEqual({
      met: 2,
      total: 3,
      operations: [
        { operation: '/ibis/card/status', met: 1, total: 2, missing: ['ibisCardNotFound'] },
        { operation: '/auth/get-token', met: 1, total: 1, missing: [] },
      ],
    });
  });

  it('is not ready on any violation, whatever the coverage', () => {
    const coverage = outcomeCoverage(rows.map((r) => ({ ...r, seen: 1 })));
    expect(
      integrationVerdict({
        ...upstream,
        exchanges: 5,
        schemaViolations: 2,
        violationsTotal: 3,
        failedBehaviours: ['token-reuse'],
        coverage,
      }),
    ).toEqual({
      verdict: 'not-ready',
      verdictDetail: '2 schema violation(s); behaviours failed: token-reuse',
    });
    expect(
      integrationVerdict({ ...upstream, exchanges: 5, schemaViolations: 1, violationsTotal: 1, failedBehaviours: [], coverage })
        .verdictDetail,
    ).toBe('1 schema violation(s); behaviours failed: none');
  });

  it('is incomplete without traffic or with an outcome never met (each named), and ready otherwise', () => {
    const none = { ...upstream, schemaViolations: 0, violationsTotal: 0, failedBehaviours: [] };
    expect(integrationVerdict({ ...none, exchanges: 0, coverage: outcomeCoverage([]) })).toEqual({
      verdict: 'incomplete',
      verdictDetail: 'no traffic went through the proxy',
    });
    expect(integrationVerdict({ ...none, exchanges: 4, coverage: outcomeCoverage(rows) })).toEqual({
      verdict: 'incomplete',
      verdictDetail: '1 documented outcome(s) of the operations used were never met: /ibis/card/status ibisCardNotFound',
    });
    expect(integrationVerdict({ ...none, exchanges: 4, coverage: outcomeCoverage(rows.map((r) => ({ ...r, seen: 1 }))) })).toEqual({
      verdict: 'ready',
      verdictDetail: 'no violation; every documented outcome of the 2 operation(s) used was met',
    });
  });

  it('names an upstream that never answered, in an incomplete verdict and beside violations', () => {
    const coverage = outcomeCoverage(rows.map((r) => ({ ...r, seen: 0 })));
    const silent = { upstream: 'http://127.0.0.1:9', upstreamAnswered: 0, exchanges: 3, failedBehaviours: [], coverage };
    expect(integrationVerdict({ ...silent, schemaViolations: 0, violationsTotal: 0 })).toEqual({
      verdict: 'incomplete',
      verdictDetail: 'the upstream http://127.0.0.1:9 never answered (3 exchange(s) without an answer)',
    });
    expect(integrationVerdict({ ...silent, schemaViolations: 1, violationsTotal: 1 }).verdictDetail).toBe(
      'the upstream http://127.0.0.1:9 never answered (3 exchange(s) without an answer); 1 schema violation(s); behaviours failed: none',
    );
  });

  it('gives each outcome never met the outcomes body that forces it; a 200 has none', () => {
    const coverage = outcomeCoverage([
      { operation: '/ibis/financial/funds-debit', outcome: '200', seen: 0 },
      { operation: '/ibis/financial/funds-debit', outcome: 'extIbis.51.insufficientFunds', seen: 0 },
    ]);
    expect(missingOutcomes(coverage)).toEqual([
      { operation: '/ibis/financial/funds-debit', outcome: '200', force: null },
      {
        operation: '/ibis/financial/funds-debit',
        outcome: 'extIbis.51.insufficientFunds',
        force: { operation: '/ibis/financial/funds-debit', outcome: 'extIbis.51.insufficientFunds' },
      },
    ]);
  });
});
