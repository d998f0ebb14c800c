import { REQUEST_ID, findOperation, validateErrorBody, validateResponse } from '../api/index.ts';
import { exchangeDrift } from '../api/drift.ts';
import { redactDrift } from '../reporting/drift-report.ts';
import type { ExchangeSummary } from './check-types.ts';

/** What the envelope and response-schema checks need to know about one exchange. */
export interface AuditedExchange {
  operation: string | null;
  method: string;
  url: string;
  status: number | null;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
  requestId: string | null;
  /** The client's secrets, to redact the examples of the answer's drift (asked only when there is drift). */
  secrets?: () => readonly string[];
}

/**
 * Checks one response against the documented envelope (README.md, "Error envelope"): JSON content
 * type; success `{ code: "0", data, requestId }` validating against the operation's 200 schema;
 * errors `{ requestId, code, ... }`, with requestValidateError carrying Ajv errors; 401 unauthorized.
 */
export function auditExchange(x: AuditedExchange): ExchangeSummary {
  const path = new URL(x.url).pathname;
  const summary: ExchangeSummary = { operation: x.operation, method: x.method, path, status: x.status ?? 0, problems: [] };
  if (x.requestId) summary.requestId = x.requestId;
  const problems = summary.problems;
  if (x.status === null) return summary; // no response: a transport problem, reported elsewhere
  // What the answer shows beyond the docs (docs/architecture.md, "Observed drift"): never a problem.
  const drift = x.operation
    ? exchangeDrift({ operation: x.operation, status: x.status, headers: x.responseHeaders, body: x.responseBody })
    : undefined;
  if (drift) summary.drift = redactDrift(drift, x.secrets?.());
  if (x.status >= 500) problems.push(`HTTP ${x.status}: a server error is never a documented answer`);
  const type = x.responseHeaders['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) problems.push(`content-type is "${type}", expected application/json`);
  const body = x.responseBody;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    problems.push('the body is not a JSON object');
    return summary;
  }
  const b = body as Record<string, unknown>;
  if (x.status === 401) {
    for (const e of validateErrorBody(b, 'unauthorized').errors) problems.push(`401 body ${e.instancePath || '/'} ${e.message}`);
    return summary;
  }
  if (typeof b.requestId !== 'string' || !REQUEST_ID.test(b.requestId))
    problems.push(`requestId ${JSON.stringify(b.requestId)} is not 32 lowercase hex characters`);
  const op = x.operation ? findOperation(x.operation) : undefined;
  if (x.status === 200) {
    if (b.code !== '0') problems.push(`HTTP 200 with code ${JSON.stringify(b.code)}: success must be code "0"`);
    else if (op)
      for (const e of validateResponse(op.operation, b).errors)
        problems.push(`200 body ${e.instancePath || '/'} ${e.message} (${e.schemaPath})`);
  } else {
    if (b.code === '0') problems.push(`HTTP ${x.status} with code "0": an error must not claim success`);
    const kind = b.code === 'requestValidateError' ? 'requestValidateError' : 'error';
    for (const e of validateErrorBody(b, kind).errors) problems.push(`${x.status} body ${e.instancePath || '/'} ${e.message}`);
  }
  return summary;
}
