import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from '../src/proxy/index.ts';
import { failedBehaviourIds } from '../src/proxy/testing/kit.ts';
import { startSimulator, type RunningSimulator } from '../src/simulator/index.ts';
import { NaivePayoutService } from './payout-service/src/naive-payout-service.ts';
import { PayoutService, referenceFor } from './payout-service/src/payout-service.ts';
import type { PayoutResult } from './payout-service/src/payout-types.ts';

/**
 * The example app in this process, for the fast lane: its sources (which import the package by name,
 * the sources here: vitest.config.ts) against the simulator behind the proxy. Its whole test suite,
 * graded READY, and its naive variant, graded NOT READY, run installed from the packed tarball in the
 * end-to-end lane (src/cli/example-app.e2e.test.ts).
 */
const done = <T>(r: PayoutResult<T>): T => {
  if (r.status !== 'done') throw new Error(`expected done, got ${JSON.stringify(r)}`);
  return r.value;
};
let n = 0;
const appId = () => `inproc${Date.now().toString(36)}${(n++).toString(36)}`;

describe('the example payout service, in process', () => {
  let sim: RunningSimulator;
  let proxy: RunningProxy;
  const options = () => ({ baseUrl: proxy.url, ...sim.credentials, timeoutMs: 1500 });
  beforeAll(async () => {
    sim = await startSimulator({ enableStateApi: true, seed: 'example-in-process' });
    proxy = await startProxy({ upstream: sim.baseUrl, progressEvery: 0 });
  });
  afterAll(async () => {
    await proxy.close();
    await sim.close();
  });

  it('pays out, collects, reads back and handles declines with no violation', async () => {
    const app = new PayoutService(options());
    try {
      const { cFiCardId } = done(
        await app.issueCard({
          customerId: sim.fixtures.customerId,
          cardProgramId: sim.fixtures.debitProgramId,
          nameOnCard: 'ANA PAYEE',
          requestId: appId(),
        }),
      );
      done(await app.activate(cFiCardId));
      const payoutId = appId();
      done(await app.payout(cFiCardId, 100, payoutId));
      expect(done(await app.payoutStatus(payoutId)).reference).toBe(referenceFor('po', payoutId));
      expect(await app.collect(cFiCardId, 5000, appId())).toMatchObject({ status: 'declined', reason: 'insufficient-funds' });
      expect(await app.activate(cFiCardId)).toMatchObject({ status: 'declined', subCode: '97' });
    } finally {
      await app.close();
    }
    const report = proxy.report();
    expect(report.violations).toEqual([]);
    expect(failedBehaviourIds(report)).toEqual([]);
  });

  it('the naive variant fails exactly idempotent-retry, token-reuse and handles-decline', async () => {
    const naiveSim = await startSimulator({ enableStateApi: true, seed: 'example-naive' });
    const naiveProxy = await startProxy({ upstream: naiveSim.baseUrl, progressEvery: 0 });
    const app = new NaivePayoutService({ baseUrl: naiveProxy.url, ...naiveSim.credentials });
    try {
      const { cFiCardId } = done(
        await app.issueCard({ customerId: naiveSim.fixtures.customerId, cardProgramId: naiveSim.fixtures.debitProgramId, nameOnCard: 'A' }),
      );
      done(await app.activate(cFiCardId));
      await fetch(`${naiveProxy.url}/__simulator/outcomes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ operation: '/ibis/financial/funds-credit', outcome: 'http-500', match: { cFiCardId } }),
      });
      done(await app.payout(cFiCardId, 100));
      expect(await app.collect(cFiCardId, 5000)).toMatchObject({ status: 'declined', reason: 'insufficient-funds' });
      const report = naiveProxy.report();
      expect(report.verdict).toBe('not-ready');
      expect(failedBehaviourIds(report)).toEqual(['handles-decline', 'idempotent-retry', 'token-reuse']);
    } finally {
      await app.close();
      await naiveProxy.close();
      await naiveSim.close();
    }
  });
});
