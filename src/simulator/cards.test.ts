import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './random.ts';
import { debitCard, harness, profile, ref, type Harness } from './testing/harness.ts';

/** Whether a card number ends in its Luhn check digit. */
const isLuhnValid = (pan: string) => /^\d{2,}$/.test(pan) && luhnCheckDigit(pan.slice(0, -1)) === pan.slice(-1);

const ID = (prefix: string) => new RegExp(`^${prefix}[0-9A-Za-z]{21,22}$`);

/** A vAccount of the business customer held by its representative (ibis-account-add.txt, the business example). */
const representativeVAccount = (h: Harness) =>
  h.ok('/ibis/account/add', {
    customerId: h.fixtures.businessCustomerId,
    reference: ref(),
    profile: { accountHolderType: 'representative', accountHolderId: h.fixtures.businessRepresentativeId },
  });

// ibis-overview.txt, "Add a Debit Card with /ibis" and ibis-account-add.txt, "Add vAccount".
describe('debit-card/add', () => {
  it('issues a pre-active card with a Luhn-valid PAN, an expiry three years ahead and the debit routing number', async () => {
    const now = new Date('2023-03-15T18:19:36.135Z');
    const h = await harness({ now: () => now });
    const card = await debitCard(h, { reference: 'extCrd119' });
    expect(card.cFiCardId).toMatch(ID('icrd_'));
    expect(card).toMatchObject({
      cFiStatus: 'Complete',
      customerId: h.fixtures.customerId,
      reference: 'extCrd119',
      cardProgramId: 'd_gpr_test',
      programType: 'debit',
      abaRoutingNumber: '122244184',
      nameOnCard: 'JOHN TESTMAN',
      dtsCreatedAt: now.toISOString(),
      balance: 0,
      fee: 0,
    });
    expect(card.memberNumber).toMatch(ID('cstcp_'));
    expect(card.vAccountNumber).toMatch(/^\d{16}$/);
    expect(card.transId).toMatch(/^F\d+$/);
    expect(card.newCardNumber.expiryDate).toBe('032026');
    expect(isLuhnValid(card.newCardNumber.number)).toBe(true);
    const status = await h.ok('/ibis/card/status', { cFiCardId: card.cFiCardId });
    expect(status.status).toEqual({ code: 'A', description: 'Card was issued but has not yet been activated' });
  });

  it('never shows the full card number again: cardholder-profile masks it as 123456******1234', async () => {
    const h = await harness();
    const card = await debitCard(h);
    const pan: string = card.newCardNumber.number;
    for (const [operation, body] of [
      ['/ibis/card/status', { cFiCardId: card.cFiCardId }],
      ['/ibis/card/cardholder-profile', { cFiCardId: card.cFiCardId }],
      ['/ibis/card/list', { customerId: h.fixtures.customerId }],
      ['/ibis/card/activate', { cFiCardId: card.cFiCardId }],
    ] as const) {
      const res = await h.call(operation, body);
      expect(JSON.stringify(res.body)).not.toContain(pan);
    }
    const p = await h.ok('/ibis/card/cardholder-profile', { cFiCardId: card.cFiCardId });
    expect(p.cardNumber).toBe(`${pan.slice(0, 6)}******${pan.slice(-4)}`);
  });

  it('answers ibisProgramNotSupported { programId, customerType } for an unknown or a credit program', async () => {
    const h = await harness();
    for (const programId of ['d_gpr_test1', h.fixtures.creditProgramId]) {
      const res = await h.call('/ibis/debit-card/add', {
        customerId: h.fixtures.customerId,
        reference: ref(),
        cardProgramId: programId,
        profile,
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'ibisProgramNotSupported',
        context: { programId, customerType: 'individual' },
        message: 'The requested card or account program is not supported for this customer.',
      });
    }
  });

  it('answers customerNotFound for an unknown customer (errata unknown-customer)', async () => {
    const h = await harness();
    const res = await h.call('/ibis/debit-card/add', {
      customerId: 'cstap_unknown',
      reference: ref(),
      cardProgramId: 'd_gpr_test',
      profile,
    });
    expect(res.body).toMatchObject({ code: 'customerNotFound', context: { customerId: 'cstap_unknown' } });
  });

  it('issues a secondary card with cFiPrimaryCardId echoed; an unknown primary is cardNotFound', async () => {
    const h = await harness();
    const primary = await debitCard(h);
    const secondary = await debitCard(h, { cFiPrimaryCardId: primary.cFiCardId });
    expect(secondary.cFiPrimaryCardId).toBe(primary.cFiCardId);
    expect(secondary.cFiCardId).not.toBe(primary.cFiCardId);
    const res = await h.call('/ibis/debit-card/add', {
      customerId: h.fixtures.customerId,
      reference: ref(),
      cardProgramId: 'd_gpr_test',
      profile,
      cFiPrimaryCardId: 'icrd_nope',
    });
    expect(res.body).toMatchObject({ code: 'cardNotFound', context: { cFiCardId: 'icrd_nope' } });
  });
});

