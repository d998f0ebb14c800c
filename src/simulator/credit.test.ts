import { describe, expect, it } from 'vitest';
import { harness, profile, ref, type Harness } from './testing/harness.ts';

const apply = (h: Harness, totalAnnualIncome: number, customerId = h.fixtures.customerId) =>
  h.call('/ibis/credit-card/application', { customerId, employer: 'ABC123 Inc.', totalAnnualIncome, totalAnnualIncomeCurrency: 'USD' });

const addCard = (h: Harness, applicationId: string | undefined, extra: Record<string, unknown> = {}) =>
  h.call('/ibis/credit-card/add', {
    customerId: h.fixtures.customerId,
    reference: ref('cc'),
    cardProgramId: 'Evolve_Test',
    ...(applicationId ? { applicationId } : {}),
    profile,
    creditLimitCurrency: 'USD',
    ...extra,
  });

// ibis-overview.txt, "Apply for Credit with /ibis" and "Get Credit Card Application Status";
// decision rule: errata credit-decision-rule (50000 → Approve 2700, as documented).
describe('credit-card/application', () => {
  it('approves 50000 with the documented limit 2700 and can be read back by id', async () => {
    const h = await harness();
    const res = await apply(h, 50000);
    expect(res.body.data).toEqual({
      applicationId: expect.stringMatching(/^gsa_[0-9A-Za-z]{22}$/),
      customerId: h.fixtures.customerId,
      creditFreeze: false,
      creditLimit: 2700,
      creditLimitCurrency: 'USD',
      decision: 'Approve',
      adverseAction: [],
    });
    const get = await h.call('/ibis/credit-card/application/:applicationId', undefined, {
      path: `/ibis/credit-card/application/${res.body.data.applicationId}`,
    });
    expect(get.body.data).toEqual(res.body.data);
  });

  it.each([
    [10000, 540],
    [150000, 8100],
    [1000000, 10000],
  ])('income %s → limit %s', async (income, limit) => {
    const h = await harness();
    expect((await apply(h, income)).body.data.creditLimit).toBe(limit);
  });

  it('declines an income below 10000 without a credit limit', async () => {
    const h = await harness();
    const data = (await apply(h, 9999.99)).body.data;
    expect(data.decision).not.toBe('Approve');
    expect(data.creditLimit).toBeUndefined();
    expect(data.adverseAction.length).toBeGreaterThan(0);
  });

  it('allows several applications per customer (not idempotent)', async () => {
    const h = await harness();
    const a = (await apply(h, 50000)).body.data.applicationId;
    const b = (await apply(h, 50000)).body.data.applicationId;
    expect(a).not.toBe(b);
  });

  it('needs KYC: kycNotInitialized { customerId }', async () => {
    const h = await harness();
    const res = await apply(h, 50000, h.fixtures.unverifiedCustomerId);
    expect(res.body).toMatchObject({
      code: 'kycNotInitialized',
      context: { customerId: h.fixtures.unverifiedCustomerId },
      message: 'KYC/KYB identification not found for this customer.',
    });
  });

  it('answers ibisApplicationNotFound for an unknown application', async () => {
    const h = await harness();
    const res = await h.call('/ibis/credit-card/application/:applicationId', undefined, {
      path: '/ibis/credit-card/application/gsa_hsTrKNlU8sapLGjUimPrG1',
    });
    expect(res.body).toMatchObject({
      code: 'ibisApplicationNotFound',
      context: { applicationId: 'gsa_hsTrKNlU8sapLGjUimPrG1' },
      message: 'Credit application not found.',
    });
  });
});

