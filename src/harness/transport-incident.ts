import { errorRuleList } from '../api/index.ts';
import type { TransportIncident } from '../reporting/types.ts';

/** The HTTP statuses the docs give an error (schemas/rules/errors.json): no 5xx and no 429 among them. */
const DOCUMENTED_STATUSES: ReadonlySet<number> = new Set(errorRuleList.map((e) => e.httpStatus));
/** The documented error codes (schemas/rules/errors.json). */
const DOCUMENTED_CODES: ReadonlySet<string> = new Set(errorRuleList.map((e) => e.code));

/** Network codes of a connection closed under the request (undici's "other side closed" included). */
const RESETS = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET']);

/** What the classification reads of an exchange or of its summary (status null or 0: no answer). */
export interface IncidentInput {
  operation: string | null;
  status: number | null;
  /** The client's "CODE: message" when no answer arrived (src/client/exchange.ts). */
  error?: string;
  /** The parsed response body, when known. */
  body?: unknown;
}

/** A body in the connectFi error envelope naming a documented error code: the provider's own answer. */
function documentedError(body: unknown): boolean {
  const code = body !== null && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
  return typeof code === 'string' && DOCUMENTED_CODES.has(code);
}

/**
 * Whether one exchange met a transport incident, and which (docs/ci.md, "Transport trouble"): no
 * answer (a reset, a timeout, another network error), an HTTP 5xx the docs do not document, or a
 * 429. Such an answer says nothing of the provider's conformance: a check that fails after meeting
 * one ends `error` (kind `transport`), never `failed`. The one place this is decided for a run.
 *
 * A 5xx or 429 whose body names a documented error code (a 500 requestValidateError) is no
 * network's: only the provider's own validator or business rules say that, so it is the provider's
 * answer with the wrong status, graded like any other (README.md, "Error envelope": every common
 * error is HTTP 400).
 */
export function transportIncidentOf(x: IncidentInput): TransportIncident | undefined {
  const { operation, status } = x;
  if (status === null || status === 0) {
    const code = (x.error ?? '').split(':')[0].trim();
    const kind = RESETS.has(code) ? 'reset' : code === 'TIMEOUT' ? 'timeout' : code ? code.toLowerCase() : 'no-answer';
    return { kind, operation };
  }
  if ((status === 429 || status >= 500) && !DOCUMENTED_STATUSES.has(status) && !documentedError(x.body))
    return { kind: `http-${status}`, operation };
  return undefined;
}
