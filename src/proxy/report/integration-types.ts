import type { ExchangeDrift } from '../../api/drift.ts';
import type { DriftReport } from '../../reporting/drift-report.ts';
import type { DocRef } from '../../api/index.ts';

/**
 * What the proxy records of one exchange between an integrator's app and the upstream. Kept in
 * memory unredacted for the graders; only `redactedExchange` output ever leaves the process.
 */
export type TransportResult = 'answered' | 'reset' | 'aborted' | 'unreachable';

export interface ProxyExchange {
  seq: number;
  /** ms since the session started: request head received, request body complete, answer written (or failure). */
  at: number;
  bodyAt: number;
  endAt: number;
  method: string;
  /** The request target as sent, query included. */
  url: string;
  path: string;
  /** The documented operation ("/ibis/card/set-pin"), or null for a path that is not one. */
  operation: string | null;
  requestHeaders: Record<string, string>;
  requestBytes: number;
  /** The parsed JSON body (or path parameters); undefined when none or not JSON. */
  body: unknown;
  /** Canonical JSON of `body`, to compare requests. */
  canonical: string;
  /** Canonical JSON of `body` without its reference. */
  canonicalWithoutReference: string;
  reference?: string;
  /** Index of the x-connectfi-token presented (1 = the first token seen), or null. */
  tokenId: number | null;
  /** Index of the token a successful /auth/get-token answer issued. */
  issuedTokenId?: number;
  status: number | null;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
  transport: TransportResult;
  /** The documented outcome ("200", an error id), else a label ("http-500", "timeout", "reset"). */
  outcome: string;
  /** Time spent in the proxy itself (excluding the upstream), ms. */
  overheadMs: number;
  /** What the answer showed beyond the docs (raw: the session redacts it when it tallies it). */
  drift?: ExchangeDrift;
}

export type ViolationKind = 'request-schema' | 'response-schema' | 'behaviour';

export interface Violation {
  operation: string | null;
  kind: ViolationKind;
  rule: string;
  detail: string;
  /** seq of the exchange. */
  exchange: number;
  keyword?: string;
  instancePath?: string;
  params?: Record<string, unknown>;
}

/** How many violations of a kind and rule (and, for schema violations, operation) were found, and how many `violations` lists. */
export interface ViolationCount {
  kind: ViolationKind;
  rule: string;
  operation?: string | null;
  count: number;
  listed: number;
}

export interface OutcomeRow {
  operation: string;
  outcome: string;
  seen: number;
}

export type BehaviourStatus = 'passed' | 'failed' | 'not-exercised';

export interface BehaviourResult {
  id: string;
  title: string;
  status: BehaviourStatus;
  evidence: string[];
  rule: string;
  docRef: DocRef[];
  errata?: string;
}

export type IntegrationVerdict = 'ready' | 'not-ready' | 'incomplete';

export interface CoverageFigure {
  operation: string;
  met: number;
  total: number;
  missing: string[];
}

/** A documented outcome never met, and the body of POST /__simulator/outcomes that would force it (null: a 200). */
export interface MissingOutcome {
  operation: string;
  outcome: string;
  force: { operation: string; outcome: string } | null;
}

export interface RecordedExchange {
  seq: number;
  at: number;
  durationMs: number;
  method: string;
  url: string;
  operation: string | null;
  status: number | null;
  transport: TransportResult;
  outcome: string;
  request: { headers: Record<string, string>; body: unknown };
  response: { headers: Record<string, string>; body: unknown };
}

/** integration.json: a stable interface users and scripts depend on (docs/integrators.md, "The proxy"). */
export interface IntegrationReport {
  upstream: string;
  startedAt: string;
  durationMs: number;
  exchanges: number;
  verdict: IntegrationVerdict;
  violations: Violation[];
  outcomes: OutcomeRow[];
  behaviours: BehaviourResult[];
  coverage: { met: number; total: number; operations: CoverageFigure[] };
  /** Every documented outcome never met, each with the outcomes body that would force it. */
  missingOutcomes: MissingOutcome[];
  verdictDetail: string;
  /** Exchanges the upstream answered; 0 with traffic: it never answered, and the verdict says so. */
  upstreamAnswered: number;
  /** Every violation found; `violations` lists the first of each kind and rule (see violationCounts). */
  violationsTotal: number;
  violationCounts: ViolationCount[];
  proxyOverheadMs: { p50: number; p99: number };
  /** The exchanges, redacted (the last `limit` of them). */
  log: RecordedExchange[];
  /** What the upstream did beyond the docs: written to integration-drift.json, not integration.json (docs/architecture.md, "Observed drift"). */
  drift?: DriftReport;
}
