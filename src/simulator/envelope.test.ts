import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../api/index.ts';
import { debitCard, harness, ref } from './testing/harness.ts';

// README.md, "Error envelope": success { code: "0", data, requestId }, errors { requestId, code,
// subCode?, context?, message? }; requestValidateError carries the Ajv errors as context and no message.
describe('envelope', () => {
  it('answers { code: "0", data, requestId } with a fresh 32-hex requestId and a JSON content type', async () => {
    const h = await harness();
    const a = await h.call('/ibis/card/list', { customerId: h.fixtures.customerId });
    const b = await h.call('/ibis/card/list', { customerId: h.fixtures.customerId });
    expect(Object.keys(a.body).sort()).toEqual(['code', 'data', 'requestId']);
    expect(a.body.code).toBe('0');
    expect(a.headers['content-type']).toMatch(/^application\/json/);
    expect(a.body.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(a.body.requestId).not.toBe(b.body.requestId);
  });

  it('answers errors as { requestId, code, context, message } without data', async () => {
    const h = await harness();
    const res = await h.call('/ibis/card/status', { cFiCardId: 'icrd_doesNotExist' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
      code: 'cardNotFound',
      context: { cFiCardId: 'icrd_doesNotExist' },
      message: 'Card not found.',
    });
  });
});

describe('request validation (the documented requestValidateError examples)', () => {
  it('set-pin / check-pin: a PIN that is not 4 digits (ibis-overview.txt, "Set a Card PIN with /ibis": 400 Must match pattern)', async () => {
    const h = await harness();
    for (const operation of ['/ibis/card/set-pin', '/ibis/card/check-pin']) {
      const res = await h.call(operation, { cFiCardId: 'icrd_1PnLbkm5fJpMELm4Z8l2AM', pin: '12345' });
      expect(res.status).toBe(400);
      expect(res.body.message).toBeUndefined();
      expect(res.body.context).toEqual([
        {
          instancePath: '/pin',
          schemaPath: '#/properties/pin/pattern',
          keyword: 'pattern',
          params: { pattern: '^\\d{4}$' },
          message: 'must match pattern "^\\d{4}$"',
        },
      ]);
    }
  });

  it('card/status with both cFiCardId and reference: oneOf with additionalProperties', async () => {
    const h = await harness();
    const res = await h.call('/ibis/card/status', { cFiCardId: 'icrd_1oSrT1U8G73S5Jdt27YvYk', reference: 'extCrd119' });
    expect(res.body.context).toEqual([
      {
        instancePath: '',
        schemaPath: '#/oneOf/0/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'reference' },
        message: 'must NOT have additional properties',
      },
      {
        instancePath: '',
        schemaPath: '#/oneOf/1/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'cFiCardId' },
        message: 'must NOT have additional properties',
      },
      {
        instancePath: '',
        schemaPath: '#/oneOf',
        keyword: 'oneOf',
        params: { passingSchemas: null },
        message: 'must match exactly one schema in oneOf',
      },
    ]);
  });

  it('set-status "A": must be equal to one of the allowed values I, B, S, F', async () => {
    const h = await harness();
    const card = await debitCard(h);
    const res = await h.call('/ibis/card/set-status', { cFiCardId: card.cFiCardId, statusCode: 'A' });
    expect(res.status).toBe(400);
    expect(res.body.context[0]).toMatchObject({
      instancePath: '/statusCode',
      keyword: 'enum',
      params: { allowedValues: ['I', 'B', 'S', 'F'] },
    });
    expect((await h.ok('/ibis/card/status', { cFiCardId: card.cFiCardId })).status.code).toBe('A');
  });

  it('funds-credit amount 0: exclusiveMinimum > 0 at /amount, and no money moves', async () => {
    const h = await harness();
    const card = await debitCard(h);
    const res = await h.call('/ibis/financial/funds-credit', { cFiCardId: card.cFiCardId, reference: ref(), amount: 0, currency: 'USD' });
    expect(res.body.context[0]).toMatchObject({
      instancePath: '/amount',
      keyword: 'exclusiveMinimum',
      params: { comparison: '>', limit: 0 },
      message: 'must be > 0',
    });
    expect(h.state.totals().balancesCents).toBe(0n);
  });

  it('account/add without customerId: required at ""', async () => {
    const h = await harness();
    const res = await h.call('/ibis/account/add', { reference: 'extICrd267' });
    expect(res.body.context).toEqual([
      {
        instancePath: '',
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'customerId' },
        message: "must have required property 'customerId'",
      },
    ]);
  });

  it('GET application validates its path parameter', async () => {
    const h = await harness();
    const res = await h.call('/ibis/credit-card/application/:applicationId', undefined, {
      path: '/ibis/credit-card/application/gsa-with-dash',
    });
    expect(res.status).toBe(400);
    expect(res.body.context[0]).toMatchObject({ instancePath: '/applicationId', keyword: 'pattern' });
  });

  it.each(OPERATIONS.filter((o) => o.method === 'POST').map((o) => [o.operation]))(
    '%s refuses a JSON array body with requestValidateError',
    async (operation) => {
      const h = await harness();
      const res = await h.call(operation, [], {});
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('requestValidateError');
    },
  );
});
