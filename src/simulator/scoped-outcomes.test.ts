import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorRule, TRANSPORT_OUTCOMES } from '../api/index.ts';
import { harness, ref, type Harness } from './testing/harness.ts';
import { startSimulator, type RunningSimulator } from './server.ts';

/**
 * POST /__simulator/outcomes with `match` (docs/integrators.md, "Making every outcome happen"): an
 * outcome scoped to the requests whose body has the given fields, so that parallel test workers
 * each force outcomes on their own card and never consume another's.
 */
describe('scoped outcomes: match on request body fields', () => {
  let h: Harness;
  let mine: string;
  let theirs: string;
  const force = async (body: unknown) => {
    const res = await h.app.inject({ method: 'POST', url: '/__simulator/outcomes', payload: body as Record<string, unknown> });
    return { status: res.statusCode, body: JSON.parse(res.body) };
  };
  const pending = async () => JSON.parse((await h.app.inject({ method: 'GET', url: '/__simulator/outcomes' })).body).data.outcomes;
  const debit = (cFiCardId: string) =>
    h.call('/ibis/financial/funds-debit', { cFiCardId, reference: ref('fd'), amount: 1, currency: 'USD' });

  beforeAll(async () => {
    h = await harness({ enableStateApi: true });
    mine = h.state.seedCard({ status: 'B', balance: 50 }).cFiCardId;
    theirs = h.state.seedCard({ status: 'B', balance: 50 }).cFiCardId;
  });
  afterAll(() => h.app.close());

  it('answers only the calls whose body matches; the others never consume it, and the listing shows the match', async () => {
    const forced = await force({
      operation: '/ibis/financial/funds-debit',
      outcome: 'extIbis.51.insufficientFunds',
      match: { cFiCardId: mine },
    });
    expect(forced.status).toBe(200);
    expect(forced.body.data.outcome).toMatchObject({ match: { cFiCardId: mine }, remaining: 1 });
    expect((await debit(theirs)).status).toBe(200);
    expect((await debit(theirs)).status).toBe(200);
    expect(await pending()).toEqual([forced.body.data.outcome]);
    const hit = await debit(mine);
    expect(hit.body).toMatchObject({ code: 'extIbis', subCode: '51' });
    expect(await pending()).toEqual([]);
    expect((await debit(mine)).status).toBe(200);
  });

  it('needs every field of the match to be equal', async () => {
    const reference = ref('both');
    await force({ operation: '/ibis/financial/funds-debit', outcome: 'http-503', match: { cFiCardId: mine, reference } });
    expect((await debit(mine)).status).toBe(200); // same card, another reference
    const hit = await h.app.inject({
      method: 'POST',
      url: '/ibis/financial/funds-debit',
      headers: { 'content-type': 'application/json', 'x-connectfi-token': h.token },
      payload: { cFiCardId: mine, reference, amount: 1, currency: 'USD' },
    });
    expect(hit.statusCode).toBe(503);
  });

  it('DELETE /__simulator/outcomes/:id clears one outcome and leaves the others', async () => {
    const a = (await force({ operation: '/ibis/card/status', outcome: 'cardNotFound', match: { cFiCardId: mine } })).body.data.outcome;
    const b = (await force({ operation: '/ibis/card/status', outcome: 'cardNotFound', match: { cFiCardId: theirs } })).body.data.outcome;
    const res = await h.app.inject({ method: 'DELETE', url: `/__simulator/outcomes/${a.id}` });
    expect(JSON.parse(res.body).data).toEqual({ cleared: 1 });
    expect(await pending()).toEqual([b]);
    expect((await h.app.inject({ method: 'DELETE', url: '/__simulator/outcomes' })).statusCode).toBe(200);
  });

  it.each([
    [
      { match: { cardId: 'x' } },
      /match\.cardId: not a field of the \/ibis\/financial\/funds-debit request; its fields: cFiCardId, reference/,
    ],
    [{ match: {} }, /match: must NOT have fewer than 1 properties/],
    [{ match: { cFiCardId: { nested: true } } }, /match\/cFiCardId: must be string,number,boolean/],
  ])('refuses a bad match %j with a 400 naming it', async (extra, message) => {
    const res = await force({ operation: '/ibis/financial/funds-debit', outcome: 'http-500', ...extra });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
  });

  it('matches the path parameter of the GET operation', async () => {
    await force({ operation: '/ibis/credit-card/application/:applicationId', outcome: 'http-500', match: { applicationId: 'gsa_mine' } });
    const get = (id: string) =>
      h.app.inject({ method: 'GET', url: `/ibis/credit-card/application/${id}`, headers: { 'x-connectfi-token': h.token } });
    expect((await get('gsa_other')).statusCode).not.toBe(500);
    expect((await get('gsa_mine')).statusCode).toBe(500);
  });
});

