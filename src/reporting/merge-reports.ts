import { ConfigurationError } from '../errors.ts';
import { summaryCounts } from './verdict.ts';
import { causesOf } from './causes.ts';
import type { CheckResult, ConformanceReport, Summary } from './types.ts';

/**
 * merge-reports: the shard reports of one run (`run --shard I/N`) become the report of the whole
 * run. Each shard records every check id the run selects, so a missing shard, a shard merged twice
 * and a check in two reports are told apart and refused (exit 2): a merged verdict must mean what
 * an unsharded run's would (docs/architecture.md, "Sharded runs").
 */
export interface ShardReport {
  /** Where it came from, for messages (a directory or a file). */
  source: string;
  report: ConformanceReport;
}

function fail(message: string): never {
  throw new ConfigurationError('MERGE_REPORTS', message);
}

function list(ids: readonly string[], max = 5): string {
  return `${ids.slice(0, max).join(', ')}${ids.length > max ? `, ... (${ids.length} in all)` : ''}`;
}

/**
 * Run-wide rows (envelope.*, waiver.expired.*) are computed per shard: the worst status wins
 * (docs/architecture.md, "Run-wide checks").
 */
const PRECEDENCE = ['failed', 'error', 'advisory', 'waived', 'passed'];
const rank = (status: string) => (PRECEDENCE.includes(status) ? PRECEDENCE.indexOf(status) : PRECEDENCE.length);

/**
 * The reason of a passed run-wide row that graded `count` responses (the envelope rows of
 * suites/live/run-wide/ say it so): merged shards say how many in all.
 */
export function responsesChecked(count: number): string {
  return `${count} responses checked`;
}
const RESPONSES_CHECKED = /^(\d+) responses checked$/;

function combineRunWide(rows: CheckResult[]): CheckResult {
  const best = [...rows].sort((a, b) => rank(a.status) - rank(b.status))[0];
  const same = rows.filter((r) => r.status === best.status);
  const counted = same.map((r) => RESPONSES_CHECKED.exec(r.reason ?? ''));
  if (same.length > 1 && counted.every(Boolean))
    return { ...best, reason: responsesChecked(counted.reduce((n, m) => n + Number(m![1]), 0)) };
  return best;
}

function summarize(checks: readonly CheckResult[], shards: readonly Summary[]): Summary {
  const counts: Record<string, number> = summaryCounts(checks);
  const out: Record<string, number> = { ...counts };
  // Counters that are not statuses (requests, cardsOpened, couldNotRun...) add up over the shards.
  for (const summary of shards) {
    for (const [key, value] of Object.entries(summary))
      if (!(key in counts) && typeof value === 'number') out[key] = (out[key] ?? 0) + value;
  }
  return out as unknown as Summary;
}

const distinct = (values: readonly string[]) => [...new Set(values)].join(', ');

export function mergeShardReports(inputs: readonly ShardReport[]): ConformanceReport {
  if (inputs.length === 0) fail('no shard reports to merge');
  for (const { source, report } of inputs) {
    if (!report.shard) fail(`${source} is not a shard report (it was not written by run --shard I/N)`);
  }
  const first = inputs[0];
  const total = first.report.shard!.total;
  const ids = first.report.shard!.checkIds;
  const byIndex = new Map<number, string>();
  for (const { source, report } of inputs) {
    const s = report.shard!;
    if (s.total !== total)
      fail(
        `${source} is shard ${s.index}/${s.total} but ${first.source} is shard ${first.report.shard!.index}/${total}: shards of different runs`,
      );
    if (s.checkIds.join('\n') !== ids.join('\n'))
      fail(
        `${source} and ${first.source} select different checks (another --only, or another version of the suites): shards of different runs`,
      );
    const seen = byIndex.get(s.index);
    if (seen) fail(`shard ${s.index}/${total} is given twice: ${seen} and ${source}`);
    byIndex.set(s.index, source);
  }
  const rows = new Map<string, { source: string; row: CheckResult }>();
  const runWide = new Map<string, CheckResult[]>();
  const known = new Set(ids);
  for (const { source, report } of inputs) {
    const wide = new Set(report.shard!.runWide);
    for (const row of report.checks) {
      if (wide.has(row.id)) {
        runWide.set(row.id, [...(runWide.get(row.id) ?? []), row]);
        continue;
      }
      if (!known.has(row.id))
        fail(`${source} has check ${row.id}, which its shard list does not select: the report was edited or is corrupt`);
      const other = rows.get(row.id);
      if (other) fail(`check ${row.id} is in two reports: ${other.source} and ${source}`);
      rows.set(row.id, { source, row });
    }
  }
  const missing = ids.filter((id) => !rows.has(id));
  if (missing.length > 0) {
    const shards = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    fail(
      `${missing.length} check(s) missing from the merged reports (${shards.length ? `shard(s) ${shards.map((i) => `${i}/${total}`).join(', ')} not given` : 'a shard report is incomplete'}): ${list(missing)}`,
    );
  }
  const checks = [...[...rows.values()].map((r) => r.row), ...[...runWide.values()].map(combineRunWide)].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const starts = inputs.map(({ report }) => Date.parse(report.startedAt));
  const ends = inputs.map(({ report }) => Date.parse(report.startedAt) + report.durationMs);
  const { shard: _shard, ...base } = first.report;
  return {
    ...base,
    target: distinct(inputs.map(({ report }) => report.target)),
    startedAt: new Date(Math.min(...starts)).toISOString(),
    durationMs: Math.max(...ends) - Math.min(...starts),
    seed: distinct(inputs.map(({ report }) => report.seed)),
    runId: distinct(inputs.map(({ report }) => report.runId)),
    summary: summarize(
      checks,
      inputs.map(({ report }) => report.summary),
    ),
    checks,
    // The merged run's own causes: a deviation seen in two shards is one cause.
    causes: causesOf(checks),
  };
}
