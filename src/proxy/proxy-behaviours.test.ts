import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ref, startKit, type Kit } from './testing/kit.ts';

/**
 * Each behaviour of schemas/rules/behaviours.json, graded from real traffic through the proxy: an
 * app that does the right thing passes it, one that does the wrong thing fails it.
 */
let kit: Kit;
afterEach(() => kit?.close());

/** A fresh kit for the test, and a token the app logged in for. */
async function startLoggedIn(): Promise<string> {
  kit = await startKit();
  return kit.login();
}

const behaviour = (id: string) => kit.proxy.report().behaviours.find((b) => b.id === id)!;

async function activeCard(token: string, balance = 0): Promise<string> {
  const card = await kit.issueCard(token);
  await kit.post('/ibis/card/activate', { cFiCardId: card }, token);
  if (balance > 0)
    await kit.post('/ibis/financial/funds-credit', { cFiCardId: card, reference: ref('fc'), amount: balance, currency: 'USD' }, token);
  return card;
}

describe('idempotent-retry', () => {
  it.each([
    ['a new reference', true, 'failed', 'not-ready'],
    ['the same reference', false, 'passed', undefined],
  ] as const)(
    'after a forced http-500 on funds-credit, a retry with %s (new: %s) is graded %s',
    async (_label, newReference, status, verdict) => {
      const token = await startLoggedIn();
      const card = await activeCard(token);
      await kit.force('/ibis/financial/funds-credit', 'http-500');
      const body = { cFiCardId: card, reference: ref('fc'), amount: 25, currency: 'USD', description: 'payout' };
      expect((await kit.post('/ibis/financial/funds-credit', body, token)).status).toBe(500);
      const retry = await kit.post(
        '/ibis/financial/funds-credit',
        { ...body, reference: newReference ? ref('fc') : body.reference },
        token,
      );
      expect(retry.status).toBe(200);
      expect(behaviour('idempotent-retry').status).toBe(status);
      if (verdict) expect(kit.proxy.report().verdict).toBe(verdict);
      if (newReference) expect(kit.proxy.report().violations.find((v) => v.rule === 'idempotent-retry')!.detail).toMatch(/NEW reference/);
    },
  );
});

describe('token-reuse', () => {
  it('a login per call fails, one token for every call passes', async () => {
    kit = await startKit();
    for (let i = 0; i < 3; i++) await kit.post('/ibis/card/list', { customerId: kit.sim.fixtures.customerId }, await kit.login());
    expect(behaviour('token-reuse').status).toBe('failed');
    await kit.close();
    const token = await startLoggedIn();
    for (let i = 0; i < 3; i++) await kit.post('/ibis/card/list', { customerId: kit.sim.fixtures.customerId }, token);
    expect(behaviour('token-reuse').status).toBe('passed');
  });

  it('a second login whose first answer the app never used (a lost answer) is not counted', async () => {
    kit = await startKit();
    await kit.login(); // the answer "lost": this token is never used
    const token = await kit.login();
    await kit.post('/ibis/card/list', { customerId: kit.sim.fixtures.customerId }, token);
    await kit.post('/ibis/card/list', { customerId: kit.sim.fixtures.customerId }, token);
    await kit.login(); // a login while a used token still works: one is allowed (maxUnneededLogins 1)
    expect(behaviour('token-reuse').status).toBe('passed');
    await kit.login();
    await kit.post('/ibis/card/list', { customerId: kit.sim.fixtures.customerId }, token);
    expect(behaviour('token-reuse').status).toBe('failed');
  });
});

describe('token-refresh', () => {
  it.each([true, false])('after a forced token-expired, logging in and retrying (%s) passes only when it logs in', async (refresh) => {
    const token = await startLoggedIn();
    await kit.force('/ibis/card/list', 'token-expired');
    const body = { customerId: kit.sim.fixtures.customerId };
    expect((await kit.post('/ibis/card/list', body, token)).status).toBe(401);
    const retry = await kit.post('/ibis/card/list', body, refresh ? await kit.login() : token);
    expect(retry.status).toBe(refresh ? 200 : 401);
    expect(behaviour('token-refresh').status).toBe(refresh ? 'passed' : 'failed');
  });
});

