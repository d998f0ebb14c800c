import { describe, expect, it } from 'vitest';
import { activeCard, balanceOf, harness, ref, type Harness } from './testing/harness.ts';

// ibis-overview.txt, "Reverse a Transaction with /ibis": "reversals are not supported for
// /ibis/financial/funds-credit or /ibis/financial/funds-debit transactions. Reversals are
// available for /ibis/financial/card-to-card transactions in which both cards belong to the same
// cardProgramId"; README.md: "a reversal amount must be less than or equal to the transfer amount".
async function transfer(h: Harness, amount = 11, program = 'd_gpr_test') {
  const from = await activeCard(h, 44);
  const to = await activeCard(h, 0, { cardProgramId: program });
  const t = await h.ok('/ibis/financial/card-to-card', { reference: ref('t'), cardFromId: from, cardToId: to, amount, currency: 'USD' });
  return { from, to, t };
}

describe('reversal', () => {
  it('reverses the full amount by default and restores both balances', async () => {
    const h = await harness();
    const { from, to, t } = await transfer(h);
    const res = await h.ok('/ibis/financial/reversal', { cFiFundsId: t.cFiFundsId });
    expect(res).toMatchObject({
      cFiFundsId: t.cFiFundsId,
      reference: t.reference,
      type: 'cardToCard',
      cardFromId: from,
      cardToId: to,
      arn: t.arn,
      boTransId: t.boTransId,
    });
    expect(res.reversal).toMatchObject({
      cFiStatus: 'Complete',
      responseDesc: 'Shortfall Currency Exchange - Reversal',
      boTransId: expect.stringMatching(/^F\d+$/),
    });
    expect(res.reversal.arn).not.toBe(t.arn);
    expect(await balanceOf(h, from)).toBe(44);
    expect(await balanceOf(h, to)).toBe(0);
  });

  it('reverses part of the amount', async () => {
    const h = await harness();
    const { from, to, t } = await transfer(h, 11);
    await h.ok('/ibis/financial/reversal', { cFiFundsId: t.cFiFundsId, amount: 4.5, description: 'Transaction reversal' });
    expect(await balanceOf(h, from)).toBe(37.5);
    expect(await balanceOf(h, to)).toBe(6.5);
  });

  it.each([
    ['more than the original amount', { amount: 11.01 }],
    ['a second time', {}],
  ])('refuses %s with ibisCannotReverseError and moves nothing', async (what, extra) => {
    const h = await harness();
    const { from, to, t } = await transfer(h, 11);
    if (what === 'a second time') await h.ok('/ibis/financial/reversal', { cFiFundsId: t.cFiFundsId });
    const before = [await balanceOf(h, from), await balanceOf(h, to)];
    const res = await h.call('/ibis/financial/reversal', { cFiFundsId: t.cFiFundsId, ...extra });
    expect(res.body).toMatchObject({
      code: 'ibisCannotReverseError',
      context: { fundsContext: { entityId: t.cFiFundsId, reference: t.reference, cFiReference: t.arn, externalId: t.boTransId } },
    });
    expect([await balanceOf(h, from), await balanceOf(h, to)]).toEqual(before);
  });

  it('refuses a transfer between two card programs', async () => {
    const h = await harness();
    const { t } = await transfer(h, 5, 'd_gpr_alt');
    expect((await h.call('/ibis/financial/reversal', { cFiFundsId: t.cFiFundsId })).body.code).toBe('ibisCannotReverseError');
  });

  it.each(['/ibis/financial/funds-credit', '/ibis/financial/funds-debit'])(
    'refuses a %s transfer: "Can only reverse card to card transactions."',
    async (operation) => {
      const h = await harness();
      const id = await activeCard(h, 20);
      const t = await h.ok(operation, { cFiCardId: id, reference: ref(), amount: 5, currency: 'USD' });
      const res = await h.call('/ibis/financial/reversal', { cFiFundsId: t.cFiFundsId });
      expect(res.body).toMatchObject({
        code: 'ibisCannotReverseError',
        message: 'Can only reverse card to card transactions.',
        context: {
          fundsContext: {
            entityId: t.cFiFundsId,
            entityStatus: 'Complete',
            reference: t.reference,
            aggregatorId: 'evolve',
            cFiReference: t.arn,
            externalId: t.boTransId,
          },
        },
      });
    },
  );

  it('answers ibisFundsTransferNotFound for an unknown transfer', async () => {
    const h = await harness();
    const res = await h.call('/ibis/financial/reversal', { cFiFundsId: 'ifnd_nope' });
    expect(res.body.code).toBe('ibisFundsTransferNotFound');
    expect(res.body.context.fundsId.trim().replace(/^cFiFundsId=/, '')).toBe('ifnd_nope');
  });

  it('refuses when the receiving card no longer holds the money', async () => {
    const h = await harness();
    const { to, t } = await transfer(h, 10);
    await h.ok('/ibis/financial/funds-debit', { cFiCardId: to, reference: ref(), amount: 8, currency: 'USD' });
    expect((await h.call('/ibis/financial/reversal', { cFiFundsId: t.cFiFundsId })).body.code).toBe('ibisCannotReverseError');
    await h.ok('/ibis/financial/reversal', { cFiFundsId: t.cFiFundsId, amount: 2 });
  });
});
