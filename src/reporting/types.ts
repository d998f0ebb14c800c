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
  selfcheck?: unknown;
}
