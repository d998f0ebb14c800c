import type { Exchange } from '../client/exchange.ts';
import type { DriftReport } from './drift-report.ts';

/**
 * The report: the contract between the runner and the report writers. docs/architecture.md
 * ("Stable interfaces") fixes `{ target, startedAt, durationMs, seed, summary, checks: [ { id, title,
 * operation, docRef, status, reason?, evidence? } ] }`; the other fields are additions.
 */
/**
 * What a check came to (docs/ci.md, "Exit codes"):
 * - `passed`, `failed`: the target did or did not behave as the docs say;
 * - `error`: the check could not be graded, with `kind` saying why: `transport` is the network or an
 *   undocumented 5xx/429 (never the provider's conformance); it makes a run inconclusive;
 * - `advisory`: an advisory-level check (likely but undocumented) found what it looks for; shown in
 *   every report, never a reason for a verdict;
 * - `skipped`: not run (a fixture is missing, the request budget was spent);
 * - `not-applicable`: the check does not apply to this target (graded only against the simulator,
 *   or a feature the program does not permit); counted apart from `skipped`, whose fixture gaps
 *   make a run inconclusive (verdict.ts);
 * - `waived`: failed, but a waiver accepts it until its date.
 */
export type CheckStatus = 'passed' | 'failed' | 'error' | 'advisory' | 'skipped' | 'waived' | 'not-applicable';

/** Most severe first: the order of report tables, and "the worst status wins" when shards are merged. */
export const CHECK_STATUSES: readonly CheckStatus[] = ['failed', 'error', 'advisory', 'waived', 'skipped', 'not-applicable', 'passed'];

/** Why a check ended `error`. */
export type ErrorKind = 'transport';

/** One transport incident a check met: what happened, on which operation. */
export interface TransportIncident {
  /** `reset` (connection closed or reset), `timeout`, `http-5xx` (e.g. http-503), `http-429`, or another network code. */
  kind: string;
  operation: string | null;
}

/**
 * What a failed or `error` check says the target did, one word of a fixed vocabulary (the table of
 * docs/ci.md, "Causes"; the words' meanings and how a check gets one: deviations.ts).
 */
export type Deviation =
  | 'accepts-invalid-request'
  | 'refuses-valid-request'
  | 'wrong-error'
  | 'undocumented-answer'
  | 'state-not-kept'
  | 'read-mismatch'
  | 'money-mismatch'
  | 'idempotency-broken'
  | 'auth-not-enforced'
  | 'envelope-format'
  | 'transport'
  | 'check-crashed'
  | 'waiver-expired';

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
  /** A skipped check: the fixture variables (CONNECTFI_*) whose absence skipped it. */
  missingFixtures?: string[];
  /**
   * Of a failed check: it failed on its own assertion, on a refused setup step ("precondition"),
   * or because its code crashed ("error"). Only "assertion" says the rule is broken.
   */
  failureKind?: 'assertion' | 'precondition' | 'error';
  /** Of a failed or `error` check: what it says the target did (docs/ci.md, "Causes"). */
  deviation?: Deviation;
  /** Of a check whose status is `error`: why it could not be graded. */
  kind?: ErrorKind;
  /** Of an `error` check of kind `transport`: the incidents its exchanges met (after the client's retries). */
  incidents?: TransportIncident[];
  /** `advisory`: the check grades what is likely but undocumented; it never changes the verdict. */
  level?: 'advisory';
  /**
   * The check met transport trouble and ran once more at the end of the run (docs/ci.md, "Transport
   * trouble"): this row is the second run's; these are the first run's incidents and reason.
   */
  rerun?: { firstIncidents: TransportIncident[]; firstReason: string };
  /** The suite file that declares the check (relative to the project root). */
  file?: string;
  durationMs: number;
  evidence?: CheckEvidence;
  waiver?: { reason: string; expires: string };
}

/** The exchange a cause shows as its example: the failing exchange of one of its checks (redacted). */
export interface CauseExchange {
  operation: string | null;
  method: string;
  /** The path the request went to (with its query). */
  path: string;
  /** null: no answer came. */
  status: number | null;
  requestBody?: unknown;
  responseBody?: unknown;
  /** What the judge found wrong with the answer's envelope or schema (all a run-wide row keeps of it). */
  problems?: string[];
  /** The transport incident instead of an answer ("reset", "timeout", "http-503"...). */
  transport?: string;
}

/**
 * Failed and `error` checks that share a deviation, across operations (docs/ci.md, "Causes"): every
 * such check is in exactly one cause; the report lists them largest first.
 */
