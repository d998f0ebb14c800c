import { idempotencyRules, type IdempotencyRule } from '../api/rules.ts';

/**
 * Which requests may be sent again after transport trouble (no answer, an HTTP 5xx): retries only
 * where they cannot duplicate an effect (docs/ci.md, "Transport trouble").
 *
 * - `read`: the operation changes nothing; retried after any network error or 5xx.
 * - `reference`: a write that refuses a reused reference with referenceExists
 *   (schemas/rules/idempotency.json); retried with the same reference and body after any network
 *   error or 5xx, and a retry that meets referenceExists is recovered by reading the first result
 *   back (recovery.ts).
 * - `unsafe`: every other write (credit application, set-pin, set-status, activate, reversal...);
 *   retried only when the request certainly never reached the server (connection refused, DNS
 *   failure); a reset, a timeout or a 5xx may follow a write that was applied.
 *
 * A 429 is retried whatever the class, after its Retry-After: the request was refused, not processed.
 */
export type RetryClass = 'read' | 'reference' | 'unsafe';

const referenceRules = new Map(idempotencyRules.operations.map((r) => [r.operation, r]));

/** Operations that read only (a token request creates nothing a retry could duplicate). */
export const READ_OPERATIONS: ReadonlySet<string> = new Set([
  '/auth/get-token',
  '/ibis/card/status',
  '/ibis/card/list',
  '/ibis/card/cardholder-profile',
  '/ibis/credit-card/application/:applicationId',
  '/ibis/financial/retrieve',
  '/ibis/inquiry/transaction-history',
]);

export function referenceRule(operation: string | null, body: unknown): IdempotencyRule | undefined {
  if (!operation) return undefined;
  const rule = referenceRules.get(operation);
  if (!rule) return undefined;
  if (rule.onlyWhen) {
    // e.g. reissue: "reference is ignored unless the card is reissued with a new card number"
    if (body === null || typeof body !== 'object') return undefined;
    const record = body as Record<string, unknown>;
    for (const [key, value] of Object.entries(rule.onlyWhen)) if (String(record[key]) !== value) return undefined;
  }
  return rule;
}

export function retryClass(operation: string | null, method: string, body: unknown): RetryClass {
  if (operation && READ_OPERATIONS.has(operation)) return 'read';
  if (!operation && (method === 'GET' || method === 'HEAD')) return 'read';
  if (referenceRule(operation, body)) return 'reference';
  return 'unsafe';
}

/** Network error codes that prove the request never left this machine. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

export function neverSent(networkCode: string): boolean {
  return NEVER_SENT.has(networkCode);
}

/** How the first entity of a reference is read back: POST <operation> { reference }, and the field holding its id. */
export function readBack(rule: IdempotencyRule): { operation: string; idField: string } | undefined {
  switch (rule.entity) {
    case 'card':
    case 'vAccount':
      // card/status answers a vAccount too, its id in cFiCardId (ibis-account-add.txt, "Add vAccount").
      return { operation: '/ibis/card/status', idField: 'cFiCardId' };
    case 'fundsTransfer':
      return { operation: '/ibis/financial/retrieve', idField: 'cFiFundsId' };
    default:
      // /transfer-to/card/register documents no read-back by reference: its lost answer stays lost.
      return undefined;
  }
}

/** What went wrong with one attempt: no answer (the network code), or an answer to send again after (5xx, 429). */
export type AttemptTrouble = { network: string } | { status: number; retryAfterMs?: number };

export interface RetryLimits {
  /** Retries after transport trouble (network errors and 5xx), and apart from them after 429s. */
  retries: number;
  /** The first backoff, doubled for each retry up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** The longest Retry-After honoured. */
  maxRetryAfterMs: number;
}

export interface RetryDecision {
  /** How long to wait before the next attempt. */
  waitMs: number;
  /** The failed attempt may have been applied: a retry that meets referenceExists is then recovered. */
  mayHaveApplied: boolean;
  /** Which budget the retry spends: `rate` (429) or `trouble` (network errors, 5xx). */
  budget: 'rate' | 'trouble';
}

/** Whether a status is transport trouble a safe request may be sent again after. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * The retry policy as one pure function: the next attempt's wait, or undefined when the call ends
 * with this attempt (unsafe, retries spent, or a Retry-After longer than the limit). `spent` counts
 * the retries made so far of each budget.
 */
export function decideRetry(
  cls: RetryClass,
  trouble: AttemptTrouble,
  spent: { rate: number; trouble: number },
  limits: RetryLimits,
): RetryDecision | undefined {
  const backoff = Math.min(limits.backoffMs * 2 ** spent.trouble, limits.maxBackoffMs);
  if ('network' in trouble) {
    const never = neverSent(trouble.network);
    if ((cls === 'unsafe' && !never) || spent.trouble >= limits.retries) return undefined;
    return { waitMs: backoff, mayHaveApplied: cls === 'reference' && !never, budget: 'trouble' };
  }
  if (trouble.status === 429) {
    const waitMs = trouble.retryAfterMs ?? 1000;
    if (spent.rate >= limits.retries || waitMs > limits.maxRetryAfterMs) return undefined;
    return { waitMs, mayHaveApplied: false, budget: 'rate' };
  }
  if (!isRetryableStatus(trouble.status) || cls === 'unsafe' || spent.trouble >= limits.retries) return undefined;
  // A 503 may say when to come back; a 5xx never proves the write was not applied.
  const after = trouble.retryAfterMs;
  if (after !== undefined && after > limits.maxRetryAfterMs) return undefined;
  return { waitMs: after ?? backoff, mayHaveApplied: cls === 'reference', budget: 'trouble' };
}
