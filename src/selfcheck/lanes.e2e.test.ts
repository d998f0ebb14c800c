import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LanePool } from './lanes.ts';
import { idPattern } from './score.ts';

// A real lane (child process, vitest, the live suite over HTTP against an in-process simulator).
const dir = mkdtempSync(path.join(tmpdir(), 'cfc-lanes-'));
const job = { seed: '20240806', runs: 1, concurrency: 4, only: idPattern(['pin\\.update']).source, files: ['suites/live/pin.test.ts'] };

describe('a self-check lane', () => {
  const pool = new LanePool(1, path.join(dir, 'logs'), 120_000);
  afterAll(() => pool.close());

  it('runs only the named checks of the named file, one job after the other, against a fresh simulator each', async () => {
    const faulty = await pool.run(0, { ...job, fault: 'pin-update-ignored', reportDir: path.join(dir, 'faulty') });
    expect(faulty.exitCode, faulty.error).toBe(1);
    expect(faulty.checks).toEqual([
      { id: 'pin.update', family: 'pin', status: 'failed', failureKind: 'assertion', file: 'suites/live/pin.test.ts' },
    ]);
    const clean = await pool.run(0, { ...job, reportDir: path.join(dir, 'clean') });
    expect(clean.exitCode, clean.error).toBe(0);
    expect(clean.checks.map((c) => [c.id, c.status])).toEqual([['pin.update', 'passed']]);
  }, 180_000);

  it('stops a job that outlives its timeout (its lane is killed) and says so', async () => {
    const short = new LanePool(1, path.join(dir, 'logs-short'), 50);
    try {
      const r = await short.run(0, { ...job, reportDir: path.join(dir, 'short') });
      expect(r).toMatchObject({ exitCode: null, checks: [] });
      expect(r.error).toMatch(/^timed out after 0 s/);
    } finally {
      await short.close();
    }
  }, 60_000);
});
