import { describe, expect, it } from 'vitest';
import { activeCard, activeCreditCard, balanceOf, debitCard, harness, ref, type Harness } from './testing/harness.ts';

const reissue = (h: Harness, cFiCardId: string, reissueType: string, reasonCode = '3', extra: Record<string, unknown> = {}) =>
  h.call('/ibis/card/reissue', { customerId: h.fixtures.customerId, cFiCardId, reference: ref('ri'), reissueType, reasonCode, ...extra });

// ibis-overview.txt, "Reissue a Card" and "Reissue Codes"; effects: errata reissue-new-card-effects.
describe('card/reissue', () => {
  it('types 1 and 2 keep the card id (2 with a new expiry)', async () => {
    let now = new Date('2023-06-07T12:00:00.000Z');
    const h = await harness({ now: () => now, tokenTtlMs: 1e12 });
    const card = await debitCard(h);
    const one = await reissue(h, card.cFiCardId, '1', '1');
    expect(one.body.data).toMatchObject({ cFiCardId: card.cFiCardId, reference: card.reference });
    expect(one.body.data.newCardReferenceId).toBeUndefined();
    now = new Date('2024-01-10T00:00:00.000Z');
    await reissue(h, card.cFiCardId, '2', '2');
    expect(h.state.card(card.cFiCardId)?.expiry).toBe('012027');
  });

  it('type 3 issues a new card id with the reissue reference; the old card is closed and its balance moves', async () => {
    const h = await harness();
    const old = await activeCard(h, 25);
    const res = await reissue(h, old, '3', '3', { reference: 'extReI126' });
    const data = res.body.data;
    expect(data.cFiCardId).not.toBe(old);
    expect(data).toMatchObject({ reference: 'extReI126', newCardReferenceId: expect.any(String), balance: 25 });
    expect((await h.ok('/ibis/card/status', { cFiCardId: old })).status.code).toBe('F');
    expect((await h.ok('/ibis/card/status', { cFiCardId: data.cFiCardId })).status.code).toBe('A');
    expect((await h.ok('/ibis/card/status', { reference: 'extReI126' })).cFiCardId).toBe(data.cFiCardId);
    expect(await balanceOf(h, old)).toBe(0);
    expect(await balanceOf(h, data.cFiCardId)).toBe(25);
    const newPan = h.state.card(data.cFiCardId)?.pan;
    expect(newPan).not.toBe(h.state.card(old)?.pan);
  });

  it('activateNewCard "Y" activates the new card', async () => {
    const h = await harness();
    const old = await activeCard(h);
    const res = await reissue(h, old, '3', '4', { activateNewCard: 'Y', cardShippingMethodId: '2' });
    expect((await h.ok('/ibis/card/status', { cFiCardId: res.body.data.cFiCardId })).status.code).toBe('B');
  });

  it('refuses a closed card: "Update Profile (OFAC/AVS) Decline (Closed Card)"', async () => {
    const h = await harness();
    const card = await debitCard(h);
    await h.ok('/ibis/card/set-status', { cFiCardId: card.cFiCardId, statusCode: 'F' });
    for (const type of ['1', '3']) {
      const res = await reissue(h, card.cFiCardId, type);
      expect(res.body).toMatchObject({ code: 'extIbis', subCode: 'SD', message: 'Update Profile (OFAC/AVS) Decline (Closed Card)' });
    }
  });

  it('refuses reason "1" (Damaged) on the credit program: extIbis 57 "Reissue Damaged Card ... Not Allowed"', async () => {
    const h = await harness();
    const card = await activeCreditCard(h, 500);
    const res = await reissue(h, card, '1', '1');
    expect(res.body).toMatchObject({
      code: 'extIbis',
      subCode: '57',
      message: 'Reissue Damaged Card Decline (Reissue Damaged Card Service is Not Allowed)',
    });
    expect((await reissue(h, card, '1', '2')).status).toBe(200);
  });

  it('refuses a card of another customer, and an individual holder other than the customer', async () => {
    const h = await harness();
    const card = await debitCard(h, { customerId: h.fixtures.unverifiedCustomerId });
    expect((await reissue(h, card.cFiCardId, '1')).body.code).toBe('cardNotFound');
    const mine = await debitCard(h);
    const res = await reissue(h, mine.cFiCardId, '1', '3', { profile: { cardHolderId: h.fixtures.unverifiedCustomerId } });
    expect(res.body).toMatchObject({
      code: 'requestValidateError',
      context: [{ instancePath: '/profile/cardHolderId', keyword: 'const' }],
    });
  });
});