export interface Cause {
  /** Stable across runs: the deviation word (one cause per deviation). */
  id: string;
  deviation: Deviation;
  /** One plain sentence: "answers 200 where the docs give an error, on 14 operations". */
  title: string;
  /** The documented operations its checks grade, sorted. */
  operations: string[];
  /** Its check ids, sorted. */
  checks: string[];
  example: { check: string; exchange: CauseExchange | null };
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
  /** Checks that do not apply to this target; never a reason for a verdict. */
  notApplicable?: number;
  /** Checks that could not be graded (`error`, e.g. transport trouble): the run is inconclusive. */
  errors?: number;
  /** Advisory findings: shown, never a reason for a verdict. */
  advisories?: number;
  /** Checks that could not run (the suite's fault, not the API's); counted apart. */
  couldNotRun?: number;
  /** Requests the run sent to the target: preflight, checks and the closing of opened cards. */
  requests?: number;
  /** Cards the run opened on the target (vAccounts are counted in accountsOpened). */
  cardsOpened?: number;
  accountsOpened?: number;
}

export interface RunProfile {
  /** Process start to the run's start: Node, the CLI's imports (and the TypeScript loader when `code` is "source"). */
  startupMs: number;
  /** Which code ran (bin/build-state.mjs): the compiled build, or the TypeScript sources through tsx. */
  code: 'dist' | 'source';
  /** Starting the embedded simulator (or reaching the remote target) and the preflight. */
  targetMs: number;
  /** Vitest's start until the last check ended. */
  suitesMs: number;
  /** Within the suites: loading the suite files in the workers (summed over files). */
  importMs: number;
  /** Within the suites: Ajv schema compilation (summed over workers). */
  schemaCompileMs: number;
  /** Within the suites: the checks' own time (summed; they overlap). */
  checksMs: number;
  /** The check that took longest: a latency-bound run cannot end before it does. */
  longestCheck: { id: string; ms: number };
  /** Closing the cards a remote run opened. */
  cleanupMs: number;
  /** Collecting the results and building the report. */
  reportingMs: number;
  /** Writing the four report files (known after conformance.json is written: absent there, printed by --profile). */
  writeMs?: number;
  workers: number;
  /** Checks in flight at once in each worker (vitest maxConcurrency). */
  concurrencyPerWorker: number;
}

export interface ConformanceReport {
  target: string;
  startedAt: string;
  durationMs: number;
  seed: string;
  runId: string;
  summary: Summary;
  checks: CheckResult[];
  /** The failed and `error` checks grouped by deviation, largest first (docs/ci.md, "Causes"). */
  causes?: Cause[];
  /** `run --allow-missing-fixtures`: checks skipped for a missing fixture do not make the run inconclusive. */
  allowMissingFixtures?: boolean;
  /** `run --profile`: where the run's time went (milliseconds). */
  profile?: RunProfile;
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
  /** The self-check, added to the clean run's report by `connectfi-conformance selfcheck`. */
  selfcheck?: SelfcheckSummary;
  /** What the target did beyond the docs (drift.json, not conformance.json): docs/architecture.md, "Observed drift". */
  drift?: DriftReport;
  /** `run --fail-on-drift`: the run fails (exit 1) when `drift` lists anything. */
  failOnDrift?: boolean;
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

/** One fault of the self-check: did the checks written for it catch it? */
export interface SelfcheckRow {
  fault: string;
  /** The family of the rule the fault breaks. */
  family: string;
  description: string;
  /** For a fault modelled on how real providers break: the one-line story. */
  story?: string;
  /** The checks written to catch it (check ids or regular expressions over ids). */
  expected: string[];
  detected: boolean;
  /** "missed" whenever no expected check failed on its own assertion, whatever else failed. */
  status: 'detected' | 'missed';
  /** The exit code of the run against the fault (1 when detected; 0 = nothing failed; 2 = could not run). */
  exitCode: number | null;
  /** The expected checks that failed on their own assertion: a subset of the expected ones. */
  detectedBy: string[];
  /** Every other failed check (other rules, refused setup steps, crashes). */
  collateral: string[];
  /** How many checks matched `expected` in the run. */
  expectedChecks: number;
  failedChecks: number;
  /** Why the fault counts as missed. */
  reason?: string;
  durationMs: number;
}

/**
 * One allowed variant of the self-check (a choice the docs leave open, made differently): the suite
 * run against it as a remote target must not fail (docs/contributing.md, "Allowed variants").
 */
export interface SelfcheckVariantRow {
  variant: string;
  description: string;
  /** The doc lines that leave the choice open: file, heading and the words. */
  docs: { file: string; heading: string; quote: string }[];
  /** The erratum of schemas/errata.json that records the silence, when one does. */
  erratum?: string;
  /** The checks that failed against the variant: each one a false alarm, since the docs allow it. */
  falseAlarms: string[];
  /** The checks that ended `error` (transport trouble): accepted only behind a flaky network. */
  errors: string[];
  /** The checks that ended `advisory` (likely but undocumented): shown, never a false alarm. */
  advisories: string[];
  passed: number;
  notApplicable: number;
  /** No false alarm, the run completed, and no transport error unless the variant's network is flaky. */
  ok: boolean;
  exitCode: number | null;
  /** Why the variant is not ok. */
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
  /** The allowed variants, each run as a remote target: the self-check fails on any false alarm. */
  variants: SelfcheckVariantRow[];
}
