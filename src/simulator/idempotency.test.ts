import { describe, expect, it } from 'vitest';
import { idempotencyRules as idempotency } from '../api/index.ts';
import { activeCard, debitCard, harness, profile, ref, type Harness } from './testing/harness.ts';

// schemas/rules/idempotency.json, from each operation's "supports idempotency and will not accept
// requests with duplicate reference IDs": a reused reference → 400 referenceExists { reference,
// entityId of the first entity } and no second entity or money movement; "requests submitted with
// unique reference IDs will not be considered duplicates, even if there are other properties
// with identical values".

/** A body per reference; builders that first set something up through the API are async. */
type BodyOf = (reference: string) => Record<string, unknown>;
type Builder = (h: Harness) => BodyOf | Promise<BodyOf>;

const builders: Record<string, Builder> = {
  '/ibis/account/add': (h) => (reference) => ({ customerId: h.fixtures.customerId, reference }),
  '/ibis/debit-card/add': (h) => (reference) => ({
    customerId: h.fixtures.customerId,
    reference,
    cardProgramId: 'd_gpr_test',
    profile,
  }),
  '/ibis/credit-card/add': async (h) => {
    const app = await h.ok('/ibis/credit-card/application', {
      customerId: h.fixtures.customerId,
      employer: 'ABC123 Inc.',
      totalAnnualIncome: 200000,
      totalAnnualIncomeCurrency: 'USD',
    });
    return (reference) => ({
      customerId: h.fixtures.customerId,
      reference,
      cardProgramId: 'Evolve_Test',
      applicationId: app.applicationId,
      profile,
      creditLimit: 500,
      creditLimitCurrency: 'USD',
    });
  },
  '/ibis/card/reissue': async (h) => {
    // A type 3 reissue closes the card it replaces: each call reissues another open card.
    const cards = [(await debitCard(h)).cFiCardId, (await debitCard(h)).cFiCardId];
    let n = 0;
    return (reference) => ({ customerId: h.fixtures.customerId, cFiCardId: cards[n++ % 2], reference, reissueType: '3', reasonCode: '3' });
  },
  '/ibis/financial/card-to-card': async (h) => {
    const from = await activeCard(h, 100);
    const to = await activeCard(h);
    return (reference) => ({ reference, cardFromId: from, cardToId: to, amount: 10, currency: 'USD' });
  },
  '/ibis/financial/funds-credit': async (h) => {
    const id = await activeCard(h);
    return (reference) => ({ reference, cFiCardId: id, amount: 10, currency: 'USD' });
  },
  '/ibis/financial/funds-debit': async (h) => {
    const id = await activeCard(h, 100);
    return (reference) => ({ reference, cFiCardId: id, amount: 10, currency: 'USD' });
  },
  '/transfer-to/card/register': () => (reference) => ({
    reference,
    clearCard: { accountNumber: '4111111111111111', expirationDate: '1228' },
    owner: {
      name: { first: 'John', last: 'Doe' },
      address: { addressLine1: '1346 Pleasant Ave', city: 'Salt Lake City', state: 'UT', postalCode: '12345', country: 'US' },
      phone: { countryCode: '1', number: '4345156001' },
    },
  }),
};

/** The id of the entity a 200 created (cFiCardId, cFiAccountId, cFiFundsId). */
const entityId = (data: Record<string, string>) => data.cFiFundsId ?? data.cFiAccountId ?? data.cFiCardId;

const operations: [string][] = idempotency.operations.map((o) => [o.operation]);

