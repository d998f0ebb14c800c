import { canonicalJson, withoutReference } from '../canonical.ts';
import type { ProxyExchange } from '../report/integration-types.ts';

/**
 * For the graders' and reports' tests: the record of a POST of `operation` with `body`, as
 * exchange-record.ts would build it, answered 200 without a token unless `fields` says otherwise.
 */
export function sampleExchange(
  operation: string,
  body: Record<string, unknown>,
  fields: Pick<ProxyExchange, 'seq' | 'at' | 'endAt'> & Partial<ProxyExchange>,
): ProxyExchange {
  return {
    bodyAt: fields.at,
    method: 'POST',
    url: operation,
    path: operation,
    operation,
    requestHeaders: {},
    requestBytes: 10,
    body,
    canonical: canonicalJson(body),
    canonicalWithoutReference: canonicalJson(withoutReference(body)),
    tokenId: null,
    status: 200,
    responseHeaders: {},
    responseBody: undefined,
    transport: 'answered',
    outcome: '200',
    overheadMs: 0.1,
    ...fields,
  };
}
