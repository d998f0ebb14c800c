import { describe, expect, it } from 'vitest';
import { validateRequest } from './validator.ts';
import { decimalPlaces, isDateISO, isNotOnlyWhitespace } from './keywords.ts';

const credit = (amount: unknown) => ({ cFiCardId: 'icrd_1', reference: 'ref1', amount, currency: 'USD' });
const debitCard = (occupation: string) => ({
  customerId: 'cstap_1',
  reference: 'ref1',
  cardProgramId: 'd_gpr_test',
  profile: { occupation, nameOnCard: 'JOHN TESTMAN' },
});

describe('amountPrecision (common-amount: at most 2 decimal places)', () => {
  it.each([[10], [10.1], [10.12], [0.01], [1e21], [123456789.99]])('accepts %s', (amount) => {
    expect(validateRequest('/ibis/financial/funds-credit', credit(amount)).valid).toBe(true);
  });
  it.each([[10.123], [0.001], [1e-7], [0.1 + 0.2]])('rejects %s with keyword amountPrecision at /amount', (amount) => {
    const { valid, errors } = validateRequest('/ibis/financial/funds-credit', credit(amount));
    expect(valid).toBe(false);
    expect(errors[0]).toMatchObject({
      instancePath: '/amount',
      keyword: 'amountPrecision',
      schemaPath: 'common#/definitions/amount/amountPrecision',
      params: {},
      message: 'must pass "amountPrecision" keyword validation',
    });
  });
  it('counts decimal places of the shortest decimal form', () => {
    expect([
      decimalPlaces(1),
      decimalPlaces(1.5),
      decimalPlaces(1.25),
      decimalPlaces(1e-7),
      decimalPlaces(2.5e-3),
      decimalPlaces(1e21),
    ]).toEqual([0, 1, 2, 7, 4, 0]);
    expect(decimalPlaces(Number.NaN)).toBe(Infinity);
  });
});

describe('exclusiveMinimum 0 on amounts', () => {
  it.each([[0], [-1], [-0.01]])('rejects %s', (amount) => {
    expect(validateRequest('/ibis/financial/funds-credit', credit(amount)).errors[0]).toMatchObject({
      instancePath: '/amount',
      keyword: 'exclusiveMinimum',
      params: { comparison: '>', limit: 0 },
    });
  });
  it('accepts the smallest amount, 0.01', () => {
    expect(validateRequest('/ibis/financial/funds-credit', credit(0.01)).valid).toBe(true);
  });
});

describe('isNotOnlyWhitespace', () => {
  it('accepts " a " and rejects "   " and "\\t \\t"', () => {
    expect(isNotOnlyWhitespace(' a ')).toBe(true);
    expect(isNotOnlyWhitespace('   ')).toBe(false);
    expect(validateRequest('/ibis/debit-card/add', debitCard(' a ')).valid).toBe(true);
    for (const blank of ['   ', '\t \t']) {
      expect(validateRequest('/ibis/debit-card/add', debitCard(blank)).errors[0]).toMatchObject({
        instancePath: '/profile/occupation',
        keyword: 'isNotOnlyWhitespace',
        params: {},
      });
    }
  });
  it('a line break fails the commonStr pattern first: "." in ^((?![<>]).)*$ does not match it', () => {
    expect(validateRequest('/ibis/debit-card/add', debitCard('\n')).errors[0]).toMatchObject({ keyword: 'pattern' });
  });
});

describe('nullable (OpenAPI style)', () => {
  it('accepts null where the docs say nullable and rejects it elsewhere', () => {
    const history = { cFiCardId: 'icrd_1', numberOfRecords: null, skipRecords: null };
    expect(validateRequest('/ibis/inquiry/transaction-history', history).valid).toBe(true);
    expect(validateRequest('/ibis/card/activate', { cFiCardId: 'icrd_1', attributes: null }).valid).toBe(true);
    expect(validateRequest('/ibis/card/activate', { cFiCardId: 'icrd_1', attributes: { cardExpDate: null } }).valid).toBe(true);
    expect(validateRequest('/ibis/financial/reversal', { cFiFundsId: 'ifnd_1', amount: null, description: null }).valid).toBe(true);
    const notNullable = validateRequest('/ibis/card/set-pin', { cFiCardId: 'icrd_1', pin: null });
    expect(notNullable.errors[0]).toMatchObject({ instancePath: '/pin', keyword: 'type' });
  });
});

describe('dateISO format', () => {
  it('accepts real calendar days only', () => {
    expect(isDateISO('2024-02-29')).toBe(true);
    for (const notADay of ['2023-02-29', '2023-13-01', '2023-3-01']) expect(isDateISO(notADay), notADay).toBe(false);
  });
  it('is reported as keyword format with params.format dateISO', () => {
    const r = validateRequest('/ibis/inquiry/transaction-history', { cFiCardId: 'icrd_1', dateFrom: '2023-02-30' });
    expect(r.errors[0]).toMatchObject({ instancePath: '/dateFrom', keyword: 'format', params: { format: 'dateISO' } });
    const p = validateRequest('/ibis/inquiry/transaction-history', { cFiCardId: 'icrd_1', dateTo: '02/05/2023' });
    expect(p.errors[0]).toMatchObject({ instancePath: '/dateTo', keyword: 'pattern' });
  });
});
