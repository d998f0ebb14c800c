import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, startStandaloneSimulator, type CliResult } from '../testing/spawn-cli.ts';
import { mapPool } from '../util/worker-pool.ts';
import type { ConformanceReport } from '../reporting/types.ts';

/**
 * The network is not the provider (docs/ci.md, "Transport trouble"): a conforming simulator behind a
 * flaky network (`simulator --flaky-network 0.03`: resets before and after processing, 503s before
 * processing, on about 3 in 100 requests), driven as a remote target (`run --env-file F`), is
 * CONFORMANT or INCONCLUSIVE naming the transport trouble, never NOT CONFORMANT, whatever the seed;
 * a real deviation behind the same network is still NOT CONFORMANT.
 */
const SEEDS = Array.from({ length: 10 }, (_, i) => `flaky-${i + 1}`);
const RATE = '0.03';
// Two runs side by side: each remote run keeps its own workers busy waiting on the network.
const LANES = 2;

interface Outcome {
  seed: string;
  code: number | null;
  /** Checks that met transport trouble in the first pass, and that still could not be graded after the rerun. */
  before: number;
  after: number;
  result: CliResult;
  report: ConformanceReport;
}

async function flakyRun(seed: string, simulatorArgs: string[] = []): Promise<Outcome> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfc-flaky-'));
  const sim = await startStandaloneSimulator(['--seed', seed, '--flaky-network', RATE, ...simulatorArgs]);
  try {
    const result = await runCli(['run', '--env-file', sim.envFile, '--report-dir', 'reports'], {}, dir);
    const report = JSON.parse(readFileSync(path.join(dir, 'reports', 'conformance.json'), 'utf8')) as ConformanceReport;
    const before = Number(/running once more (\d+) checks? that met transport trouble/.exec(result.stderr)?.[1] ?? 0);
    return { seed, code: result.code, before, after: report.summary.errors ?? 0, result, report };
  } finally {
    await sim.stop();
  }
}

describe('a flaky network in front of a remote target', () => {
  it('a conforming provider: 10 seeds, every run exits 0 or 2 (never 1), and a run that exits 2 names the transport trouble', async () => {
    const outcomes = await mapPool(SEEDS, LANES, (seed) => flakyRun(seed));
    console.log(
      `[flaky network] ${outcomes
        .map((o) => {
          const still = o.report.checks.filter((c) => c.status === 'error').map((c) => c.id);
          return `${o.seed}: exit ${o.code}, ${o.before} errored before the rerun, ${o.after} after${still.length ? ` (${still.join(', ')})` : ''}`;
        })
        .join('; ')}`,
    );
    for (const o of outcomes) {
      const why = `${o.seed}: ${o.result.stdout
        .split('\n')
        .filter((l) => /^(FAILED|ERROR|NOT CONFORMANT|INCONCLUSIVE)/.test(l))
        .join('\n')}`;
      expect([0, 2], why).toContain(o.code);
      expect(o.report.summary.failed, why).toBe(0);
      // The network did its part: every run met transport trouble and ran those checks once more.
      expect(o.before, why).toBeGreaterThan(0);
      const errored = o.report.checks.filter((c) => c.status === 'error');
      expect(errored).toHaveLength(o.after);
      for (const c of errored) expect(c, c.id).toMatchObject({ kind: 'transport', incidents: expect.arrayContaining([expect.anything()]) });
      const errors = o.result.stderr.split('\n').filter((l) => l.startsWith('error ['));
      if (o.code === 2) {
        expect(errors, why).toHaveLength(1);
        expect(errors[0]).toMatch(
          /^error \[INCONCLUSIVE\]: \d+ checks? could not be graded: transport trouble \(\d+ [a-z0-9-]+.*\) on \/.*; rerun when/,
        );
      } else expect(errors).toEqual([]);
    }
  }, 900_000);

  it('a real deviation behind the same network is NOT CONFORMANT (exit 1), caught by the checks written for it', async () => {
    const o = await flakyRun('flaky-deviation', ['--fault', 'overdraft-allowed']);
    expect(o.code, o.result.stdout + o.result.stderr).toBe(1);
    const failed = o.report.checks.filter((c) => c.status === 'failed').map((c) => c.id);
    // overdraft-allowed: the checks that must catch it (src/simulator/faults/), either of them.
    expect(
      failed.filter((id) => /^money\.insufficient\.funds-debit\.(over-balance|empty-card)$/.test(id)),
      failed.join(', '),
    ).not.toEqual([]);
  }, 300_000);
});