describe('retry-after', () => {
  it.each([
    [1100, 'passed'],
    [0, 'failed'],
  ] as const)('after a forced 429 with Retry-After 1, a retry %i ms later is graded %s', async (waitMs, status) => {
    const token = await startLoggedIn();
    await kit.force('/ibis/card/list', 'http-429', { retryAfterSeconds: 1 });
    const body = { customerId: kit.sim.fixtures.customerId };
    const first = await kit.post('/ibis/card/list', body, token);
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('1');
    if (waitMs > 0) await sleep(waitMs); // the app under test honouring Retry-After
    await kit.post('/ibis/card/list', body, token);
    expect(behaviour('retry-after').status).toBe(status);
  });
});

describe('no-clear-pan', () => {
  it('a card number in a description fails; in clearCard.accountNumber of card/register it is where it belongs', async () => {
    const token = await startLoggedIn();
    await kit.post(
      '/transfer-to/card/register',
      { reference: ref('rg'), clearCard: { accountNumber: '4111111111111111', expirationDate: '2812' } },
      token,
    );
    expect(behaviour('no-clear-pan').status).toBe('passed');
    const card = await activeCard(token);
    await kit.post(
      '/ibis/financial/funds-credit',
      { cFiCardId: card, reference: ref('fc'), amount: 1, currency: 'USD', description: 'to 4111 1111 1111 1111' },
      token,
    );
    const b = behaviour('no-clear-pan');
    expect(b.status).toBe('failed');
    expect(b.evidence.join('\n')).toContain('4111 11** **** 1111');
    expect(JSON.stringify(kit.proxy.report())).not.toMatch(/4111 ?1111 ?1111 ?1111/);
  });
});

describe('reference-unique', () => {
  it('the same reference with a different body fails', async () => {
    const token = await startLoggedIn();
    const card = await activeCard(token);
    const reference = ref('fc');
    await kit.post('/ibis/financial/funds-credit', { cFiCardId: card, reference, amount: 1, currency: 'USD' }, token);
    expect(behaviour('reference-unique').status).toBe('passed');
    const dup = await kit.post('/ibis/financial/funds-credit', { cFiCardId: card, reference, amount: 2, currency: 'USD' }, token);
    expect(dup.json.code).toBe('referenceExists');
    expect(behaviour('reference-unique').status).toBe('failed');
  });
});

describe('handles-decline', () => {
  it.each([true, false])(
    'after extIbis 51 on funds-debit, repeating the identical request (%s) fails only when it repeats',
    async (repeat) => {
      const token = await startLoggedIn();
      const card = await activeCard(token, 5);
      const body = { cFiCardId: card, reference: ref('fd'), amount: 50, currency: 'USD' };
      const declined = await kit.post('/ibis/financial/funds-debit', body, token);
      expect(declined.json.subCode).toBe('51');
      if (repeat) await kit.post('/ibis/financial/funds-debit', body, token);
      expect(behaviour('handles-decline').status).toBe(repeat ? 'failed' : 'passed');
    },
  );

  it('waits for the requests in flight: a repeat sent within the window but answered after it, while other exchanges end, still fails it', async () => {
    const token = await startLoggedIn();
    const card = await activeCard(token, 5);
    const body = { cFiCardId: card, reference: ref('fd'), amount: 50, currency: 'USD' };
    expect((await kit.post('/ibis/financial/funds-debit', body, token)).json.subCode).toBe('51');
    const windowMs = 2000; // tightLoopMs of handles-decline in schemas/rules/behaviours.json
    // The identical request, sent at once, answered by the upstream only after the window is over.
    await kit.force('/ibis/financial/funds-debit', 'timeout', { delayMs: windowMs + 1500 });
    const repeat = kit.post('/ibis/financial/funds-debit', body, token);
    // Another exchange ends once the window is over. The repeat is still in flight, and it started
    // inside the window: the decline must stay open for it rather than be settled "not repeated".
    await sleep(windowMs + 300);
    await kit.post('/ibis/card/list', { customerId: kit.sim.fixtures.customerId }, token);
    expect(behaviour('handles-decline').status).toBe('passed'); // nothing repeated yet, as far as the proxy knows
    expect((await repeat).json.subCode).toBe('51');
    const graded = behaviour('handles-decline');
    expect(graded.status).toBe('failed');
    expect(graded.evidence.join('\n')).toMatch(/the identical request was sent again as #\d+, \d+ ms later/);
  });
});
