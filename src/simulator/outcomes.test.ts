import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { projectAjv, errorRuleList, operationsForcing, type ErrorRule } from '../api/index.ts';
import { harness, ref, type Harness } from './testing/harness.ts';
import { startSimulator, type RunningSimulator } from './server.ts';
import type { TestJson } from '../util/test-json.ts';

/** POST /__simulator/outcomes: every documented error id, and the transport outcomes, on demand. */
async function force(h: Harness, body: unknown) {
  const res = await h.app.inject({ method: 'POST', url: '/__simulator/outcomes', payload: body as Record<string, unknown> });
  return { status: res.statusCode, body: JSON.parse(res.body) };
}

const contextValidators = new Map<string, ReturnType<ReturnType<typeof projectAjv>['compile']>>();
function contextValid(rule: ErrorRule, context: unknown): boolean {
  if (!rule.context) return context === undefined;
  let fn = contextValidators.get(rule.id);
  if (!fn) contextValidators.set(rule.id, (fn = projectAjv().compile(rule.context)));
  return fn(context) as boolean;
}

describe('on-demand outcomes: every error id of schemas/rules/errors.json is reachable', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ enableStateApi: true });
  });
  afterAll(() => h.app.close());

  const pairs = errorRuleList.flatMap((rule) => operationsForcing(rule.id).map((operation) => [rule.id, operation] as const));
  it('every error id can be forced on at least one operation', () => {
    for (const rule of errorRuleList) expect(operationsForcing(rule.id), rule.id).not.toEqual([]);
  });

  it.each(pairs)('%s on %s answers the documented envelope, code, subCode, message and context', async (id, operation) => {
    const rule = errorRuleList.find((r) => r.id === id)!;
    const forced = await force(h, { operation, outcome: id, times: 1 });
    expect(forced.status, JSON.stringify(forced.body)).toBe(200);
    const body = { reference: ref('out'), cFiCardId: 'icrd_forcedOutcomeCard000001', customerId: h.fixtures.customerId };
    const path = operation.includes(':applicationId') ? '/ibis/credit-card/application/gsa_forced' : undefined;
    const reply = await h.call(operation, body, path ? { path } : {}); // the harness validates the error envelope
    expect(reply.status).toBe(rule.httpStatus);
    expect(reply.body.code).toBe(rule.code);
    expect(reply.body.subCode).toBe(rule.subCode);
    if (rule.messagePattern) expect(reply.body.message).toMatch(new RegExp(rule.messagePattern));
    else if (rule.message && !rule.message.includes('{')) expect(reply.body.message).toBe(rule.message);
    expect(contextValid(rule, reply.body.context), JSON.stringify(reply.body.context)).toBe(true);
    if (id === 'referenceExists') expect(reply.body.context.reference).toBe(body.reference);
    // Consumed: the next identical call is processed normally.
    const list = await h.app.inject({ method: 'GET', url: '/__simulator/outcomes' });
    expect(JSON.parse(list.body).data.outcomes).toEqual([]);
  });

  it('times: n answers the next n matching calls, then the operation is processed again', async () => {
    const card = (
      await h.call('/ibis/debit-card/add', {
        customerId: h.fixtures.customerId,
        reference: ref('dc'),
        cardProgramId: h.fixtures.debitProgramId,
        profile: { occupation: 'Student', nameOnCard: 'A B' },
      })
    ).body.data;
    expect((await force(h, { operation: '/ibis/card/status', outcome: 'cardNotFound', times: 2 })).status).toBe(200);
    expect((await h.call('/ibis/card/status', { cFiCardId: card.cFiCardId })).body.code).toBe('cardNotFound');
    expect((await h.call('/ibis/card/status', { cFiCardId: card.cFiCardId })).body.code).toBe('cardNotFound');
    expect((await h.call('/ibis/card/status', { cFiCardId: card.cFiCardId })).status).toBe(200);
  });

  it('GET lists the pending outcomes and DELETE clears them', async () => {
    await force(h, { operation: '/ibis/financial/funds-debit', outcome: 'extIbis.51.insufficientFunds', times: 3 });
    const listed = JSON.parse((await h.app.inject({ method: 'GET', url: '/__simulator/outcomes' })).body).data.outcomes;
    expect(listed).toMatchObject([{ operation: '/ibis/financial/funds-debit', outcome: 'extIbis.51.insufficientFunds', remaining: 3 }]);
    const cleared = JSON.parse((await h.app.inject({ method: 'DELETE', url: '/__simulator/outcomes' })).body).data;
    expect(cleared).toEqual({ cleared: 1 });
  });

  it.each([
    [{ outcome: 'http-500' }, /operation/],
    [{ operation: '/ibis/nope', outcome: 'http-500' }, /operation: unknown value/],
    [{ operation: '/ibis/card/status', outcome: 'teapot' }, /outcome: unknown value.*http-500/],
    [{ operation: '/ibis/card/status', outcome: 'extIbis.51.insufficientFunds' }, /not an error of \/ibis\/card\/status/],
    [{ operation: '/ibis/card/status', outcome: 'http-500', times: 0 }, /times: must be >= 1/],
    [{ operation: '/ibis/card/status', outcome: 'http-500', colour: 'red' }, /colour: unknown property/],
    [{ operation: '/auth/get-token', outcome: 'token-expired' }, /token-expired needs/],
  ])('refuses %j with a clear 400', async (body, message) => {
    const res = await force(h, body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('badOutcomeRequest');
    expect(res.body.message).toMatch(message);
  });

  it('is not served without the state API', async () => {
    const plain = await harness({});
    const res = await plain.app.inject({
      method: 'POST',
      url: '/__simulator/outcomes',
      payload: { operation: '/ibis/card/status', outcome: 'http-500' },
    });
    expect(res.statusCode).toBe(404);
    await plain.app.close();
  });
});

