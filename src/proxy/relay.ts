import type http from 'node:http';
import type { Readable } from 'node:stream';
import type { TransportResult } from './report/integration-types.ts';
import { readBody, streamedBody, type RequestBody } from './request-body.ts';
import type { Abortable, Upstream } from './upstream.ts';

/**
 * The relay: one request of the app to the upstream and its answer back, byte for byte (hop-by-hop
 * headers aside, RFC 9110 section 7.6.1). The proxy never answers in the upstream's place, except
 * 502 when the upstream cannot be reached at all; a connection the upstream cut is cut on the app's
 * side too (docs/architecture.md, "Integrator kit").
 */

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

/** What the app received: the upstream's answer as relayed (or nothing: status null). */
export interface Answer {
  status: number | null;
  /** The headers written to the app (names and values, case and order kept). */
  upHeaders: string[];
  upBody: Buffer;
  /** The upstream's time: request sent to answer read, ms. */
  upstreamMs: number;
}

/** One relayed exchange, as the exchange record needs it. */
export interface Relayed extends Answer {
  /** The request body (its first BUFFER_LIMIT bytes when it was streamed) and its size in bytes. */
  raw: Buffer;
  bytes: number;
  /** Whether the app had sent its whole request when the exchange ended. */
  requestComplete: boolean;
  /** ms on the session's clock: request body read, answer written (or failure). */
  bodyAt: number;
  endAt: number;
  transport: TransportResult;
}

function forwardHeaders(raw: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) if (!HOP_BY_HOP.has(raw[i].toLowerCase())) out.push(raw[i], raw[i + 1]);
  return out;
}

/** The upstream's headers for the app: hop-by-hop ones dropped, content-length that of the body relayed. */
function answerHeaders(raw: string[], bodyLength: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower) || lower === 'content-length') continue;
    out.push(name, raw[i + 1]);
  }
  out.push('content-length', String(bodyLength));
  return out;
}

function bodyUpstream(req: http.IncomingMessage, body: RequestBody): Buffer | Readable | null {
  if (!body.complete) return streamedBody(req, body);
  return body.head.length > 0 || (req.method !== 'GET' && req.method !== 'HEAD') ? body.head : null;
}

/** When the app closes its side before its answer is written, the upstream request is aborted. */
function abortWithApp(res: http.ServerResponse, call: Abortable): void {
  res.on('close', () => {
    if (res.writableFinished) return;
    call.aborted = true;
    call.abort?.(new Error('aborted by the client'));
  });
}

/** Forwards the request and writes the answer to the app, filling `answer` as it goes. */
async function answerApp(
  upstream: Upstream,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: RequestBody,
  call: Abortable,
  answer: Answer,
): Promise<void> {
  const t0 = performance.now();
  const forwarded = await upstream.forward(
    { method: req.method ?? 'GET', url: req.url ?? '/', headers: forwardHeaders(req.rawHeaders), body: bodyUpstream(req, body) },
    call,
  );
  answer.upBody = forwarded.body;
  answer.upstreamMs = performance.now() - t0;
  answer.status = forwarded.status;
  answer.upHeaders = answerHeaders(forwarded.rawHeaders, forwarded.body.length);
  res.writeHead(forwarded.status, answer.upHeaders);
  res.end(forwarded.body);
  // Answered while the app was still sending (a 413, a 401): the rest of its body has nowhere
  // to go; it is read and dropped, as node:http does for a server that answers early, so that
  // the app reads the answer and its connection stays usable.
  if (!req.complete) {
    req.unpipe();
    req.resume();
  }
}

/** No answer to relay: 502 when the upstream cannot be reached, else the app's connection is cut. */
function failApp(err: unknown, req: http.IncomingMessage, res: http.ServerResponse, call: Abortable, origin: string): TransportResult {
  const code = (err as { code?: string }).code ?? '';
  let transport: TransportResult;
  if (call.aborted) transport = 'aborted';
  else if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'UND_ERR_CONNECT_TIMEOUT') transport = 'unreachable';
  else transport = 'reset';
  if (transport === 'unreachable' && !res.headersSent) {
    const text = JSON.stringify({ code: 'proxyUpstreamUnreachable', message: `the proxy cannot reach ${origin}: ${code}` });
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
  } else {
    // Faithful to the upstream: its connection was cut, so is the app's.
    req.socket.destroy();
  }
  return transport;
}

/**
 * Relays one request: reads its body, forwards it, writes the answer. `now`: the session's clock.
 * Never throws for the upstream's sake; what happened is in the result's `transport`.
 */
export async function relay(
  upstream: Upstream,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  call: Abortable,
  now: () => number,
): Promise<Relayed> {
  const body = await readBody(req);
  const bodyAt = now();
  abortWithApp(res, call);
  const answer: Answer = { status: null, upHeaders: [], upBody: Buffer.alloc(0), upstreamMs: 0 };
  let transport: TransportResult = 'answered';
  try {
    await answerApp(upstream, req, res, body, call, answer);
  } catch (err) {
    transport = failApp(err, req, res, call, upstream.origin);
  }
  return { ...answer, raw: body.head, bytes: body.bytes, requestComplete: req.complete, bodyAt, endAt: now(), transport };
}
