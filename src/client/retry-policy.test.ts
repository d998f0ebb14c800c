import { describe, expect, it } from 'vitest';
import { idempotencyRules } from '../api/index.ts';
import { decideRetry, readBack, retryClass, type AttemptTrouble, type RetryClass } from './retry-policy.ts';

const LIMITS = { retries: 2, backoffMs: 100, maxBackoffMs: 2_000, maxRetryAfterMs: 60_000 };
const NONE = { rate: 0, trouble: 0 };

/** The decision as a short word: "no", or "wait N" with "(may have applied)". */
function decide(cls: RetryClass, trouble: AttemptTrouble, spent = NONE, limits = LIMITS): string {
  const d = decideRetry(cls, trouble, spent, limits);
  return d ? `wait ${d.waitMs} ${d.budget}${d.mayHaveApplied ? ' (may have applied)' : ''}` : 'no';
}

describe('the retry classes', () => {
  it('reads, reference-bearing writes (reissue only with a new card number), every other write unsafe', () => {
    expect(retryClass('/ibis/card/status', 'POST', {})).toBe('read');
    expect(retryClass('/ibis/inquiry/transaction-history', 'POST', {})).toBe('read');
    expect(retryClass('/ibis/credit-card/application/:applicationId', 'GET', {})).toBe('read');
    for (const rule of idempotencyRules.operations)
      expect(retryClass(rule.operation, 'POST', { reissueType: '3' }), rule.operation).toBe('reference');
    expect(retryClass('/ibis/card/reissue', 'POST', { reissueType: '1' })).toBe('unsafe');
    for (const op of ['/ibis/card/set-status', '/ibis/card/set-pin', '/ibis/card/activate', '/ibis/financial/reversal'])
      expect(retryClass(op, 'POST', {}), op).toBe('unsafe');
    expect(retryClass('/ibis/credit-card/application', 'POST', {})).toBe('unsafe');
  });

  it('reads every reference-bearing entity back by reference, except a card registration (no documented read-back)', () => {
    const how = Object.fromEntries(idempotencyRules.operations.map((r) => [r.operation, readBack(r)?.operation ?? 'none']));
    expect(how).toEqual({
      '/ibis/account/add': '/ibis/card/status',
      '/ibis/debit-card/add': '/ibis/card/status',
      '/ibis/credit-card/add': '/ibis/card/status',
      '/ibis/card/reissue': '/ibis/card/status',
      '/ibis/financial/card-to-card': '/ibis/financial/retrieve',
      '/ibis/financial/funds-credit': '/ibis/financial/retrieve',
      '/ibis/financial/funds-debit': '/ibis/financial/retrieve',
      '/transfer-to/card/register': 'none',
    });
  });
});

describe('decideRetry', () => {
  it.each<[RetryClass, AttemptTrouble, string]>([
    ['read', { network: 'ECONNRESET' }, 'wait 100 trouble'],
    ['read', { network: 'TIMEOUT' }, 'wait 100 trouble'],
    ['read', { status: 503 }, 'wait 100 trouble'],
    ['read', { status: 500 }, 'wait 100 trouble'],
    ['reference', { network: 'ECONNRESET' }, 'wait 100 trouble (may have applied)'],
    ['reference', { network: 'TIMEOUT' }, 'wait 100 trouble (may have applied)'],
    ['reference', { status: 502 }, 'wait 100 trouble (may have applied)'],
    ['reference', { network: 'ECONNREFUSED' }, 'wait 100 trouble'],
    ['unsafe', { network: 'ECONNRESET' }, 'no'],
    ['unsafe', { network: 'TIMEOUT' }, 'no'],
    ['unsafe', { status: 503 }, 'no'],
    ['unsafe', { network: 'ECONNREFUSED' }, 'wait 100 trouble'],
    ['unsafe', { network: 'ENOTFOUND' }, 'wait 100 trouble'],
    ['unsafe', { status: 429, retryAfterMs: 1_000 }, 'wait 1000 rate'],
    ['read', { status: 429 }, 'wait 1000 rate'],
    ['read', { status: 503, retryAfterMs: 3_000 }, 'wait 3000 trouble'],
    ['read', { status: 503, retryAfterMs: 120_000 }, 'no'],
    ['read', { status: 429, retryAfterMs: 120_000 }, 'no'],
    ['read', { status: 400 }, 'no'],
    ['read', { status: 401 }, 'no'],
  ])('%s after %j: %s', (cls, trouble, expected) => {
    expect(decide(cls, trouble)).toBe(expected);
  });

  it('backs off exponentially up to a bound, and stops when the budget is spent (429s have their own)', () => {
    const waits = [0, 1, 2, 3, 4, 5, 6].map(
      (n) => decideRetry('read', { network: 'ECONNRESET' }, { rate: 0, trouble: n }, { ...LIMITS, retries: 10 })?.waitMs,
    );
    expect(waits).toEqual([100, 200, 400, 800, 1_600, 2_000, 2_000]);
    expect(decide('read', { network: 'ECONNRESET' }, { rate: 0, trouble: 2 })).toBe('no');
    expect(decide('read', { status: 503 }, { rate: 0, trouble: 2 })).toBe('no');
    expect(decide('read', { status: 429 }, { rate: 0, trouble: 2 })).toBe('wait 1000 rate');
    expect(decide('read', { status: 429 }, { rate: 2, trouble: 0 })).toBe('no');
    expect(decide('read', { network: 'ECONNRESET' }, NONE, { ...LIMITS, retries: 0 })).toBe('no');
  });
});
