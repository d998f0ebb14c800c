import { idempotencyRules, type IdempotencyRule } from '../api/rules.ts';

/**
 * Which requests may be sent again after a network error: retries only where they cannot duplicate an effect.
 *
 * - `read`: the operation changes nothing; retried after any network error.
 * - `reference`: a write that refuses a reused reference with referenceExists
 *   (schemas/rules/idempotency.json); retried after any network error, and a retry that meets
 *   referenceExists is recovered by reading the first result back.
 * - `unsafe`: every other write (credit application, set-pin, set-status, reversal...); retried only
 *   when the request certainly never reached the server (connection refused, DNS failure).
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

/** How the first entity of a reference is read back: POST <operation> { reference }. */
export function readBackOperation(rule: IdempotencyRule): string | undefined {
  switch (rule.entity) {
    case 'card':
    case 'vAccount':
      return '/ibis/card/status';
    case 'fundsTransfer':
      return '/ibis/financial/retrieve';
    default:
      // /transfer-to/card/register documents no read-back by reference.
      return undefined;
  }
}
