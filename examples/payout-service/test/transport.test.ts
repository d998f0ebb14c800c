import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceFor } from '../src/payout-service.ts';
import { activeCard, appId, done, force, newService } from './support.ts';

/** Failures of the network and of the server, on the app's own payouts: each is paid exactly once. */
describe('transport failures', () => {
  const app = newService();
  let card = '';
  beforeAll(async () => {
    card = await activeCard(app);
  });
  afterAll(() => app.close());

  it.each([
    ['http-500', {}],
    ['http-503', {}],
    ['timeout', { delayMs: 3000 }],
    ['reset', {}],
  ])('a payout survives a forced %s, exactly once', async (outcome, extra) => {
    const payoutId = appId();
    await force('/ibis/financial/funds-credit', outcome, { reference: referenceFor('po', payoutId) }, extra);
    const paid = done(await app.payout(card, 7, payoutId));
    expect(done(await app.payoutStatus(payoutId)).cFiFundsId).toBe(paid.cFiFundsId);
  });

  it('a collection waits out a forced 429 (Retry-After)', async () => {
    const collectionId = appId();
    await force('/ibis/financial/funds-debit', 'http-429', { reference: referenceFor('co', collectionId) }, { retryAfterSeconds: 1 });
    done(await app.collect(card, 1, collectionId));
  });
});
