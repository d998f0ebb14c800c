import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import type { AddressInfo } from 'node:net';
import { buildSimulatorApp, type SimulatorApp } from './app.ts';
import { FlakyDraws, FLAKY_INCIDENTS, type FlakyIncident, type FlakyNetworkStats } from './flaky-network.ts';

interface Flaky {
  baseUrl: string;
  app: SimulatorApp;
  stats: FlakyNetworkStats;
}

const running: SimulatorApp[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
});

async function flaky(rate: number, seed = 'flaky-tests'): Promise<Flaky> {
  const app = await buildSimulatorApp({ seed, enableStateApi: true, flakyNetwork: { rate } });
  running.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, app, stats: app.simulator.flakyNetwork! };
}

/** One request on a fresh connection: its status and body, or the network error's code. */
async function send(sim: Flaky, path: string, body: unknown, token?: string): Promise<{ status?: number; body?: unknown; error?: string }> {
  try {
    const r = await request(`${sim.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close', ...(token ? { 'x-connectfi-token': token } : {}) },
      body: JSON.stringify(body),
    });
    const text = await r.body.text();
    return { status: r.statusCode, body: text ? (JSON.parse(text) as unknown) : null };
  } catch (err) {
    return { error: (err as { code?: string }).code ?? 'ENETWORK' };
  }
}

describe('the seeded draws', () => {
  it('hit about `rate` of the requests, each incident about a third of them, the same for the same seed', () => {
    const draw = (seed: string) => {
      const d = new FlakyDraws({ rate: 0.03, seed });
      return Array.from({ length: 20_000 }, () => d.next());
    };
    const a = draw('s1');
    expect(draw('s1')).toEqual(a);
    expect(draw('s2')).not.toEqual(a);
    const hits = a.filter((x): x is FlakyIncident => x !== undefined);
    expect(hits.length).toBeGreaterThan(20_000 * 0.025);
    expect(hits.length).toBeLessThan(20_000 * 0.035);
    for (const kind of FLAKY_INCIDENTS) expect(hits.filter((h) => h === kind).length).toBeGreaterThan(hits.length / 5);
  });

  it('refuses a rate outside 0..1', () => {
    expect(() => new FlakyDraws({ rate: 1.5 })).toThrow(/from 0 to 1, got 1.5/);
    expect(() => new FlakyDraws({ rate: Number.NaN })).toThrow(RangeError);
  });
});

describe('the flaky network in front of the simulator', () => {
  it('rate 0 changes nothing; rate 1 meets every request with one of the three incidents, never the state API', async () => {
    const calm = await flaky(0);
    expect(await send(calm, '/auth/get-token', { user: calm.app.simulator.credentials })).toMatchObject({
      status: 200,
      body: { code: '0' },
    });

    const sim = await flaky(1);
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const r = await send(sim, '/auth/get-token', { user: sim.app.simulator.credentials });
      seen.add(r.error ? 'reset' : `${r.status} ${JSON.stringify(r.body)}`);
      expect(r.status, JSON.stringify(r)).not.toBe(200);
      // The state API is the test's own channel: always answered.
      expect((await send(sim, '/__simulator/reset', {})).status).toBe(200);
    }
    expect([...seen].sort()).toEqual(['503 {"message":"Service Unavailable"}', 'reset']);
    const { incidents, requests } = sim.stats;
    expect(requests).toBe(30);
    for (const kind of FLAKY_INCIDENTS) expect(incidents[kind]).toBeGreaterThan(0);
  });

  it('a reset after processing applies the write; a reset or 503 before processing applies nothing', async () => {
    const sim = await flaky(1, 'flaky-writes');
    // A token issued in process: the flaky network stands between the test and /auth/get-token too.
    const token = sim.app.simulator.issueToken();
    const { state, fixtures } = sim.app.simulator;
    const before = state.cards().length;
    const applied: Record<string, number> = { 'reset-before': 0, 'reset-after': 0, '503-before': 0 };
    const stats = sim.stats;
    for (let i = 0; i < 24; i++) {
      const counts = { ...stats.incidents };
      const cardsBefore = state.cards().length;
      await send(
        sim,
        '/ibis/debit-card/add',
        {
          customerId: fixtures.customerId,
          reference: `flaky${i}`,
          cardProgramId: fixtures.debitProgramId,
          profile: { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' },
        },
        token,
      );
      const kind = FLAKY_INCIDENTS.find((k) => stats.incidents[k] > counts[k])!;
      applied[kind] += state.cards().length - cardsBefore;
    }
    expect(applied['reset-before']).toBe(0);
    expect(applied['503-before']).toBe(0);
    expect(applied['reset-after']).toBe(stats.incidents['reset-after']);
    expect(applied['reset-after']).toBeGreaterThan(0);
    expect(state.cards().length - before).toBe(stats.incidents['reset-after']);
  });
});
