import { runNode } from '../util/child-process.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSimulator } from '../simulator/index.ts';
import { ROOT } from '../api/index.ts';
import type { RunProfile } from '../reporting/types.ts';
import { moduleCacheDir } from '../runner/module-cache.ts';

/**
 * The conformance run measured as a user runs it (a child process of the CLI): offline against the
 * embedded simulator (wall time, requests, checks per second, the --profile breakdown), and against
 * a simulator with a fixed latency per response, a rehearsal of a remote sandbox: wall time,
 * requests and the effective concurrency (requests × latency ÷ run time), how many requests were
 * in flight on average.
 */
export interface ConformanceBench {
  /** 0: offline, against the embedded simulator. */
  latencyMs: number;
  /**
   * Whether vitest's cache of transformed suite files (src/runner/module-cache.ts) was emptied
   * first ("cold": a fresh clone, a CI job) or kept from the run before ("warm": a rerun).
   */
  cache: 'cold' | 'warm';
  /** The --concurrency passed, or null for the run's default. */
  concurrency: number | null;
  /** The child process from start to exit, Node's start included. */
  wallMs: number;
  /** The run's own clock (conformance.json durationMs). */
  runDurationMs: number;
  requests: number;
  cardsOpened: number;
  checks: number;
  checksPerSecond: number;
  /** requests × latency ÷ run time; null offline. */
  effectiveConcurrency: number | null;
  profile?: RunProfile;
  exitCode: number | null;
}

async function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; wallMs: number }> {
  const started = performance.now();
  const { code } = await runNode(['--', path.join(ROOT, 'bin', 'connectfi-conformance.mjs'), 'run', ...args], {
    env: { ...process.env, ...env, CI: '1' },
  });
  return { code, wallMs: performance.now() - started };
}

async function measure(
  latencyMs: number,
  concurrency: number | null,
  env: Record<string, string>,
  cache: 'cold' | 'warm',
): Promise<ConformanceBench> {
  if (cache === 'cold') {
    const dir = moduleCacheDir();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  const reportDir = mkdtempSync(path.join(tmpdir(), 'cfc-bench-'));
  const args = ['--report-dir', reportDir, '--seed', '1', '--profile', ...(concurrency ? ['--concurrency', String(concurrency)] : [])];
  const { code, wallMs } = await runCli(args, env);
  const report = JSON.parse(readFileSync(path.join(reportDir, 'conformance.json'), 'utf8')) as {
    durationMs: number;
    summary: { requests?: number; cardsOpened?: number };
    checks: { evidence?: { summaries?: unknown[] } }[];
    profile?: RunProfile;
  };
  // Older reports have no summary.requests: every exchange of a check is summarised in its evidence.
  const requests = report.summary.requests ?? report.checks.reduce((n, c) => n + (c.evidence?.summaries?.length ?? 0), 0);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    latencyMs,
    cache,
    concurrency,
    wallMs: Math.round(wallMs),
    runDurationMs: report.durationMs,
    requests,
    cardsOpened: report.summary.cardsOpened ?? 0,
    checks: report.checks.length,
    checksPerSecond: round(report.checks.length / (wallMs / 1000)),
    effectiveConcurrency: latencyMs > 0 ? round((requests * latencyMs) / report.durationMs) : null,
    ...(report.profile ? { profile: report.profile } : {}),
    exitCode: code,
  };
}

/** Offline: `run` with no target, so the CLI starts the embedded simulator itself. */
export async function benchOffline(cache: 'cold' | 'warm', concurrency: number | null = null): Promise<ConformanceBench> {
  const unset = Object.fromEntries(
    Object.keys(process.env)
      .filter((k) => k.startsWith('CONNECTFI_'))
      .map((k) => [k, '']),
  );
  return measure(0, concurrency, unset, cache);
}

/** Against a standalone simulator answering after `latencyMs`, as a remote target. */
export async function benchConformance(latencyMs = 100, concurrency: number | null = null): Promise<ConformanceBench> {
  const sim = await startSimulator({ port: 0, latencyMs, seed: 'bench-conformance' });
  try {
    return await measure(latencyMs, concurrency, sim.env(), 'warm');
  } finally {
    await sim.close();
  }
}

/** Both runs side by side. */
export function formatConformanceBench(runs: ConformanceBench[]): string {
  const header = ['conformance run', 'wall s', 'run s', 'checks', 'checks/s', 'requests', 'cards', 'effective concurrency', 'exit'];
  const rows = runs.map((b) => [
    `${b.latencyMs === 0 ? 'offline (embedded simulator)' : `simulator --latency ${b.latencyMs}`}, ${b.cache} cache`,
    (b.wallMs / 1000).toFixed(1),
    (b.runDurationMs / 1000).toFixed(1),
    String(b.checks),
    String(b.checksPerSecond),
    String(b.requests),
    String(b.cardsOpened),
    b.effectiveConcurrency === null ? '-' : String(b.effectiveConcurrency),
    String(b.exitCode),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const notes = runs
    .filter((b) => b.profile)
    .map((b) => {
      const p = b.profile!;
      const s = (ms: number) => (ms / 1000).toFixed(1);
      return `  ${b.latencyMs === 0 ? 'offline' : `latency ${b.latencyMs}`}, ${b.cache}: startup ${s(p.startupMs)} s (${p.code === 'dist' ? 'from dist/' : 'TypeScript sources through tsx'}), target ${s(p.targetMs)} s, suites ${s(p.suitesMs)} s (${p.workers} workers × ${p.concurrencyPerWorker}; import ${s(p.importMs)} s and validator loading ${s(p.schemaCompileMs)} s summed; longest check ${p.longestCheck.id} ${s(p.longestCheck.ms)} s), cleanup ${s(p.cleanupMs)} s, reporting ${s(p.reportingMs)} s`;
    });
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
    '',
    'where the time went (run --profile):',
    ...notes,
    '',
    'effective concurrency = requests × latency ÷ run time',
  ].join('\n');
}
