import { describe, expect, it } from 'vitest';
import { bracketAmount, moneyString, toCents } from './money.ts';
import { activeCard, activeCreditCard, balanceOf, debitCard, harness, ref, type Harness } from './testing/harness.ts';

const credit = (h: Harness, cFiCardId: string, amount: number, currency = 'USD') =>
  h.call('/ibis/financial/funds-credit', { cFiCardId, reference: ref('c'), amount, currency });
const debit = (h: Harness, cFiCardId: string, amount: number, currency = 'USD') =>
  h.call('/ibis/financial/funds-debit', { cFiCardId, reference: ref('d'), amount, currency });
const c2c = (h: Harness, cardFromId: string, cardToId: string, amount: number) =>
  h.call('/ibis/financial/card-to-card', { reference: ref('t'), cardFromId, cardToId, amount, currency: 'USD' });

async function cardIn(h: Harness, status: 'A' | 'B' | 'I' | 'S' | 'F', balance = 0): Promise<string> {
  const id = (await debitCard(h)).cFiCardId;
  if (balance) await h.ok('/ibis/financial/funds-credit', { cFiCardId: id, reference: ref(), amount: balance, currency: 'USD' });
  if (status !== 'A') await h.ok('/ibis/card/set-status', { cFiCardId: id, statusCode: status });
  return id;
}

describe('money arithmetic', () => {
  it('converts JSON numbers to exact cents and formats them as documented', () => {
    expect([21, 10.1, 0.01, 1e21, 498.005].map((n) => toCents(n))).toEqual([2100n, 1010n, 1n, 100000000000000000000000n, 49801n]);
    expect([3300n, -200n, 5n].map((c) => moneyString(c))).toEqual(['33.00', '-2.00', '0.05']);
    expect([49800n, 200000n, 1250n, 1234n].map((c) => bracketAmount(c))).toEqual(['498.0', '2000.0', '12.5', '12.34']);
  });
});

// ibis-overview.txt, "Push Funds to Card with /ibis": the card is credited; "You can, however,
// transfer funds to a pre-active card" (schemas/rules/money.json push: A, B, I, S; F refused).
describe('push (funds-credit)', () => {
  it('credits a pre-active card and returns the new balance', async () => {
    const h = await harness();
    const id = (await debitCard(h)).cFiCardId;
    const res = await credit(h, id, 21);
    expect(res.body.data).toMatchObject({ type: 'credit', cFiCardId: id, cFiStatus: 'Complete', balance: 21, ledgerBalance: 21, fee: 0 });
    expect(res.body.data.cFiFundsId).toMatch(/^ifnd_[0-9A-Za-z]{22}$/);
    expect(res.body.data.boTransId).toMatch(/^F\d+$/);
    expect(res.body.data.arn).toMatch(/^[0-9A-Za-z]{20}$/);
    expect(await balanceOf(h, id)).toBe(21);
  });

  it.each(['B', 'I', 'S'] as const)('credits a card in %s', async (status) => {
    const h = await harness();
    const id = await cardIn(h, status);
    expect((await credit(h, id, 5)).status).toBe(200);
  });

  it('refuses a closed card (extIbis SD) and moves nothing', async () => {
    const h = await harness();
    const id = await cardIn(h, 'F');
    const res = await credit(h, id, 5);
    expect(res.body).toMatchObject({
      code: 'extIbis',
      subCode: 'SD',
      context: { transId: expect.any(String), arn: expect.any(String), fee: 0 },
    });
    expect(res.body.message).toMatch(/Closed Card/);
    expect(await balanceOf(h, id)).toBe(0);
  });

  it('accepts USD only: "Currency CND is not support", no context', async () => {
    const h = await harness();
    const id = await activeCard(h, 10);
    for (const res of [await credit(h, id, 5, 'CND'), await debit(h, id, 5, 'EUR')]) {
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('ibisFundsCurrency');
      expect(res.body.context).toBeUndefined();
      expect(res.body.message).toMatch(/^Currency (CND|EUR) is not support$/);
    }
    expect(await balanceOf(h, id)).toBe(10);
  });

  it('adds decimal amounts exactly (10.10 + 20.20 = 30.30)', async () => {
    const h = await harness();
    const id = await activeCard(h);
    await credit(h, id, 10.1);
    expect((await credit(h, id, 20.2)).body.data.balance).toBe(30.3);
  });
});

