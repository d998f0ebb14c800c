import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, TransportError } from '../errors.ts';
import { startSimulator, type RunningSimulator } from '../simulator/index.ts';
import { validateResponse } from '../api/index.ts';
import { type ClientOptions } from './client-options.ts';
import { createClient, type ConnectFiClient } from './client.ts';
import type { Exchange } from './exchange.ts';
import { startDroppingProxy } from './testing/local-servers.ts';

/** The client against the reference simulator rather than a fake (docs/architecture.md, "In-process first"). */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function simulator(options: Parameters<typeof startSimulator>[0] = {}): Promise<RunningSimulator> {
  const sim = await startSimulator({ port: 0, seed: 'client-tests', ...options });
  cleanups.push(() => sim.close());
  return sim;
}

function client(sim: RunningSimulator, options: Partial<ClientOptions> = {}): ConnectFiClient {
  const c = createClient({ baseUrl: sim.baseUrl, ...sim.credentials, retryBackoffMs: 5, ...options });
  cleanups.push(() => c.close());
  return c;
}

let refs = 0;
const ref = (tag: string) => `t${tag}${Date.now().toString(36)}${(refs++).toString(36)}`;

async function addCard(c: ConnectFiClient, sim: RunningSimulator, reference = ref('card')): Promise<string> {
  const res = await c.op('/ibis/debit-card/add', {
    customerId: sim.fixtures.customerId,
    reference,
    cardProgramId: sim.fixtures.debitProgramId,
    profile: { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' },
  });
  if (!res.ok) throw new Error(`debit-card/add failed: ${JSON.stringify(res.body)}`);
  return res.data.cFiCardId;
}

const logins = (exchanges: Exchange[]) => exchanges.filter((e) => e.operation === '/auth/get-token').length;

describe('authentication', () => {
  it('logs in lazily and once for concurrent calls; no exchange holds the password or a token', async () => {
    const sim = await simulator();
    const exchanges: Exchange[] = [];
    const c = client(sim, { onExchange: (e) => exchanges.push(e) });
    expect(exchanges).toHaveLength(0);
    const results = await Promise.all(Array.from({ length: 8 }, () => c.call('/ibis/card/list', { customerId: sim.fixtures.customerId })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(logins(exchanges)).toBe(1);
    const recorded = JSON.stringify(exchanges);
    expect(c.secrets()).toHaveLength(2);
    for (const secret of c.secrets()) expect(recorded).not.toContain(secret);
    expect(recorded).toContain('"x-connectfi-token":"[REDACTED]"');
  });

  it('refreshes an expired token once, shared by the calls that met the 401, and retries them', async () => {
    let now = Date.parse('2025-06-01T12:00:00Z');
    const sim = await simulator({ tokenTtlMs: 60_000, now: () => new Date(now) });
    const exchanges: Exchange[] = [];
    const c = client(sim, { onExchange: (e) => exchanges.push(e) });
    expect((await c.call('/ibis/card/list', { customerId: sim.fixtures.customerId })).ok).toBe(true);
    now += 61_000;
    const results = await Promise.all(Array.from({ length: 5 }, () => c.call('/ibis/card/list', { customerId: sim.fixtures.customerId })));
    for (const r of results) {
      expect(r).toMatchObject({ ok: true, attempts: 2 });
      expect(r.exchanges.map((e) => e.status)).toEqual([401, 200]);
      expect(r.exchanges[0].responseBody).toMatchObject({ code: 'unauthorized' });
    }
    expect(logins(exchanges)).toBe(2);
  });

  it('returns the 401 as data when the client has a fixed token and no credentials to refresh it', async () => {
    const sim = await simulator();
    const c = createClient({ baseUrl: sim.baseUrl, token: 'not-a-valid-token-000000' });
    cleanups.push(() => c.close());
    const res = await c.call('/ibis/card/list', { customerId: sim.fixtures.customerId });
    expect(res).toMatchObject({ ok: false, status: 401, attempts: 1, error: { code: 'unauthorized' } });
  });

  it('turns a refused login into a ConfigurationError AUTH_REFUSED naming the target', async () => {
    const sim = await simulator();
    const c = client(sim, { password: 'wrong-password' });
    const err = await c.call('/ibis/card/list', { customerId: sim.fixtures.customerId }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err).toMatchObject({
      code: 'AUTH_REFUSED',
      message: `authentication refused by ${sim.baseUrl}: HTTP 401 unauthorized "Authentication error" for login "${sim.credentials.login}" (check CONNECTFI_LOGIN and CONNECTFI_PASSWORD)`,
    });
    expect((err as Error).message).not.toContain('wrong-password');
  });
});

describe('timeouts, with the simulator answering after latencyMs', () => {
  it('fails a call whose answer comes after timeoutMs with TIMEOUT, retrying only reads', async () => {
    const sim = await simulator({ latencyMs: 400 });
    const patient = client(sim, { timeoutMs: 5_000 });
    const token = await patient.getToken();
    const listed = await patient.call('/ibis/card/list', { customerId: sim.fixtures.customerId });
    expect(listed.ok).toBe(true);
    expect(listed.durationMs).toBeGreaterThanOrEqual(390);

    const hasty = createClient({ baseUrl: sim.baseUrl, token, timeoutMs: 100, retries: 1, retryBackoffMs: 5 });
    cleanups.push(() => hasty.close());
    const read = await hasty.call('/ibis/card/list', { customerId: sim.fixtures.customerId }).catch((e: unknown) => e);
    expect(read).toBeInstanceOf(TransportError);
    expect(read).toMatchObject({ code: 'TIMEOUT', message: `no answer from ${sim.baseUrl}/ibis/card/list within 100 ms (2 attempts)` });
    const write = await hasty
      .call('/ibis/credit-card/application', {
        customerId: sim.fixtures.customerId,
        employer: 'ACME',
        occupation: 'Engineer',
        totalAnnualIncome: 90000,
        totalAnnualIncomeCurrency: 'USD',
      })
      .catch((e: unknown) => e);
    expect(write).toMatchObject({ code: 'TIMEOUT', message: expect.stringContaining('(1 attempt)') });
  });
});

describe('rate limit', () => {
  it('spaces 20 concurrent calls at 10/s over at least ~1.9 s', async () => {
    const sim = await simulator();
    const c = client(sim, { rateLimit: 10 });
    await c.getToken(); // the login takes a slot too; measure the 20 calls only
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 20 }, () => c.call('/ibis/card/list', { customerId: sim.fixtures.customerId })));
    const elapsed = performance.now() - started;
    expect(results.every((r) => r.ok)).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(1_880);
    expect(elapsed).toBeLessThan(4_000);
    const starts = results.map((r) => Date.parse(r.exchange.startedAt)).sort((a, b) => a - b);
    expect(starts[19] - starts[0]).toBeGreaterThanOrEqual(1_850);
  });
});

