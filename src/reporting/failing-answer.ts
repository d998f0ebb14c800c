import { judgeAnswer, operationOf, type ErrorIdentity } from '../api/index.ts';
import type { Exchange } from '../client/exchange.ts';
import { isJsonObject } from '../util/json-object.ts';
import type { CheckEvidence } from './types.ts';

/** What a check recorded with `t.expectation(expected, actual)`: structured data, never assertion text. */
export interface ExpectationNotes {
  expected?: unknown;
  actual?: unknown;
}

/**
 * The judge's word on the answer a check failed on (src/api/judge.ts): a transport incident, a
 * success, a documented error of the operation (with its identity), an answer the docs do not give
 * it (a status or error identity they do not list, a 200 without code "0"), or nothing to judge.
 * The evidence holds the exchange redacted, and a masked value can break a schema that the real
 * answer met, so only the identity is read here; schema and envelope problems are the run-wide
 * envelope rows' (graded on the real answers).
 */
export type Came =
  | { kind: 'transport'; label: string }
  | { kind: 'success' }
  /** `identity` is absent when only the check's notes say what came. */
  | { kind: 'error'; status: number; identity?: ErrorIdentity }
  | { kind: 'undocumented'; status: number }
  | { kind: 'none' };

/** One exchange summary as a check's evidence holds it (src/harness/check-types.ts, ExchangeSummary). */
export interface SummaryLike {
  operation: string | null;
  method: string;
  path: string;
  status: number;
  problems: string[];
  transport?: string;
}

export interface FailingAnswer {
  came: Came;
  /** The exchange the check failed on, when its evidence holds it whole. */
  exchange?: Exchange;
  /** Its summary, when only that is kept (run-wide rows). */
  summary?: SummaryLike;
  /** The exchanges the evidence holds from before it, oldest first. */
  before: Exchange[];
}

/** The status and code the check's notes say came, when they say it (`{ status: 400, code: ... }`). */
function notedAnswer(notes: ExpectationNotes | undefined): { status: number; code?: unknown } | undefined {
  const actual = notes?.actual;
  if (!isJsonObject(actual) || typeof actual.status !== 'number') return undefined;
  return { status: actual.status, code: actual.code ?? (isJsonObject(actual.body) ? actual.body.code : undefined) };
}

function operationOfExchange(x: Exchange): string | null {
  if (x.operation !== null) return x.operation;
  try {
    return operationOf(x.method, new URL(x.url).pathname).operation;
  } catch {
    return null;
  }
}

/** Judges one recorded exchange as the run's audit does (src/harness/exchange-audit.ts). */
export function judgeRecorded(x: Exchange): Came {
  if (x.status === null) return { kind: 'transport', label: 'no-answer' };
  const contentType = isJsonObject(x.responseHeaders) ? x.responseHeaders['content-type'] : undefined;
  const j = judgeAnswer({ operation: operationOfExchange(x), method: x.method, status: x.status, contentType, body: x.responseBody });
  if (j.transport !== undefined) return { kind: 'transport', label: j.transport };
  if (j.outcome?.kind === 'success') return { kind: 'success' };
  if (j.outcome?.kind === 'error') return { kind: 'error', status: x.status, identity: j.outcome.identity };
  return { kind: 'undocumented', status: x.status };
}

function judgeSummary(s: SummaryLike): Came {
  if (s.transport !== undefined || s.status === 0) return { kind: 'transport', label: s.transport ?? 'no-answer' };
  return s.status === 200 ? { kind: 'success' } : { kind: 'error', status: s.status };
}

/**
 * The exchange a check failed on: the last one whose status (and code) match what the check's notes
 * say came, when they say it (a property check's shrinking sends more requests after the failing
 * one); otherwise the last exchange, or the last summary when the exchanges were not kept.
 */
export function failingAnswer(evidence: CheckEvidence | undefined, notes?: ExpectationNotes): FailingAnswer {
  const exchanges = (evidence?.exchanges ?? []).filter((x): x is Exchange => isJsonObject(x));
  const noted = notedAnswer(notes);
  if (noted) {
    const code = typeof noted.code === 'string' ? noted.code : undefined;
    const matches = exchanges.filter(
      (x) => x.status === noted.status && (code === undefined || (isJsonObject(x.responseBody) && x.responseBody.code === code)),
    );
    const match = matches.at(-1);
    if (match) return { came: judgeRecorded(match), exchange: match, before: exchanges.slice(0, exchanges.lastIndexOf(match)) };
    return { came: noted.status === 200 ? { kind: 'success' } : { kind: 'error', status: noted.status }, before: exchanges };
  }
  const last = exchanges.at(-1);
  if (last) return { came: judgeRecorded(last), exchange: last, before: exchanges.slice(0, -1) };
  const summary = ((evidence?.summaries ?? []) as SummaryLike[]).at(-1);
  return summary ? { came: judgeSummary(summary), summary, before: [] } : { came: { kind: 'none' }, before: [] };
}
