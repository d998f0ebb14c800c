import { OPERATIONS } from '../api/index.ts';
import { CHECK_STATUSES, type CheckResult, type CheckStatus, type ConformanceReport, type Summary } from './types.ts';
import { driftLine, driftRows } from './drift-report.ts';

export type VerdictKind = 'conformant' | 'not-conformant' | 'inconclusive';

export interface Verdict {
  kind: VerdictKind;
  /** "Conformant", "Not conformant", "Inconclusive". */
  title: string;
  /** The console's word: "CONFORMANT", "NOT CONFORMANT", "INCONCLUSIVE". */
  headline: string;
  /** One line: "3 of 120 checks failed", "all 118 checks that ran passed (2 skipped)"... */
  detail: string;
  /** The process exit code: 0 conformant, 1 a check failed, 2 inconclusive. */
  exitCode: 0 | 1 | 2;
  /** For an inconclusive run: the one-line reason that `run` prints as `error [INCONCLUSIVE]: ...`. */
  error?: string;
  /** Fixture variables that were missing, each with the number of checks it would enable. */
  missingFixtures: { variable: string; checks: number }[];
  /**
   * Whenever checks were skipped for missing fixture variables, whatever else failed or was accepted:
   * one line naming the variables, for the console ("N checks did not run because fixture variables
   * are not set: CONNECTFI_CUSTOMER_ID (3 checks), ...").
   */
  fixtureGap?: string;
  /** `run --fail-on-drift` failed an otherwise conformant run: the drift, in one line. */
  drift?: string;
}

export type Counts = Record<CheckStatus, number>;

