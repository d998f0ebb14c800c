import type { Exchange } from './exchange.ts';

/** The success envelope (README.md, "Error envelope"). */
export interface SuccessBody<D> {
  code: '0';
  data: D;
  requestId: string;
}

/** The error envelope; what an API actually sends may differ, which the envelope checks report. */
export interface ErrorBody {
  requestId?: string;
  code: string;
  subCode?: string;
  context?: unknown;
  message?: string;
}

interface CallResultBase {
  /** The documented operation, or null for a raw request to a path that is not one. */
  operation: string | null;
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  /** `body.requestId` when it is a string. */
  requestId: string | null;
  /** The whole call: waits for the rate limiter, retries, token refresh and recovery included. */
  durationMs: number;
  /** The exchange that produced this answer (redacted). */
  exchange: Exchange;
  /** Every exchange of the call in order: failed attempts, retries, the read-back of a recovery. */
  exchanges: Exchange[];
  /** HTTP attempts of the operation itself (1 = no retry). */
  attempts: number;
  /**
   * true when a retry met referenceExists after an attempt whose answer was lost, and the first
   * result was read back by reference: `body` is then the read-back, in the success envelope.
   * false when it could not be (no read-back, or the read-back failed): the referenceExists answer.
   */
  recovered?: boolean;
  /**
   * Of a recovered call: the id of the first entity, named by the replay's referenceExists and found
   * by the read-back (`body` is the read-back's, whose shape is not the operation's).
   */
  recoveredEntityId?: string;
}

/**
 * Any HTTP answer is a result, not an exception: the API's 4xx are data for the checks. `ok` is
 * HTTP 200 with `code: "0"`; the body is otherwise the parsed JSON, the text when it is not JSON, or
 * null when empty. The body is NOT redacted (checks need the data); the exchanges are.
 */
export type CallResult<D = unknown> =
  | (CallResultBase & { ok: true; body: SuccessBody<D>; data: D; error?: undefined })
  | (CallResultBase & { ok: false; body: unknown; data?: undefined; error: ErrorBody | null });

export function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function bodyCode(body: unknown): string | undefined {
  return isRecord(body) && typeof body.code === 'string' ? body.code : undefined;
}

export function bodyRequestId(body: unknown): string | null {
  return isRecord(body) && typeof body.requestId === 'string' ? body.requestId : null;
}

/** Builds the discriminated result from a status and a parsed body. */
export function toResult<D>(base: CallResultBase, body: unknown): CallResult<D> {
  if (base.status === 200 && bodyCode(body) === '0' && isRecord(body)) {
    return { ...base, ok: true, body: body as unknown as SuccessBody<D>, data: body.data as D };
  }
  const code = bodyCode(body);
  return { ...base, ok: false, body, error: code !== undefined ? (body as ErrorBody) : null };
}
