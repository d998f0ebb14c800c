import type { CheckMeta, CheckEvidence, ExchangeSummary } from './check-types.ts';
import type { CheckResult } from '../reporting/types.ts';
import { deviationOf } from '../reporting/derive-deviation.ts';

/**
 * Run-wide checks (docs/architecture.md, "Run-wide checks"): a check graded over every exchange of
 * the run, such as "every 200 answer of card/status had the documented envelope". A suite declares
 * one with `runWideCheck(meta, grade)` in a module the runner imports (suites/live/run-wide/), since
 * the exchanges are all known only after every suite file ran, in whichever worker; the runner
 * grades the declared checks once the suites are done (`gradeRunWide`).
 */

/** One exchange of the run: its summary, and the check whose request it was. */
export interface ObservedExchange {
  check: string;
  summary: ExchangeSummary;
}

/** What a run-wide check concludes over the exchanges of a run (or of one shard of it). */
export type RunWideVerdict =
  | { status: 'passed' | 'skipped'; reason: string }
  /** `summaries`: the deviating exchanges the report shows as evidence. */
  | { status: 'failed'; reason: string; summaries: ExchangeSummary[] };

/** A run-wide check's identity: the same fields as a check() (it needs no fixture: it sends nothing). */
export type RunWideMeta = Omit<CheckMeta, 'needs'>;

export interface RunWideCheck {
  meta: RunWideMeta;
  /**
   * Grades the exchanges of the run. Undefined: nothing this check grades happened, and it is not
   * a report row at all (the undocumented paths are graded only when a check called one).
   */
  grade(observed: readonly ObservedExchange[]): RunWideVerdict | undefined;
}

/** Declares a run-wide check (the counterpart of check() for a check over the whole run). */
export function runWideCheck(meta: RunWideMeta, grade: RunWideCheck['grade']): RunWideCheck {
  return { meta, grade };
}

/**
 * Every exchange the report's rows summarise: check() records a summary of each request in the
 * check's evidence, whether it passed or not (check.ts), and these are what run-wide checks grade.
 */
export function observedExchanges(rows: readonly CheckResult[]): ObservedExchange[] {
  return rows.flatMap((row) => {
    const evidence: CheckEvidence | undefined = row.evidence;
    return (evidence?.summaries ?? []).map((summary) => ({ check: row.id, summary }));
  });
}

/** The report rows of the declared run-wide checks over `observed`, in the order they were declared. */
export function gradeRunWide(checks: readonly RunWideCheck[], observed: readonly ObservedExchange[]): CheckResult[] {
  const rows: CheckResult[] = [];
  for (const check of checks) {
    const { meta } = check;
    const verdict = check.grade(observed);
    if (!verdict) continue;
    const base = { id: meta.id, title: meta.title, family: meta.family, operation: meta.operation, docRef: meta.docRef, durationMs: 0 };
    if (verdict.status === 'failed') {
      const row: CheckResult = {
        ...base,
        status: 'failed',
        failureKind: 'assertion',
        reason: verdict.reason,
        evidence: { exchanges: [], curl: [], summaries: verdict.summaries },
      };
      rows.push({ ...row, deviation: deviationOf(row, { intent: meta.intent }) });
    } else rows.push({ ...base, status: verdict.status, reason: verdict.reason });
  }
  return rows;
}

let inEachCheck: readonly RunWideCheck[] = [];

/**
 * The in-process target (docs/architecture.md, "Mutation testing") grades the run-wide checks over
 * each check's own exchanges as that check ends, so that a deviation fails the check whose request
 * met it: a mutant is then killed by a check that reached it, which is all a mutation tool can
 * attribute. A run grades them once, over the whole run, instead (`gradeRunWide`).
 */
export function gradeRunWideInEachCheck(checks: readonly RunWideCheck[]): void {
  inEachCheck = checks;
}

/** What the run-wide checks registered by gradeRunWideInEachCheck find wrong in one check's exchanges. */
export function runWideFailuresOf(check: string, summaries: readonly ExchangeSummary[]): string[] {
  if (inEachCheck.length === 0 || summaries.length === 0) return [];
  const observed = summaries.map((summary) => ({ check, summary }));
  return gradeRunWide(inEachCheck, observed)
    .filter((row) => row.status === 'failed')
    .map((row) => `${row.id}: ${row.reason ?? ''}`);
}