describe('idempotency on reference', () => {
  it('covers every operation of the rule table', () => {
    expect(Object.keys(builders).sort()).toEqual(operations.map(([o]) => o).sort());
  });

  it.each(operations)('idempotency.%s.duplicate: referenceExists with the first entity, no second effect', async (operation) => {
    const h = await harness();
    const body = await builders[operation](h);
    const reference = ref('dup');
    const first = await h.ok(operation, body(reference));
    const cardsBefore = h.state.cards().length;
    const moneyBefore = h.state.totals();
    const transfersBefore = h.state.transfers().length;
    const second = await h.call(operation, body(reference));
    expect(second.status).toBe(400);
    expect(second.body).toMatchObject({
      code: 'referenceExists',
      context: { reference, entityId: entityId(first) },
      message: 'Reference already exists.',
    });
    expect(h.state.cards().length).toBe(cardsBefore);
    expect(h.state.transfers().length).toBe(transfersBefore);
    expect(h.state.totals()).toEqual(moneyBefore);
  });

  it.each(operations)('idempotency.%s.new-reference: an identical body under a new reference is a new entity', async (operation) => {
    const h = await harness();
    const body = await builders[operation](h);
    const a = await h.ok(operation, body(ref('a')));
    const b = await h.ok(operation, body(ref('b')));
    expect(entityId(b)).not.toBe(entityId(a));
  });

  it('reissue types 1 and 2 ignore the reference ("ignored unless card is reissued with a new card number")', async () => {
    const h = await harness();
    const card = await debitCard(h);
    const reference = ref('ri');
    for (const reissueType of ['1', '2', '1']) {
      const res = await h.ok('/ibis/card/reissue', {
        customerId: h.fixtures.customerId,
        cFiCardId: card.cFiCardId,
        reference,
        reissueType,
        reasonCode: '2',
      });
      expect(res.cFiCardId).toBe(card.cFiCardId);
    }
    // The reference was never claimed: a type 3 may use it once.
    await h.ok('/ibis/card/reissue', {
      customerId: h.fixtures.customerId,
      cFiCardId: card.cFiCardId,
      reference,
      reissueType: '3',
      reasonCode: '3',
    });
  });

  it('cards and vAccounts share one reference namespace (status looks both up by reference)', async () => {
    const h = await harness();
    const acc = await h.ok('/ibis/account/add', { customerId: h.fixtures.customerId, reference: 'sharedRef1' });
    const res = await h.call('/ibis/debit-card/add', {
      customerId: h.fixtures.customerId,
      reference: 'sharedRef1',
      cardProgramId: 'd_gpr_test',
      profile,
    });
    expect(res.body.context).toEqual({ reference: 'sharedRef1', entityId: acc.cFiAccountId });
  });

  it('funds transfers share one namespace, apart from cards and registrations', async () => {
    const h = await harness();
    const id = await activeCard(h, 50);
    const credit = await h.ok('/ibis/financial/funds-credit', { cFiCardId: id, reference: 'sameRef', amount: 1, currency: 'USD' });
    const debit = await h.call('/ibis/financial/funds-debit', { cFiCardId: id, reference: 'sameRef', amount: 1, currency: 'USD' });
    expect(debit.body.context).toEqual({ reference: 'sameRef', entityId: credit.cFiFundsId });
    await debitCard(h, { reference: 'sameRef' });
  });

  it('a refused transfer does not use up its reference', async () => {
    const h = await harness();
    const id = await activeCard(h, 5);
    const reference = ref('retry');
    expect((await h.call('/ibis/financial/funds-debit', { cFiCardId: id, reference, amount: 10, currency: 'USD' })).body.subCode).toBe(
      '51',
    );
    await h.ok('/ibis/financial/funds-credit', { cFiCardId: id, reference: ref(), amount: 10, currency: 'USD' });
    await h.ok('/ibis/financial/funds-debit', { cFiCardId: id, reference, amount: 10, currency: 'USD' });
  });

  it('checks the reference before anything else: a duplicate naming an unknown card is still referenceExists', async () => {
    const h = await harness();
    const id = await activeCard(h);
    const first = await h.ok('/ibis/financial/funds-credit', { cFiCardId: id, reference: 'early', amount: 1, currency: 'USD' });
    const res = await h.call('/ibis/financial/funds-credit', { cFiCardId: 'icrd_other', reference: 'early', amount: 1, currency: 'EUR' });
    expect(res.body).toMatchObject({ code: 'referenceExists', context: { entityId: first.cFiFundsId } });
  });
});
