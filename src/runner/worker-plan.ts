import { availableParallelism } from 'node:os';
import type { RunConfig } from './config.ts';

/**
 * How wide a run goes (docs/architecture.md, "Jobs and entry points"). `--concurrency N` is the number of checks
 * in flight at once in each vitest worker (a worker runs its suite files one after another, so a
 * large file needs many checks in flight). The embedded simulator answers in about a
 * millisecond, so a local run is CPU-bound: one worker per core, no more. A remote target is
 * latency-bound: the checks are independent, so more workers (each runs its suite files one after
 * another) keep the pipe full and the longest chain of calls, not a worker count, bounds the wall
 * time. Under --rate-limit the limit bounds the run, and each worker gets an equal share of it.
 */
export interface WorkerPlan {
  workers: number;
  /** vitest maxConcurrency: checks in flight at once within one worker. */
  perWorker: number;
}

/** Suite files of the live suites that run in parallel at most (one per worker). */
const MAX_REMOTE_WORKERS = 4;

export function workerPlan(
  config: Pick<RunConfig, 'concurrency' | 'rateLimit'>,
  kind: 'simulator' | 'remote',
  cores = availableParallelism(),
): WorkerPlan {
  const wide = kind === 'remote' && config.rateLimit === undefined;
  const workers = Math.max(1, Math.min(config.concurrency, wide ? Math.max(cores, MAX_REMOTE_WORKERS) : cores));
  return { workers, perWorker: config.concurrency };
}
