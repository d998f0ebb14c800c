import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DriftTally, renderDriftJson } from '../../reporting/drift-report.ts';
import type { CheckResult, ConformanceReport } from '../../reporting/types.ts';
import { command } from './merge-reports.ts';

const row = (id: string): CheckResult => ({ id, title: id, operation: null, family: 'a', docRef: null, status: 'passed', durationMs: 1 });

function shardDir(index: number, own: string, drift: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), `cfc-merge-${index}-`));
  const report: ConformanceReport = {
    target: 'http://sim',
    startedAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
    durationMs: 1000,
    seed: '7',
    runId: `run${index}`,
    summary: { passed: 1, failed: 0, skipped: 0, waived: 0 },
    checks: [row(own)],
    shard: { index, total: 2, checkIds: ['a.1', 'a.2'], runWide: [] },
  };
  writeFileSync(path.join(dir, 'conformance.json'), JSON.stringify(report));
  if (drift) {
    const tally = new DriftTally();
    tally.add('/ibis/card/status', 200, { fields: [{ path: '/data/riskTier', type: 'string', example: `shard${index}` }] });
    writeFileSync(path.join(dir, 'drift.json'), renderDriftJson(tally.report('http://sim')));
  }
  return dir;
}

describe('merge-reports: the shards drift.json added up', () => {
  // In-process: a CI job's summary file must not receive these test reports.
  beforeEach(() => vi.stubEnv('GITHUB_STEP_SUMMARY', ''));
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('writes one drift.json whose rows add up the shards', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-merged-')), 'out');
    mkdirSync(out);
    const code = await command.run([shardDir(1, 'a.1', true), shardDir(2, 'a.2', true), '--report-dir', out]);
    expect(code).toBe(0);
    const drift = JSON.parse(readFileSync(path.join(out, 'drift.json'), 'utf8'));
    expect(drift.fields).toEqual([{ operation: '/ibis/card/status', path: '/data/riskTier', type: 'string', seen: 2, example: 'shard1' }]);
    expect(drift.answers).toEqual({ '/ibis/card/status': 2 });
  });

  it('writes no drift.json when no shard has one', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const out = mkdtempSync(path.join(tmpdir(), 'cfc-merged-'));
    expect(await command.run([shardDir(1, 'a.1', false), shardDir(2, 'a.2', false), '--report-dir', out])).toBe(0);
    expect(() => readFileSync(path.join(out, 'drift.json'))).toThrow(/ENOENT/);
  });
});
