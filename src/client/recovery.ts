import type { CallResult } from './call-result.ts';
import { readBack, type referenceRule } from './retry-policy.ts';

type Rule = NonNullable<ReturnType<typeof referenceRule>>;
type Call = (operation: string, input: unknown) => Promise<CallResult>;

function field(value: unknown, name: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * A reference-bearing write whose answer may have been lost (a reset, a timeout, a 5xx), retried
 * with the same reference and body, met 400 referenceExists: the lost attempt did reach the server.
 * Read the first entity back by its reference and answer with it, marked `recovered`, when the
 * read-back finds the entity the referenceExists names (README.md, "Error envelope":
 * referenceExists carries { reference, entityId }). Cards and vAccounts: POST /ibis/card/status
 * { reference }; funds transfers: POST /ibis/financial/retrieve { reference }, whose data is an
 * array. When the read-back fails or finds another entity, or the operation has no read-back
 * (card/register documents none), the referenceExists answer is returned as it is, `recovered: false`.
 */
export async function recoverByReference(duplicate: CallResult, rule: Rule, body: unknown, call: Call): Promise<CallResult> {
  const reference = field(body, 'reference');
  const how = readBack(rule);
  if (!how || typeof reference !== 'string') return { ...duplicate, recovered: false };
  const named = field(field(duplicate.error, 'context'), 'entityId');
  const read = await call(how.operation, { reference });
  const exchanges = [...duplicate.exchanges, ...read.exchanges];
  if (!read.ok) return { ...duplicate, exchanges, recovered: false };
  const candidates: unknown[] = Array.isArray(read.data) ? read.data : [read.data];
  const data = candidates.find((e) => (typeof named === 'string' ? field(e, how.idField) === named : field(e, 'reference') === reference));
  const entityId = field(data, how.idField);
  if (data === undefined || typeof entityId !== 'string') return { ...duplicate, exchanges, recovered: false };
  return {
    ...read,
    operation: duplicate.operation,
    body: { ...read.body, data },
    data,
    exchanges,
    attempts: duplicate.attempts,
    recovered: true,
    recoveredEntityId: entityId,
  };
}
