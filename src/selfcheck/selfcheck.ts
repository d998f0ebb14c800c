import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { renderHtml } from '../reporting/html-report.ts';
import type { ConformanceReport, SelfcheckRow, SelfcheckSummary } from '../reporting/types.ts';
import { REPORT_FILES, renderJson } from '../reporting/write-reports.ts';
import type { Fault } from '../simulator/faults/index.ts';
import { LanePool } from './lanes.ts';
import {
  idPattern,
  judgeClean,
  judgeFault,
  mutationScore,
  renderTable,
  scoreLine,
  selfcheckPassed,
  SHOWN_CHECKS,
  type RunResult,
} from './score.ts';

/**
 * `connectfi-conformance selfcheck`: the whole suite once against the clean simulator (it must
 * pass), then each fault against the checks it names (`expected`, plus `alsoRun`) in the suite
 * files that declare them, a few lanes at a time; then the table, the mutation score,
 * reports/selfcheck.json, and the self-check added to the clean run's report.
 */
export interface SelfcheckOptions {
  /** The clean run's report dir; fault runs go to <reportDir>/selfcheck/<fault>/. */
  reportDir: string;
  seed: string;
  runs: number;
  /** Lanes (runs in flight at once). */
  concurrency: number;
  faults: readonly Fault[];
  /** Per run. */
  timeoutMs: number;
  out: NodeJS.WritableStream;
}

export const SELFCHECK_FILE = 'selfcheck.json';
/** Checks in flight inside one run (vitest workers = min(this, cores)). */
const CHECKS_IN_FLIGHT = 8;

export function defaultConcurrency(cores = cpus().length): number {
  // One lane per core: a fault run loads one or two suite files, so one lane keeps about one core
  // busy; more lanes than cores only interleave their start-ups.
  return Math.max(1, Math.min(4, cores));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function progressLine(done: number, total: number, row: SelfcheckRow): string {
  const n = `[${String(done).padStart(String(total).length)}/${total}]`;
  const what = row.detected
    ? `detected by ${row.detectedBy.slice(0, SHOWN_CHECKS).join(', ')}${row.detectedBy.length > SHOWN_CHECKS ? ` +${row.detectedBy.length - SHOWN_CHECKS}` : ''} (${row.collateral.length} collateral)`
    : `MISSED: ${row.reason}`;
  return `${n} ${row.fault} (${row.family}): ${what} in ${seconds(row.durationMs)}\n`;
}

/** The suite files that declare the checks `pattern` matches, from the clean run (none known: every file). */
export function filesFor(pattern: RegExp, clean: RunResult): string[] | undefined {
  const files = [...new Set(clean.checks.filter((c) => c.file && pattern.test(c.id)).map((c) => c.file!))].sort();
  return files.length > 0 ? files : undefined;
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
  const total = o.faults.length + 1;
  const base = { seed: o.seed, runs: o.runs, concurrency: CHECKS_IN_FLIGHT };
  const pool = new LanePool(o.concurrency, path.join(o.reportDir, 'selfcheck', 'logs'), o.timeoutMs);
  const counter = (done: number) => `[${String(done).padStart(String(total).length)}/${total}]`;
  o.out.write(
    `selfcheck: the whole suite against the clean simulator, then ${o.faults.length} faults against their expected checks, ${o.concurrency} lanes (seed ${o.seed}, --runs ${o.runs})\n`,
  );
  let rows: SelfcheckRow[] = [];
  let clean: RunResult = { exitCode: null, checks: [], error: 'not run', durationMs: 0 };
  try {
    // The clean run first and alone: it uses every core, and it says which file declares each check.
    clean = await pool.run(0, { ...base, reportDir: o.reportDir });
    const verdict = judgeClean(clean);
    o.out.write(
      `${counter(1)} clean simulator: ${verdict.ok ? 'passed' : 'FAILED'} (${verdict.passed} passed, ${verdict.failed} failed, ${verdict.skipped} skipped)${verdict.reason ? `: ${verdict.reason}` : ''} in ${seconds(clean.durationMs)}\n`,
    );
    let done = 1;
    let next = 0;
    rows = new Array<SelfcheckRow>(o.faults.length);
    const lane = async (index: number) => {
      for (let i = next++; i < o.faults.length; i = next++) {
        const fault = o.faults[i];
        const pattern = idPattern([...fault.expected, ...(fault.alsoRun ?? [])]);
        const files = filesFor(pattern, clean);
        const run = await pool.run(index, {
          ...base,
          fault: fault.name,
          reportDir: path.join(o.reportDir, 'selfcheck', fault.name),
          only: pattern.source,
          ...(files ? { files } : {}),
        });
        rows[i] = judgeFault(fault, run);
        done += 1;
        o.out.write(progressLine(done, total, rows[i]));
      }
    };
    await Promise.all(Array.from({ length: Math.min(o.concurrency, o.faults.length) }, (_, index) => lane(index)));
  } finally {
    await pool.close();
  }
  const summary: SelfcheckSummary = {
    score: mutationScore(rows),
    clean: judgeClean(clean),
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
  o.out.write(`${scoreLine(summary.score)}; wall time ${seconds(summary.durationMs)}\n`);
  o.out.write(`${passed ? 'SELFCHECK PASSED' : 'SELFCHECK FAILED'}; reports: ${files.join(', ')}\n`);
  return { passed, summary, files };
}
