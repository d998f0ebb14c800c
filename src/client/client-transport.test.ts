import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, TransportError } from '../errors.ts';
import { createClient, type ConnectFiClient } from './client.ts';
import type { Exchange } from './exchange.ts';
import { type Handler, type LocalServer, closedPort, ok, sendJson, startLocalServer } from './testing/local-servers.ts';

/**
 * Transport-level behaviour against small local servers: what a sandbox cannot be made to do on
 * demand (reset connections, 429, stalled answers). Everything else: client-simulator.test.ts.
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function serve(handler: Parameters<typeof startLocalServer>[0]): Promise<LocalServer> {
  const server = await startLocalServer(handler);
  cleanups.push(() => server.close());
  return server;
}

function client(baseUrl: string, options: Partial<Parameters<typeof createClient>[0]> = {}): ConnectFiClient {
  const c = createClient({ baseUrl, token: 'local-token-123456', retryBackoffMs: 5, ...options });
  cleanups.push(() => c.close());
  return c;
}

describe('retries after network errors', () => {
  it('retries a read after a connection reset, then succeeds', async () => {
    const server = await serve((req, res, n) => (n === 1 ? req.socket.destroy() : sendJson(res, 200, ok({ status: { code: 'B' } }))));
    const exchanges: Exchange[] = [];
    const res = await client(server.baseUrl, { onExchange: (e) => exchanges.push(e) }).call('/ibis/card/status', { cFiCardId: 'icrd_1' });
    expect(res).toMatchObject({ ok: true, status: 200, attempts: 2, data: { status: { code: 'B' } } });
    expect(server.requests).toHaveLength(2);
    expect(exchanges.map((e) => [e.attempt, e.status])).toEqual([
      [1, null],
      [2, 200],
    ]);
    expect(exchanges[0].error).toMatch(/^ECONNRESET: /);
    expect(res.exchanges).toEqual(exchanges);
  });

  it('never retries a non-idempotent write that may have reached the server', async () => {
    const server = await serve((req) => req.socket.destroy());
    const err = await client(server.baseUrl)
      .call('/ibis/credit-card/application', { customerId: 'cstap_1' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(err).toMatchObject({ code: 'UNREACHABLE' });
    expect((err as Error).message).toBe(
      `cannot reach ${server.baseUrl}: ECONNRESET; not retried: /ibis/credit-card/application is not idempotent and the request may have reached the server`,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('gives up after `retries` and reports a refused connection as UNREACHABLE', async () => {
    const port = await closedPort();
    const err = await client(`http://127.0.0.1:${port}`, { retries: 2 })
      .call('/ibis/card/list', { customerId: 'cstap_1' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(err).toMatchObject({ code: 'UNREACHABLE', message: `cannot reach http://127.0.0.1:${port}: ECONNREFUSED (3 attempts)` });
  });

  it('retries even a non-idempotent write when the connection was refused (it never left)', async () => {
    const port = await closedPort();
    const exchanges: Exchange[] = [];
    const err = await client(`http://127.0.0.1:${port}`, { retries: 1, onExchange: (e) => exchanges.push(e) })
      .call('/ibis/credit-card/application', { customerId: 'cstap_1' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'UNREACHABLE', message: expect.stringContaining('ECONNREFUSED (2 attempts)') });
    expect(exchanges).toHaveLength(2);
  });

  it('times out an answer that stalls after its headers', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"code":"0",');
    });
    const err = await client(server.baseUrl, { timeoutMs: 150, retries: 0 })
      .call('/ibis/card/list', { customerId: 'cstap_1' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(err).toMatchObject({ code: 'TIMEOUT', message: `no answer from ${server.baseUrl}/ibis/card/list within 150 ms (1 attempt)` });
  });
});

describe('retries after an HTTP 5xx', () => {
  const gone = { message: 'Service Unavailable' };
  const referenceExists = (entityId: string) => ({
    requestId: 'ab'.repeat(16),
    code: 'referenceExists',
    context: { reference: 'r1', entityId },
  });
  const transfer = { cFiCardId: 'icrd_1', reference: 'r1', amount: 1, currency: 'USD' };

  it('retries a read after a 503, and a reference-bearing write with the same body', async () => {
    const server = await serve((_req, res, n) =>
      n % 2 === 1 ? sendJson(res, 503, gone) : sendJson(res, 200, ok({ cFiFundsId: 'ifnd_1' })),
    );
    const c = client(server.baseUrl);
    expect(await c.call('/ibis/card/status', { cFiCardId: 'icrd_1' })).toMatchObject({ ok: true, attempts: 2 });
    expect(await c.call('/ibis/financial/funds-credit', transfer)).toMatchObject({ ok: true, attempts: 2 });
    expect(server.requests[2].body).toBe(server.requests[3].body);
  });

  it('never retries an unsafe write after a 5xx: the 503 is the answer', async () => {
    const server = await serve((_req, res) => sendJson(res, 503, gone));
    const res = await client(server.baseUrl).call('/ibis/card/activate', { cFiCardId: 'icrd_1' });
    expect(res).toMatchObject({ ok: false, status: 503, attempts: 1, body: gone, error: null });
    expect(server.requests).toHaveLength(1);
  });

  it('recovers a referenceExists after a 5xx only when the read-back finds the entity it names', async () => {
    const answers =
      (readBackId: string): Handler =>
      (_req, res, n) => {
        if (n === 1) sendJson(res, 503, gone);
        else if (n === 2) sendJson(res, 400, referenceExists('ifnd_A'));
        else sendJson(res, 200, ok([{ cFiFundsId: readBackId, reference: 'r1' }]));
      };
    const same = await serve(answers('ifnd_A'));
    const found = await client(same.baseUrl).call('/ibis/financial/funds-credit', transfer);
    expect(found).toMatchObject({ ok: true, recovered: true, recoveredEntityId: 'ifnd_A', attempts: 2, data: { cFiFundsId: 'ifnd_A' } });
    expect(same.requests.map((r) => r.url)).toEqual([
      '/ibis/financial/funds-credit',
      '/ibis/financial/funds-credit',
      '/ibis/financial/retrieve',
    ]);

    const other = await serve(answers('ifnd_B'));
    const notFound = await client(other.baseUrl).call('/ibis/financial/funds-credit', transfer);
    expect(notFound).toMatchObject({ ok: false, status: 400, recovered: false, error: { code: 'referenceExists' } });
  });

  it('returns the referenceExists as it is when the call replays a reference on purpose (recover: false)', async () => {
    const server = await serve((req, res, n) => (n === 1 ? req.socket.destroy() : sendJson(res, 400, referenceExists('ifnd_A'))));
    const res = await client(server.baseUrl).call('/ibis/financial/funds-credit', transfer, { recover: false });
    expect(res).toMatchObject({ ok: false, status: 400, attempts: 2, error: { code: 'referenceExists' } });
    expect(res.recovered).toBeUndefined();
    expect(server.requests).toHaveLength(2);
  });

  it('a card registration has no read-back: its referenceExists after a lost answer is returned, not recovered', async () => {
    const server = await serve((req, res, n) => (n === 1 ? req.socket.destroy() : sendJson(res, 400, referenceExists('tcrd_A'))));
    const res = await client(server.baseUrl).call('/transfer-to/card/register', { reference: 'r1' });
    expect(res).toMatchObject({ ok: false, status: 400, attempts: 2, recovered: false, error: { code: 'referenceExists' } });
    expect(server.requests).toHaveLength(2);
  });
});

describe('429 Too Many Requests', () => {
  it('waits Retry-After seconds, then retries', async () => {
    const server = await serve((_req, res, n) =>
      n === 1 ? sendJson(res, 429, { code: 'tooManyRequests' }, { 'retry-after': '1' }) : sendJson(res, 200, ok([])),
    );
    const res = await client(server.baseUrl).call('/ibis/credit-card/application', { customerId: 'cstap_1' });
    expect(res).toMatchObject({ ok: true, attempts: 2 });
    expect(server.requests[1].at - server.requests[0].at).toBeGreaterThanOrEqual(990);
  });

  it('understands Retry-After as an HTTP date', async () => {
    // HTTP dates have a one-second resolution: "in 2 s" is between 1 and 2 s away.
    const server = await serve((_req, res, n) =>
      n === 1 ? sendJson(res, 429, {}, { 'retry-after': new Date(Date.now() + 2000).toUTCString() }) : sendJson(res, 200, ok([])),
    );
    const res = await client(server.baseUrl).call('/ibis/card/list', { customerId: 'cstap_1' });
    expect(res.status).toBe(200);
    expect(server.requests[1].at - server.requests[0].at).toBeGreaterThanOrEqual(900);
  });

  it('returns the 429 as data when Retry-After is longer than maxRetryAfterMs, or retries run out', async () => {
    const long = await serve((_req, res) => sendJson(res, 429, { code: 'slowDown' }, { 'retry-after': '3600' }));
    const res = await client(long.baseUrl).call('/ibis/card/list', { customerId: 'cstap_1' });
    expect(res).toMatchObject({ ok: false, status: 429, attempts: 1, error: { code: 'slowDown' } });
    const always = await serve((_req, res) => sendJson(res, 429, {}, { 'retry-after': '0' }));
    const again = await client(always.baseUrl, { retries: 2 }).call('/ibis/card/list', { customerId: 'cstap_1' });
    expect(again).toMatchObject({ status: 429, attempts: 3 });
  });
});

describe('results and raw requests', () => {
  it('returns any HTTP status as data, with a non-JSON body as text', async () => {
    const server = await serve((_req, res, n) => {
      if (n === 1) sendJson(res, 400, { requestId: 'ab'.repeat(16), code: 'cardNotFound', context: { cFiCardId: 'x' } });
      else {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<h1>Bad gateway</h1>');
      }
    });
    const c = client(server.baseUrl);
    const bad = await c.call('/ibis/card/status', { cFiCardId: 'x' });
    expect(bad).toMatchObject({ ok: false, status: 400, requestId: 'ab'.repeat(16), error: { code: 'cardNotFound' } });
    const gateway = await c.call('/ibis/card/status', { cFiCardId: 'x' });
    expect(gateway).toMatchObject({
      ok: false,
      status: 502,
      body: '<h1>Bad gateway</h1>',
      error: null,
      headers: { 'content-type': 'text/html' },
    });
  });

  it('sends raw requests as asked: no token unless asked, verbatim bodies, removable content type', async () => {
    const server = await serve((_req, res) => sendJson(res, 401, { code: 'unauthorized' }));
    const c = client(server.baseUrl);
    await c.request('POST', '/ibis/card/list', '{"customerId": ', { 'content-type': 'text/plain' });
    await c.request('POST', '/ibis/card/list', { customerId: 'c' }, { 'x-connectfi-token': 'wrong', 'content-type': null });
    await c.request('POST', '/ibis/card/list', { customerId: 'c' }, {}, { auth: true });
    const [first, second, third] = server.requests;
    expect(first.headers['x-connectfi-token']).toBeUndefined();
    expect(first.headers['content-type']).toBe('text/plain');
    expect(first.body).toBe('{"customerId": ');
    expect(second.headers['x-connectfi-token']).toBe('wrong');
    expect(second.headers['content-type']).toBeUndefined();
    expect(third.headers['x-connectfi-token']).toBe('local-token-123456');
  });

  it('keeps connections alive, and sends the GET application path parameters in the path', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok({ applicationId: 'gsa_1' })));
    const c = client(server.baseUrl, { userAgent: 'ua-test/1' });
    await c.call('/ibis/credit-card/application/:applicationId', { applicationId: 'gsa_1' });
    await c.call('/ibis/card/list', { customerId: 'c' });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /ibis/credit-card/application/gsa_1', 'POST /ibis/card/list']);
    expect(server.requests[0].headers['content-type']).toBeUndefined();
    expect(server.requests[1].headers).toMatchObject({ connection: 'keep-alive', 'user-agent': 'ua-test/1' });
  });

  it('keeps a base URL path prefix', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok([])));
    const res = await client(`${server.baseUrl}/sandbox/`).call('/ibis/card/list', { customerId: 'c' });
    expect(server.requests[0].url).toBe('/sandbox/ibis/card/list');
    expect(res.exchange.url).toBe(`${server.baseUrl}/sandbox/ibis/card/list`);
  });

  it('reports a request that cannot be sent as INVALID_REQUEST, not as an unreachable target', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok([])));
    const err = await client(server.baseUrl)
      .request('POST', '/ibis/card/list', {}, { 'x-probe': 'a\r\nb' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(err).toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringMatching(/^cannot send POST \/ibis\/card\/list: /) });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a call that needs a token when the client has no credentials', async () => {
    const c = createClient({ baseUrl: 'http://127.0.0.1:9' });
    cleanups.push(() => c.close());
    await expect(c.call('/ibis/card/list', { customerId: 'c' })).rejects.toMatchObject({ code: 'MISSING_CREDENTIALS' });
  });
});

describe('createClient options', () => {
  it.each([
    [{ baseUrl: 'not a url' }, 'client option baseUrl: expected an http(s) URL, got "not a url"'],
    [{ baseUrl: 'ftp://x' }, 'client option baseUrl: expected an http(s) URL, got "ftp://x"'],
    [{ baseUrl: 'http://x', timeoutMs: 0 }, 'client option timeoutMs: expected a positive number, got 0'],
    [{ baseUrl: 'http://x', rateLimit: -1 }, 'client option rateLimit: expected a positive number, got -1'],
    [{ baseUrl: 'http://x', retries: 1.5 }, 'client option retries: expected an integer from 0 to 10, got 1.5'],
    [{ baseUrl: 'http://x', login: 'me' }, 'login "me" is set but no password (CONNECTFI_PASSWORD)'],
    [{ baseUrl: 'http://x', password: 'secret' }, 'a password is set but no login (CONNECTFI_LOGIN)'],
    [{ baseUrl: 'http://x', token: '' }, 'client option token: expected a non-empty string, got "[REDACTED]"'],
  ])('rejects %j', (options, message) => {
    expect(() => createClient(options)).toThrow(ConfigurationError);
    expect(() => createClient(options)).toThrow(message);
  });
});
