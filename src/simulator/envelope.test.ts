import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../api/index.ts';
import { documentedErrorContext, documentedExample } from '../api/testing/documented-examples.ts';
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
  // ibis-overview.txt, "Set a Card PIN with /ibis" and "Check a Card PIN with /ibis": 400 Must match pattern;
  // "Get the Status of a Card": by cFiCardId or by reference, not both; ibis-account-add.txt: customerId required.
  it.each(['card-set-pin.400.pattern', 'card-check-pin.400.pattern', 'card-status.400.one-of', 'account-add.400.required-customer-id'])(
    '%s: answers the documented context, without a message',
    async (name) => {
      const h = await harness();
      const { operation, request } = documentedExample(name);
      const res = await h.call(operation, request.body);
      expect(res.status).toBe(400);
      expect(res.body.message).toBeUndefined();
      expect(res.body.context).toEqual(documentedErrorContext(name));
    },
  );

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
