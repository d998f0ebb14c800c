import type { SelfcheckRow, SelfcheckSummary } from '../reporting/types.ts';

/**
 * The self-check's verdicts, as pure functions (docs/architecture.md, "A new fault (self-check)"). A fault is
 * detected when the suite, run against a simulator with the fault, exits 1 and at least one of the
 * fault's expected checks failed on its own assertion. Every other failure is collateral: a check
 * that failed because a setup step was refused, or a check of the same family written for another
 * rule, says nothing about whether the check written for this rule works.
 */

/** What the self-check keeps of one `run`: its exit code and each check's status. */
export interface RunResult {
  exitCode: number | null;
  checks: { id: string; family: string; status: string; failureKind?: string; file?: string }[];
  /** Why the run could not complete (exit 2, a timeout, an unreadable report). */
  error?: string;
  durationMs: number;
}

export interface FaultInfo {
  name: string;
  family: string;
  description: string;
  expected: readonly string[];
  story?: string;
}

/** How many check ids the table shows per fault before "+N more". */
export const SHOWN_CHECKS = 3;

/** One regular expression for a list of check-id patterns, each matched against the whole id. */
export function idPattern(patterns: readonly string[]): RegExp {
  return new RegExp(patterns.map((p) => `^(?:${p})$`).join('|'));
}

const count = (ids: string[]) => (ids.length === 1 ? '1 check' : `${ids.length} checks`);
const list = (ids: string[], shown = SHOWN_CHECKS) =>
  `${ids.slice(0, shown).join(', ')}${ids.length > shown ? `, +${ids.length - shown} more` : ''}`;

export function judgeFault(fault: FaultInfo, run: RunResult): SelfcheckRow {
  const isExpected = idPattern(fault.expected);
  const failed = run.checks.filter((c) => c.status === 'failed');
  const expectedRan = run.checks.filter((c) => isExpected.test(c.id));
  // A row without a kind comes from an older report: its failure is taken as an assertion.
  const onAssertion = (c: RunResult['checks'][number]) => (c.failureKind ?? 'assertion') === 'assertion';
  const detectedBy = failed.filter((c) => isExpected.test(c.id) && onAssertion(c)).map((c) => c.id);
  const collateral = failed.filter((c) => !detectedBy.includes(c.id)).map((c) => c.id);
  const detected = run.exitCode === 1 && detectedBy.length > 0;
  const row: SelfcheckRow = {
    fault: fault.name,
    family: fault.family,
    description: fault.description,
    ...(fault.story ? { story: fault.story } : {}),
    expected: [...fault.expected],
    detected,
    status: detected ? 'detected' : 'missed',
    exitCode: run.exitCode,
    detectedBy,
    collateral,
    expectedChecks: expectedRan.length,
    failedChecks: failed.length,
    durationMs: run.durationMs,
  };
  if (!detected) row.reason = missedReason(run, expectedRan, collateral);
  return row;
}

function missedReason(run: RunResult, expectedRan: RunResult['checks'], collateral: string[]): string {
  if (run.exitCode !== 0 && run.exitCode !== 1)
    return `the run could not complete (exit ${run.exitCode ?? 'none'}): ${run.error ?? 'no reason given'}`;
  if (expectedRan.length === 0) return 'none of the expected checks ran';
  const notOnAssertion = expectedRan.filter((c) => c.status === 'failed');
  if (notOnAssertion.length > 0) {
    return `the expected checks failed only on a setup step or a crash (${notOnAssertion
      .map((c) => `${c.id}: ${c.failureKind}`)
      .slice(0, SHOWN_CHECKS)
      .join(', ')})`;
  }
  const skipped = expectedRan.filter((c) => c.status === 'skipped').length;
  const passedText = `the expected checks passed (${count(expectedRan.map((c) => c.id))}${skipped ? `, ${skipped} skipped` : ''})`;
  return collateral.length ? `${passedText}; collateral failures: ${list(collateral)}` : passedText;
}

/** The run against the clean simulator passes only with exit 0 and no failed check. */
export function judgeClean(run: RunResult): SelfcheckSummary['clean'] {
  const n = (s: string) => run.checks.filter((c) => c.status === s).length;
  const clean = { exitCode: run.exitCode, passed: n('passed'), failed: n('failed'), skipped: n('skipped') };
  const ok = run.exitCode === 0 && clean.failed === 0 && clean.passed > 0;
  if (ok) return { ok, ...clean };
  const failedIds = run.checks.filter((c) => c.status === 'failed').map((c) => c.id);
  const reason =
    run.exitCode !== 0 && run.exitCode !== 1
      ? `the run could not complete (exit ${run.exitCode ?? 'none'}): ${run.error ?? 'no reason given'}`
      : `${clean.failed} checks failed against the clean simulator: ${failedIds.slice(0, 5).join(', ')}${failedIds.length > 5 ? ', ...' : ''}`;
  return { ok, ...clean, reason };
}

export function mutationScore(rows: readonly SelfcheckRow[]): SelfcheckSummary['score'] {
  const detected = rows.filter((r) => r.detected).length;
  const total = rows.length;
  return { detected, total, percent: total === 0 ? 0 : Math.round((1000 * detected) / total) / 10 };
}

/** The self-check passes when the clean run passes and every fault is detected. */
export function selfcheckPassed(summary: Pick<SelfcheckSummary, 'clean' | 'score'>): boolean {
  return summary.clean.ok && summary.score.total > 0 && summary.score.detected === summary.score.total;
}

/** "a, b, c, +4 more (2 collateral)": the expected checks that caught a fault. */
export function detectedByText(row: SelfcheckRow, shown = SHOWN_CHECKS): string {
  if (!row.detected) return row.reason ?? 'missed';
  return `${list(row.detectedBy, shown)} (${row.detectedBy.length} of ${row.expectedChecks} expected; ${row.collateral.length} collateral)`;
}

export function scoreLine(score: SelfcheckSummary['score']): string {
  return `mutation score: ${score.detected}/${score.total} faults detected (${score.percent}%)`;
}

/** The plain-text table printed at the end of `connectfi-conformance selfcheck`. */
export function renderTable(rows: readonly SelfcheckRow[]): string {
  const w = (key: 'fault' | 'family') => Math.max(key.length, ...rows.map((r) => r[key].length));
  const [wf, wfam] = [w('fault'), w('family')];
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(wf)}  ${b.padEnd(wfam)}  ${c.padEnd(8)}  ${d}`;
  return [
    line('fault', 'family', 'detected', 'by (expected checks that failed on their assertion)'),
    line('-'.repeat(wf), '-'.repeat(wfam), '--------', '-'.repeat(50)),
    ...rows.map((r) => line(r.fault, r.family, r.detected ? 'yes' : 'MISSED', detectedByText(r))),
  ].join('\n');
}

/** The same table in Markdown (README, summaries): ids as code, no HTML. */
export function renderMarkdownTable(rows: readonly SelfcheckRow[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| fault | family | detected | by (expected checks that failed) | collateral |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const by = r.detected
        ? `${r.detectedBy
            .slice(0, SHOWN_CHECKS)
            .map((id) => `\`${id}\``)
            .join(', ')}${r.detectedBy.length > SHOWN_CHECKS ? `, +${r.detectedBy.length - SHOWN_CHECKS} more` : ''}`
        : cell(r.reason ?? 'missed');
      return `| \`${r.fault}\` | ${r.family} | ${r.detected ? 'yes' : '**missed**'} | ${by} | ${r.collateral.length} |`;
    }),
  ].join('\n');
}
