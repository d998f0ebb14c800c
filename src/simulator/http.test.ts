import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, request } from 'undici';
import { startSimulator, type RunningSimulator } from './server.ts';
import { assertDocumentedShape, profile } from './testing/harness.ts';
import type { TestJson } from '../util/test-json.ts';

// Through real HTTP (undici against startSimulator({ port: 0 })): the envelope on the wire, and
// the idempotency rule under concurrency (schemas/rules/idempotency.json): N parallel requests with the same reference → exactly one 200 and
// N − 1 referenceExists naming the winner; money moves once.
const N = 20;
let sim: RunningSimulator;
let token: string;
const agent = new Agent({ connections: N, pipelining: 0 });

async function post(operation: string, body: unknown, withToken = true) {
  const res = await request(`${sim.baseUrl}${operation}`, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/json', ...(withToken ? { 'x-connectfi-token': token } : {}) },
    body: JSON.stringify(body),
  });
  const reply = { status: res.statusCode, body: (await res.body.json()) as TestJson, headers: res.headers as Record<string, unknown> };
  assertDocumentedShape(operation, reply);
  return reply;
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, latencyMs: 25, seed: 'http' });
  token = (await post('/auth/get-token', { user: sim.credentials }, false)).body.data.token;
});
afterAll(async () => {
  await sim.close();
  await agent.close();
});

describe('over HTTP', () => {
  it('serves get-token and exposes env() with every CONNECTFI_* variable', () => {
    expect(sim.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.env()).toMatchObject({
      CONNECTFI_BASE_URL: sim.baseUrl,
      CONNECTFI_LOGIN: sim.credentials.login,
      CONNECTFI_PASSWORD: sim.credentials.password,
      CONNECTFI_ENV: 'sandbox',
      CONNECTFI_CUSTOMER_ID: sim.fixtures.customerId,
      CONNECTFI_UNVERIFIED_CUSTOMER_ID: sim.fixtures.unverifiedCustomerId,
      CONNECTFI_BUSINESS_CUSTOMER_ID: sim.fixtures.businessCustomerId,
      CONNECTFI_BUSINESS_REPRESENTATIVE_ID: sim.fixtures.businessRepresentativeId,
      CONNECTFI_BUSINESS_EMPLOYEE_ID: sim.fixtures.businessEmployeeId,
      CONNECTFI_DEBIT_PROGRAM_ID: 'd_gpr_test',
      CONNECTFI_OTHER_DEBIT_PROGRAM_ID: 'd_gpr_alt',
      CONNECTFI_CREDIT_PROGRAM_ID: 'Evolve_Test',
    });
  });

  it('adds latencyMs to each response', async () => {
    const t = performance.now();
    await post('/ibis/card/list', { customerId: sim.fixtures.customerId });
    expect(performance.now() - t).toBeGreaterThanOrEqual(24);
  });

  it(`card creation: ${N} parallel requests with one reference create exactly one card`, async () => {
    const body = { customerId: sim.fixtures.customerId, reference: 'concurrentCard1', cardProgramId: 'd_gpr_test', profile };
    const replies = await Promise.all(Array.from({ length: N }, () => post('/ibis/debit-card/add', body)));
    const wins = replies.filter((r) => r.status === 200);
    expect(wins).toHaveLength(1);
    const winner = wins[0].body.data.cFiCardId;
    const losers = replies.filter((r) => r.status !== 200);
    expect(losers).toHaveLength(N - 1);
    for (const r of losers)
      expect(r.body).toMatchObject({ code: 'referenceExists', context: { reference: 'concurrentCard1', entityId: winner } });
    const list = (await post('/ibis/card/list', { customerId: sim.fixtures.customerId })).body.data;
    expect(list.filter((c: { reference: string }) => c.reference === 'concurrentCard1')).toHaveLength(1);
  });

  it(`funds-credit: ${N} parallel requests with one reference move the money once`, async () => {
    const card = (
      await post('/ibis/debit-card/add', {
        customerId: sim.fixtures.customerId,
        reference: 'concurrentCard2',
        cardProgramId: 'd_gpr_test',
        profile,
      })
    ).body.data;
    const body = { cFiCardId: card.cFiCardId, reference: 'concurrentFunds1', amount: 7.25, currency: 'USD' };
    const replies = await Promise.all(Array.from({ length: N }, () => post('/ibis/financial/funds-credit', body)));
    const wins = replies.filter((r) => r.status === 200);
    expect(wins).toHaveLength(1);
    for (const r of replies.filter((x) => x.status !== 200))
      expect(r.body.context).toEqual({ reference: 'concurrentFunds1', entityId: wins[0].body.data.cFiFundsId });
    const status = (await post('/ibis/card/status', { cFiCardId: card.cFiCardId })).body.data;
    expect(status.balance).toBe(7.25);
  });
});