/** One worker thread of an integrator's parallel test suite: forces its outcome, waits for the others, calls. */
const WORKER = `
const { parentPort, workerData: w } = require('node:worker_threads');
const post = (path, body) => fetch(w.baseUrl + path, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-connectfi-token': w.token },
  body: JSON.stringify(body),
}).then(async (r) => ({ status: r.status, body: await r.json() }));
(async () => {
  const forced = await post('/__simulator/outcomes', { operation: w.operation, outcome: w.outcome, match: { cFiCardId: w.card } });
  const arrived = new Int32Array(w.barrier);
  Atomics.add(arrived, 0, 1);
  Atomics.notify(arrived, 0);
  while (Atomics.load(arrived, 0) < w.workers) Atomics.wait(arrived, 0, Atomics.load(arrived, 0), 50);
  const first = await post(w.operation, { cFiCardId: w.card, reference: w.reference, amount: 1, currency: 'USD' });
  const second = await post(w.operation, { cFiCardId: w.card, reference: w.reference + 'b', amount: 1, currency: 'USD' });
  parentPort.postMessage({ forced: forced.status, first, second });
})().catch((err) => parentPort.postMessage({ error: String(err) }));
`;

describe('scoped outcomes: 8 parallel workers, each forcing a different outcome on its own card', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ enableStateApi: true, seed: 'parallel-outcomes' });
  });
  afterAll(() => sim.close());

  const OUTCOMES = [
    'extIbis.51.insufficientFunds',
    'extIbis.59.blocked',
    'cardNotFound',
    'referenceExists',
    'requestValidateError',
    'http-500',
    'http-503',
    'http-429',
  ];
  const expected = (outcome: string) => {
    const transport = TRANSPORT_OUTCOMES.get(outcome);
    if (transport) return { status: transport.status, code: transport.code };
    const rule = errorRule(outcome);
    return { status: rule.httpStatus, code: rule.code, ...(rule.subCode ? { subCode: rule.subCode } : {}) };
  };

  it('every worker meets its own outcome once, then its card is processed normally', { timeout: 30_000 }, async () => {
    const token = await login(sim);
    const barrier = new SharedArrayBuffer(4);
    const runs = OUTCOMES.map((outcome, i) => {
      const card = sim.state.seedCard({ status: 'B', balance: 100 }).cFiCardId;
      const workerData = {
        baseUrl: sim.baseUrl,
        token,
        card,
        outcome,
        operation: '/ibis/financial/funds-debit',
        reference: `par${i}${Date.now().toString(36)}`,
        barrier,
        workers: OUTCOMES.length,
      };
      const worker = new Worker(WORKER, { eval: true, workerData });
      return new Promise<{ outcome: string; result: WorkerResult }>((resolve, reject) => {
        worker.once('message', (result: WorkerResult) => resolve({ outcome, result }));
        worker.once('error', reject);
      }).finally(() => worker.terminate());
    });
    const results = await Promise.all(runs);
    for (const { outcome, result } of results) {
      expect(result.error, outcome).toBeUndefined();
      expect(result.forced, outcome).toBe(200);
      const want = expected(outcome);
      expect({ status: result.first.status, code: result.first.body.code, subCode: result.first.body.subCode }, outcome).toMatchObject(
        want,
      );
      expect(result.second.status, `${outcome}: the second call is processed`).toBe(200);
    }
    const left = await fetch(`${sim.baseUrl}/__simulator/outcomes`).then((r) => r.json() as Promise<{ data: { outcomes: unknown[] } }>);
    expect(left.data.outcomes).toEqual([]);
  });
});

interface WorkerResult {
  error?: string;
  forced: number;
  first: { status: number; body: { code: string; subCode?: string } };
  second: { status: number; body: unknown };
}

async function login(sim: RunningSimulator): Promise<string> {
  const res = await fetch(`${sim.baseUrl}/auth/get-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: sim.credentials }),
  });
  return ((await res.json()) as { data: { token: string } }).data.token;
}