describe('referenceExists recovery after a lost answer', () => {
  it('funds-credit: the retry meets referenceExists, the transfer is read back, the balance moved once', async () => {
    const sim = await simulator();
    const direct = client(sim);
    const cardId = await addCard(direct, sim);
    const proxy = await startDroppingProxy(sim.baseUrl, 'POST /ibis/financial/funds-credit');
    cleanups.push(() => proxy.close());
    const c = client(sim, { baseUrl: proxy.baseUrl });
    const reference = ref('fc');
    const body = { cFiCardId: cardId, reference, amount: 25.5, currency: 'USD' };

    const res = await c.op('/ibis/financial/funds-credit', body);
    expect(proxy.dropped).toEqual(['POST /ibis/financial/funds-credit HTTP/1.1']);
    expect(res).toMatchObject({ ok: true, status: 200, recovered: true, attempts: 2 });
    expect(res.data).toMatchObject({ reference, cFiCardId: cardId, type: 'credit' });
    expect(res.exchanges.map((e) => [e.operation, e.status])).toEqual([
      ['/ibis/financial/funds-credit', null],
      ['/ibis/financial/funds-credit', 400],
      ['/ibis/financial/retrieve', 200],
    ]);
    expect(res.exchanges[1].responseBody).toMatchObject({ code: 'referenceExists', context: { reference } });

    const status = await direct.op('/ibis/card/status', { cFiCardId: cardId });
    expect(status.ok && status.data.balance).toBe(25.5);
    const history = await direct.op('/ibis/financial/retrieve', { reference });
    expect(history.ok && history.data).toHaveLength(1);

    // Without a lost answer, a reused reference is the API's answer to report, not something to recover.
    const again = await c.op('/ibis/financial/funds-credit', body);
    expect(again).toMatchObject({ ok: false, status: 400, attempts: 1, error: { code: 'referenceExists' } });
    expect(again.recovered).toBeUndefined();
  });

  it('debit-card/add: the card is read back by reference through card/status', async () => {
    const sim = await simulator();
    const proxy = await startDroppingProxy(sim.baseUrl, 'POST /ibis/debit-card/add');
    cleanups.push(() => proxy.close());
    const c = client(sim, { baseUrl: proxy.baseUrl });
    const reference = ref('dc');
    const res = await c.op('/ibis/debit-card/add', {
      customerId: sim.fixtures.customerId,
      reference,
      cardProgramId: sim.fixtures.debitProgramId,
      profile: { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' },
    });
    expect(res).toMatchObject({ ok: true, recovered: true, data: { reference } });
    expect(res.exchanges.map((e) => e.operation)).toEqual(['/ibis/debit-card/add', '/ibis/debit-card/add', '/ibis/card/status']);
    const list = await c.op('/ibis/card/list', { customerId: sim.fixtures.customerId });
    const cards = list.ok ? list.data.filter((card) => card.reference === reference) : [];
    expect(cards).toHaveLength(1);
  });
});

describe('behind a flaky network (src/simulator/flaky-network.ts)', () => {
  const profile = { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' };

  it('reads always get their answer: resets and 503s are retried', async () => {
    const sim = await simulator({ seed: 'flaky-reads', flakyNetwork: { rate: 0.3 } });
    const c = client(sim, { retries: 6 });
    const results = [];
    for (let i = 0; i < 40; i++) results.push(await c.call('/ibis/card/list', { customerId: sim.fixtures.customerId }));
    expect(results.every((r) => r.ok)).toBe(true);
    const troubled = results.filter((r) => r.attempts > 1);
    expect(troubled.length).toBeGreaterThan(3);
    const statuses = new Set(troubled.flatMap((r) => r.exchanges.map((e) => e.status)));
    expect([...statuses].sort()).toEqual([200, 503, null]);
  });

  it('a reference-bearing write creates its entity exactly once: a lost answer is recovered by reference', async () => {
    const sim = await simulator({ seed: 'flaky-writes', flakyNetwork: { rate: 0.3 } });
    const c = client(sim, { retries: 6 });
    const recovered: string[] = [];
    for (let i = 0; i < 30; i++) {
      const reference = ref(`fw${i}`);
      const res = await c.op('/ibis/debit-card/add', {
        customerId: sim.fixtures.customerId,
        reference,
        cardProgramId: sim.fixtures.debitProgramId,
        profile,
      });
      const cards = sim.state.cards().filter((card) => card.reference === reference);
      expect(cards, reference).toHaveLength(1);
      expect(res.ok, JSON.stringify(res.body)).toBe(true);
      const id = res.recovered ? res.recoveredEntityId : res.ok ? res.data.cFiCardId : undefined;
      expect(id).toBe(cards[0].cFiCardId);
      if (res.recovered) recovered.push(reference);
    }
    // Seeded: some answers were lost after the card was made, and read back.
    expect(recovered.length).toBeGreaterThan(0);
  });

  it('an unsafe write is never sent twice: a reset throws, a 503 is the answer', async () => {
    const sim = await simulator({ seed: 'flaky-unsafe' });
    const cardId = await addCard(client(sim), sim);
    const flaky = await simulator({ seed: 'flaky-unsafe-2', flakyNetwork: { rate: 1 } });
    const token = await client(sim).getToken();
    const c = createClient({ baseUrl: flaky.baseUrl, token, retryBackoffMs: 5 });
    cleanups.push(() => c.close());
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const res = await c.call('/ibis/card/set-status', { cFiCardId: cardId, statusCode: 'S' }).catch((e: unknown) => e);
      if (res instanceof TransportError) {
        expect(res.message).toMatch(/: ECONNRESET; not retried: \/ibis\/card\/set-status is not idempotent/);
        seen.add('reset');
      } else {
        expect(res).toMatchObject({ status: 503, attempts: 1 });
        seen.add('503');
      }
    }
    expect([...seen].sort()).toEqual(['503', 'reset']);
  });
});

describe('typed operations', () => {
  it('types requests and data from generated/types.ts, and answers validate against the schemas', async () => {
    const sim = await simulator();
    const c = client(sim);
    const cardId = await addCard(c, sim);
    const res = await c.op('/ibis/card/status', { cFiCardId: cardId });
    if (!res.ok) throw new Error(JSON.stringify(res.body));
    const code: string | undefined = res.data.status?.code;
    expect(code).toBe('A');
    expect(validateResponse('/ibis/card/status', res.body)).toEqual({ valid: true, errors: [] });
    expect(res.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(res.exchange.responseBody).toMatchObject({ code: '0', data: { cFiCardId: cardId } });
  });
});
