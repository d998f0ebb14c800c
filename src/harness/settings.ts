import { inject } from 'vitest';
import type { Fixtures } from './fixtures.ts';
import type { Shard } from './selection.ts';

/**
 * What `run` hands to the suites: passed through vitest's typed provide/inject (docs/architecture.md,
 * "The harness"), never through process.env, so a run's token and settings stay out of the environment
 * of the process and of anything it spawns.
 */
export interface RunSettings {
  baseUrl: string;
  kind: 'simulator' | 'remote';
  token?: string;
  login?: string;
  password?: string;
  fixtures: Fixtures;
  runId: string;
  seed: string;
  runs: number;
  timeoutMs: number;
  /** The file where workers record the cards and vAccounts the run opened (one JSON line each). */
  ledger?: string;
  /** `run --only PATTERN`: the check ids to declare. */
  only?: string;
  /** `run --shard I/N`: the part of the checks this run executes (selection.ts). */
  shard?: Shard;
  /** Requests per second for one worker (the run's --rate-limit shared between the workers). */
  workerRateLimit?: number;
  /** Keep the exchanges of passed checks too (--evidence all); otherwise only their summaries travel. */
  keepAllEvidence: boolean;
  /** --max-requests: the run's request budget, for the skip reason; undefined = no budget. */
  maxRequests?: number;
  /** What is left of it for the checks (the preflight's requests are already spent). */
  checkBudget?: number;
  /** The file the workers count the budget in (request-budget.ts); set with maxRequests. */
  budgetFile?: string;
  /**
   * Why the in-process target could not start (a mutant of the simulator's start, under mutation
   * testing): every check then fails with it, as every check would fail against a target that is down.
   */
  targetError?: string;
}

declare module 'vitest' {
  interface ProvidedContext {
    connectfi: RunSettings;
  }
}

let inWorker: RunSettings | undefined;

/**
 * The in-process target (docs/architecture.md, "Mutation testing"): the simulator runs inside the
 * vitest worker, so its address is known only there, and the worker's setup file hands the
 * settings over before any suite file is loaded. A run provides them instead.
 */
export function useWorkerSettings(settings: RunSettings | undefined): void {
  inWorker = settings;
}

/** The settings of the current run; throws outside `connectfi-conformance run` and the in-process target. */
export function runSettings(): RunSettings {
  const settings = inWorker ?? inject('connectfi');
  if (!settings) throw new Error('no run settings: the live suites run through `connectfi-conformance run` (npm run conformance)');
  return settings;
}
