import { describe, expect, it } from 'vitest';
import { debitCard, harness } from './testing/harness.ts';

const masked = (pan: string) => `${pan.slice(0, 2)}${'*'.repeat(13)}${pan.slice(-4)}`;

// ibis-overview.txt, "Set a Card PIN with /ibis" and "Check a Card PIN with /ibis": "The PIN must
// be set using /ibis/card/set-pin before an /ibis/card/check-pin request can succeed"; check-pin
// needs status B; a wrong PIN is extIbis 55. Lock: README.md ibisCheckPinCardLocked, errata
// pin-attempt-limit (3 attempts, 24 hours, isBadPinTriesExceeded "Y", set-pin resets).
describe('PIN', () => {
  async function activeCardWithPan(h: Awaited<ReturnType<typeof harness>>) {
    const card = await debitCard(h);
    await h.ok('/ibis/card/activate', { cFiCardId: card.cFiCardId });
    return { id: card.cFiCardId, pan: card.newCardNumber.number };
  }

  it('set-pin on a pre-active card, then check-pin after activation matches', async () => {
    const h = await harness();
    const card = await debitCard(h);
    await h.ok('/ibis/card/set-pin', { cFiCardId: card.cFiCardId, pin: '1234' });
    await h.ok('/ibis/card/activate', { cFiCardId: card.cFiCardId });
    const res = await h.ok('/ibis/card/check-pin', { cFiCardId: card.cFiCardId, pin: '1234' });
    expect(res).toMatchObject({ cFiCardId: card.cFiCardId, cFiStatus: 'Complete', transId: expect.stringMatching(/^F\d+$/) });
  });

  it('check-pin on a pre-active card is PA even with the right PIN ("the request will fail if the card has not yet been activated")', async () => {
    const h = await harness();
    const card = await debitCard(h);
    await h.ok('/ibis/card/set-pin', { cFiCardId: card.cFiCardId, pin: '1234' });
    const res = await h.call('/ibis/card/check-pin', { cFiCardId: card.cFiCardId, pin: '1234' });
    expect(res.body).toMatchObject({
      code: 'extIbis',
      subCode: 'PA',
      message: `Card Number(${masked(card.newCardNumber.number)}) is pre-active`,
    });
  });

  it('a wrong PIN, and a check before any set-pin, are extIbis 55 "Invalid PIN supplied"', async () => {
    const h = await harness();
    const { id, pan } = await activeCardWithPan(h);
    const before = await h.call('/ibis/card/check-pin', { cFiCardId: id, pin: '1234' });
    expect(before.body).toMatchObject({ code: 'extIbis', subCode: '55', message: `Invalid PIN supplied for Card No(${masked(pan)})` });
    await h.ok('/ibis/card/set-pin', { cFiCardId: id, pin: '1234' });
    const wrong = await h.call('/ibis/card/check-pin', { cFiCardId: id, pin: '4321' });
    expect(wrong.body).toMatchObject({ subCode: '55', context: { transId: expect.stringMatching(/^F\d+$/), fee: 0 } });
  });

  it('set-pin replaces the PIN', async () => {
    const h = await harness();
    const { id } = await activeCardWithPan(h);
    await h.ok('/ibis/card/set-pin', { cFiCardId: id, pin: '1111' });
    await h.ok('/ibis/card/set-pin', { cFiCardId: id, pin: '2222' });
    expect((await h.call('/ibis/card/check-pin', { cFiCardId: id, pin: '1111' })).body.subCode).toBe('55');
    await h.ok('/ibis/card/check-pin', { cFiCardId: id, pin: '2222' });
  });

  it('locks the card after 3 wrong PINs until 24 hours later; set-pin unlocks', async () => {
    let now = Date.parse('2024-03-01T10:00:00.000Z');
    const h = await harness({ now: () => new Date(now), tokenTtlMs: 7 * 24 * 3600 * 1000 });
    const { id } = await activeCardWithPan(h);
    await h.ok('/ibis/card/set-pin', { cFiCardId: id, pin: '1234' });
    for (let i = 0; i < 3; i++) expect((await h.call('/ibis/card/check-pin', { cFiCardId: id, pin: '0000' })).body.subCode).toBe('55');
    const locked = await h.call('/ibis/card/check-pin', { cFiCardId: id, pin: '1234' });
    expect(locked.body).toMatchObject({
      code: 'ibisCheckPinCardLocked',
      context: { cFiCardId: id, maxAttempts: 3, until: '2024-03-02T10:00:00.000Z' },
    });
    expect((await h.ok('/ibis/card/status', { cFiCardId: id })).isBadPinTriesExceeded).toBe('Y');
    now += 24 * 3600 * 1000;
    await h.ok('/ibis/card/check-pin', { cFiCardId: id, pin: '1234' });
    expect((await h.ok('/ibis/card/status', { cFiCardId: id })).isBadPinTriesExceeded).toBe('N');
    for (let i = 0; i < 3; i++) await h.call('/ibis/card/check-pin', { cFiCardId: id, pin: '0000' });
    await h.ok('/ibis/card/set-pin', { cFiCardId: id, pin: '5678' });
    await h.ok('/ibis/card/check-pin', { cFiCardId: id, pin: '5678' });
  });

  it('a right PIN resets the count of wrong ones', async () => {
    const h = await harness();
    const { id } = await activeCardWithPan(h);
    await h.ok('/ibis/card/set-pin', { cFiCardId: id, pin: '1234' });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++) await h.call('/ibis/card/check-pin', { cFiCardId: id, pin: '0000' });
      await h.ok('/ibis/card/check-pin', { cFiCardId: id, pin: '1234' });
    }
  });
});
