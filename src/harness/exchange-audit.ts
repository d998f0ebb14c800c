import { judgeAnswer, operationOf, type Judgement } from '../api/index.ts';
import { neverSent } from '../client/retry-policy.ts';
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
  /** Why no answer arrived: the client's "<network code>: <message>" (src/client/exchange.ts). */
  error?: string;
}

/** How a request that got no answer ended, in the proxy's words (src/proxy/exchange-record.ts). */
export function noAnswerKind(error: string | undefined): string {
  const code = /^([A-Z_]+)\b/.exec(error ?? '')?.[1] ?? '';
  if (code === 'TIMEOUT' || (code.includes('TIMEOUT') && !neverSent(code))) return 'timeout';
  if (neverSent(code)) return 'unreachable';
  return 'reset';
}

/**
 * The judge's word on one exchange of the run (src/api/judge.ts): the same judge the proxy asks,
 * fed the same way. A raw request the client could not tie to an operation is tied here by its
 * method and path, as the proxy ties it.
 */
export function judgeExchange(x: AuditedExchange): Judgement {
  const operation = x.operation ?? operationOf(x.method, new URL(x.url).pathname).operation;
  return judgeAnswer({
    operation,
    method: x.method,
    status: x.status,
    contentType: x.responseHeaders['content-type'],
    body: x.responseBody,
    ...(x.status === null ? { noAnswer: noAnswerKind(x.error) } : {}),
  });
}

/**
 * Summarises one exchange for the run-wide envelope rows: the judge's problems with its documented
 * envelope and schema (README.md, "Error envelope"), and the transport incident it was instead of an
 * answer, if any (a transport incident is not graded as an answer of the provider).
 */
export function auditExchange(x: AuditedExchange): ExchangeSummary {
  const path = new URL(x.url).pathname;
  const judgement = judgeExchange(x);
  const summary: ExchangeSummary = {
    operation: x.operation,
    method: x.method,
    path,
    status: x.status ?? 0,
    problems: judgement.problems.map((p) => p.text),
  };
  if (x.requestId) summary.requestId = x.requestId;
  if (judgement.transport !== undefined) summary.transport = judgement.transport;
  // What the answer shows beyond the docs (docs/architecture.md, "Observed drift"): never a problem.
  if (x.operation && x.status !== null) {
    const drift = exchangeDrift({ operation: x.operation, status: x.status, headers: x.responseHeaders, body: x.responseBody });
    if (drift) summary.drift = redactDrift(drift, x.secrets?.());
  }
  return summary;
}
