import type { SelfcheckRow, SelfcheckSummary } from '../reporting/types.ts';

/**
 * The self-check's verdicts (README.md, "Self-check"), as pure functions: a fault is detected when the suite, run
 * against a simulator with the fault, exits 1 and at least one failed check belongs to the fault's
 * family; the mutation score is detected / total.
 */

/** What the self-check keeps of one `run`: its exit code and the status of each check. */
export interface RunResult {
  exitCode: number | null;
  checks: { id: string; family: string; status: string }[];
  /** Why the run could not complete (exit 2, a timeout, an unreadable report). */
  error?: string;
  durationMs: number;
}

export interface FaultInfo {
  name: string;
  family: string;
  description: string;
}

/** How many check ids the table shows per fault before "+N more". */
export const SHOWN_CHECKS = 3;

export function judgeFault(fault: FaultInfo, run: RunResult): SelfcheckRow {
  const failed = run.checks.filter((c) => c.status === 'failed');
  const detectedBy = failed.filter((c) => c.family === fault.family).map((c) => c.id);
  const failedFamilies: Record<string, number> = {};
  for (const c of failed) failedFamilies[c.family] = (failedFamilies[c.family] ?? 0) + 1;
  const detected = run.exitCode === 1 && detectedBy.length > 0;
  const row: SelfcheckRow = {
    fault: fault.name,
    family: fault.family,
    description: fault.description,
    detected,
    exitCode: run.exitCode,
    detectedBy,
    failedChecks: failed.length,
    failedFamilies,
    durationMs: run.durationMs,
  };
  if (!detected) row.reason = undetectedReason(fault, run, failedFamilies);
  return row;
}

function undetectedReason(fault: FaultInfo, run: RunResult, failedFamilies: Record<string, number>): string {
  if (run.exitCode !== 0 && run.exitCode !== 1) return `the run could not complete (exit ${run.exitCode ?? 'none'}): ${run.error ?? 'no reason given'}`;
  if (run.exitCode === 0) return 'no check failed: the suite passed against the faulty simulator';
  const others = Object.entries(failedFamilies).map(([f, n]) => `${f} ×${n}`).join(', ');
  return `no ${fault.family} check failed (failed: ${others || 'none'})`;
}

/** The run against the clean simulator passes only with exit 0 and no failed check. */
export function judgeClean(run: RunResult): SelfcheckSummary['clean'] {
  const count = (s: string) => run.checks.filter((c) => c.status === s).length;
  const clean = { exitCode: run.exitCode, passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
  const ok = run.exitCode === 0 && clean.failed === 0 && clean.passed > 0;
  if (ok) return { ok, ...clean };
  const failedIds = run.checks.filter((c) => c.status === 'failed').map((c) => c.id);
  const reason = run.exitCode !== 0 && run.exitCode !== 1
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

/** "a, b, c, +4 more": the first checks that detected a fault. */
export function detectedByText(row: SelfcheckRow, shown = SHOWN_CHECKS): string {
  if (!row.detected) return row.reason ?? 'not detected';
  const more = row.detectedBy.length - shown;
  return `${row.detectedBy.slice(0, shown).join(', ')}${more > 0 ? `, +${more} more` : ''} (${row.detectedBy.length} of ${row.failedChecks} failed)`;
}

export function scoreLine(score: SelfcheckSummary['score']): string {
  return `mutation score: ${score.detected}/${score.total} faults detected (${score.percent}%)`;
}

/** The plain-text table printed at the end of `npm run selfcheck`. */
export function renderTable(rows: readonly SelfcheckRow[]): string {
  const w = (key: 'fault' | 'family') => Math.max(key.length, ...rows.map((r) => r[key].length));
  const [wf, wfam] = [w('fault'), w('family')];
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(wf)}  ${b.padEnd(wfam)}  ${c.padEnd(8)}  ${d}`;
  return [
    line('fault', 'family', 'detected', 'by (checks of the family)'),
    line('-'.repeat(wf), '-'.repeat(wfam), '--------', '-'.repeat(25)),
    ...rows.map((r) => line(r.fault, r.family, r.detected ? 'yes' : 'NO', detectedByText(r))),
  ].join('\n');
}

/** The same table in Markdown (README, summaries): ids as code, no HTML. */
export function renderMarkdownTable(rows: readonly SelfcheckRow[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| fault | family | detected | by (checks of the family) |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => {
      const by = r.detected
        ? `${r.detectedBy.slice(0, SHOWN_CHECKS).map((id) => `\`${id}\``).join(', ')}${r.detectedBy.length > SHOWN_CHECKS ? `, +${r.detectedBy.length - SHOWN_CHECKS} more` : ''}`
        : cell(r.reason ?? 'not detected');
      return `| \`${r.fault}\` | ${r.family} | ${r.detected ? 'yes' : '**no**'} | ${by} |`;
    }),
  ].join('\n');
}
