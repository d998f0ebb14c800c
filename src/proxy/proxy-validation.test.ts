import { createHash } from 'node:crypto';
import http from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { BUFFER_LIMIT } from './request-body.ts';
import { startProxy } from './start-proxy.ts';
import { ref, startKit, type Kit } from './testing/kit.ts';

describe('proxy: forwarding and schema validation', () => {
  let kit: Kit;
  let token: string;
  let card: string;
  beforeAll(async () => {
    kit = await startKit();
    token = await kit.login();
    card = await kit.issueCard(token);
  });
  afterAll(() => kit.close());

  it('an invalid funds-credit body gets the simulator answer and a request-schema violation with its keyword and instancePath', async () => {
    const r = await kit.post(
      '/ibis/financial/funds-credit',
      { cFiCardId: card, reference: ref('fc'), amount: 10.123, currency: 'USD' },
      token,
    );
    expect(r.status).toBe(400);
    expect(r.json.code).toBe('requestValidateError');
    const upstreamError = r.json.context[0];
    const report = kit.proxy.report();
    const v = report.violations.find((x) => x.kind === 'request-schema' && x.operation === '/ibis/financial/funds-credit');
    expect(v).toMatchObject({ rule: 'requestValidateError', keyword: upstreamError.keyword, instancePath: upstreamError.instancePath });
    expect(v!.keyword).toBe('amountPrecision');
    expect(v!.instancePath).toBe('/amount');
    expect(report.verdict).toBe('not-ready');
  });

  it('unknown routes, malformed JSON and huge bodies are forwarded and recorded, and the proxy keeps serving', async () => {
    const unknown = await kit.post('/ibis/not-a-route', {}, token);
    expect(unknown.status).toBe(404);
    const malformed = await kit.post('/ibis/card/status', undefined, token, { raw: '{"cFiCardId": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.code).toBe('requestParseError');
    const huge = await kit.post('/ibis/card/status', undefined, token, {
      raw: JSON.stringify({ cFiCardId: card, pad: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    const after = await kit.post('/ibis/card/status', { cFiCardId: card }, token);
    expect(after.status).toBe(200);
    const rules = kit.proxy.report().violations.map((v) => v.rule);
    expect(rules).toEqual(expect.arrayContaining(['unknown-operation', 'malformed-json', 'body-too-large']));
  });

  it('a valid answer of every kind passes response validation: no response-schema violation from the clean simulator', async () => {
    await kit.post('/ibis/card/status', { cFiCardId: card }, token);
    await kit.post('/ibis/card/activate', { cFiCardId: card }, token);
    await kit.post('/ibis/card/activate', { cFiCardId: card }, token); // extIbis 97
    expect(kit.proxy.report().violations.filter((v) => v.kind === 'response-schema')).toEqual([]);
  });

  it('counts the documented outcomes of each operation used', () => {
    const report = kit.proxy.report();
    const activate = report.outcomes.filter((o) => o.operation === '/ibis/card/activate');
    expect(activate.map((o) => o.outcome)).toEqual([
      '200',
      'requestValidateError',
      'cardNotFound',
      'extIbis.97.alreadyActive',
      'extIbis.SD.closed',
      'ibisCardExpirationFormat',
    ]);
    expect(activate.find((o) => o.outcome === 'extIbis.97.alreadyActive')!.seen).toBeGreaterThanOrEqual(1);
    const fig = report.coverage.operations.find((f) => f.operation === '/ibis/card/activate')!;
    expect(fig.met).toBe(2);
    expect(fig.missing).toContain('extIbis.SD.closed');
  });

  it('never writes the token or the password into the report', () => {
    const text = JSON.stringify(kit.proxy.report());
    expect(text).not.toContain(token);
    expect(text).not.toContain(kit.sim.credentials.password);
    expect(text).toContain('[REDACTED]');
  });

  it('a forced reset cuts the app connection too, a client timeout is recorded as timeout', async () => {
    await kit.force('/ibis/financial/funds-credit', 'reset');
    await expect(
      kit.post('/ibis/financial/funds-credit', { cFiCardId: card, reference: ref('fc'), amount: 1, currency: 'USD' }, token),
    ).rejects.toMatchObject({ code: expect.stringMatching(/UND_ERR_SOCKET|ECONNRESET/) });
    await kit.force('/ibis/financial/funds-credit', 'timeout', { delayMs: 4000 });
    await expect(
      kit.post('/ibis/financial/funds-credit', { cFiCardId: card, reference: ref('fc'), amount: 1, currency: 'USD' }, token, {
        signal: AbortSignal.timeout(250),
      }),
    ).rejects.toThrow();
    // The proxy records the aborted exchange when the app's side closes.
    await expect
      .poll(() =>
        kit.proxy.session
          .recent()
          .filter((e) => e.operation === '/ibis/financial/funds-credit')
          .map((e) => e.outcome)
          .slice(-2),
      )
      .toEqual(['reset', 'timeout']);
  });
});

describe('proxy: byte-faithful forwarding', () => {
  it('passes method, path, query, headers and body bytes through, and the answer back unchanged', async () => {
    let seen: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: Buffer } | undefined;
    const echo = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen = { method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks) };
        res.writeHead(207, { 'content-type': 'text/odd; charset=latin1', 'x-upstream': 'yes', 'set-cookie': ['a=1', 'b=2'] });
        res.end(Buffer.from([0xff, 0x00, 0x7b, 0x0a]));
      });
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const upstream = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
    const proxy = await startProxy({ upstream, progressEvery: 0 });
    try {
      const body = Buffer.from('{"b":1,  "a":[2,3]}\n\u00e9', 'utf8');
      const res = await request(`${proxy.url}/ibis/card/status?x=1&y=%20`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-custom': 'Value With Spaces' },
        body,
      });
      const answer = Buffer.from(await res.body.arrayBuffer());
      expect(res.statusCode).toBe(207);
      expect(res.headers['content-type']).toBe('text/odd; charset=latin1');
      expect(res.headers['x-upstream']).toBe('yes');
      expect(res.headers['set-cookie']).toEqual(['a=1', 'b=2']);
      expect(answer.equals(Buffer.from([0xff, 0x00, 0x7b, 0x0a]))).toBe(true);
      expect(seen!.method).toBe('PUT');
      expect(seen!.url).toBe('/ibis/card/status?x=1&y=%20');
      expect(seen!.headers['x-custom']).toBe('Value With Spaces');
      expect(seen!.body.equals(body)).toBe(true);
      // A PUT on a POST operation is forwarded, and recorded as a violation.
      expect(proxy.report().violations.map((v) => v.rule)).toContain('method');
    } finally {
      await proxy.close();
      await new Promise((resolve) => echo.close(resolve));
    }
  });

  it.each([
    ['with a content-length', true],
    ['chunked', false],
  ] as const)('streams a body larger than it buffers (%s) upstream unchanged, and records its size', async (_label, withLength) => {
    // An upstream that reads every byte and answers their count and digest.
    let received = 0;
    let onReceived = () => {};
    const sink = http.createServer((req, res) => {
      const hash = createHash('sha256');
      let bytes = 0;
      req.on('data', (c: Buffer) => {
        hash.update(c);
        bytes += c.length;
        received += c.length;
        onReceived();
      });
      req.on('end', () =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ bytes, sha256: hash.digest('hex') })),
      );
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    const proxy = await startProxy({ upstream: `http://127.0.0.1:${(sink.address() as AddressInfo).port}`, progressEvery: 0 });
    try {
      const chunk = Buffer.alloc(1024 * 1024);
      const chunks = Math.ceil(BUFFER_LIMIT / chunk.length) + 8;
      const expected = createHash('sha256');
      for (let i = 0; i < chunks; i++) expected.update(chunk.fill(i % 251));
      // The app holds back its last megabytes until the upstream has had the first BUFFER_LIMIT
      // bytes: a proxy that kept the whole body before forwarding it would wait for ever.
      const upstreamHas = (bytes: number) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`the upstream had ${received} bytes after 10 s: the proxy is holding the body back`)),
            10_000,
          );
          onReceived = () => {
            if (received < bytes) return;
            clearTimeout(timer);
            resolve();
          };
          onReceived();
        });
      async function* body() {
        for (let i = 0; i < chunks; i++) {
          if (i === chunks - 4) await upstreamHas(BUFFER_LIMIT);
          yield Buffer.from(chunk.fill(i % 251));
        }
      }
      const headers: Record<string, string> = {
        'content-type': 'application/octet-stream',
        ...(withLength ? { 'content-length': String(chunks * chunk.length) } : {}),
      };
      const res = await request(`${proxy.url}/ibis/card/status`, { method: 'POST', headers, body: Readable.from(body()) });
      expect(res.statusCode).toBe(200);
      expect(await res.body.json()).toEqual({ bytes: chunks * chunk.length, sha256: expected.digest('hex') });
      const recorded = proxy.session.recent()[0];
      expect(recorded.requestBytes).toBe(chunks * chunk.length);
      expect(proxy.report().violations.find((v) => v.rule === 'body-too-large')!.detail).toBe(
        `the body is ${chunks * chunk.length} bytes (over ${1024 * 1024}); not validated`,
      );
      // The connection goes on serving.
      const next = await request(`${proxy.url}/ibis/card/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(await next.body.json()).toEqual({ bytes: 2, sha256: createHash('sha256').update('{}').digest('hex') });
    } finally {
      await proxy.close();
      await new Promise((resolve) => sink.close(resolve));
    }
  });

  it('answers 502 when the upstream cannot be reached, and keeps serving', async () => {
    const proxy = await startProxy({ upstream: 'http://127.0.0.1:1', progressEvery: 0 });
    try {
      const res = await request(`${proxy.url}/ibis/card/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.statusCode).toBe(502);
      expect(((await res.body.json()) as { code: string }).code).toBe('proxyUpstreamUnreachable');
      expect(proxy.session.recent()[0].transport).toBe('unreachable');
    } finally {
      await proxy.close();
    }
  });
});
