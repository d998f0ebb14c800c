import type { CheckResult, ConformanceReport, Summary } from './types.ts';
import { verdictOf, type VerdictKind } from './verdict.ts';

/**
 * What changed between two runs (`connectfi-conformance compare BASE NEW`), for CI: a check that
 * fails in NEW and did not fail in BASE (a new check that fails included) is a new failure, and only
 * new failures make `compare` exit 1 (docs/architecture.md, "Comparing two runs").
 *
 * Only the status `failed` is a failure. A status this version does not grade as passed or failed
 * (`error`: the check could not be graded because of transport trouble; any status unknown to it) is
 * "not graded": never a new failure, never a fix. Nor are the statuses a run sets aside (skipped,
 * waived, not applicable, advisory); a check of BASE that NEW sets aside is listed as not graded.
 */

/** One run, as the comparison names it. */
export interface ComparedRun {
  /** The conformance.json that was read. */
  source: string;
  target: string;
  runId: string;
  startedAt: string;
  seed: string;
  verdict: VerdictKind;
  summary: Summary;
  /** Check rows in the report. */
  checks: number;
  /** A shard's report holds part of a run: most of the other run's checks then show as removed or new. */
  shard?: { index: number; total: number };
}

/** One check in the comparison: its status on each side (null: absent from that report). */
export interface ComparedCheck {
  id: string;
  title: string;
  family: string;
  baseStatus: string | null;
  status: string | null;
  /** The reason NEW gives; BASE's for a check NEW no longer has. */
  reason?: string;
  /** Of a check that still fails: BASE's reason, when it differs from NEW's. */
  baseReason?: string;
}

export interface Comparison {
  base: ComparedRun;
  new: ComparedRun;
  /** Failed in NEW, not failed in BASE (or not in BASE at all). */
  newFailures: ComparedCheck[];
  /** Failed in BASE, passed in NEW. */
  fixed: ComparedCheck[];
  /** Failed in both. */
  stillFailing: ComparedCheck[];
  /** In NEW only, whatever their status (those that fail are also new failures). */
  newChecks: ComparedCheck[];
  /** In BASE only. */
  removedChecks: ComparedCheck[];
  verdictChange: { base: VerdictKind; new: VerdictKind; changed: boolean };
  /**
   * Checks NEW gave no pass or fail: every check whose NEW status is `error` or unknown to this
   * version, and every check BASE graded (passed or failed) that NEW sets aside (skipped, waived,
   * not applicable, advisory): a check that passed in BASE and is skipped in NEW graded nothing.
   */
  notGraded: ComparedCheck[];
}

/** Statuses this version grades or sets aside; any other (`error`, a newer one) is not graded. */
const KNOWN_STATUSES = new Set(['passed', 'failed', 'skipped', 'waived', 'not-applicable', 'advisory']);

export function isGraded(status: string): boolean {
  return KNOWN_STATUSES.has(status);
}

function describeRun(source: string, report: ConformanceReport): ComparedRun {
  return {
    source,
    target: report.target,
    runId: report.runId,
    startedAt: report.startedAt,
    seed: report.seed,
    verdict: verdictOf(report).kind,
    summary: report.summary,
    checks: report.checks.length,
    ...(report.shard ? { shard: { index: report.shard.index, total: report.shard.total } } : {}),
  };
}

function entry(base: CheckResult | undefined, next: CheckResult | undefined): ComparedCheck {
  const row = (next ?? base)!;
  const reason = next ? next.reason : base?.reason;
  return {
    id: row.id,
    title: row.title,
    family: row.family,
    baseStatus: base?.status ?? null,
    status: next?.status ?? null,
    ...(reason ? { reason } : {}),
  };
}

/** Which lists a check present in NEW belongs to (besides newChecks). */
function classify(
  base: CheckResult | undefined,
  next: CheckResult,
): keyof Pick<Comparison, 'newFailures' | 'fixed' | 'stillFailing' | 'notGraded'> | null {
  const was = base?.status;
  if (next.status === 'failed') return was === 'failed' ? 'stillFailing' : 'newFailures';
  if (next.status === 'passed') return was === 'failed' ? 'fixed' : null;
  if (!isGraded(next.status)) return 'notGraded';
  return was === 'passed' || was === 'failed' ? 'notGraded' : null;
}

/** Compares two reports; every list is sorted by check id. */
export function compareReports(
  base: { source: string; report: ConformanceReport },
  next: { source: string; report: ConformanceReport },
): Comparison {
  const before = new Map(base.report.checks.map((c) => [c.id, c]));
  const after = new Map(next.report.checks.map((c) => [c.id, c]));
  const out: Comparison = {
    base: describeRun(base.source, base.report),
    new: describeRun(next.source, next.report),
    newFailures: [],
    fixed: [],
    stillFailing: [],
    newChecks: [],
    removedChecks: [],
    verdictChange: { base: 'conformant', new: 'conformant', changed: false },
    notGraded: [],
  };
  out.verdictChange = { base: out.base.verdict, new: out.new.verdict, changed: out.base.verdict !== out.new.verdict };
  const ids = [...after.keys()].sort();
  for (const id of ids) {
    const was = before.get(id);
    const now = after.get(id)!;
    const item = entry(was, now);
    if (!was) out.newChecks.push(item);
    const list = classify(was, now);
    if (!list) continue;
    if (list === 'stillFailing' && was?.reason !== now.reason && was?.reason) item.baseReason = was.reason;
    out[list].push(item);
  }
  for (const id of [...before.keys()].sort()) if (!after.has(id)) out.removedChecks.push(entry(before.get(id), undefined));
  return out;
}

/** The exit code of `compare`: 1 when anything newly fails, else 0. */
export function comparisonExitCode(c: Comparison): 0 | 1 {
  return c.newFailures.length > 0 ? 1 : 0;
}