// ibis-overview.txt, "Pull Funds from Card with /ibis": "funds cannot be pulled from a debit card
// unless the card status code is "B" (ON) and funds are available" (errata pull-from-non-active).
describe('pull (funds-debit, card-to-card from)', () => {
  it('pulls from an active card with funds', async () => {
    const h = await harness();
    const id = await activeCard(h, 35);
    const res = await debit(h, id, 15);
    expect(res.body.data).toMatchObject({ type: 'debit', cFiCardId: id, balance: 20, ledgerBalance: 20, cardPrgName: 'GPR Card Program' });
    expect(await balanceOf(h, id)).toBe(20);
  });

  it('refuses a pre-active card with the documented messages', async () => {
    const h = await harness();
    const id = await cardIn(h, 'A', 44);
    const to = await activeCard(h);
    const d = await debit(h, id, 1);
    expect(d.body).toMatchObject({
      subCode: 'PA',
      message: 'Cash Withdrawal Decline (Pre-Active Card)',
      context: {
        status: { code: 'A', description: 'Card was issued but has not yet been activated' },
        cardPrgName: 'GPR Card Program',
        fee: 0,
      },
    });
    const t = await c2c(h, id, to, 1);
    expect(t.body).toMatchObject({
      subCode: 'PA',
      message: 'Shortfall Currency Exchange  Decline (From Card) (Pre-Active Card)',
      context: { arn: expect.any(String), fee: 0 },
    });
    expect(await balanceOf(h, id)).toBe(44);
  });

  it.each([
    ['I', 'SA', 'Cash Withdrawal Decline (Inactive Card)', 'Shortfall Currency Exchange  Decline (From Card) (Inactive Card)'],
    [
      'S',
      '59',
      'Cash Withdrawal Decline (Suspected Fraud Hit, Card is Already Blocked)',
      'Shortfall Currency Exchange  Decline (From Card) (Suspected Fraud Hit, Card is Already Blocked)',
    ],
    ['F', 'SD', 'Cash Withdrawal Decline (Closed Card)', 'Shortfall Currency Exchange  Decline (From Card) (Closed Card)'],
  ] as const)('refuses a card in %s with extIbis %s', async (status, subCode, debitMessage, c2cMessage) => {
    const h = await harness();
    const id = await cardIn(h, status, 30);
    const to = await activeCard(h);
    expect((await debit(h, id, 1)).body).toMatchObject({ code: 'extIbis', subCode, message: debitMessage });
    expect((await c2c(h, id, to, 1)).body).toMatchObject({ code: 'extIbis', subCode, message: c2cMessage });
    expect(await balanceOf(h, id)).toBe(30);
  });

  it('refuses more than the funds: extIbis 51 with the available amount, nothing moves', async () => {
    const h = await harness();
    const id = await activeCard(h, 498);
    const to = await activeCard(h);
    const d = await debit(h, id, 498.01);
    expect(d.body).toMatchObject({
      subCode: '51',
      message: 'Manual Sig Based Cash Withdrawal Intl (with currency conversion) Decline (Insufficient Funds [498.0])',
      context: { balance: 498, ledgerBalance: 498 },
    });
    const t = await c2c(h, id, to, 500);
    expect(t.body).toMatchObject({
      subCode: '51',
      message: 'Funds Transfer Decline (From Card) (Insufficient Funds [498.0])',
      context: { fromCardBalance: '498.00' },
    });
    expect((await debit(h, id, 498)).status).toBe(200);
    expect(await balanceOf(h, id)).toBe(0);
  });
});

