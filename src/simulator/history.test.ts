import { describe, expect, it } from 'vitest';
import { activeCard, debitCard, harness, ref } from './testing/harness.ts';

// ibis-overview.txt, "Retrieve a Transaction with /ibis": by exactly one of cFiFundsId, reference
// or arn; an array with the transfer; unknown → ibisFundsTransferNotFound (context.fundsId in the
// documented "<key>=<value> " form, errata retrieve-not-found-context).
describe('retrieve', () => {
  it('finds a transfer by cFiFundsId, by reference and by arn', async () => {
    const h = await harness();
    const id = await activeCard(h);
    const t = await h.ok('/ibis/financial/funds-credit', { cFiCardId: id, reference: 'ExtCFunds126', amount: 56, currency: 'USD' });
    for (const key of [{ cFiFundsId: t.cFiFundsId }, { reference: 'ExtCFunds126' }, { arn: t.arn }]) {
      const data = await h.ok('/ibis/financial/retrieve', key);
      expect(data).toEqual([t]);
    }
  });

  it.each([
    ['cFiFundsId', 'ifnd_4AMYgtpc9kgAk5Ku21q3JGe'],
    ['reference', 'noSuchRef'],
    ['arn', '0000000000000000zzzz'],
  ])('answers ibisFundsTransferNotFound for an unknown %s', async (key, value) => {
    const h = await harness();
    const res = await h.call('/ibis/financial/retrieve', { [key]: value });
    expect(res.body).toMatchObject({ code: 'ibisFundsTransferNotFound', message: 'Funds transfer not found.' });
    expect(res.body.context.fundsId).toBe(`${key}=${value} `);
  });

  it('refuses two ids at once (oneOf)', async () => {
    const h = await harness();
    const res = await h.call('/ibis/financial/retrieve', { cFiFundsId: 'ifnd_x', arn: 'abc' });
    expect(res.body.code).toBe('requestValidateError');
    expect(res.body.context.at(-1)).toMatchObject({ keyword: 'oneOf' });
  });
});

