import { runNode } from '../util/child-process.ts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSimulator } from '../simulator/index.ts';
import { ROOT } from '../spec/index.ts';

/**
 * README.md, "Speed": the conformance wall time against the simulator with 100 ms of latency per
 * request (a rehearsal of a remote sandbox), the number of requests, and the effective concurrency
 * (requests × latency ÷ wall): how many requests were in flight on average.
 */
export interface ConformanceBench {
  latencyMs: number;
  concurrency: number;
  wallMs: number;
  runDurationMs: number;
  requests: number;
  checks: number;
  effectiveConcurrency: number;
  exitCode: number | null;
}

export async function benchConformance(latencyMs = 100, concurrency = 8): Promise<ConformanceBench> {
  const sim = await startSimulator({ port: 0, latencyMs, seed: 'bench-conformance' });
  const reportDir = mkdtempSync(path.join(tmpdir(), 'cfc-bench-'));
  try {
    const started = performance.now();
    const { code: exitCode } = await runNode(['--', path.join(ROOT, 'bin', 'connectfi-conformance.mjs'), 'run', '--report-dir', reportDir, '--seed', '1', '--concurrency', String(concurrency)], {
      env: { ...process.env, ...sim.env(), CI: '1' },
      echo: process.stderr,
    });
    const wallMs = performance.now() - started;
    const report = JSON.parse(readFileSync(path.join(reportDir, 'conformance.json'), 'utf8')) as {
      durationMs: number;
      checks: { evidence?: { summaries?: unknown[] } }[];
    };
    // Every exchange of every check is summarised in its evidence (the run-wide envelope checks read them).
    const requests = report.checks.reduce((n, c) => n + (c.evidence?.summaries?.length ?? 0), 0);
    return {
      latencyMs,
      concurrency,
      wallMs: Math.round(wallMs),
      runDurationMs: report.durationMs,
      requests,
      checks: report.checks.length,
      effectiveConcurrency: Math.round(((requests * latencyMs) / report.durationMs) * 10) / 10,
      exitCode,
    };
  } finally {
    await sim.close();
  }
}

export function formatConformanceBench(b: ConformanceBench): string {
  return [
    `conformance run against the simulator with --latency ${b.latencyMs} (--concurrency ${b.concurrency}):`,
    `  ${b.checks} checks, ${b.requests} requests, run ${(b.runDurationMs / 1000).toFixed(1)} s (process wall ${(b.wallMs / 1000).toFixed(1)} s), exit ${b.exitCode}`,
    `  effective concurrency (requests × latency ÷ run time): ${b.effectiveConcurrency}`,
  ].join('\n');
}
