import type { CallResult } from './call-result.ts';
import { readBackOperation, type referenceRule } from './retry-policy.ts';

type Rule = NonNullable<ReturnType<typeof referenceRule>>;
type Call = (operation: string, input: unknown) => Promise<CallResult>;

/**
 * A reference-bearing write whose first answer was lost, retried, met 400 referenceExists: the
 * first attempt did reach the server. Read the first entity back by its reference and answer with
 * it, marked `recovered` (README.md, "Error envelope": referenceExists carries { reference, entityId }).
 * Cards and vAccounts: POST /ibis/card/status { reference }; funds transfers: POST
 * /ibis/financial/retrieve { reference }, whose data is an array. When the read-back fails, or the
 * operation has no read-back (card/register), the referenceExists answer is returned as it is.
 */
export async function recoverByReference(duplicate: CallResult, rule: Rule, body: unknown, call: Call): Promise<CallResult> {
  const reference = (body as { reference?: unknown } | null)?.reference;
  const readBack = readBackOperation(rule);
  if (!readBack || typeof reference !== 'string') return { ...duplicate, recovered: false };
  const read = await call(readBack, { reference });
  const exchanges = [...duplicate.exchanges, ...read.exchanges];
  if (!read.ok) return { ...duplicate, exchanges, recovered: false };
  let data: unknown = read.data;
  if (Array.isArray(data)) {
    data = data.find((t) => (t as { reference?: unknown } | null)?.reference === reference) ?? data[0];
    if (data === undefined) return { ...duplicate, exchanges, recovered: false };
  }
  return {
    ...read,
    operation: duplicate.operation,
    body: { ...read.body, data },
    data,
    exchanges,
    attempts: duplicate.attempts,
    recovered: true,
  };
}
