import { describe, expect, it } from 'vitest';
import { findLuhnValidRuns, panSafeExample } from './pan-scan.ts';
import { exampleOf, responseTemplate, shapePattern } from './response-matchers.ts';

const matcher = (m: unknown) => (m as { 'pact:matcher:type'?: string })['pact:matcher:type'];
const regexOf = (m: unknown) => (m as { regex?: string }).regex;

describe('response templates: matchers derived from a documented body', () => {
  const body = {
    code: '0',
    requestId: 'db2dd8f0053311ee841656da8a864888',
    data: {
      cFiCardId: 'icrd_5lFBjJG6pPlapyodSxZ97a',
      customerId: 'cstab_7BX5DO49J48VeWKsJ6gWNb',
      cardProgramId: 'd_gpr_test',
      status: { code: 'B', description: 'Open - All Transactions Allowed' },
      balance: 21,
      fromCardBalance: '33.00',
      dtsCreatedAt: '2023-03-16T17:48:32.425Z',
      expiryDate: '032026',
      boCustomerId: '110000001956340801',
      transactions: [
        { amount: '-50.00', type: 'x', a: 1 },
        { amount: '1.00', type: 'y', b: 2 },
      ],
    },
  };
  const t = responseTemplate(body) as { code: unknown; requestId: unknown; data: Record<string, unknown> };

  it('keeps code and card status codes exact, and regex-matches requestId, ids, timestamps and shaped dates', () => {
    expect(t.code).toBe('0');
    expect((t.data.status as Record<string, unknown>).code).toBe('B');
    expect(regexOf(t.requestId)).toBe('^[0-9a-f]{32}$');
    expect(regexOf(t.data.cFiCardId)).toBe('^icrd_[0-9A-Za-z]+$');
    expect(regexOf(t.data.customerId)).toBe('^cstab_[0-9A-Za-z]+$');
    expect(matcher(t.data.cardProgramId)).toBe('type');
    expect(matcher(t.data.balance)).toBe('type');
    expect(regexOf(t.data.fromCardBalance)).toBe('^-?\\d+\\.\\d{2}$');
    expect(new RegExp(regexOf(t.data.dtsCreatedAt)!).test('2024-01-18T16:35:43.684Z')).toBe(true);
    expect(regexOf(t.data.expiryDate)).toBe('^\\d{6}$');
  });

  it('uses eachLike over the common fields of an array, with exact leaves pinned inside it', () => {
    const arr = t.data.transactions as { min: number; value: Record<string, unknown>[] };
    expect(matcher(arr)).toBe('type');
    expect(arr.min).toBe(1);
    expect(Object.keys(arr.value[0]).sort()).toEqual(['amount', 'type']);
    expect(matcher(arr.value[0].type)).toBe('equality');
  });

  it('replaces a Luhn-valid documented number by a non-Luhn example under a digit regex', () => {
    expect(regexOf(t.data.boCustomerId)).toBe('^\\d+$');
    const example = exampleOf(t) as { data: { boCustomerId: string } };
    expect(example.data.boCustomerId).toBe('110000001956340802');
    expect(findLuhnValidRuns(JSON.stringify(example))).toEqual([]);
  });

  it('derives a shape regex that full-matches the documented value only in shape', () => {
    const p = new RegExp(shapePattern('2023-05-02 09:21:00'));
    expect(p.test('2024-12-31 23:59:59')).toBe(true);
    expect(p.test('2024-12-31T23:59:59')).toBe(false);
  });

  it('leaves non-Luhn placeholders alone', () => {
    expect(panSafeExample('1234567890123456')).toBe('1234567890123456');
    expect(panSafeExample('4111111111111111')).toBe('4111111111111112');
  });
});
