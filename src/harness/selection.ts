import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.ts';

/**
 * Which checks a run executes: `--only PATTERN` (matched against the check id) and `--shard I/N`
 * (a stable part of the checks, by check id: docs/ci.md, "Sharded runs in CI"). A shard is a pure
 * function of the check id, so a check stays in its shard whatever else is added or removed, and
 * every process (the runner, each vitest worker) computes the same answer with no coordination.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

/** Where a check goes: run here, run by another shard, or not selected at all (`--only`). */
export type Placement = 'run' | 'other-shard' | 'excluded';

export const MAX_SHARDS = 256;

/** "2/4" → { index: 2, total: 4 }; a one-line ConfigurationError names the flag and the value. */
export function parseShard(value: string, name = '--shard'): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || total > MAX_SHARDS || index < 1 || index > total) {
    throw new ConfigurationError('INVALID_OPTION', `${name} must be I/N with 1 <= I <= N <= ${MAX_SHARDS} (e.g. 2/4), got "${value}"`);
  }
  return { index, total };
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.total}`;
}

/**
 * The shard (1-based) of a check id: the first 32 bits of its SHA-256, modulo N. Uniform over ids,
 * so shards are balanced in check count (not in duration: a model-based check weighs more).
 */
export function shardOf(id: string, total: number): number {
  return (createHash('sha256').update(id).digest().readUInt32BE(0) % total) + 1;
}

export interface Selection {
  only?: RegExp;
  shard?: Shard;
}

export function placement(id: string, selection: Selection): Placement {
  if (selection.only && !selection.only.test(id)) return 'excluded';
  if (selection.shard && shardOf(id, selection.shard.total) !== selection.shard.index) return 'other-shard';
  return 'run';
}

/** The selection the runner hands to the suites through the run settings (settings.ts). */
export function selectionOf(settings: { only?: string; shard?: Shard }): Selection {
  return {
    ...(settings.only ? { only: new RegExp(settings.only) } : {}),
    ...(settings.shard ? { shard: settings.shard } : {}),
  };
}
