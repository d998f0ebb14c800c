import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPORT_FILES } from '../reporting/write-reports.ts';
import type { ConformanceReport } from '../reporting/types.ts';
import { startSimulator } from '../simulator/index.ts';
import { ROOT } from '../spec/index.ts';
import { runNode } from '../util/child-process.ts';
import type { RunResult } from './score.ts';

export const BIN = path.join(ROOT, 'bin', 'connectfi-conformance.mjs');

export interface TargetRunOptions {
  /** A fault of src/simulator/faults/; none = the clean simulator. */
  fault?: string;
  seed: string;
  /** Property cases per operation (`run --runs`). */
  runs: number;
  reportDir: string;
  /** Where the run's stdout and stderr go. */
  logFile: string;
  /** `run --concurrency` (checks in flight; vitest workers = min(this, cores)). */
  concurrency?: number;
  timeoutMs: number;
}

/**
 * The environment of a child `run`: this process's, without any CONNECTFI_* variable (a developer's
 * own target must not leak in), FC_SEED or GITHUB_STEP_SUMMARY (no summary per fault), plus the
 * simulator's CONNECTFI_* variables (docs/architecture.md, "Stable interfaces").
 */
export function childEnv(parent: NodeJS.ProcessEnv, simulator: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(parent)) {
    if (key.startsWith('CONNECTFI_') || key === 'FC_SEED' || key === 'GITHUB_STEP_SUMMARY') continue;
    env[key] = value;
  }
  return { ...env, ...simulator, CONNECTFI_ENV: 'sandbox' };
}

/** The arguments of the child `run` (node -- bin run ...: Node 20 would read --env-file itself). */
export function runArguments(o: TargetRunOptions): string[] {
  return [
    '--', BIN, 'run',
    '--report-dir', o.reportDir,
    '--runs', String(o.runs),
    '--seed', o.seed,
    // A throwaway simulator: no cleanup of the cards the run opened, and no waivers (they excuse a
    // remote sandbox's known deviations; the self-check grades the suite, which nothing excuses).
    '--keep',
    '--waivers', path.join(o.reportDir, 'no-waivers.json'),
    ...(o.concurrency ? ['--concurrency', String(o.concurrency)] : []),
  ];
}

async function spawnRun(args: string[], env: NodeJS.ProcessEnv, logFile: string, timeoutMs: number): Promise<{ code: number | null; timedOut: boolean; tail: string }> {
  const { code, timedOut, output } = await runNode(args, { cwd: ROOT, env, timeoutMs });
  writeFileSync(logFile, output);
  return { code, timedOut, tail: output.trim().split('\n').slice(-3).join(' | ') };
}

/**
 * Starts a simulator in this process (its own instance, port 0, the fault if any) and runs the
 * conformance suite against it in a child `run`, as a user would against a remote sandbox.
 */
export async function runAgainstSimulator(o: TargetRunOptions): Promise<RunResult> {
  const started = Date.now();
  mkdirSync(o.reportDir, { recursive: true });
  mkdirSync(path.dirname(o.logFile), { recursive: true });
  const reportFile = path.join(o.reportDir, REPORT_FILES.json);
  rmSync(reportFile, { force: true });
  const sim = await startSimulator({ port: 0, seed: o.seed, ...(o.fault ? { fault: o.fault } : {}) });
  try {
    const { code, timedOut, tail } = await spawnRun(runArguments(o), childEnv(process.env, sim.env()), o.logFile, o.timeoutMs);
    const durationMs = Date.now() - started;
    if (timedOut) return { exitCode: null, checks: [], error: `timed out after ${Math.round(o.timeoutMs / 1000)} s (log: ${o.logFile})`, durationMs };
    if ((code !== 0 && code !== 1) || !existsSync(reportFile)) {
      return { exitCode: code, checks: [], error: `${tail || 'no output'} (log: ${o.logFile})`, durationMs };
    }
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ConformanceReport;
    return { exitCode: code, checks: report.checks.map(({ id, family, status }) => ({ id, family, status })), durationMs };
  } finally {
    await sim.close();
  }
}
