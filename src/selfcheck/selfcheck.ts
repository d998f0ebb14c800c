import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { renderHtml } from '../reporting/html-report.ts';
import type { ConformanceReport, SelfcheckRow, SelfcheckSummary } from '../reporting/types.ts';
import { REPORT_FILES, renderJson } from '../reporting/write-reports.ts';
import { FAULTS, faultNamed, type Fault } from '../simulator/faults/index.ts';
import { runAgainstSimulator } from './run-target.ts';
import { judgeClean, judgeFault, mutationScore, renderTable, scoreLine, selfcheckPassed, SHOWN_CHECKS, type RunResult } from './score.ts';
import { mapPool } from '../util/worker-pool.ts';

/**
 * `npm run selfcheck` (README.md, "Self-check"): the conformance suite against the clean simulator (must pass) and
 * against each fault of the catalogue (must fail, with a check of the fault's family among the
 * failures), a few runs at a time; then the table, the mutation score, reports/selfcheck.json, and
 * the self-check added to the clean run's report (reports/conformance.json and .html).
 */
export interface SelfcheckOptions {
  /** The clean run's report dir (default "reports"); fault runs go to <reportDir>/selfcheck/<fault>/. */
  reportDir: string;
  seed: string;
  runs: number;
  /** Runs in flight at once. */
  concurrency: number;
  /** A subset of the catalogue (default: every fault). */
  faults?: string[];
  timeoutMs: number;
  out: NodeJS.WritableStream;
}

export const SELFCHECK_FILE = 'selfcheck.json';

export function defaultConcurrency(cores = cpus().length): number {
  // Each run keeps up to min(cores, 8) vitest workers busy: one run per core overlaps one run's
  // start-up and report phases with another's checks (measured on 2 cores: 2 or 3 at a time both
  // give ~8 s per run; 1 at a time ~12 s).
  return Math.max(1, Math.min(4, cores));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function progressLine(done: number, total: number, row: SelfcheckRow): string {
  const n = `[${String(done).padStart(String(total).length)}/${total}]`;
  const what = row.detected
    ? `detected by ${row.detectedBy.length} ${row.family} checks (${row.detectedBy.slice(0, SHOWN_CHECKS).join(', ')}${row.detectedBy.length > SHOWN_CHECKS ? ', ...' : ''})`
    : `NOT DETECTED: ${row.reason}`;
  return `${n} ${row.fault} (${row.family}): ${what} in ${seconds(row.durationMs)}\n`;
}

/** Adds the self-check to the clean run's conformance.json and re-renders its conformance.html. */
function attachToReport(reportDir: string, summary: SelfcheckSummary): string[] {
  const json = path.join(reportDir, REPORT_FILES.json);
  if (!existsSync(json)) return [];
  const report = JSON.parse(readFileSync(json, 'utf8')) as ConformanceReport;
  report.selfcheck = summary;
  const html = path.join(reportDir, REPORT_FILES.html);
  writeFileSync(json, renderJson(report), 'utf8');
  writeFileSync(html, renderHtml(report), 'utf8');
  return [json, html];
}

export async function runSelfcheck(o: SelfcheckOptions): Promise<{ passed: boolean; summary: SelfcheckSummary; files: string[] }> {
  const startedAt = new Date();
  const faults: Fault[] = o.faults ? o.faults.map(faultNamed) : [...FAULTS];
  const total = faults.length + 1;
  const base = { seed: o.seed, runs: o.runs, timeoutMs: o.timeoutMs };
  const dirOf = (name: string) => path.join(o.reportDir, 'selfcheck', name);
  o.out.write(`selfcheck: the suite against the clean simulator and ${faults.length} faults, ${o.concurrency} at a time (seed ${o.seed}, --runs ${o.runs})\n`);
  let done = 0;
  let clean: RunResult | undefined;
  const jobs: (() => Promise<SelfcheckRow | undefined>)[] = [
    async () => {
      clean = await runAgainstSimulator({ ...base, reportDir: o.reportDir, logFile: path.join(dirOf('clean'), 'run.log') });
      const verdict = judgeClean(clean);
      done += 1;
      o.out.write(`[${String(done).padStart(String(total).length)}/${total}] clean simulator: ${verdict.ok ? 'passed' : 'FAILED'} (${verdict.passed} passed, ${verdict.failed} failed, ${verdict.skipped} skipped)${verdict.reason ? `: ${verdict.reason}` : ''} in ${seconds(clean.durationMs)}\n`);
      return undefined;
    },
    ...faults.map((fault) => async () => {
      const run = await runAgainstSimulator({ ...base, fault: fault.name, reportDir: dirOf(fault.name), logFile: path.join(dirOf(fault.name), 'run.log') });
      const row = judgeFault(fault, run);
      done += 1;
      o.out.write(progressLine(done, total, row));
      return row;
    }),
  ];
  const rows = (await mapPool(jobs, o.concurrency, (job) => job())).filter((r): r is SelfcheckRow => r !== undefined);
  const summary: SelfcheckSummary = {
    score: mutationScore(rows),
    clean: judgeClean(clean ?? { exitCode: null, checks: [], error: 'not run', durationMs: 0 }),
    seed: o.seed,
    runs: o.runs,
    concurrency: o.concurrency,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    faults: rows,
  };
  const file = path.join(o.reportDir, SELFCHECK_FILE);
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`, 'utf8');
  const files = [file, ...attachToReport(o.reportDir, summary)];
  const passed = selfcheckPassed(summary);
  o.out.write(`\n${renderTable(rows)}\n\n`);
  o.out.write(`clean simulator: ${summary.clean.ok ? 'passed' : `FAILED (${summary.clean.reason})`}\n`);
  o.out.write(`${scoreLine(summary.score)} in ${seconds(summary.durationMs)}\n`);
  o.out.write(`${passed ? 'SELFCHECK PASSED' : 'SELFCHECK FAILED'}; reports: ${files.join(', ')}\n`);
  return { passed, summary, files };
}
