import { describe, expect, it } from 'vitest';
import { documentedExample } from '../api/testing/documented-examples.ts';
import { harness, ref } from './testing/harness.ts';

// The owner of the documented 200 example.
const { owner } = documentedExample('transfer-to-card-register.200.page-registered').request.body as { owner: object };
const card = { encryptedData: 'Snbx7y1UUwOjJ44jUA0OjHWz184mpK5dqaHGGHzQML7', keyId: 'je87i6-C2QJS7PHUAbJPqw' };

// transfer-to-card-register.txt, "Register Card": schema 1 (card, encrypted) or schema 2
// (clearCard); "The same card can be registered multiple times".
describe('transfer-to/card/register', () => {
  it('registers encrypted card data with deterministic last 4 and expiry', async () => {
    const h = await harness({ now: () => new Date('2023-03-31T20:11:22.103Z') });
    const a = await h.ok('/transfer-to/card/register', { reference: 'externalCardId09', card, owner });
    expect(a).toEqual({
      cFiCardId: expect.stringMatching(/^tcrd_[0-9A-Za-z]{22}$/),
      dtsRegistered: '2023-03-31T20:11:22.103Z',
      reference: 'externalCardId09',
      isPullEnabled: true,
      isPushEnabled: true,
      cardExpirationDate: expect.stringMatching(/^20(2[4-9])(0[1-9]|1[0-2])$/),
      cardLast4: expect.stringMatching(/^\d{4}$/),
    });
    const b = await h.ok('/transfer-to/card/register', { reference: ref(), card, owner });
    expect(b.cFiCardId).not.toBe(a.cFiCardId);
    expect([b.cardLast4, b.cardExpirationDate]).toEqual([a.cardLast4, a.cardExpirationDate]);
  });

  it('derives last 4 and YYYYMM from a clear card and never echoes the number', async () => {
    const h = await harness();
    for (const [expirationDate, expected] of [
      ['1228', '202812'],
      ['12/28', '202812'],
      ['202705', '202705'],
      ['05/2027', '202705'],
    ]) {
      const res = await h.call('/transfer-to/card/register', {
        reference: ref(),
        clearCard: { accountNumber: '4111111111119990', expirationDate },
        owner,
      });
      expect(res.body.data).toMatchObject({ cardLast4: '9990', cardExpirationDate: expected });
      expect(JSON.stringify(res.body)).not.toContain('4111111111119990');
    }
  });

  it('refuses both card and clearCard, or neither (oneOf)', async () => {
    const h = await harness();
    const both = await h.call('/transfer-to/card/register', {
      reference: ref(),
      card,
      clearCard: { accountNumber: '4111', expirationDate: '1228' },
      owner,
    });
    const neither = await h.call('/transfer-to/card/register', { reference: ref(), owner });
    for (const res of [both, neither]) {
      expect(res.body.code).toBe('requestValidateError');
      expect(res.body.context.at(-1)).toMatchObject({ keyword: 'oneOf' });
    }
  });
});
