import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, ref, type Harness } from './testing/harness.ts';
import { ClockError, SimulatorClock } from './clock.ts';
import type { TestJson } from '../util/test-json.ts';

/** The test clock (docs/integrators.md, "A test clock"): GET|POST|DELETE /__simulator/clock. */
describe('SimulatorClock', () => {
  it('runs with its source plus an offset, moves only forwards, and returns to real time', () => {
    let real = Date.parse('2030-01-01T00:00:00Z');
    const clock = new SimulatorClock(() => new Date(real));
    expect(clock.state()).toEqual({ now: '2030-01-01T00:00:00.000Z', offsetSeconds: 0, real: true });
    expect(clock.advance(90)).toEqual({ now: '2030-01-01T00:01:30.000Z', offsetSeconds: 90, real: false });
    real += 1000; // it keeps running from there
    expect(clock.now().toISOString()).toBe('2030-01-01T00:01:31.000Z');
    expect(clock.set('2030-06-01T00:00:00Z').now).toBe('2030-06-01T00:00:00.000Z');
    expect(() => clock.set('2030-05-31T23:59:59Z')).toThrow(expect.objectContaining({ kind: 'backwards' }));
    expect(() => clock.advance(-1)).toThrow(ClockError);
    expect(() => clock.set('next tuesday')).toThrow(expect.objectContaining({ kind: 'invalid' }));
    expect(clock.reset()).toEqual({ now: '2030-01-01T00:00:01.000Z', offsetSeconds: 0, real: true });
  });

  it('answers a move with the time it moved to, however long reading the time takes', () => {
    let real = Date.parse('2030-01-01T00:00:00Z');
    const clock = new SimulatorClock(() => new Date(real++)); // one millisecond per reading
    expect(clock.set('2031-01-01T00:00:00Z').now).toBe('2031-01-01T00:00:00.000Z');
    const before = clock.state().offsetSeconds;
    expect(clock.advance(60).offsetSeconds - before).toBe(60);
  });
});

describe('/__simulator/clock: everything time-dependent follows it', () => {
  let h: Harness;
  const clock = async (method: 'GET' | 'POST' | 'DELETE', payload?: Record<string, unknown>) => {
    const res = await h.app.inject({ method, url: '/__simulator/clock', ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: JSON.parse(res.body) };
  };
  beforeEach(async () => {
    h = await harness({ enableStateApi: true });
  });
  afterEach(() => h.app.close());

  it('token lifetime and expiry: a token dies when the clock passes dtsExpireAt, and a new one expires from the new time', async () => {
    const { login, password } = h.app.simulator.credentials;
    const issued = (await h.call('/auth/get-token', { user: { login, password } }, { token: null })).body.data;
    const token = issued.token as string;
    const status = () => h.call('/ibis/card/list', { customerId: h.fixtures.customerId }, { token });
    expect((await status()).status).toBe(200);
    expect((await clock('POST', { advanceSeconds: 3599 })).status).toBe(200);
    expect((await status()).status).toBe(200);
    await clock('POST', { advanceSeconds: 2 });
    expect((await status()).status).toBe(401);
    await clock('POST', { set: '2031-02-03T04:05:06Z' });
    const renewed = (await h.call('/auth/get-token', { user: { login, password } }, { token: null })).body.data;
    expect(Date.parse(renewed.dtsExpireAt) - Date.parse('2031-02-03T04:05:06Z')).toBeGreaterThanOrEqual(3_600_000);
    expect(Date.parse(renewed.dtsExpireAt) - Date.parse('2031-02-03T04:05:06Z')).toBeLessThan(3_660_000);
  });

  // A token issued at the clock's time now: a jump of the clock ends the older ones.
  const ok = async (operation: string, body: unknown) => {
    const reply = await h.call(operation, body, { token: h.app.simulator.issueToken() });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body.data;
  };

  it('timestamps of answers, transaction dates and the history date filters', async () => {
    const card = h.state.seedCard({ status: 'B', balance: 0 }).cFiCardId;
    await clock('POST', { set: '2031-01-01T10:00:00Z' });
    const push = await ok('/ibis/financial/funds-credit', { cFiCardId: card, reference: ref('c1'), amount: 5, currency: 'USD' });
    expect(push.dtsCreatedAt).toMatch(/^2031-01-01T10:00/);
    await clock('POST', { advanceSeconds: 2 * 86_400 });
    await ok('/ibis/financial/funds-credit', { cFiCardId: card, reference: ref('c2'), amount: 7, currency: 'USD' });
    const history = async (dateFrom: string, dateTo: string) =>
      (await ok('/ibis/inquiry/transaction-history', { cFiCardId: card, dateFrom, dateTo })).transactions as TestJson[];
    expect(await history('2031-01-01', '2031-01-01')).toHaveLength(1);
    expect(await history('2031-01-03', '2031-01-03')).toHaveLength(1);
    expect(await history('2031-01-02', '2031-01-02')).toHaveLength(0);
    expect((await history('2031-01-01', '2031-01-03')).map((t) => t.transDate.slice(0, 10))).toEqual(['2031-01-03', '2031-01-01']);
  });

  it('a forced lock-out ends at the clock: its context.until is 30 minutes after the simulated now', async () => {
    await clock('POST', { set: '2032-01-01T00:00:00Z' });
    await h.app.inject({
      method: 'POST',
      url: '/__simulator/outcomes',
      payload: { operation: '/ibis/card/check-pin', outcome: 'ibisCheckPinCardLocked' },
    });
    const locked = await h.call(
      '/ibis/card/check-pin',
      { cFiCardId: 'icrd_3ZBErpQcsauarnR0Qj97Lu', pin: '1234' },
      { token: h.app.simulator.issueToken() },
    );
    expect(locked.body.context.until).toMatch(/^2032-01-01T00:30/);
  });

  it('moving backwards is a clear 400, a malformed body another, and DELETE returns to real time', async () => {
    await clock('POST', { set: '2033-01-01T00:00:00Z' });
    const back = await clock('POST', { set: '2020-01-01T00:00:00Z' });
    expect(back.status).toBe(400);
    expect(back.body).toMatchObject({ code: 'clockBackwards' });
    expect(back.body.message).toMatch(/2020-01-01T00:00:00Z is before the simulator's time 2033-01-01T00:00:0.*never moves backwards/);
    expect((await clock('POST', { advanceSeconds: -60 })).body.code).toBe('clockBackwards');
    for (const bad of [
      {},
      { advanceSeconds: 1, set: '2034-01-01T00:00:00Z' },
      { advanceSeconds: '5' },
      { set: 'tomorrow' },
      { later: 1 },
    ]) {
      const res = await clock('POST', bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.code).toBe('badClockRequest');
    }
    const real = await clock('DELETE');
    expect(real.body.data).toMatchObject({ offsetSeconds: 0, real: true });
    expect(Math.abs(Date.parse(real.body.data.now) - Date.now())).toBeLessThan(60_000);
    expect((await clock('GET')).body.data.real).toBe(true);
  });

  it('is not served without the state API', async () => {
    const plain = await harness({});
    expect((await plain.app.inject({ method: 'GET', url: '/__simulator/clock' })).statusCode).toBe(404);
    await plain.app.close();
  });
});
