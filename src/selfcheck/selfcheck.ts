import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { renderHtml } from '../reporting/html-report.ts';
import type { ConformanceReport, SelfcheckRow, SelfcheckSummary, SelfcheckVariantRow } from '../reporting/types.ts';
import { REPORT_FILES, renderJson } from '../reporting/write-reports.ts';
import type { Fault } from '../simulator/faults/index.ts';
import type { Variant } from '../simulator/variants/index.ts';
import { LanePool } from './lanes.ts';
import type { TargetRunOptions } from './run-target.ts';
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
import { judgeVariant, renderVariantTable, variantsLine, variantsPassed, variantVerdictText } from './variant-score.ts';

/**
 * `connectfi-conformance selfcheck`: the whole suite once against the clean simulator (it must
 * pass), then each allowed variant against the whole suite (nothing may fail: every failure is a
 * false alarm) and each fault against the checks it names (`expected`, plus `alsoRun`) in the
 * suite files that declare them, a few lanes at a time; then the tables, the mutation score,
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
  /** Allowed variants, each run as a remote target against the whole suite. */
  variants: readonly Variant[];
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

function progressLine(row: SelfcheckRow): string {
  const what = row.detected
    ? `detected by ${row.detectedBy.slice(0, SHOWN_CHECKS).join(', ')}${row.detectedBy.length > SHOWN_CHECKS ? ` +${row.detectedBy.length - SHOWN_CHECKS}` : ''} (${row.collateral.length} collateral)`
    : `MISSED: ${row.reason}`;
  return `${row.fault} (${row.family}): ${what} in ${seconds(row.durationMs)}\n`;
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

/** One job of the lanes after the clean run: its run's options and what is done with its result. */
interface Job {
  options: TargetRunOptions;
  done: (run: RunResult) => string;
}

/** The variants' jobs: the whole suite against each, as a remote target. */
function variantJobs(o: SelfcheckOptions, base: Omit<TargetRunOptions, 'reportDir'>, rows: SelfcheckVariantRow[]): Job[] {
  return o.variants.map((variant, i) => ({
    options: { ...base, variants: [variant.name], reportDir: path.join(o.reportDir, 'selfcheck', 'variants', variant.name) },
    done: (run) => {
      const flakyNetwork = variant.options?.({ seed: o.seed }).flakyNetwork !== undefined;
      rows[i] = judgeVariant({ ...variant, flakyNetwork }, run);
      return `variant ${variant.name}: ${rows[i].ok ? '' : 'FAILED: '}${variantVerdictText(rows[i])} in ${seconds(rows[i].durationMs)}\n`;
    },
  }));
}

/** The faults' jobs: each against the checks it names, in the suite files that declare them. */
function faultJobs(o: SelfcheckOptions, base: Omit<TargetRunOptions, 'reportDir'>, clean: RunResult, rows: SelfcheckRow[]): Job[] {
  return o.faults.map((fault, i) => {
    const pattern = idPattern([...fault.expected, ...(fault.alsoRun ?? [])]);
    const files = filesFor(pattern, clean);
    return {
      options: {
        ...base,
        fault: fault.name,
        reportDir: path.join(o.reportDir, 'selfcheck', fault.name),
        only: pattern.source,
        ...(files ? { files } : {}),
      },
      done: (run) => {
        rows[i] = judgeFault(fault, run);
        return progressLine(rows[i]);
      },
    };
  });
}

export async function runSelfcheck(o: SelfcheckOptions): Promise<{ passed: boolean; summary: SelfcheckSummary; files: string[] }> {
  const startedAt = new Date();
  const total = o.faults.length + o.variants.length + 1;
  const base = { seed: o.seed, runs: o.runs, concurrency: CHECKS_IN_FLIGHT };
  const pool = new LanePool(o.concurrency, path.join(o.reportDir, 'selfcheck', 'logs'), o.timeoutMs);
  const counter = (done: number) => `[${String(done).padStart(String(total).length)}/${total}]`;
  o.out.write(
    `selfcheck: the whole suite against the clean simulator, then ${o.variants.length} allowed variants against the whole suite and ${o.faults.length} faults against their expected checks, ${o.concurrency} lanes (seed ${o.seed}, --runs ${o.runs})\n`,
  );
  const rows = new Array<SelfcheckRow>(o.faults.length);
  const variantRows = new Array<SelfcheckVariantRow>(o.variants.length);
  let clean: RunResult;
  try {
    // The clean run first and alone: it uses every core, and it says which file declares each check.
    clean = await pool.run(0, { ...base, reportDir: o.reportDir });
    const verdict = judgeClean(clean);
    o.out.write(
      `${counter(1)} clean simulator: ${verdict.ok ? 'passed' : 'FAILED'} (${verdict.passed} passed, ${verdict.failed} failed, ${verdict.skipped} skipped)${verdict.reason ? `: ${verdict.reason}` : ''} in ${seconds(clean.durationMs)}\n`,
    );
    // The variants first: each runs the whole suite, the longest jobs, so the lanes end together.
    const jobs = [...variantJobs(o, base, variantRows), ...faultJobs(o, base, clean, rows)];
    let done = 1;
    let next = 0;
    const lane = async (index: number) => {
      for (let i = next++; i < jobs.length; i = next++) {
        const line = jobs[i].done(await pool.run(index, jobs[i].options));
        done += 1;
        o.out.write(`${counter(done)} ${line}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(o.concurrency, jobs.length) }, (_, index) => lane(index)));
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
    variants: variantRows,
  };
  const file = path.join(o.reportDir, SELFCHECK_FILE);
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`, 'utf8');
  const files = [file, ...attachToReport(o.reportDir, summary)];
  const passed = selfcheckPassed(summary) && variantsPassed(variantRows);
  if (rows.length) o.out.write(`\n${renderTable(rows)}\n`);
  if (variantRows.length) o.out.write(`\n${renderVariantTable(variantRows)}\n`);
  o.out.write(`\nclean simulator: ${summary.clean.ok ? 'passed' : `FAILED (${summary.clean.reason})`}\n`);
  const variantsPart = variantRows.length ? `; ${variantsLine(variantRows)}` : '';
  o.out.write(`${scoreLine(summary.score)}${variantsPart}; wall time ${seconds(summary.durationMs)}\n`);
  o.out.write(`${passed ? 'SELFCHECK PASSED' : 'SELFCHECK FAILED'}; reports: ${files.join(', ')}\n`);
  return { passed, summary, files };
}
