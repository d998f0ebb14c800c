import { afterAll, describe, expect, it } from 'vitest';
import { referenceFor } from '../src/payout-service.ts';
import { activeCard, appId, done, newService } from './support.ts';

describe('payouts', () => {
  const app = newService();
  afterAll(() => app.close());

  it('issues, activates, pays out, collects and reads a payout back', async () => {
    const card = await activeCard(app);
    const payoutId = appId();
    const { cFiFundsId } = done(await app.payout(card, 100, payoutId));
    done(await app.collect(card, 10, appId()));
    expect(done(await app.payoutStatus(payoutId))).toMatchObject({ cFiFundsId, reference: referenceFor('po', payoutId) });
    expect(done(await app.balance(card)).balance).toBe(90);
  });

  it('handles the declines it meets for real: card already active (97), insufficient funds (51)', async () => {
    const card = await activeCard(app);
    expect(await app.activate(card)).toMatchObject({ status: 'declined', reason: 'card-not-usable', subCode: '97' });
    expect(await app.collect(card, 5000, appId())).toMatchObject({ status: 'declined', reason: 'insufficient-funds', subCode: '51' });
  });
});
