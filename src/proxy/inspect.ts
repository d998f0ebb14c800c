import { findOperation, validateRequest, type AjvError, type Judgement } from '../api/index.ts';
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

function ajvViolation(seq: number, operation: string | null, kind: 'request-schema' | 'response-schema', e: AjvError): Violation {
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

/**
 * The response violations of one exchange: the judge's problems with the answer's envelope,
 * content type, requestId and schema (src/api/judge.ts), the same the run's envelope rows grade.
 */
export function responseViolations(seq: number, operation: string | null, judgement: Judgement): Violation[] {
  return judgement.problems.map((p) =>
    p.ajv
      ? { ...ajvViolation(seq, operation, 'response-schema', p.ajv), rule: p.rule }
      : { operation, kind: 'response-schema' as const, rule: p.rule, detail: p.text, exchange: seq },
  );
}
