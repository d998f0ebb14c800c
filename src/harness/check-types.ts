import type { FixtureName } from './fixtures.ts';
import type { CheckEvidence as ReportEvidence } from '../reporting/types.ts';
import type { ExchangeDrift } from '../api/drift.ts';
import type { CheckIntent } from '../reporting/deviations.ts';

export type { CheckIntent };

/** A check's identity: its id is the vitest test name, the report row and the waiver key. */
export interface CheckMeta {
  id: string;
  title: string;
  family: string;
  operation: string | null;
  docRef: { file: string; heading: string } | null;
  /** Fixtures the check needs; missing ones skip it with the variable named. */
  needs?: FixtureName[];
  /**
   * `advisory`: the check grades what is likely but undocumented (e.g. a push to a closed card that
   * is accepted); a failure is reported as `advisory`, never as `failed`.
   */
  level?: 'advisory';
  /**
   * What the check sets out to grade, which decides the deviation a failure gets (docs/ci.md,
   * "Causes"); the family's default when absent (`intentOf` in src/reporting/deviations.ts).
   */
  intent?: CheckIntent;
}

/** One HTTP exchange, summarised for the run-wide envelope and response-schema checks. */
export interface ExchangeSummary {
  operation: string | null;
  method: string;
  path: string;
  /** 0 when no answer arrived. */
  status: number;
  requestId?: string;
  /** Empty when the response has the documented envelope and validates against its schema. */
  problems: string[];
  /** What the answer shows beyond the docs (redacted): the runner tallies it into drift.json and drops it. */
  drift?: ExchangeDrift;
  /**
   * A transport incident instead of an answer of the provider ("reset", "timeout", "http-429",
   * "http-503"...: src/api/judge.ts); its envelope is not graded.
   */
  transport?: string;
}

/** Evidence attached to a check (already redacted by the client), plus the exchange summaries. */
export type CheckEvidence = ReportEvidence & { summaries?: ExchangeSummary[] };

declare module 'vitest' {
  interface TaskMeta {
    check?: CheckMeta;
    evidence?: CheckEvidence;
    skipReason?: string;
    /** The fixture variables whose absence skipped the check (a configuration gap, not a pass). */
    missingFixtures?: string[];
    /** The check does not apply to this target (graded only against the simulator). */
    notApplicable?: boolean;
    failureKind?: import('./failure-kind.ts').FailureKind;
    /** Of a failed check: the transport incidents its exchanges met; the collector reports it `error`, kind `transport`. */
    transportIncidents?: import('../reporting/types.ts').TransportIncident[];
    /** The worker's schema compilation time so far (run --profile). */
    compile?: { worker: string; ms: number };
    /** `run --shard`: a selected check that another shard runs (not a report row). */
    otherShard?: boolean;
  }
}
