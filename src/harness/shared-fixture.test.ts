import { describe, expect, it } from 'vitest';
import type { Exchange } from '../client/exchange.ts';
import { recording, type RecordingState } from './context.ts';
import { makeFixturesPerCheck, sharedFixture } from './shared-fixture.ts';

const state = (): RecordingState => ({ exchanges: [], summaries: [], transcript: [], incidents: [] });

describe('sharedFixture', () => {
  it('makes a fixture once per key, even for concurrent askers, and shares a failure', async () => {
    let made = 0;
    const make = async () => {
      made += 1;
      const name = `card${made}`;
      await new Promise((r) => setImmediate(r));
      return name;
    };
    const got = await Promise.all([sharedFixture('t.a', make), sharedFixture('t.a', make), sharedFixture('t.b', make)]);
    expect(got).toEqual(['card1', 'card1', 'card2']);
    expect(made).toBe(2);
    const broken = () => Promise.reject(new Error('precondition failed: no card'));
    await expect(sharedFixture('t.c', broken)).rejects.toThrow('precondition failed');
    await expect(sharedFixture('t.c', make)).rejects.toThrow('precondition failed');
  });

  it('hands the incidents of a failed making to every check that waited for it, and forgets it for the next', async () => {
    const incident = { kind: 'reset', operation: '/ibis/card/activate' };
    let attempts = 0;
    const flaky = async () => {
      attempts += 1;
      await new Promise((r) => setImmediate(r));
      // What the check context does with an exchange that met an incident (context.ts).
      const s = recording.getStore()!;
      if (attempts > 1) return 'card';
      s.incidents.push(incident);
      s.fixtureIncidents?.push(incident);
      throw new Error('cannot reach the target: ECONNRESET');
    };
    const [maker, waiter, bystander] = [state(), state(), state()];
    const first = recording.run(maker, () => sharedFixture('t.flaky', flaky));
    const second = recording.run(waiter, () => sharedFixture('t.flaky', flaky));
    await expect(first).rejects.toThrow('ECONNRESET');
    await expect(second).rejects.toThrow('ECONNRESET');
    expect(maker.incidents).toEqual([incident]);
    expect(waiter.incidents).toEqual([incident]);
    // Forgotten: the next check makes it again, and meets no incident of the first making.
    await expect(recording.run(bystander, () => sharedFixture('t.flaky', flaky))).resolves.toBe('card');
    expect(bystander.incidents).toEqual([]);
    expect(attempts).toBe(2);
  });

  it("shows a failed fixture's exchanges to every check that needed it, once, and never in their summaries", async () => {
    const sent = { operation: '/ibis/card/activate', status: 200 } as Exchange;
    const maker = state();
    const other = state();
    maker.exchanges.push({ operation: '/ibis/card/list', status: 200 } as Exchange);
    const make = () => {
      recording.getStore()!.exchanges.push(sent);
      return Promise.reject(new Error('precondition failed: the card reads A'));
    };
    await expect(recording.run(maker, () => sharedFixture('t.d', make))).rejects.toThrow('precondition failed');
    await expect(recording.run(other, () => sharedFixture('t.d', make))).rejects.toThrow('precondition failed');
    expect(maker.exchanges).toHaveLength(2);
    expect(other.exchanges).toEqual([sent]);
    expect(other.summaries).toEqual([]);
    expect(other.transcript).toEqual(['the shared fixture t.d could not be made: its 1 exchanges are shown']);
  });

  // Last in this file: the per-check mode stays on for the rest of the worker, as under mutation testing.
  it('under mutation testing, makes a fixture once per check: each check that reads it runs the code that makes it', async () => {
    makeFixturesPerCheck();
    let made = 0;
    const make = () => Promise.resolve(`card${(made += 1)}`);
    const [a, b] = [state(), state()];
    const inA = await recording.run(a, async () => [await sharedFixture('t.e', make), await sharedFixture('t.e', make)]);
    const inB = await recording.run(b, () => sharedFixture('t.e', make));
    expect(inA).toEqual(['card1', 'card1']);
    expect(inB).toBe('card2');
    expect(made).toBe(2);
  });
});
