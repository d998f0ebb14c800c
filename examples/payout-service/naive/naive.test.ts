import { afterAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.ts';
import { NaivePayoutService } from '../src/naive-payout-service.ts';
import type { PayoutResult } from '../src/payout-types.ts';

/**
 * The naive variant works, as far as its own test can tell; the proxy it runs through
 * (`npm run test:naive`) grades it not ready: a retry under a new reference (idempotent-retry), a
 * login per call (token-reuse), a decline sent again at once (handles-decline).
 */
const config = configFromEnv();
const proxyUrl = process.env.CONNECTFI_PROXY_URL ?? config.service.baseUrl;
const done = <T>(r: PayoutResult<T>): T => {
  if (r.status !== 'done') throw new Error(`expected done, got ${JSON.stringify(r)}`);
  return r.value;
};

describe('the naive payout service', () => {
  const app = new NaivePayoutService(config.service);
  afterAll(() => app.close());

  it('pays out through a server error and reports an insufficient-funds decline', async () => {
    const { cFiCardId } = done(
      await app.issueCard({ customerId: config.customerId, cardProgramId: config.debitProgramId, nameOnCard: 'ANA PAYEE' }),
    );
    done(await app.activate(cFiCardId));
    const forced = await fetch(`${proxyUrl}/__simulator/outcomes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: '/ibis/financial/funds-credit', outcome: 'http-500', match: { cFiCardId } }),
    });
    expect(forced.status).toBe(200);
    done(await app.payout(cFiCardId, 100));
    expect(await app.collect(cFiCardId, 5000)).toMatchObject({ status: 'declined', reason: 'insufficient-funds' });
  });
});
