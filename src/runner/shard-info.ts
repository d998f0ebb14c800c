import type { Shard } from '../harness/selection.ts';
import type { CheckResult, ShardInfo } from '../reporting/types.ts';

/**
 * What a shard's report records for merge-reports: its part, every check id the whole run selects
 * (this shard's and the other shards'), and the run-wide rows it computed over its own exchanges.
 * `testIds` are this shard's check() rows, `rows` the final rows (with the run-wide ones).
 */
export function shardInfo(shard: Shard, testIds: readonly string[], otherIds: readonly string[], rows: readonly CheckResult[]): ShardInfo {
  const own = new Set(testIds);
  return {
    index: shard.index,
    total: shard.total,
    checkIds: [...new Set([...testIds, ...otherIds])].sort(),
    runWide: rows
      .filter((r) => !own.has(r.id))
      .map((r) => r.id)
      .sort(),
  };
}
