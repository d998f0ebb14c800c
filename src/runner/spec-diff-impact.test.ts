import { describe, expect, it } from 'vitest';
import type { SchemaChange } from '../api/schema-diff.ts';
import { interactionsByOperation, operationOfPath } from '../pact/interactions-by-operation.ts';
import { withImpact } from './spec-diff-impact.ts';

const checks = [
  { id: 'history.amounts', operation: '/ibis/inquiry/transaction-history', family: 'history' },
  { id: 'envelope.ibis-inquiry-transaction-history.success', operation: '/ibis/inquiry/transaction-history', family: 'envelope' },
  { id: 'envelope.ibis-card-status.error', operation: '/ibis/card/status', family: 'envelope' },
  { id: 'cards.status.by-id', operation: '/ibis/card/status', family: 'cards' },
];
const interactions = [
  { operation: '/ibis/inquiry/transaction-history', description: 'history 200', status: 200, file: 'c.json' },
  { operation: '/ibis/inquiry/transaction-history', description: 'history 400', status: 400, file: 'c.json' },
  { operation: '/ibis/card/status', description: 'status 200', status: 200, file: 'c.json' },
];
const change = (over: Partial<SchemaChange>): SchemaChange => ({
  operation: '/ibis/inquiry/transaction-history',
  side: 'request',
  path: '/dateFrom',
  change: 'became required',
  breaking: 'integrators',
  ...over,
});

describe('spec-diff: the checks and Pact interactions a change affects', () => {
  it('a request change: every check and interaction of its operation', () => {
    const [c] = withImpact([change({})], checks, interactions);
    expect(c.checks).toEqual(['envelope.ibis-inquiry-transaction-history.success', 'history.amounts']);
    expect(c.interactions).toEqual(['history 200', 'history 400']);
  });

  it('a change of the data: the 200 interactions; of the documented errors: the error ones; of the envelope: the envelope family and all', () => {
    const [data, errors, envelope] = withImpact(
      [
        change({ side: 'response', path: '/data/transactions/*/amount' }),
        change({ side: 'response', path: '/code' }),
        change({ operation: '*', side: 'response', path: '/requestId' }),
      ],
      checks,
      interactions,
    );
    expect(data.interactions).toEqual(['history 200']);
    expect(errors.interactions).toEqual(['history 400']);
    expect(envelope.checks).toEqual(['envelope.ibis-card-status.error', 'envelope.ibis-inquiry-transaction-history.success']);
    expect(envelope.interactions).toHaveLength(3);
  });

  it('reads the committed contract: every interaction names a documented operation', () => {
    const all = interactionsByOperation();
    expect(all.length).toBeGreaterThan(50);
    expect(new Set(all.map((i) => i.operation)).size).toBeGreaterThanOrEqual(20);
    expect(operationOfPath('/ibis/credit-card/application/gsa_1odQnDkGpFw6h3CPABjMW0')).toBe(
      '/ibis/credit-card/application/:applicationId',
    );
    expect(operationOfPath('/ibis/card/status/extra')).toBeUndefined();
  });
});
