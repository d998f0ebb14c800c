import type { Exchange } from '../client/exchange.ts';

/**
 * The report: the contract between the runner and the report writers. DESIGN.md ("Stable
 * interfaces") fixes `{ target, startedAt, durationMs, seed, summary, checks: [ { id, title,
 * operation, docRef, status, reason?, evidence? } ] }`; the other fields are additions.
 */
export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'waived';

export const CHECK_STATUSES: readonly CheckStatus[] = ['failed', 'waived', 'skipped', 'passed'];

export interface DocRef {
  file: string;
  heading: string;
}

export interface CheckEvidence {
  /** Redacted exchanges (the client redacts; the writers redact again). */
  exchanges: Exchange[];
  /** curl commands that reproduce the exchanges, token as $CONNECTFI_TOKEN. */
  curl?: string[];
  expected?: unknown;
  actual?: unknown;
  /** The fast-check seed of a property or model-based check. */
  seed?: string;
  transcript?: string[];
  /** Anything else the runner attaches (shown as JSON). */
  [extra: string]: unknown;
}

export interface CheckResult {
  /** Stable id: the test name, the report row and the waiver key, e.g. "status.transition.S-I". */
  id: string;
  title: string;
  /** The documented operation path, or null for a check across operations. */
  operation: string | null;
  family: string;
  docRef: DocRef | null;
  status: CheckStatus;
  reason?: string;
  durationMs: number;
  evidence?: CheckEvidence;
  waiver?: { reason: string; expires: string };
}

export interface MatrixCell {
  checkId: string;
  status: CheckStatus;
  expected: 'allowed' | 'refused';
}

/** A grid: cells[row][col], null where the table has no rule. */
export interface Matrix {
  rows: string[];
  cols: string[];
  cells: Record<string, Record<string, MatrixCell | null>>;
}

export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  waived: number;
  /** Checks that could not run (the suite's fault, not the API's); counted apart. */
  couldNotRun?: number;
}

export interface ConformanceReport {
  target: string;
  startedAt: string;
  durationMs: number;
  seed: string;
  runId: string;
  summary: Summary;
  checks: CheckResult[];
  coverage?: {
    operations: Record<string, { checks: number; failed: number }>;
    keywords?: Record<string, { positive: string[]; negative: string[] }>;
  };
  matrices?: {
    /** rows = from status, cols = to status (ibis-overview.txt, "Allowed Status Changes"). */
    transitions?: Matrix;
    /** rows = card statuses, cols = operations. */
    permissions?: Matrix;
  };
  /** `run --shard I/N`: the part this report holds and what the whole run selected (merge-reports). */
  shard?: ShardInfo;
  /** The self-check (issue 8), added to the clean run's report by `npm run selfcheck`. */
  selfcheck?: SelfcheckSummary;
}

export interface ShardInfo {
  /** 1-based. */
  index: number;
  total: number;
  /** Every check id the whole run selects (all shards), sorted: a missing shard shows as missing ids. */
  checkIds: string[];
  /** Rows computed over the shard's own exchanges (envelope.*, waiver.expired.*), combined on merge. */
  runWide: string[];
}

/** One fault of the self-check: did the suite, run against a simulator with the fault, catch it? */
export interface SelfcheckRow {
  fault: string;
  /** The check family that must fail for the fault to count as detected. */
  family: string;
  description: string;
  detected: boolean;
  /** The exit code of `run` against the fault (1 when detected; 0 = nothing failed; 2 = could not run). */
  exitCode: number | null;
  /** The failed checks of the fault's family: the checks that detected it. */
  detectedBy: string[];
  /** Failed checks in all, and per family. */
  failedChecks: number;
  failedFamilies: Record<string, number>;
  /** Why the fault counts as undetected. */
  reason?: string;
  durationMs: number;
}

export interface SelfcheckSummary {
  /** Mutation score: faults detected / faults run. */
  score: { detected: number; total: number; percent: number };
  /** The run against the clean simulator: it must pass (exit 0, nothing failed). */
  clean: { ok: boolean; exitCode: number | null; passed: number; failed: number; skipped: number; reason?: string };
  seed: string;
  runs: number;
  concurrency: number;
  startedAt: string;
  durationMs: number;
  faults: SelfcheckRow[];
}