// ibis-credit-card-add.txt, "Add Credit Card" and ibis-overview.txt, "Add a Credit Card with /ibis".
describe('credit-card/add', () => {
  it('adds a credit card under an approved application (programType credit, routing 121182810, balance 0)', async () => {
    const h = await harness();
    const app = (await apply(h, 50000)).body.data;
    const card = (await addCard(h, app.applicationId, { creditLimit: 1500 })).body.data;
    expect(card).toMatchObject({
      cardProgramId: 'Evolve_Test',
      programType: 'credit',
      abaRoutingNumber: '121182810',
      balance: 0,
      nameOnCard: 'JOHN TESTMAN',
    });
    expect(card.newCardNumber.number).toMatch(/^\d{16}$/);
  });

  it('refuses an application that does not exist or is not approved', async () => {
    const h = await harness();
    expect((await addCard(h, 'gsa_none', { creditLimit: 500 })).body).toMatchObject({
      code: 'ibisApplicationNotFound',
      context: { applicationId: 'gsa_none' },
    });
    const declined = (await apply(h, 100)).body.data.applicationId;
    expect((await addCard(h, declined, { creditLimit: 500 })).body).toMatchObject({
      code: 'ibisApplicationIsNotApproved',
      context: { applicationId: declined },
      message: 'Application is not APPROVED.',
    });
  });

  it('refuses a limit above the approved one: ibisApplicationCreditLimit (3600 asked, 2700 approved)', async () => {
    const h = await harness();
    const app = (await apply(h, 50000)).body.data.applicationId;
    expect((await addCard(h, app, { creditLimit: 3600 })).body).toMatchObject({
      code: 'ibisApplicationCreditLimit',
      context: { applicationId: app, creditLimit: 2700 },
      message: 'Credit limit in application is less than the requested credit limit.',
    });
  });

  it.each([
    [2600, 'New Card Purchase Decline (Allocated credit limit must be less than or equal to [2000.0]; )'],
    [200, 'New Card Purchase Decline (Allocated credit limit must be greater than or equal to [500.0]; )'],
  ])(
    'refuses a per-card limit outside 500..2000 (%s) with extIbis 12, kept as an Error entry in card/list',
    async (creditLimit, message) => {
      const h = await harness();
      const app = (await apply(h, 50000)).body.data.applicationId;
      const reference = ref('err');
      const res = await addCard(h, app, { creditLimit, reference });
      expect(res.body).toMatchObject({
        code: 'extIbis',
        subCode: '12',
        context: { transId: expect.stringMatching(/^F\d+$/), fee: 0 },
        message,
      });
      const list = await h.ok('/ibis/card/list', { customerId: h.fixtures.customerId });
      expect(list).toEqual([
        expect.objectContaining({ cFiStatus: 'Error', reference, error: { code: '12', message }, programType: 'credit' }),
      ]);
      expect(list[0].vAccountNumber).toBeUndefined();
      // README.md: ibisCardStatusError "the card is in an error state; context { cFiCardId, reference, error }".
      const status = await h.call('/ibis/card/status', { reference });
      expect(status.body).toMatchObject({
        code: 'ibisCardStatusError',
        context: { cFiCardId: list[0].cFiCardId, reference, error: { code: '12' } },
      });
      // The failed card keeps its reference.
      expect((await addCard(h, app, { creditLimit: 1000, reference })).body.code).toBe('referenceExists');
    },
  );

  it('shares the approved limit between the cards of one application ("if the customer\'s credit limit allows")', async () => {
    const h = await harness();
    const app = (await apply(h, 50000)).body.data.applicationId; // 2700
    await h.ok('/ibis/credit-card/add', {
      customerId: h.fixtures.customerId,
      reference: ref(),
      cardProgramId: 'Evolve_Test',
      applicationId: app,
      profile,
      creditLimit: 2000,
    });
    expect((await addCard(h, app, { creditLimit: 700 })).status).toBe(200);
    expect((await addCard(h, app, { creditLimit: 500 })).body.code).toBe('ibisApplicationCreditLimit');
  });

  it('without creditLimit allocates the lesser of the approved limit and the program maximum', async () => {
    const h = await harness();
    const app = (await apply(h, 50000)).body.data.applicationId;
    const first = (await addCard(h, app)).body.data;
    const second = (await addCard(h, app)).body.data;
    expect(h.state.card(first.cFiCardId)?.creditLimit).toBe(2000);
    expect(h.state.card(second.cFiCardId)?.creditLimit).toBe(700);
    expect((await addCard(h, app)).body).toMatchObject({ code: 'extIbis', subCode: '12' }); // nothing left: below 500
  });

  it('makes a secondary card with cFiPrimaryCardId', async () => {
    const h = await harness();
    const app = (await apply(h, 100000)).body.data.applicationId;
    const primary = (await addCard(h, app, { creditLimit: 1500 })).body.data;
    const secondary = (await addCard(h, app, { creditLimit: 1500, cFiPrimaryCardId: primary.cFiCardId })).body.data;
    expect(secondary.cFiPrimaryCardId).toBe(primary.cFiCardId);
    expect((await addCard(h, app, { creditLimit: 500, cFiPrimaryCardId: 'icrd_none' })).body.code).toBe('cardNotFound');
  });

  it('refuses a debit program, a non-USD limit currency and a customer without application', async () => {
    const h = await harness();
    const app = (await apply(h, 50000)).body.data.applicationId;
    expect((await addCard(h, app, { cardProgramId: 'd_gpr_test' })).body).toMatchObject({
      code: 'ibisProgramNotSupported',
      context: { programId: 'd_gpr_test' },
    });
    expect((await addCard(h, app, { creditLimitCurrency: 'EUR' })).body.code).toBe('ibisFundsCurrency');
    const h2 = await harness();
    expect((await addCard(h2, undefined)).body.code).toBe('ibisApplicationNotFound');
  });
});
