import { isTransportStatus } from '../api/judge.ts';
import type { TransportIncident } from '../reporting/types.ts';

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

/**
 * Whether one exchange met a transport incident, and which (docs/ci.md, "Transport trouble"): no
 * answer (a reset, a timeout, another network error), or an answer the judge
 * (src/api/judge.ts, `isTransportStatus`) calls the network's: a 429, a 5xx the docs do not
 * document. Such an answer says nothing of the provider's conformance: a check that fails after
 * meeting one ends `error` (kind `transport`), never `failed`.
 */
export function transportIncidentOf(x: IncidentInput): TransportIncident | undefined {
  const { operation, status } = x;
  if (status === null || status === 0) {
    const code = (x.error ?? '').split(':')[0].trim();
    const kind = RESETS.has(code) ? 'reset' : code === 'TIMEOUT' ? 'timeout' : code ? code.toLowerCase() : 'no-answer';
    return { kind, operation };
  }
  return isTransportStatus(status, x.body) ? { kind: `http-${status}`, operation } : undefined;
}
