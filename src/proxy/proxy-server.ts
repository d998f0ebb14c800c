import http from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { referenceRule } from '../client/retry-policy.ts';
import { canonicalJson, withoutReference } from './canonical.ts';
import { BODY_LIMIT, inspectRequest, inspectResponse, operationOf } from './inspect.ts';
import { outcomeLabel, ProxySession } from './session.ts';
import type { IntegrationReport, ProxyExchange, TransportResult } from './report/integration-types.ts';

/**
 * The validating, recording reverse proxy. node:http listens (the least work per request), undici
 * forwards over keep-alive connections; the request and the answer pass byte for byte (hop-by-hop
 * headers aside, RFC 9110 section 7.6.1). Validation, recording and grading happen after the answer
 * is written, so they never delay the app. Anything the app sends is forwarded, recorded and, if
 * it is not a documented request, reported: the proxy itself never answers in the upstream's place,
 * except 502 when the upstream cannot be reached at all.
 */
export interface ProxyOptions {
  /** The upstream base URL (scheme, host, port; a path prefix is kept). */
  upstream: string;
  port?: number;
  host?: string;
  /** Print one progress line every N exchanges (0: never). */
  progressEvery?: number;
  log?: (line: string) => void;
  /** Called by POST /__proxy/report (and by the CLI on SIGINT/SIGTERM) with the report to write. */
  onReport?: (report: IntegrationReport) => Promise<string[]>;
}

export interface RunningProxy {
  url: string;
  session: ProxySession;
  report(): IntegrationReport;
  close(): Promise<void>;
}

// RFC 9110 section 7.6.1: connection-specific headers are not forwarded; host is the upstream's.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-authorization',
  'proxy-authenticate',
  'host',
]);
const CONTROL_PREFIX = '/__proxy/';
const SIMULATOR_PREFIX = '/__simulator/';

function forwardHeaders(raw: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) if (!HOP_BY_HOP.has(raw[i].toLowerCase())) out.push(raw[i], raw[i + 1]);
  return out;
}

