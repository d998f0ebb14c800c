import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../api/examples.ts';
import type { Judgement } from '../api/index.ts';
import { createClient, type ConnectFiClient } from '../client/client.ts';
import { startLocalServer, type LocalServer } from '../client/testing/local-servers.ts';
import { startProxy, type RunningProxy } from '../proxy/start-proxy.ts';
import type { ExchangeSummary } from './check-types.ts';
import { auditExchange, judgeExchange } from './exchange-audit.ts';

/**
 * The run's envelope audit and the proxy ask one judge (src/api/judge.ts). Here the same exchanges
 * go through both at once: the run's client, pointed at a real proxy, in front of an upstream that
 * answers each request as scripted (what no conforming simulator answers: broken envelopes, an
 * HTML 500, a reset). Each exchange must get the same classification on both sides.
 */
const REQUEST_ID = '0123456789abcdef0123456789abcdef';

type Scripted = { status: number; body: unknown; contentType?: string } | 'reset' | 'late';

interface Case {
  name: string;
  send: (c: ConnectFiClient) => Promise<unknown>;
  answer: Scripted;
  expected: { label: string; documented: boolean; transport?: string };
}

const example = (name: string): { status: number; body: unknown } => {
  const e = loadExamples().find((x) => x.name === name);
  if (!e?.response) throw new Error(`no documented example ${name}`);
  return e.response;
};

const status = (c: ConnectFiClient) => c.call('/ibis/card/status', { cFiCardId: 'icrd_1PnLbkm5fJpMELm4Z8l2AM' });
const setPin = (c: ConnectFiClient) => c.call('/ibis/card/set-pin', { cFiCardId: 'icrd_1PnLbkm5fJpMELm4Z8l2AM', pin: '1234' });
const list = (c: ConnectFiClient) => c.call('/ibis/card/list', { customerId: 'cust_1' });
const error = (code: string, extra: Record<string, unknown> = {}) => ({ requestId: REQUEST_ID, code, ...extra });

const CASES: Case[] = [
  { name: 'documented success', send: status, answer: example('card-status.200.by-card-id'), expected: { label: '200', documented: true } },
  {
    name: 'requestValidateError',
    send: status,
    answer: example('card-status.400.one-of'),
    expected: { label: 'requestValidateError', documented: true },
  },
  {
    name: '401 unauthorized without a requestId',
    send: setPin,
    answer: { status: 401, body: { code: 'unauthorized', message: 'Authentication error' } },
    expected: { label: 'unauthorized', documented: true },
  },
  {
    name: 'an error with its context',
    send: status,
    answer: { status: 400, body: error('cardNotFound', { context: { cFiCardId: 'icrd_x' }, message: 'Card not found.' }) },
    expected: { label: 'cardNotFound', documented: true },
  },
  {
    name: 'an extIbis error with a subCode, reworded',
    send: setPin,
    answer: { status: 400, body: error('extIbis', { subCode: 'SD', context: {}, message: 'This card was closed.' }) },
    expected: { label: 'extIbis.SD.closed', documented: true },
  },
  {
    name: 'two rows of one identity, a message that names neither',
    send: (c) => c.request('POST', '/ibis/credit-card/add', {}),
    answer: { status: 400, body: error('extIbis', { subCode: '12', context: { transId: 't', fee: 0 }, message: 'Limit out of range' }) },
    expected: { label: 'extIbis.12.creditLimitAbove', documented: true },
  },
  {
    name: 'a documented error without its context',
    send: status,
    answer: { status: 400, body: error('cardNotFound') },
    expected: { label: 'cardNotFound', documented: false },
  },
  {
    name: 'an undocumented error',
    send: status,
    answer: { status: 400, body: error('teapot', { message: 'I am a teapot' }) },
    expected: { label: 'http-400', documented: false },
  },
  {
    name: 'an error without a requestId',
    send: status,
    answer: { status: 400, body: { code: 'cardNotFound', context: { cFiCardId: 'icrd_x' } } },
    expected: { label: 'cardNotFound', documented: false },
  },
  {
    name: 'a success without data',
    send: list,
    answer: { status: 200, body: { code: '0', requestId: REQUEST_ID } },
    expected: { label: '200', documented: false },
  },
  {
    name: 'a success under the wrong content type',
    send: list,
    answer: { status: 200, body: { code: '0', data: [], requestId: REQUEST_ID }, contentType: 'text/plain' },
    expected: { label: '200', documented: false },
  },
  {
    name: 'an error that is not JSON',
    send: status,
    answer: { status: 400, body: '<html>Bad Request</html>', contentType: 'text/html' },
    expected: { label: 'http-400', documented: false },
  },
  {
    name: 'a 503 with an envelope',
    send: status,
    answer: { status: 503, body: error('serviceUnavailable') },
    expected: { label: 'http-503', documented: false, transport: 'http-503' },
  },
  {
    name: 'a 500 HTML page',
    send: setPin,
    answer: { status: 500, body: '<html>oops</html>', contentType: 'text/html' },
    expected: { label: 'http-500', documented: false, transport: 'http-500' },
  },
  {
    name: 'a 429',
    send: list,
    answer: { status: 429, body: error('tooManyRequests') },
    expected: { label: 'http-429', documented: false, transport: 'http-429' },
  },
  { name: 'a reset', send: status, answer: 'reset', expected: { label: 'reset', documented: false, transport: 'reset' } },
  { name: 'no answer in time', send: status, answer: 'late', expected: { label: 'timeout', documented: false, transport: 'timeout' } },
  {
    name: 'a path that is no operation',
    send: (c) => c.request('POST', '/ibis/not-a-route', {}),
    answer: { status: 404, body: error('notFound', { message: 'No route' }) },
    expected: { label: 'http-404', documented: false },
  },
  {
    name: 'a method the operation does not take',
    send: (c) => c.request('GET', '/ibis/card/status'),
    answer: { status: 405, body: error('methodNotAllowed') },
    expected: { label: 'http-405', documented: false },
  },
  {
    name: 'GET application by its path parameter',
    send: (c) => c.call('/ibis/credit-card/application/:applicationId', { applicationId: 'app1' }),
    answer: example('credit-card-application-get.200.approve'),
    expected: { label: '200', documented: true },
  },
];