export function countStatuses(checks: readonly CheckResult[]): Counts {
  const counts: Counts = { passed: 0, failed: 0, error: 0, advisory: 0, skipped: 0, waived: 0, 'not-applicable': 0 };
  for (const c of checks) if (c.status in counts) counts[c.status]++;
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Missing fixture variables, most checks first: what setting each one would let run. */
export function missingFixtures(checks: readonly CheckResult[]): { variable: string; checks: number }[] {
  const by = new Map<string, number>();
  for (const c of checks) if (c.status === 'skipped') for (const v of c.missingFixtures ?? []) by.set(v, (by.get(v) ?? 0) + 1);
  return [...by.entries()]
    .map(([variable, n]) => ({ variable, checks: n }))
    .sort((a, b) => b.checks - a.checks || a.variable.localeCompare(b.variable));
}

/**
 * One line on the transport trouble of the checks that ended `error` (kind `transport`): how many,
 * which kinds, which operations, e.g. "3 checks met transport trouble (2 reset, 1 http-503) on
 * /ibis/card/activate, /ibis/card/status".
 */
export function transportTrouble(checks: readonly CheckResult[]): string | undefined {
  const errored = checks.filter((c) => c.status === 'error');
  if (errored.length === 0) return undefined;
  const kinds = new Map<string, number>();
  const operations = new Set<string>();
  for (const c of errored)
    for (const i of c.incidents ?? []) {
      kinds.set(i.kind, (kinds.get(i.kind) ?? 0) + 1);
      if (i.operation) operations.add(i.operation);
    }
  const what = [...kinds.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const ops = [...operations].sort();
  const where = ops.length ? ` on ${ops.slice(0, 5).join(', ')}${ops.length > 5 ? ` and ${ops.length - 5} more operations` : ''}` : '';
  const word = errored.every((c) => c.kind === 'transport') ? 'transport trouble' : "trouble that is not the target's conformance";
  return `${plural(errored.length, 'check')} could not be graded: ${word}${what ? ` (${what})` : ''}${where}`;
}

/**
 * The one verdict of a run: the console line, the exit code, JUnit, the Markdown summary and the
 * HTML report all take it from here, so they cannot disagree (docs/ci.md, "Exit codes"). A run is
 * conformant only when nothing failed, something passed, and no check was skipped for a missing
 * fixture (unless the report says `allowMissingFixtures`). Not-applicable checks never count.
 */
export function verdictOf(report: ConformanceReport): Verdict {
  const s = report.summary;
  const na = s.notApplicable ?? report.checks.filter((c) => c.status === 'not-applicable').length;
  const errors = s.errors ?? report.checks.filter((c) => c.status === 'error').length;
  const advisories = s.advisories ?? report.checks.filter((c) => c.status === 'advisory').length;
  const total = s.passed + s.failed + s.skipped + s.waived + na + errors + advisories;
  const gaps = missingFixtures(report.checks);
  const gapChecks = report.checks.filter((c) => c.status === 'skipped' && c.missingFixtures?.length).length;
  const extras = [
    errors ? `${errors} could not be graded` : '',
    advisories ? `${advisories} advisory` : '',
    s.skipped ? `${s.skipped} skipped` : '',
    na ? `${na} not applicable` : '',
    s.waived ? `${s.waived} waived` : '',
    s.couldNotRun ? `${s.couldNotRun} could not run` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const tail = extras ? ` (${extras})` : '';
  const names = gaps.map((g) => `${g.variable} (${plural(g.checks, 'check')})`).join(', ');
  const fixtureGap =
    gapChecks > 0 ? `${plural(gapChecks, 'check')} did not run because fixture variables are not set: ${names}` : undefined;
  const base = { missingFixtures: gaps, ...(fixtureGap ? { fixtureGap } : {}) };
  const notConformant = (detail: string, extra: Partial<Verdict> = {}): Verdict => ({
    ...base,
    kind: 'not-conformant',
    title: 'Not conformant',
    headline: 'NOT CONFORMANT',
    exitCode: 1,
    detail,
    ...extra,
  });
  if (s.failed > 0) return notConformant(`${s.failed} of ${plural(total, 'check')} failed${tail}`);
  const inconclusive = (detail: string, error: string): Verdict => ({
    ...base,
    kind: 'inconclusive',
    title: 'Inconclusive',
    headline: 'INCONCLUSIVE',
    exitCode: 2,
    detail,
    error,
  });
  if (errors > 0) {
    const trouble = transportTrouble(report.checks) ?? `${plural(errors, 'check')} could not be graded`;
    return inconclusive(`${trouble}; ${s.passed} passed${tail}`, `${trouble}; rerun when the target's network is steady`);
  }
  if (s.couldNotRun) {
    const detail = `${plural(s.couldNotRun, 'check')} could not run; ${s.passed} passed${tail}`;
    return inconclusive(detail, detail);
  }
  if (s.passed === 0)
    return inconclusive(
      `no check passed${tail}`,
      `no check passed (${plural(total, 'check')}${extras ? `: ${extras}` : ''}): a run that grades nothing is not a pass`,
    );
  if (fixtureGap && !report.allowMissingFixtures) {
    return inconclusive(
      `${plural(gapChecks, 'check')} did not run for want of fixture variables; ${s.passed} passed${tail}`,
      `${fixtureGap}; set them (see .env.example) or pass --allow-missing-fixtures to accept the gap`,
    );
  }
  const accepted =
    gapChecks > 0 ? `; ${plural(gapChecks, 'check')} skipped for missing fixtures, accepted with --allow-missing-fixtures` : '';
  // Drift never changes the verdict, unless the team asked for it (docs/architecture.md, "Observed drift").
  if (report.failOnDrift && report.drift && driftRows(report.drift) > 0) {
    const drift = `${driftLine(report.drift)}, and --fail-on-drift is set`;
    return notConformant(`${drift}; all ${plural(s.passed, 'check')} that ran passed${tail}${accepted}`, { drift });
  }
  return {
    ...base,
    kind: 'conformant',
    title: 'Conformant',
    headline: 'CONFORMANT',
    exitCode: 0,
    detail: `all ${plural(s.passed, 'check')} that ran passed${tail}${accepted}`,
  };
}

/**
 * The console's line about a fixture gap, printed whatever else failed: a failure outranks the gap in
 * the verdict, but the checks it skipped still graded nothing. Undefined when there is no gap, or when
 * the verdict's error line (inconclusive for the gap) already names the variables.
 */
export function fixtureGapLine(verdict: Verdict, accepted = false): string | undefined {
  if (!verdict.fixtureGap || verdict.error?.startsWith(verdict.fixtureGap)) return undefined;
  return `fixtures: ${verdict.fixtureGap}${accepted ? ' (accepted with --allow-missing-fixtures)' : '; set them (see .env.example)'}`;
}

/** Counts per family, families sorted by name. */
export function familyCounts(checks: readonly CheckResult[]): { family: string; counts: Counts }[] {
  const by = new Map<string, CheckResult[]>();
  for (const c of checks) by.set(c.family, [...(by.get(c.family) ?? []), c]);
  return [...by.keys()].sort().map((family) => ({ family, counts: countStatuses(by.get(family)!) }));
}

/**
 * Checks and failures per operation: the runner's coverage when it gave one, otherwise counted from
 * the checks; every documented operation is listed, so an operation no check touches shows as 0.
 */
export function operationCoverage(report: ConformanceReport): { operation: string; checks: number; failed: number }[] {
  const cov = new Map<string, { checks: number; failed: number }>();
  for (const op of OPERATIONS) cov.set(op.operation, { checks: 0, failed: 0 });
  if (report.coverage?.operations) {
    for (const [op, v] of Object.entries(report.coverage.operations)) cov.set(op, { checks: v.checks, failed: v.failed });
  } else {
    for (const c of report.checks) {
      if (!c.operation) continue;
      const v = cov.get(c.operation) ?? { checks: 0, failed: 0 };
      v.checks++;
      if (c.status === 'failed') v.failed++;
      cov.set(c.operation, v);
    }
  }
  return [...cov.entries()].map(([operation, v]) => ({ operation, ...v }));
}

/** Failed checks first, then waived, skipped, not applicable, passed; by id within a status. */
export function sortChecks(checks: readonly CheckResult[]): CheckResult[] {
  const rank = (s: CheckStatus) => CHECK_STATUSES.indexOf(s);
  return [...checks].sort((a, b) => rank(a.status) - rank(b.status) || a.id.localeCompare(b.id));
}

/**
 * The status counts of a report's summary: one function for a run and for merged shards, so their
 * summaries cannot differ in shape.
 */
export function summaryCounts(
  checks: readonly CheckResult[],
): Pick<Summary, 'passed' | 'failed' | 'skipped' | 'waived' | 'notApplicable' | 'errors' | 'advisories'> {
  const { 'not-applicable': notApplicable, error: errors, advisory: advisories, ...rest } = countStatuses(checks);
  return { ...rest, notApplicable, errors, advisories };
}
