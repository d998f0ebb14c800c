import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConnectFiClient } from '../client/client.ts';
import { BudgetExhausted, RequestBudget } from './request-budget.ts';

describe('RequestBudget', () => {
  it('is shared through one file: two workers together never take more than the budget', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-budget-')), '.budget');
    const [a, b] = [new RequestBudget(file, 5, 7), new RequestBudget(file, 5, 7)];
    let taken = 0;
    for (let i = 0; i < 10; i++) {
      for (const w of [a, b]) {
        try {
          w.take();
          taken += 1;
        } catch (err) {
          expect(err).toBeInstanceOf(BudgetExhausted);
          expect((err as Error).message).toBe('left out: the request budget (--max-requests 7) was spent');
        }
      }
    }
    expect(taken).toBe(5);
    expect(a.exhausted() && b.exhausted()).toBe(true);
    a.close();
    b.close();
  });

  it('counts every call of the wrapped client and reports a refusal before throwing; no budget, no wrapping', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-budget-')), '.budget');
    let sent = 0;
    const client = {
      call: () => Promise.resolve((sent += 1)),
      op: () => Promise.resolve((sent += 1)),
      request: () => Promise.resolve((sent += 1)),
    } as unknown as ConnectFiClient;
    let refused = 0;
    const wrapped = new RequestBudget(file, 2).wrap(client, () => (refused += 1));
    await wrapped.call('/ibis/card/status', {});
    await wrapped.request('GET', '/x');
    expect(() => wrapped.op('/ibis/card/status', { cFiCardId: 'x' })).toThrow(BudgetExhausted);
    expect([sent, refused]).toEqual([2, 1]);
    expect(new RequestBudget(undefined, undefined).wrap(client)).toBe(client);
  });
});