// "For credit cards "balance" = available funds - credit limit ... A credit card with a "balance"
// of -2 and a credit limit of 500 has available funds of 498."
describe('credit card balance', () => {
  it('starts at 0, goes negative on a pull, and refuses beyond the limit with [498.0]', async () => {
    const h = await harness();
    const id = await activeCreditCard(h, 500);
    const to = await activeCard(h);
    expect(await balanceOf(h, id)).toBe(0);
    expect((await c2c(h, id, to, 2)).body.data).toMatchObject({ balance: -2, fromCardBalance: '-2.00', toCardBalance: '2.00' });
    const over = await c2c(h, id, to, 499);
    expect(over.body).toMatchObject({
      subCode: '51',
      message: 'Funds Transfer Decline (From Card) (Insufficient Funds [498.0])',
      context: { fromCardBalance: '-2.00' },
    });
    const d = await debit(h, id, 498.5);
    expect(d.body.message).toBe('Manual Sig Based Cash Withdrawal Intl (with currency conversion) Decline (Insufficient Funds [498.0])');
    expect((await debit(h, id, 498)).body.data.balance).toBe(-500);
    expect((await credit(h, id, 600)).body.data.balance).toBe(100);
  });
});

// ibis-overview.txt, "Card to Card Transactions with /ibis".
describe('card-to-card', () => {
  it("moves exactly the amount: balance is the from card's, fromCardBalance/toCardBalance are strings", async () => {
    const h = await harness();
    const from = await activeCard(h, 44);
    const to = await activeCard(h);
    const res = await c2c(h, from, to, 11);
    expect(res.body.data).toMatchObject({
      type: 'cardToCard',
      cardFromId: from,
      cardToId: to,
      balance: 33,
      ledgerBalance: 33,
      fromCardBalance: '33.00',
      toCardBalance: '11.00',
    });
    expect(await balanceOf(h, from)).toBe(33);
    expect(await balanceOf(h, to)).toBe(11);
  });

  it('pushes to a pre-active card but not to a closed one', async () => {
    const h = await harness();
    const from = await activeCard(h, 20);
    const pre = await cardIn(h, 'A');
    const closed = await cardIn(h, 'F');
    expect((await c2c(h, from, pre, 5)).status).toBe(200);
    const res = await c2c(h, from, closed, 5);
    expect(res.body).toMatchObject({
      code: 'extIbis',
      subCode: 'SD',
      message: 'Shortfall Currency Exchange  Decline (To Card) (Closed Card)',
    });
    expect(await balanceOf(h, from)).toBe(15);
  });

  it('answers cardNotFound naming the unknown card', async () => {
    const h = await harness();
    const from = await activeCard(h, 20);
    expect((await c2c(h, from, 'icrd_ghost', 5)).body).toMatchObject({ code: 'cardNotFound', context: { cFiCardId: 'icrd_ghost' } });
    expect((await c2c(h, 'icrd_ghost2', from, 5)).body).toMatchObject({ code: 'cardNotFound', context: { cFiCardId: 'icrd_ghost2' } });
  });

  it('conserves money over a sequence: Σ balances = pushes − pulls', async () => {
    const h = await harness();
    const a = await activeCard(h, 100);
    const b = await activeCard(h, 50);
    const c = await activeCreditCard(h, 1000);
    await c2c(h, a, b, 30);
    await c2c(h, c, a, 250.25);
    await debit(h, b, 80);
    await c2c(h, b, c, 0.75);
    const total = (await balanceOf(h, a)) + (await balanceOf(h, b)) + (await balanceOf(h, c));
    expect(Math.round(total * 100)).toBe((100 + 50 - 80) * 100);
    const t = h.state.totals();
    expect(t.balancesCents).toBe(t.pushedCents - t.pulledCents);
  });
});
