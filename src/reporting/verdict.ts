import { OPERATIONS } from '../spec/index.ts';
import { CHECK_STATUSES, type CheckResult, type CheckStatus, type ConformanceReport } from './types.ts';

export type VerdictKind = 'conformant' | 'not-conformant' | 'inconclusive';

export interface Verdict {
  kind: VerdictKind;
  /** "Conformant", "Not conformant", "Inconclusive". */
  title: string;
  /** One line: "3 of 120 checks failed", "all 118 checks that ran passed (2 skipped)"... */
  detail: string;
}

export type Counts = Record<CheckStatus, number>;

export function countStatuses(checks: readonly CheckResult[]): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0, waived: 0 };
  for (const c of checks) if (c.status in counts) counts[c.status]++;
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The verdict the reports lead with; `summary` is authoritative (the runner counted it). */
export function verdictOf(report: ConformanceReport): Verdict {
  const s = report.summary;
  const total = s.passed + s.failed + s.skipped + s.waived;
  const extras = [s.skipped ? `${s.skipped} skipped` : '', s.waived ? `${s.waived} waived` : '', s.couldNotRun ? `${s.couldNotRun} could not run` : '']
    .filter(Boolean)
    .join(', ');
  const tail = extras ? ` (${extras})` : '';
  if (s.failed > 0) return { kind: 'not-conformant', title: 'Not conformant', detail: `${s.failed} of ${plural(total, 'check')} failed${tail}` };
  if (s.couldNotRun) return { kind: 'inconclusive', title: 'Inconclusive', detail: `${plural(s.couldNotRun, 'check')} could not run; ${s.passed} passed${tail}` };
  if (s.passed === 0) return { kind: 'inconclusive', title: 'Inconclusive', detail: `no check passed${tail}` };
  return { kind: 'conformant', title: 'Conformant', detail: `all ${plural(s.passed, 'check')} that ran passed${tail}` };
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

/** Failed checks first, then waived, skipped, passed; by id within a status. */
export function sortChecks(checks: readonly CheckResult[]): CheckResult[] {
  const rank = (s: CheckStatus) => CHECK_STATUSES.indexOf(s);
  return [...checks].sort((a, b) => rank(a.status) - rank(b.status) || a.id.localeCompare(b.id));
}