function headerRecord(raw: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i].toLowerCase();
    out[k] = out[k] === undefined ? raw[i + 1] : `${out[k]}, ${raw[i + 1]}`;
  }
  return out;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } | undefined {
  if (text.trim() === '') return undefined;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

/**
 * A request body as the proxy reads it: whole when it ends within BUFFER_LIMIT bytes (it is then
 * forwarded as one Buffer), else its first BUFFER_LIMIT bytes and the rest streamed upstream as it
 * comes, so that a huge upload costs the proxy a bounded amount of memory. The limit is far above
 * any body connectFi accepts (BODY_LIMIT): below it the proxy behaves as the upstream does when it
 * refuses a body early, since undici then reads the early answer (a 413) before the upstream
 * closes; a body streamed past it that the upstream refuses early reaches the app as a reset.
 */
export const BUFFER_LIMIT = 32 * 1024 * 1024;

interface RequestBody {
  head: Buffer;
  complete: boolean;
  /** Bytes of the body so far (all of them once the upstream has the whole body). */
  bytes: number;
}

function readBody(req: http.IncomingMessage, limit = BUFFER_LIMIT): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (c: Buffer) => {
      chunks.push(c);
      size += c.length;
      if (size <= limit) return;
      done();
      req.pause();
      resolve({ head: Buffer.concat(chunks), complete: false, bytes: size });
    };
    const onEnd = () => {
      done();
      resolve({ head: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), complete: true, bytes: size });
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** The body upstream: its beginning, then the rest of the app's request as it comes (counted). */
function streamedBody(req: http.IncomingMessage, body: RequestBody): Readable {
  const out = new PassThrough();
  out.write(body.head);
  req.on('data', (c: Buffer) => (body.bytes += c.length));
  req.pipe(out);
  return out;
}

/**
 * The app's side can abort the upstream request: undici hands over its abort function once the
 * request is dispatched. (A plain object: an AbortController and its signal per request cost about
 * 50 µs of the proxy's CPU per exchange on a small machine.)
 */
interface Abortable {
  aborted: boolean;
  abort?: (err: Error) => void;
}

interface Forwarded {
  status: number;
  /** Names and values as the upstream sent them (case and order kept). */
  rawHeaders: string[];
  body: Buffer;
}

/**
 * One request upstream through undici's dispatcher API: the raw response headers (case and order
 * as sent) and the body as one Buffer, without the stream machinery of `request` (the proxy buffers
 * every answer anyway, to validate it).
 */
function forward(
  pool: Pool,
  options: { method: string; path: string; headers: string[]; body: Buffer | Readable | null },
  abortable: Abortable,
): Promise<Forwarded> {
  return new Promise((resolve, reject) => {
    let status = 0;
    let rawHeaders: string[] = [];
    const chunks: Buffer[] = [];
    pool.dispatch(
      { method: options.method, path: options.path, headers: options.headers, body: options.body },
      {
        onConnect(abort) {
          if (abortable.aborted) abort(new Error('aborted by the client'));
          else abortable.abort = abort;
        },
        onHeaders(statusCode, headers) {
          status = statusCode;
          rawHeaders = (headers ?? []).map((h) => h.toString('latin1'));
          return true;
        },
        onData(chunk) {
          chunks.push(chunk);
          return true;
        },
        onComplete() {
          resolve({ status, rawHeaders, body: Buffer.concat(chunks) });
        },
        onError(err) {
          reject(err);
        },
      },
    );
  });
}

export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const upstream = new URL(options.upstream);
  const prefix = upstream.pathname.replace(/\/+$/, '');
  // No timeouts of its own: the app decides when it gives up, and the proxy follows.
  const pool = new Pool(upstream.origin, { connections: 128, headersTimeout: 0, bodyTimeout: 0, keepAliveTimeout: 10_000 });
  const session = new ProxySession(upstream.href.replace(/\/$/, ''));
  const log = options.log ?? (() => undefined);
  const every = options.progressEvery ?? 100;
  let seq = 0;
  const operations = new Set<string | null>();
  // The start times of the requests in flight, oldest first (a Map keeps insertion order): the
  // graders' horizon (src/proxy/session.ts, record).
  const inFlight = new Map<object, number>();
  const horizon = () => {
    const oldest = inFlight.values().next();
    return oldest.done ? session.now() : oldest.value;
  };

  function progress(): void {
    const n = session.count;
    if (every > 0 && n % every === 0)
      log(`proxy: ${n} exchanges, ${session.schemaViolationCount} schema violation(s), ${operations.size} operation(s)`);
  }

  async function control(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
    };
    if (path === '/__proxy/report' && req.method === 'POST') {
      const report = session.report();
      const files = options.onReport ? await options.onReport(report) : [];
      return send(200, {
        verdict: report.verdict,
        detail: report.verdictDetail,
        exchanges: report.exchanges,
        violations: report.violations.length,
        files,
      });
    }
    return send(404, { code: 'notFound', message: `the proxy serves POST /__proxy/report; ${req.method} ${path} is not a proxy route` });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const at = session.now();
    const url = req.url ?? '/';
    const path = url.split('?')[0];
    if (path.startsWith(CONTROL_PREFIX)) {
      await readBody(req);
      return control(req, res, path);
    }
    const record = !path.startsWith(SIMULATOR_PREFIX);
    const upstreamCall: Abortable = { aborted: false };
    if (!record) return relay(req, res, url, path, at, upstreamCall, false);
    inFlight.set(upstreamCall, at);
    try {
      return await relay(req, res, url, path, at, upstreamCall, true);
    } finally {
      inFlight.delete(upstreamCall);
    }
  }

  /** Forwards one request and, when `record`, records it. */
  async function relay(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: string,
    path: string,
    at: number,
    upstreamCall: Abortable,
    record: boolean,
  ): Promise<void> {
    const body = await readBody(req);
    const raw = body.head;
    const bodyAt = session.now();
    res.on('close', () => {
      if (res.writableFinished) return;
      upstreamCall.aborted = true;
      upstreamCall.abort?.(new Error('aborted by the client'));
    });
    let status: number | null = null;
    let upHeaders: string[] = [];
    let upBody: Buffer = Buffer.alloc(0);
    let transport: TransportResult = 'answered';
    let upstreamMs = 0;
    try {
      const t0 = performance.now();
      const answer = await forward(
        pool,
        {
          method: req.method ?? 'GET',
          path: prefix + url,
          headers: forwardHeaders(req.rawHeaders),
          body: !body.complete ? streamedBody(req, body) : raw.length > 0 || (req.method !== 'GET' && req.method !== 'HEAD') ? raw : null,
        },
        upstreamCall,
      );
      upBody = answer.body;
      upstreamMs = performance.now() - t0;
      status = answer.status;
      upHeaders = [];
      for (let i = 0; i < answer.rawHeaders.length; i += 2) {
        const name = answer.rawHeaders[i];
        const lower = name.toLowerCase();
        if (HOP_BY_HOP.has(lower) || lower === 'content-length') continue;
        upHeaders.push(name, answer.rawHeaders[i + 1]);
      }
      upHeaders.push('content-length', String(upBody.length));
      res.writeHead(status, upHeaders);
      res.end(upBody);
      // Answered while the app was still sending (a 413, a 401): the rest of its body has nowhere
      // to go; it is read and dropped, as node:http does for a server that answers early, so that
      // the app reads the answer and its connection stays usable.
      if (!req.complete) {
        req.unpipe();
        req.resume();
      }
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (upstreamCall.aborted) transport = 'aborted';
      else if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'UND_ERR_CONNECT_TIMEOUT') transport = 'unreachable';
      else transport = 'reset';
      if (transport === 'unreachable' && !res.headersSent) {
        const text = JSON.stringify({ code: 'proxyUpstreamUnreachable', message: `the proxy cannot reach ${upstream.origin}: ${code}` });
        res.writeHead(502, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
      } else {
        // Faithful to the upstream: its connection was cut, so is the app's.
        req.socket.destroy();
      }
    }
    const endAt = session.now();
    if (!record) return;
    inFlight.delete(upstreamCall);
    // After the answer is on its way (about 90 µs of validation and bookkeeping on a small machine,
    // a tenth of the proxy's time per exchange, the rest being HTTP in and out; synchronous, so
    // that a report asked for right after an answer already holds that exchange).
    inspect({
      at,
      bodyAt,
      endAt,
      url,
      path,
      raw,
      bytes: body.bytes,
      status,
      upHeaders,
      upBody,
      transport,
      overheadMs: Math.max(0, endAt - at - upstreamMs),
      req,
    });
  }

  interface Done {
    at: number;
    bodyAt: number;
    endAt: number;
    url: string;
    path: string;
    raw: Buffer;
    bytes: number;
    status: number | null;
    upHeaders: string[];
    upBody: Buffer;
    transport: TransportResult;
    overheadMs: number;
    req: http.IncomingMessage;
  }

  function inspect(d: Done): void {
    const n = ++seq;
    const method = (d.req.method ?? 'GET').toUpperCase();
    const requestHeaders = headerRecord(d.req.rawHeaders);
    const { operation, params, methodMatches } = operationOf(method, d.path);
    // What a report can show of a body over BODY_LIMIT is its beginning.
    const text = (d.raw.length > BODY_LIMIT ? d.raw.subarray(0, BODY_LIMIT) : d.raw).toString('utf8');
    const parsed = d.raw.length > 0 && d.bytes <= BODY_LIMIT ? parseJson(text) : undefined;
    const violations = inspectRequest(
      {
        seq: n,
        method,
        path: d.path,
        operation,
        contentType: requestHeaders['content-type'],
        bytes: d.bytes,
        partial: !d.req.complete,
        text,
        parsed,
        params,
      },
      methodMatches,
    );
    const body =
      operation && Object.keys(params).length > 0 ? params : parsed?.ok ? parsed.value : parsed ? text.slice(0, 4096) : undefined;
    const responseHeaders = headerRecord(d.upHeaders);
    const responseParsed = d.status !== null ? parseJson(d.upBody.toString('utf8')) : undefined;
    const responseBody = responseParsed?.ok
      ? responseParsed.value
      : d.upBody.length > 0
        ? d.upBody.toString('utf8').slice(0, 4096)
        : undefined;
    if (d.status !== null && methodMatches) {
      violations.push(
        ...inspectResponse(n, operation, d.status, responseHeaders['content-type'], responseParsed?.ok ? responseParsed.value : undefined),
      );
    }
    const token = requestHeaders['x-connectfi-token'];
    const exchange: ProxyExchange = {
      seq: n,
      at: d.at,
      bodyAt: d.bodyAt,
      endAt: d.endAt,
      method,
      url: d.url,
      path: d.path,
      operation,
      requestHeaders,
      requestBytes: d.bytes,
      body,
      canonical: canonicalJson(body),
      canonicalWithoutReference: canonicalJson(withoutReference(body)),
      tokenId: token ? session.tokenId(token) : null,
      status: d.status,
      responseHeaders,
      responseBody,
      transport: d.transport,
      outcome: outcomeLabel(operation, d.status, d.transport, responseBody),
      overheadMs: d.overheadMs,
    };
    const reference = (body as { reference?: unknown } | undefined)?.reference;
    if (typeof reference === 'string' && referenceRule(operation, body)) exchange.reference = reference;
    if (operation === '/auth/get-token') {
      const password = (body as { user?: { password?: unknown } } | undefined)?.user?.password;
      if (typeof password === 'string') session.addSecret(password);
      const issued = (responseBody as { code?: unknown; data?: { token?: unknown } } | undefined)?.data?.token;
      if (d.status === 200 && typeof issued === 'string') exchange.issuedTokenId = session.tokenId(issued);
    }
    session.record(exchange, violations, horizon());
    operations.add(operation);
    progress();
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // A bug here must not take the app's traffic down: answer 502 once, keep serving.
      log(`proxy: internal error on ${req.method} ${req.url}: ${(err as Error).message}`);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'proxyInternalError' }));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    session,
    report: () => session.report(),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => pool.close())),
  };
}