const LATE_MS = 1500;

function answerAs(res: ServerResponse, scripted: Scripted): void {
  if (scripted === 'reset') {
    res.socket?.destroy();
    return;
  }
  if (scripted === 'late') {
    setTimeout(() => {
      if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    }, LATE_MS);
    return;
  }
  const text = typeof scripted.body === 'string' ? scripted.body : JSON.stringify(scripted.body);
  res.writeHead(scripted.status, { 'content-type': scripted.contentType ?? 'application/json; charset=utf-8' }).end(text);
}

describe('the run’s envelope audit and the proxy judge alike', () => {
  let upstream: LocalServer;
  let proxy: RunningProxy;
  let client: ConnectFiClient;
  let next: Scripted | undefined;
  const audited: { judgement: Judgement; summary: ExchangeSummary }[] = [];

  beforeAll(async () => {
    upstream = await startLocalServer((_req, res) => answerAs(res, next!));
    proxy = await startProxy({ upstream: upstream.baseUrl, progressEvery: 0 });
    client = createClient({
      baseUrl: proxy.url,
      token: 'cfc-agreement-token',
      retries: 0,
      timeoutMs: 400,
      onExchange: (x, raw) => {
        const audit = { ...x, responseHeaders: raw.responseHeaders, responseBody: raw.responseBody };
        audited.push({ judgement: judgeExchange(audit), summary: auditExchange(audit) });
      },
    });
  });
  afterAll(async () => {
    await client.close();
    await proxy.close();
    await upstream.close();
  });

  for (const [i, c] of CASES.entries()) {
    it(`${c.name}: ${c.expected.label}${c.expected.documented ? ', documented' : ''}`, async () => {
      next = c.answer;
      await c.send(client).catch(() => undefined); // no answer: the client throws its TransportError
      await expect.poll(() => proxy.session.count, { timeout: 5000 }).toBe(i + 1);
      const run = audited[i];
      const recorded = proxy.session.recent()[i];
      const violations = proxy.report().violations.filter((v) => v.exchange === recorded.seq && v.kind === 'response-schema');

      expect(run.judgement).toMatchObject({ label: c.expected.label, documented: c.expected.documented });
      expect(run.judgement.transport).toBe(c.expected.transport);
      expect(run.summary.transport).toBe(c.expected.transport);
      expect(recorded.outcome, 'the proxy’s outcome label').toBe(run.judgement.label);
      expect(recorded.status).toBe(run.summary.status || null);
      expect(
        violations.map((v) => [v.rule, v.keyword ?? v.detail]),
        'the proxy’s response violations',
      ).toEqual(run.judgement.problems.map((p) => [p.rule, p.ajv?.keyword ?? p.text]));
      expect(run.summary.problems, 'the envelope rows’ problem lines').toEqual(run.judgement.problems.map((p) => p.text));
      if (!c.expected.documented) expect(run.judgement.reason).toEqual(expect.any(String));
    });
  }

  it('saw every case through both', () => {
    expect(audited).toHaveLength(CASES.length);
    expect(proxy.session.count).toBe(CASES.length);
  });
});