// ibis-overview.txt, "profile Object": cardHolderId/cardHolderType "required for business card
// holders only ... Must match customerId if included for individual customers"; businessInfo
// "required for business customers only". Refusals: errata business-holder-required.
describe('business cards and holders', () => {
  const business = (h: Awaited<ReturnType<typeof harness>>, extra: Record<string, unknown>) => ({
    customerId: h.fixtures.businessCustomerId,
    reference: ref('b'),
    cardProgramId: 'd_gpr_test',
    businessInfo: { companyNameOnCard: 'ABC123 Inc.' },
    ...extra,
  });

  it('issues cards to the representative and to the employee', async () => {
    const h = await harness();
    const rep = await h.ok(
      '/ibis/debit-card/add',
      business(h, { profile: { ...profile, cardHolderId: h.fixtures.businessRepresentativeId, cardHolderType: 'representative' } }),
    );
    const emp = await h.ok(
      '/ibis/debit-card/add',
      business(h, { profile: { ...profile, cardHolderId: h.fixtures.businessEmployeeId, cardHolderType: 'individual' } }),
    );
    expect(rep.customerId).toBe(h.fixtures.businessCustomerId);
    expect(rep.memberNumber).toMatch(/^cstcb_/);
    expect(emp.cFiCardId).not.toBe(rep.cFiCardId);
  });

  it.each([
    [
      'no businessInfo',
      { businessInfo: undefined, profile: { ...profile, cardHolderType: 'representative', cardHolderId: 'REP' } },
      { instancePath: '', keyword: 'required', params: { missingProperty: 'businessInfo' } },
    ],
    ['no cardHolderId', { profile }, { instancePath: '/profile', keyword: 'required', params: { missingProperty: 'cardHolderId' } }],
    [
      'a holder of another customer',
      { profile: { ...profile, cardHolderId: 'cstap_someoneElse', cardHolderType: 'individual' } },
      { instancePath: '/profile/cardHolderId', keyword: 'enum' },
    ],
    [
      'the representative typed as individual',
      { profile: { ...profile, cardHolderType: 'individual', cardHolderId: 'REP' } },
      { instancePath: '/profile/cardHolderType', keyword: 'const', params: { allowedValue: 'representative' } },
    ],
  ])('refuses a business card with %s', async (_, extra, entry) => {
    const h = await harness();
    const body = business(h, extra) as Record<string, unknown>;
    if (body.businessInfo === undefined) delete body.businessInfo;
    if (JSON.stringify(body).includes('"REP"'))
      (body.profile as Record<string, unknown>).cardHolderId = h.fixtures.businessRepresentativeId;
    const res = await h.call('/ibis/debit-card/add', body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('requestValidateError');
    expect(res.body.context[0]).toMatchObject(entry);
  });

  it('an individual may name itself as holder (type "representative" is ignored) but nobody else', async () => {
    const h = await harness();
    await h.ok('/ibis/debit-card/add', {
      customerId: h.fixtures.customerId,
      reference: ref(),
      cardProgramId: 'd_gpr_test',
      profile: { ...profile, cardHolderType: 'representative', cardHolderId: h.fixtures.customerId },
    });
    const res = await h.call('/ibis/debit-card/add', {
      customerId: h.fixtures.customerId,
      reference: ref(),
      cardProgramId: 'd_gpr_test',
      profile: { ...profile, cardHolderId: h.fixtures.unverifiedCustomerId },
    });
    expect(res.body.context[0]).toMatchObject({
      instancePath: '/profile/cardHolderId',
      keyword: 'const',
      params: { allowedValue: h.fixtures.customerId },
    });
  });
});

describe('account/add (vAccounts) and card/list', () => {
  it('adds a vAccount: cFiAccountId, accountProgramId d_gpr_test, programType vAccountOnly', async () => {
    const h = await harness();
    const acc = await h.ok('/ibis/account/add', { customerId: h.fixtures.customerId, reference: 'extIvAccount100' });
    expect(acc).toMatchObject({
      accountProgramId: 'd_gpr_test',
      programType: 'vAccountOnly',
      cFiStatus: 'Complete',
      abaRoutingNumber: '122244184',
      balance: 0,
      reference: 'extIvAccount100',
    });
    expect(acc.cFiAccountId).toMatch(ID('icrd_'));
    expect(acc.newCardNumber).toBeUndefined();
  });

  it('adds business vAccounts for the representative and the employee (ibis-account-add.txt examples)', async () => {
    const h = await harness();
    const rep = await representativeVAccount(h);
    expect(rep.memberNumber).toMatch(/^cstcb_/);
    const missing = await h.call('/ibis/account/add', { customerId: h.fixtures.businessCustomerId, reference: ref() });
    expect(missing.body.context[0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'profile' } });
  });

  it('accepts the cFiAccountId where the docs say so (activate, status, profile, funds, history)', async () => {
    const h = await harness();
    const acc = await h.ok('/ibis/account/add', { customerId: h.fixtures.customerId, reference: ref() });
    const id = acc.cFiAccountId;
    expect((await h.ok('/ibis/card/activate', { cFiCardId: id })).cFiCardId).toBe(id);
    expect((await h.ok('/ibis/card/status', { cFiCardId: id })).programType).toBe('vAccountOnly');
    expect((await h.ok('/ibis/card/cardholder-profile', { cFiCardId: id })).cardNumber).toMatch(/^\d{6}\*+\d{4}$/);
    await h.ok('/ibis/financial/funds-credit', { cFiCardId: id, reference: ref(), amount: 10, currency: 'USD' });
    await h.ok('/ibis/financial/funds-debit', { cFiCardId: id, reference: ref(), amount: 4, currency: 'USD' });
    const history = await h.ok('/ibis/inquiry/transaction-history', { cFiCardId: id });
    expect(history.transactions.map((t: { amount: string }) => t.amount)).toEqual(['-4.00', '10.00']);
    // set-pin is not in the vAccount list: a vAccount is not a card there.
    expect((await h.call('/ibis/card/set-pin', { cFiCardId: id, pin: '1234' })).body.code).toBe('cardNotFound');
  });

  it('lists every card and vAccount of the customer in issue order, and [] for a customer without any', async () => {
    const h = await harness();
    expect(await h.ok('/ibis/card/list', { customerId: h.fixtures.unverifiedCustomerId })).toEqual([]);
    const card = await debitCard(h);
    const acc = await h.ok('/ibis/account/add', { customerId: h.fixtures.customerId, reference: ref() });
    await debitCard(h, { customerId: h.fixtures.unverifiedCustomerId });
    const list = await h.ok('/ibis/card/list', { customerId: h.fixtures.customerId });
    expect(list.map((c: { cFiCardId: string }) => c.cFiCardId)).toEqual([card.cFiCardId, acc.cFiAccountId]);
    expect(list[1]).toMatchObject({ cardProgramId: 'd_gpr_test', programType: 'vAccountOnly' });
    expect((await h.call('/ibis/card/list', { customerId: 'cstap_nobody' })).body.code).toBe('customerNotFound');
  });

  it('finds a card by reference (status and cardholder-profile); an unknown reference is cardNotFound', async () => {
    const h = await harness();
    const card = await debitCard(h, { reference: 'extCrd121' });
    expect((await h.ok('/ibis/card/status', { reference: 'extCrd121' })).cFiCardId).toBe(card.cFiCardId);
    expect((await h.ok('/ibis/card/cardholder-profile', { reference: 'extCrd121' })).firstName).toBe('JOHN');
    const res = await h.call('/ibis/card/status', { reference: 'nope' });
    expect(res.body).toMatchObject({ code: 'cardNotFound', context: { cFiCardId: 'nope' } });
  });
});

