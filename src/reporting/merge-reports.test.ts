import { describe, expect, it } from 'vitest';
import { mergeShardReports, type ShardReport } from './merge-reports.ts';
import type { CheckResult, ConformanceReport } from './types.ts';

const row = (id: string, status: CheckResult['status'], reason?: string): CheckResult => ({
  id,
  title: id,
  operation: null,
  family: id.split('.')[0],
  docRef: null,
  status,
  durationMs: 1,
  ...(reason ? { reason } : {}),
});
const ids = ['a.1', 'a.2', 'b.1', 'b.2'];

function shard(index: number, own: CheckResult[], runWide: CheckResult[], over: Partial<ConformanceReport> = {}): ShardReport {
  const checks = [...own, ...runWide];
  return {
    source: `shard-${index}`,
    report: {
      target: 'http://sim',
      startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
      durationMs: 1000,
      seed: '7',
      runId: `run${index}`,
      summary: { passed: 0, failed: 0, skipped: 0, waived: 0 },
      checks,
      shard: { index, total: 2, checkIds: ids, runWide: runWide.map((r) => r.id) },
      ...over,
    },
  };
}

describe('mergeShardReports', () => {
  it('unions the rows, combines run-wide rows (the worst status wins, response counts add up) and recounts', () => {
    const merged = mergeShardReports([
      shard(
        1,
        [row('a.1', 'passed'), row('b.2', 'failed')],
        [row('envelope.x.success', 'passed', '3 responses checked'), row('envelope.y.error', 'skipped')],
      ),
      shard(
        2,
        [row('a.2', 'passed'), row('b.1', 'skipped')],
        [row('envelope.x.success', 'passed', '4 responses checked'), row('envelope.y.error', 'failed', 'bad')],
      ),
    ]);
    expect(merged.checks.map((c) => `${c.id} ${c.status}`)).toEqual([
      'a.1 passed',
      'a.2 passed',
      'b.1 skipped',
      'b.2 failed',
      'envelope.x.success passed',
      'envelope.y.error failed',
    ]);
    expect(merged.checks.find((c) => c.id === 'envelope.x.success')!.reason).toBe('7 responses checked');
    expect(merged.summary).toEqual({ passed: 3, failed: 2, skipped: 1, waived: 0, notApplicable: 0, errors: 0, advisories: 0 });
    expect(merged.shard).toBeUndefined();
    expect(merged.startedAt).toBe('2026-01-01T00:00:01.000Z');
    expect(merged.durationMs).toBe(2000);
    expect(merged.seed).toBe('7');
    // The merged run's causes, recomputed over the merged rows (these rows, written without a
    // deviation, get the one their family's intent gives).
    expect(merged.causes?.map((c) => [c.deviation, c.checks])).toEqual([
      ['read-mismatch', ['b.2']],
      ['envelope-format', ['envelope.y.error']],
    ]);
  });

  it('recomputes the causes: one deviation seen in two shards is one cause', () => {
    const failing = (id: string): CheckResult => ({ ...row(id, 'failed'), deviation: 'accepts-invalid-request', operation: `/op/${id}` });
    const stale = { causes: [] };
    const merged = mergeShardReports([
      shard(1, [row('a.1', 'passed'), failing('b.2')], [], stale),
      shard(2, [failing('a.2'), row('b.1', 'passed')], [], stale),
    ]);
    expect(merged.causes).toEqual([
      {
        id: 'accepts-invalid-request',
        deviation: 'accepts-invalid-request',
        title: 'answers 200 where the docs give an error, on 2 operations',
        operations: ['/op/a.2', '/op/b.2'],
        checks: ['a.2', 'b.2'],
        example: { check: 'a.2', exchange: null },
      },
    ]);
  });

  it('refuses a check in two reports, shards of different selections or totals, and an edited report', () => {
    const ok2 = shard(2, [row('a.2', 'passed'), row('b.1', 'passed')], []);
    expect(() => mergeShardReports([shard(1, [row('a.1', 'passed'), row('b.2', 'passed'), row('a.2', 'passed')], []), ok2])).toThrow(
      /check a\.2 is in two reports: shard-1 and shard-2/,
    );
    const other = shard(2, [row('a.2', 'passed'), row('b.1', 'passed')], []);
    other.report.shard!.checkIds = [...ids, 'c.1'];
    expect(() => mergeShardReports([shard(1, [row('a.1', 'passed'), row('b.2', 'passed')], []), other])).toThrow(/select different checks/);
    const three = shard(2, [], []);
    three.report.shard!.total = 3;
    expect(() => mergeShardReports([shard(1, [], []), three])).toThrow(/shards of different runs/);
    expect(() => mergeShardReports([shard(1, [row('z.9', 'passed')], []), ok2])).toThrow(
      /has check z\.9, which its shard list does not select/,
    );
    expect(() => mergeShardReports([])).toThrow(/no shard reports/);
  });
});
