import { describe, expect, it } from 'vitest';
import { assertDocumentedShape, harness } from './testing/harness.ts';

// README.md, "Authentication": POST /auth/get-token { user: { login, password } } →
// { code: "0", data: { token, dtsExpireAt } }; bad credentials → 401 { code: "unauthorized",
// message: "Authentication error" }; every other request sends x-connectfi-token (a missing,
// wrong or expired token: 401 unauthorized, errata token-lifetime-undocumented).
describe('authentication', () => {
  it('issues a token for the configured credentials, valid on /ibis routes', async () => {
    const h = await harness();
    const { login, password } = h.app.simulator.credentials;
    const res = await h.call('/auth/get-token', { user: { login, password } }, { token: null });
    expect(res.status).toBe(200);
    expect(res.body.code).toBe('0');
    expect(typeof res.body.data.token).toBe('string');
    expect(res.body.data.token.length).toBeGreaterThan(20);
    expect(Date.parse(res.body.data.dtsExpireAt)).toBeGreaterThan(Date.now());
    const list = await h.call('/ibis/card/list', { customerId: h.fixtures.customerId }, { token: res.body.data.token });
    expect(list.status).toBe(200);
  });

  it.each([
    ['a wrong password', (l: string, p: string) => ({ user: { login: l, password: `${p}x` } })],
    ['a wrong login', (l: string, p: string) => ({ user: { login: `${l}x`, password: p } })],
  ])('refuses %s with 401 unauthorized "Authentication error"', async (_, body) => {
    const h = await harness();
    const { login, password } = h.app.simulator.credentials;
    const res = await h.call('/auth/get-token', body(login, password), { token: null });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'unauthorized', message: 'Authentication error' });
  });

  it('validates the get-token body like any other request (login is a common-id)', async () => {
    const h = await harness();
    const res = await h.call('/auth/get-token', { user: { login: 'bad login!', password: 'x' } }, { token: null });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('requestValidateError');
    expect(res.body.context[0]).toMatchObject({ instancePath: '/user/login', keyword: 'pattern' });
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'not-a-token'],
    ['an empty token', ''],
  ])('answers 401 unauthorized for %s on every operation', async (_, token) => {
    const h = await harness();
    for (const operation of ['/ibis/card/status', '/ibis/financial/funds-credit', '/transfer-to/card/register']) {
      const res = await h.call(operation, { cFiCardId: 'icrd_x' }, { token });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'unauthorized', message: 'Authentication error' });
    }
    const get = await h.call('/ibis/credit-card/application/:applicationId', undefined, {
      token,
      path: '/ibis/credit-card/application/gsa_x',
    });
    expect(get.status).toBe(401);
  });

  it('checks authentication before validation: an invalid body without a token is 401, not 400', async () => {
    const h = await harness();
    const res = await h.call('/ibis/card/set-pin', { pin: 'abcd' }, { token: null });
    expect(res.status).toBe(401);
  });

  it('refuses a token after dtsExpireAt (tokenTtlMs)', async () => {
    let now = Date.parse('2024-01-01T00:00:00.000Z');
    const h = await harness({ now: () => new Date(now), tokenTtlMs: 60_000 });
    const { login, password } = h.app.simulator.credentials;
    const { token, dtsExpireAt } = (await h.call('/auth/get-token', { user: { login, password } }, { token: null })).body.data;
    expect(dtsExpireAt).toBe('2024-01-01T00:01:00.000Z');
    expect((await h.call('/ibis/card/list', { customerId: h.fixtures.customerId }, { token })).status).toBe(200);
    now += 60_000;
    const res = await h.call('/ibis/card/list', { customerId: h.fixtures.customerId }, { token });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthorized');
  });

  it('gives each instance its own credentials: a token of one simulator is refused by another', async () => {
    const [a, b] = await Promise.all([harness({ seed: 'a' }), harness({ seed: 'b' })]);
    expect(a.app.simulator.credentials.password).not.toBe(b.app.simulator.credentials.password);
    const res = await b.call('/ibis/card/list', { customerId: b.fixtures.customerId }, { token: a.token });
    expect(res.status).toBe(401);
    assertDocumentedShape('/ibis/card/list', res);
  });
});
