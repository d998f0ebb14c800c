import { findOperation, validateErrorBody, validateRequest, validateResponse, type AjvError } from '../api/index.ts';
import { isJsonObject } from '../util/json-object.ts';
import type { Violation } from './report/integration-types.ts';

/**
 * What connectFi would say about a request, and whether an answer has its documented shape. The
 * request is judged exactly as the API's own Ajv would (src/api/validator.ts), so the keyword
 * and instancePath recorded are those of the requestValidateError the app would get.
 */
export const BODY_LIMIT = 1024 * 1024;

export interface RequestView {
  seq: number;
  method: string;
  path: string;
  operation: string | null;
  contentType: string | undefined;
  bytes: number;
  /** The upstream answered before the app had sent its whole body: `bytes` is what came so far. */
  partial?: boolean;
  /** The body as text (its beginning only, for one over BODY_LIMIT). */
  text: string;
  parsed: { ok: true; value: unknown } | { ok: false; error: string } | undefined;
  params: Record<string, string>;
}

function ajvViolation(seq: number, operation: string, kind: 'request-schema' | 'response-schema', e: AjvError): Violation {
  const where = e.instancePath === '' ? 'the body' : e.instancePath;
  return {
    operation,
    kind,
    rule: kind === 'request-schema' ? 'requestValidateError' : 'documented-response',
    detail: `${e.keyword} at ${where}: ${e.message ?? ''}`.trim(),
    exchange: seq,
    keyword: e.keyword,
    instancePath: e.instancePath,
    params: e.params,
  };
}

/** The operation a request targets: the documented path (GET application: its :applicationId form). */
export function operationOf(
  method: string,
  path: string,
): { operation: string | null; params: Record<string, string>; methodMatches: boolean } {
  const direct = findOperation(path);
  if (direct && direct.operation.startsWith('/') && !direct.operation.includes(':'))
    return { operation: direct.operation, params: {}, methodMatches: direct.method === method };
  const m = /^\/ibis\/credit-card\/application\/([^/]+)$/.exec(path);
  if (m) {
    let applicationId = m[1];
    try {
      applicationId = decodeURIComponent(applicationId);
    } catch {
      // keep it as sent: the schema judges it
    }
    return { operation: '/ibis/credit-card/application/:applicationId', params: { applicationId }, methodMatches: method === 'GET' };
  }
  return { operation: null, params: {}, methodMatches: false };
}

export function inspectRequest(r: RequestView, methodMatches: boolean): Violation[] {
  const base = { operation: r.operation, kind: 'request-schema' as const, exchange: r.seq };
  if (!r.operation) return [{ ...base, rule: 'unknown-operation', detail: `${r.method} ${r.path} is not a documented operation` }];
  if (!methodMatches) return [{ ...base, rule: 'method', detail: `${r.method} is not the documented method of ${r.operation}` }];
  const op = findOperation(r.operation)!;
  if (op.requestIn === 'path')
    return validateRequest(op.operation, r.params).errors.map((e) => ajvViolation(r.seq, op.operation, 'request-schema', e));
  if (r.bytes > BODY_LIMIT)
    return [
      {
        ...base,
        rule: 'body-too-large',
        detail: `the body is ${r.partial ? 'at least ' : ''}${r.bytes} bytes (over ${BODY_LIMIT}); not validated`,
      },
    ];
  if (!r.contentType || !/^application\/json\b/i.test(r.contentType)) {
    return [
      { ...base, rule: 'content-type', detail: `content-type ${JSON.stringify(r.contentType ?? '')}; connectFi takes application/json` },
    ];
  }
  if (!r.parsed) return validateRequest(op.operation, undefined).errors.map((e) => ajvViolation(r.seq, op.operation, 'request-schema', e));
  if (!r.parsed.ok) return [{ ...base, rule: 'malformed-json', detail: `the body is not JSON: ${r.parsed.error}` }];
  return validateRequest(op.operation, r.parsed.value).errors.map((e) => ajvViolation(r.seq, op.operation, 'request-schema', e));
}

/** A 200 against the operation's documented envelope and data; an error against the error envelope. */
export function inspectResponse(
  seq: number,
  operation: string | null,
  status: number,
  contentType: string | undefined,
  body: unknown,
): Violation[] {
  if (!operation) return [];
  const base = { operation, kind: 'response-schema' as const, exchange: seq };
  if (body === undefined)
    return [
      {
        ...base,
        rule: 'json-body',
        detail: `HTTP ${status} answered with a body that is not JSON (content-type ${JSON.stringify(contentType ?? '')})`,
      },
    ];
  if (status === 200) return validateResponse(operation, body).errors.map((e) => ajvViolation(seq, operation, 'response-schema', e));
  const kind =
    status === 401 ? 'unauthorized' : isJsonObject(body) && body.code === 'requestValidateError' ? 'requestValidateError' : 'error';
  return validateErrorBody(body, kind).errors.map((e) => ({
    ...ajvViolation(seq, operation, 'response-schema', e),
    rule: `error-envelope`,
  }));
}