describe('transport outcomes on a real socket', () => {
  let sim: RunningSimulator;
  let token: string;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal) =>
    request(`${sim.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-connectfi-token': token, ...headers },
      body: JSON.stringify(body),
      signal,
    });
  const json = async (res: Awaited<ReturnType<typeof request>>) => (await res.body.json()) as TestJson;
  const outcome = async (body: unknown) => expect((await post('/__simulator/outcomes', body)).statusCode).toBe(200);
  const login = async () => (await json(await post('/auth/get-token', { user: sim.credentials }))).data.token as string;
  const balance = async (cFiCardId: string) => (await json(await post('/ibis/card/status', { cFiCardId }))).data.balance as number;
  let card: string;

  beforeAll(async () => {
    sim = await startSimulator({ enableStateApi: true, seed: 'outcomes' });
    token = await login();
    card = (
      await json(
        await post('/ibis/debit-card/add', {
          customerId: sim.fixtures.customerId,
          reference: ref('dc'),
          cardProgramId: sim.fixtures.debitProgramId,
          profile: { occupation: 'Student', nameOnCard: 'A B' },
        }),
      )
    ).data.cFiCardId;
  });
  afterAll(() => sim.close());

  it.each([
    ['http-500', 500, 'internalError'],
    ['http-503', 503, 'serviceUnavailable'],
  ])('%s answers %i before processing: the write is not applied', async (name, status, code) => {
    const before = await balance(card);
    await outcome({ operation: '/ibis/financial/funds-credit', outcome: name });
    const res = await post('/ibis/financial/funds-credit', { cFiCardId: card, reference: ref('fc'), amount: 5, currency: 'USD' });
    expect(res.statusCode).toBe(status);
    expect((await json(res)).code).toBe(code);
    expect(await balance(card)).toBe(before);
  });

  it('http-429 carries Retry-After', async () => {
    await outcome({ operation: '/ibis/card/status', outcome: 'http-429', retryAfterSeconds: 2 });
    const res = await post('/ibis/card/status', { cFiCardId: card });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('2');
    await res.body.dump();
  });

  it('token-expired: the presented token stops working, a new login works', async () => {
    const old = token;
    await outcome({ operation: '/ibis/card/status', outcome: 'token-expired' });
    const first = await post('/ibis/card/status', { cFiCardId: card });
    expect(first.statusCode).toBe(401);
    expect((await json(first)).code).toBe('unauthorized');
    expect((await post('/ibis/card/list', { customerId: sim.fixtures.customerId })).statusCode).toBe(401);
    token = await login();
    expect(token).not.toBe(old);
    expect((await post('/ibis/card/status', { cFiCardId: card })).statusCode).toBe(200);
  });

  it('timeout: the write is applied, the answer is late', async () => {
    const before = await balance(card);
    await outcome({ operation: '/ibis/financial/funds-credit', outcome: 'timeout', delayMs: 5000 });
    const started = Date.now();
    await expect(
      post(
        '/ibis/financial/funds-credit',
        { cFiCardId: card, reference: ref('fc'), amount: 7, currency: 'USD' },
        {},
        AbortSignal.timeout(300),
      ),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await balance(card)).toBe(before + 7);
  });

  it('reset: the write is applied, the connection is destroyed', async () => {
    const before = await balance(card);
    await outcome({ operation: '/ibis/financial/funds-credit', outcome: 'reset' });
    await expect(
      post('/ibis/financial/funds-credit', { cFiCardId: card, reference: ref('fc'), amount: 3, currency: 'USD' }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/UND_ERR_SOCKET|ECONNRESET/) });
    expect(await balance(card)).toBe(before + 3);
  });
});
