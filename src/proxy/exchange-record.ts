import { judgeAnswer, operationOf, type Judgement } from '../api/index.ts';
import { exchangeDrift } from '../api/drift.ts';
import { referenceRule } from '../client/retry-policy.ts';
import { canonicalJson, withoutReference } from './canonical.ts';
import { BODY_LIMIT, inspectRequest, responseViolations } from './inspect.ts';
import type { Relayed } from './relay.ts';
import type { ProxyExchange, TransportResult, Violation } from './report/integration-types.ts';
import type { ProxySession } from './session.ts';

/**
 * The exchange record: what the relay saw of one exchange, turned into the ProxyExchange the
 * session keeps and grades, with the schema violations of its request and answer. It runs after
 * the answer is on its way (docs/architecture.md, "Integrator kit").
 */
export interface Seen extends Relayed {
  seq: number;
  /** ms on the session's clock: request head received. */
  at: number;
  /** The request target as sent, query included, and its path. */
  url: string;
  path: string;
  /** The request method and headers as the app sent them. */
  method: string | undefined;
  rawHeaders: string[];
  /** Time spent in the proxy itself (excluding the upstream), ms. */
  overheadMs: number;
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string } | undefined;

function headerRecord(raw: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i].toLowerCase();
    out[k] = out[k] === undefined ? raw[i + 1] : `${out[k]}, ${raw[i + 1]}`;
  }
  return out;
}

function parseJson(text: string): Parsed {
  if (text.trim() === '') return undefined;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

interface RequestSide {
  method: string;
  requestHeaders: Record<string, string>;
  operation: string | null;
  methodMatches: boolean;
  /** The parsed JSON body (or path parameters), else the beginning of the text, else undefined. */
  body: unknown;
  violations: Violation[];
}

function requestSide(s: Seen): RequestSide {
  const method = (s.method ?? 'GET').toUpperCase();
  const requestHeaders = headerRecord(s.rawHeaders);
  const { operation, params, methodMatches } = operationOf(method, s.path);
  // What a report can show of a body over BODY_LIMIT is its beginning.
  const text = (s.raw.length > BODY_LIMIT ? s.raw.subarray(0, BODY_LIMIT) : s.raw).toString('utf8');
  const parsed = s.raw.length > 0 && s.bytes <= BODY_LIMIT ? parseJson(text) : undefined;
  const view = { seq: s.seq, method, path: s.path, operation, contentType: requestHeaders['content-type'], bytes: s.bytes };
  const violations = inspectRequest({ ...view, partial: !s.requestComplete, text, parsed, params }, methodMatches);
  const body = operation && Object.keys(params).length > 0 ? params : parsed?.ok ? parsed.value : parsed ? text.slice(0, 4096) : undefined;
  return { method, requestHeaders, operation, methodMatches, body, violations };
}

/** How an exchange that got no answer ended, as its outcome label says it. */
const NO_ANSWER: Record<TransportResult, string> = { answered: 'answered', reset: 'reset', aborted: 'timeout', unreachable: 'unreachable' };

interface ResponseSide {
  responseHeaders: Record<string, string>;
  responseBody: unknown;
  judgement: Judgement;
}

/**
 * The answer as the app got it, and the judge's word on it (src/api/judge.ts): its outcome label
 * and its envelope and schema problems, which become response violations.
 */
function responseSide(s: Seen, request: RequestSide): ResponseSide {
  const responseHeaders = headerRecord(s.upHeaders);
  const responseParsed = s.status !== null ? parseJson(s.upBody.toString('utf8')) : undefined;
  const responseBody = responseParsed?.ok
    ? responseParsed.value
    : s.upBody.length > 0
      ? s.upBody.toString('utf8').slice(0, 4096)
      : undefined;
  const judgement = judgeAnswer({
    operation: request.operation,
    method: request.method,
    status: s.status,
    contentType: responseHeaders['content-type'],
    body: responseParsed?.ok ? responseParsed.value : undefined,
    noAnswer: NO_ANSWER[s.transport],
  });
  request.violations.push(...responseViolations(s.seq, request.operation, judgement));
  return { responseHeaders, responseBody, judgement };
}

/** The reference a write carries, and the secrets and token an authentication exchange shows. */
function noteAuthAndReference(exchange: ProxyExchange, session: ProxySession): void {
  const { operation, body, responseBody } = exchange;
  const reference = (body as { reference?: unknown } | undefined)?.reference;
  if (typeof reference === 'string' && referenceRule(operation, body)) exchange.reference = reference;
  if (operation !== '/auth/get-token') return;
  const password = (body as { user?: { password?: unknown } } | undefined)?.user?.password;
  if (typeof password === 'string') session.addSecret(password);
  const issued = (responseBody as { code?: unknown; data?: { token?: unknown } } | undefined)?.data?.token;
  if (exchange.status === 200 && typeof issued === 'string') exchange.issuedTokenId = session.tokenId(issued);
}

/**
 * The record of one exchange and its schema violations. The session names the tokens it shows
 * (1 = the first seen) and remembers them and any password as secrets, to redact every report.
 */
export function exchangeRecord(s: Seen, session: ProxySession): { exchange: ProxyExchange; violations: Violation[]; judgement: Judgement } {
  const request = requestSide(s);
  const { responseHeaders, responseBody, judgement } = responseSide(s, request);
  const { method, operation, requestHeaders, body } = request;
  const token = requestHeaders['x-connectfi-token'];
  const exchange: ProxyExchange = {
    seq: s.seq,
    at: s.at,
    bodyAt: s.bodyAt,
    endAt: s.endAt,
    method,
    url: s.url,
    path: s.path,
    operation,
    requestHeaders,
    requestBytes: s.bytes,
    body,
    canonical: canonicalJson(body),
    canonicalWithoutReference: canonicalJson(withoutReference(body)),
    tokenId: token ? session.tokenId(token) : null,
    status: s.status,
    responseHeaders,
    responseBody,
    transport: s.transport,
    outcome: judgement.label,
    overheadMs: s.overheadMs,
  };
  noteAuthAndReference(exchange, session);
  // What the answer shows beyond the docs (docs/architecture.md, "Observed drift"); a request with
  // the wrong method is the app's mistake, and its answer says nothing of the upstream.
  if (operation && s.status !== null && request.methodMatches) {
    const drift = exchangeDrift({ operation, status: s.status, headers: responseHeaders, body: responseBody });
    if (drift) exchange.drift = drift;
  }
  return { exchange, violations: request.violations, judgement };
}
