import { describe, expect, it } from 'vitest';
import { findOperation } from '../api/index.ts';
import { BODY_LIMIT } from './app.ts';
import { activeCard, assertDocumentedShape, harness, type Harness } from './testing/harness.ts';

async function raw(h: Harness, method: string, url: string, payload?: string | Buffer, headers: Record<string, string> = {}) {
  const res = await h.app.inject({ method: method as 'POST', url, payload, headers: { 'x-connectfi-token': h.token, ...headers } });
  const reply = { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, headers: res.headers };
  assertDocumentedShape(findOperation(url.split('?')[0])?.operation, reply);
  return reply;
}

/** POSTs `payload` as it is, with the content type given (JSON by default). */
const post = (h: Harness, url: string, payload: string, contentType = 'application/json') =>
  raw(h, 'POST', url, payload, { 'content-type': contentType });

// Robustness of the simulator as a sandbox (README.md, "Error envelope" for the 400 shape): malformed JSON → 400 envelope; non-JSON → 415; over 1 MiB → 413; unknown
// route → 404 envelope; __proto__/constructor keys harmless; never a 5xx.
describe('robustness', () => {
  it('answers malformed JSON with 400 requestParseError and a clear message', async () => {
    const h = await harness();
    for (const text of ['{bad', '{"a":1,}', '[1,2', 'nul', '"unterminated']) {
      const res = await post(h, '/ibis/card/status', text);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('requestParseError');
      expect(res.body.message).toMatch(/not valid JSON/);
    }
  });

  it('answers a non-JSON content type with 415', async () => {
    const h = await harness();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await post(h, '/ibis/card/status', '{"cFiCardId":"icrd_1"}', type);
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('unsupportedMediaType');
    }
  });

  it('accepts application/json with a charset parameter', async () => {
    const h = await harness();
    const res = await post(h, '/ibis/card/list', JSON.stringify({ customerId: h.fixtures.customerId }), 'application/json; charset=utf-8');
    expect(res.status).toBe(200);
  });

  it('answers a body over 1 MiB with 413', async () => {
    const h = await harness();
    const big = JSON.stringify({ cFiCardId: 'icrd_1', pad: 'x'.repeat(BODY_LIMIT) });
    const res = await post(h, '/ibis/card/status', big);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payloadTooLarge');
  });

  it('answers an empty JSON body as a validation error ("must be object")', async () => {
    const h = await harness();
    const res = await post(h, '/ibis/card/status', '');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'requestValidateError', context: [{ instancePath: '', keyword: 'type' }] });
  });

  it('answers unknown routes with 404 notFound and a wrong method with 405', async () => {
    const h = await harness();
    for (const url of ['/', '/ibis', '/ibis/card/unknown', '/ibis/card/status/extra', '/IBIS/CARD/STATUS']) {
      const res = await post(h, url, '{}');
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('notFound');
    }
    for (const [method, url] of [
      ['GET', '/ibis/card/status'],
      ['PUT', '/ibis/financial/funds-credit'],
      ['DELETE', '/ibis/card/list'],
      ['POST', '/ibis/credit-card/application/gsa_1'],
    ]) {
      const res = await raw(h, method, url);
      expect(res.status).toBe(405);
      expect(res.body.code).toBe('methodNotAllowed');
    }
  });

  it('treats __proto__ and constructor keys as plain data: no pollution, no crash', async () => {
    const h = await harness();
    const id = await activeCard(h, 10);
    const bodies = [
      `{"__proto__":{"polluted":true},"cFiCardId":"${id}"}`,
      `{"constructor":{"prototype":{"polluted":true}},"cFiCardId":"${id}","reference":"proto1","amount":1,"currency":"USD"}`,
      `{"customerId":"${h.fixtures.customerId}","reference":"proto2","cardProgramId":"d_gpr_test","profile":{"__proto__":{"isAdmin":true},"occupation":"x","nameOnCard":"y"}}`,
    ];
    for (const [url, body] of [
      ['/ibis/card/status', bodies[0]],
      ['/ibis/financial/funds-credit', bodies[1]],
      ['/ibis/debit-card/add', bodies[2]],
    ]) {
      const res = await post(h, url, body);
      expect(res.status).toBeLessThan(500);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    // A reference or id named like an Object.prototype member is just a string.
    for (const reference of ['constructor', 'toString', 'hasOwnProperty']) {
      const r = await post(h, '/ibis/card/status', JSON.stringify({ reference }));
      expect(r.body.code).toBe('cardNotFound');
    }
  });

  it('survives deep nesting, huge strings and odd values without a 5xx', async () => {
    const h = await harness();
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const cases = [
      deep,
      `{"cFiCardId":${deep}}`,
      JSON.stringify({ cFiCardId: 'x'.repeat(500_000) }),
      JSON.stringify({ cFiCardId: 'icrd_1', reference: 'r', amount: 1e308, currency: 'USD' }),
      JSON.stringify({ cFiCardId: '\u0000\ud800', reference: '\u202e', amount: -0, currency: 'USD' }),
      '123',
      'null',
      'true',
    ];
    for (const body of cases) {
      for (const url of ['/ibis/card/status', '/ibis/financial/funds-credit', '/transfer-to/card/register']) {
        const res = await post(h, url, body);
        expect(res.status).toBeLessThan(500);
      }
    }
  });

  it('declines an absurd (schema-valid) amount with extIbis 13 instead of overflowing', async () => {
    const h = await harness();
    const id = await activeCard(h);
    const res = await h.call('/ibis/financial/funds-credit', { cFiCardId: id, reference: 'huge1', amount: 1e300, currency: 'USD' });
    expect(res.body).toMatchObject({ code: 'extIbis', subCode: '13' });
    expect(h.state.totals().balancesCents).toBe(0n);
  });

  it('validates a long or malformed applicationId path parameter instead of failing the URL', async () => {
    const h = await harness();
    const long = await h.call('/ibis/credit-card/application/:applicationId', undefined, {
      path: `/ibis/credit-card/application/gsa_${'a'.repeat(200)}`,
    });
    expect(long.body.context[0]).toMatchObject({ instancePath: '/applicationId', keyword: 'maxLength' });
    const bad = await raw(h, 'GET', '/ibis/credit-card/application/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('badRequest');
  });

  it('ignores query strings and serves HEAD on the GET route', async () => {
    const h = await harness();
    const res = await post(h, '/ibis/card/list?x=1&__proto__=1', JSON.stringify({ customerId: h.fixtures.customerId }));
    expect(res.status).toBe(200);
    const head = await h.app.inject({
      method: 'HEAD',
      url: '/ibis/credit-card/application/gsa_x',
      headers: { 'x-connectfi-token': h.token },
    });
    expect(head.statusCode).toBeLessThan(500);
  });
});