// ibis-overview.txt, "Transaction History Inquiry with /ibis".
describe('transaction-history', () => {
  it("lists the card's transactions newest first, shaped like the documented entries", async () => {
    const at = new Date('2023-05-02T09:17:30.000Z');
    const h = await harness({ now: () => at });
    const a = await activeCard(h, 520.5);
    const b = await activeCard(h);
    await h.ok('/ibis/financial/funds-debit', { cFiCardId: a, reference: ref(), amount: 1.5, currency: 'USD', description: 'Paying bill' });
    const t = await h.ok('/ibis/financial/card-to-card', { reference: ref(), cardFromId: a, cardToId: b, amount: 50, currency: 'USD' });
    await h.ok('/ibis/financial/reversal', { cFiFundsId: t.cFiFundsId });
    const { transactions } = await h.ok('/ibis/inquiry/transaction-history', {
      cFiCardId: b,
      dateFrom: '2023-03-01',
      dateTo: '2023-05-02',
    });
    expect(transactions).toHaveLength(2);
    expect(transactions[0]).toMatchObject({
      amount: '-50.00',
      messageTypeIdentifier: '0400',
      serviceId: 'C2C_FUNDS_TRSFR',
      arn: t.arn,
      availableBalance: '0.00',
      originalTraceAuditNo: t.boTransId.slice(1),
    });
    expect(transactions[1]).toMatchObject({
      amount: '50.00',
      messageTypeIdentifier: '0200',
      serviceId: 'C2C_FUNDS_TRSFR',
      availableBalance: '50.00',
      businessDate: '05/02/2023',
      transDate: '2023-05-02T09:17:30',
      localDateTime: '2023-05-02 09:17:30',
    });
    const own = (await h.ok('/ibis/inquiry/transaction-history', { cFiCardId: a })).transactions;
    expect(own.map((x: { amount: string }) => x.amount)).toEqual(['50.00', '-50.00', '-1.50', '520.50']);
    expect(own[2]).toMatchObject({ serviceId: 'MNL_CSH_SIG_INT_M', description: 'Paying bill', availableBalance: '519.00' });
    expect(own[3]).toMatchObject({ serviceId: 'SW_DEPOSIT', messageTypeIdentifier: '0200' });
  });

  it('honours dateFrom/dateTo (inclusive UTC days; each optional)', async () => {
    let now = new Date('2023-03-01T23:59:59.000Z');
    const h = await harness({ now: () => now, tokenTtlMs: 1e12 });
    const id = await activeCard(h);
    for (const day of ['2023-03-01T23:59:59.000Z', '2023-03-02T00:00:00.000Z', '2023-03-05T12:00:00.000Z']) {
      now = new Date(day);
      await h.ok('/ibis/financial/funds-credit', { cFiCardId: id, reference: ref(), amount: 1, currency: 'USD' });
    }
    const count = async (range: Record<string, string>) =>
      (await h.ok('/ibis/inquiry/transaction-history', { cFiCardId: id, ...range })).transactions.length;
    expect(await count({ dateFrom: '2023-03-01', dateTo: '2023-03-01' })).toBe(1);
    expect(await count({ dateFrom: '2023-03-02', dateTo: '2023-03-05' })).toBe(2);
    expect(await count({ dateFrom: '2023-03-03' })).toBe(1);
    expect(await count({ dateTo: '2023-03-02' })).toBe(2);
    expect(await count({})).toBe(3);
    expect(await count({ dateFrom: '2023-04-01', dateTo: '2023-04-30' })).toBe(0);
  });

  it('pages with skipRecords and numberOfRecords', async () => {
    const h = await harness();
    const id = await activeCard(h);
    for (let i = 1; i <= 5; i++)
      await h.ok('/ibis/financial/funds-credit', { cFiCardId: id, reference: ref(), amount: i, currency: 'USD' });
    const page = async (skipRecords: number | null, numberOfRecords: number | null) =>
      (await h.ok('/ibis/inquiry/transaction-history', { cFiCardId: id, skipRecords, numberOfRecords })).transactions.map(
        (t: { amount: string }) => t.amount,
      );
    expect(await page(0, 2)).toEqual(['5.00', '4.00']);
    expect(await page(2, 2)).toEqual(['3.00', '2.00']);
    expect(await page(4, 2)).toEqual(['1.00']);
    expect(await page(9, 2)).toEqual([]);
    expect(await page(null, null)).toHaveLength(5);
  });

  it('refuses dateFrom after dateTo with extIbis 12', async () => {
    const h = await harness();
    const id = await activeCard(h);
    const res = await h.call('/ibis/inquiry/transaction-history', { cFiCardId: id, dateFrom: '2023-05-02', dateTo: '2023-03-01' });
    expect(res.body).toMatchObject({
      code: 'extIbis',
      subCode: '12',
      message: 'Get Transaction History Decline (FromDate is greater than ToDate in request)',
      context: { fee: 0 },
    });
  });

  it('refuses more than 1000 records with greaterNumberOfRecords', async () => {
    const h = await harness();
    const id = await activeCard(h);
    expect((await h.call('/ibis/inquiry/transaction-history', { cFiCardId: id, numberOfRecords: 1000 })).status).toBe(200);
    const res = await h.call('/ibis/inquiry/transaction-history', { cFiCardId: id, numberOfRecords: 1001 });
    expect(res.body).toMatchObject({ code: 'greaterNumberOfRecords', context: { maxNumberOfRecords: 1000 } });
  });

  it('refuses a card never activated (README: "must be activated before retrieving the transaction history")', async () => {
    const h = await harness();
    const card = await debitCard(h);
    const res = await h.call('/ibis/inquiry/transaction-history', { cFiCardId: card.cFiCardId });
    expect(res.body).toMatchObject({ code: 'extIbis', subCode: 'PA', message: 'Get Transaction History Decline (Pre-Active Card)' });
    expect((await h.call('/ibis/inquiry/transaction-history', { cFiCardId: 'icrd_none' })).body.code).toBe('cardNotFound');
  });
});