// ibis-card-sync-profile.txt, "Sync Card Profile".
describe('card/sync-profile', () => {
  const syncBody = (customerId: string, cFiCardId: string, cardHolderId: string, cardHolderType: string) => ({
    customerId,
    cFiCardId,
    profile: { cardHolderId, cardHolderType },
  });

  it('returns the card record for the owner, with the holder as profile', async () => {
    const h = await harness();
    const card = await debitCard(h);
    const res = await h.ok('/ibis/card/sync-profile', syncBody(h.fixtures.customerId, card.cFiCardId, h.fixtures.customerId, 'individual'));
    expect(res).toMatchObject({
      cFiCardId: card.cFiCardId,
      customerId: h.fixtures.customerId,
      programType: 'debit',
      transId: expect.stringMatching(/^F\d+$/),
    });
  });

  it('refuses a card of another customer (cardNotFound) and a closed card (extIbis SD)', async () => {
    const h = await harness();
    const card = await debitCard(h);
    const other = await h.call('/ibis/card/sync-profile', { customerId: h.fixtures.unverifiedCustomerId, cFiCardId: card.cFiCardId });
    expect(other.body).toMatchObject({ code: 'cardNotFound', context: { cFiCardId: card.cFiCardId } });
    await h.ok('/ibis/card/set-status', { cFiCardId: card.cFiCardId, statusCode: 'F' });
    const closed = await h.call('/ibis/card/sync-profile', { customerId: h.fixtures.customerId, cFiCardId: card.cFiCardId });
    expect(closed.body).toMatchObject({ code: 'extIbis', subCode: 'SD', message: 'Update Profile (OFAC/AVS) Decline (Closed Card)' });
  });

  it('accepts a business vAccount with its representative (the documented example shows vAccountOnly)', async () => {
    const h = await harness();
    const acc = await representativeVAccount(h);
    const res = await h.ok(
      '/ibis/card/sync-profile',
      syncBody(h.fixtures.businessCustomerId, acc.cFiAccountId, h.fixtures.businessRepresentativeId, 'representative'),
    );
    expect(res.programType).toBe('vAccountOnly');
    const wrong = await h.call(
      '/ibis/card/sync-profile',
      syncBody(h.fixtures.businessCustomerId, acc.cFiAccountId, h.fixtures.businessEmployeeId, 'individual'),
    );
    expect(wrong.body.code).toBe('requestValidateError');
  });
});
