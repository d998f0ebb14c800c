import { threadId } from 'node:worker_threads';
import { it, type TestContext } from 'vitest';
import { toCurl } from '../client/exchange.ts';
import { FIXTURE_VARIABLES, type FixtureName } from './fixtures.ts';
import { getTarget, recording, uniqueReference, type RecordingState, type RunTarget } from './context.ts';
import type { CheckEvidence, CheckMeta } from './check-types.ts';
import type { TransportIncident } from '../reporting/types.ts';
import { failureKindOf } from './failure-kind.ts';
import { BudgetExhausted } from './request-budget.ts';
import { runSettings } from './settings.ts';
import { compileStats } from '../api/validator.ts';
import { placement, selectionOf, type Selection } from './selection.ts';
import { runWideFailuresOf } from './run-wide.ts';

export type { CheckMeta } from './check-types.ts';

/** What a check's body gets: the target, fresh references, and a transcript for its evidence. */
export interface CheckContext extends RunTarget {
  /** A reference unique to this run (common-reference: alphanumeric, ≤ 32). A plain function: pass it on freely. */
  ref: (tag?: string) => string;
  /** The fixture the check declared in `needs` (present: missing ones skip the check). */
  fixture(name: FixtureName): string;
  /** Adds a line to the check's transcript (shown in the report). A plain function: pass it on freely. */
  log: (line: string) => void;
  /** Records what was expected and what came, for the report. */
  expectation(expected: unknown, actual: unknown): void;
  /** Skips the check with a reason (e.g. the target does not support the feature). */
  skip(reason: string): never;
  /**
   * Marks the check as not applicable to this target (e.g. an errata proposal graded only against
   * the simulator): reported apart from skips, and never a reason for an inconclusive verdict.
   */
  notApplicable(reason: string): never;
  /**
   * The transport incidents the check's exchanges met so far (transport-incident.ts): a check that
   * would skip because a setup step failed fails instead when the network was in the way, so that
   * it ends `error` and runs once more (docs/ci.md, "Transport trouble").
   */
  incidents: () => readonly TransportIncident[];
  /** The vitest context, for anything else. */
  vitest: TestContext;
}

const MAX_EXCHANGES = 12;

function evidenceOf(state: RecordingState, notes: { expected?: unknown; actual?: unknown }, seed: string, full: boolean): CheckEvidence {
  // A passed check's exchanges are dropped by the report (--evidence failures): they need not
  // travel from the worker at all, only the summaries the run-wide envelope checks read.
  const exchanges = full ? state.exchanges.slice(-MAX_EXCHANGES) : [];
  return {
    exchanges,
    curl: exchanges.map(toCurl),
    summaries: state.summaries,
    ...('expected' in notes ? { expected: notes.expected, actual: notes.actual } : {}),
    ...(state.transcript.length ? { transcript: state.transcript } : {}),
    seed,
  };
}

export interface CheckOptions {
  timeout?: number;
  /** Checks run concurrently within their file unless a check must run alone. */
  sequential?: boolean;
}

let selection: Selection | undefined;
const WORKER = `${process.pid}.${threadId}`;

/**
 * Declares one named check (docs/architecture.md, "One check, one place, one id"): the id is the
 * vitest test name, the report row and the waiver key; the metadata travels with the test to the reporter.
 */
export function check(meta: CheckMeta, body: (t: CheckContext) => Promise<void> | void, options: CheckOptions = {}): void {
  selection ??= selectionOf(runSettings()); // `run --only PATTERN --shard I/N`, by check id
  const place = placement(meta.id, selection);
  if (place === 'excluded') return;
  if (place === 'other-shard') {
    // Registered but never run: the report of each shard lists every selected id, so that
    // merge-reports can tell a missing shard from a check that does not exist.
    it.skip(meta.id, { meta: { otherShard: true } }, () => undefined);
    return;
  }
  // The metadata is the test's from the start: a collection that runs nothing still lists every
  // check with its doc reference (src/runner/list-checks.ts).
  it(meta.id, { concurrent: !options.sequential, timeout: options.timeout ?? 60_000, meta: { check: meta } }, async (vitest) => {
    const target = getTarget();
    const leftOut = (reason: string): never => {
      vitest.task.meta.skipReason = reason;
      return vitest.skip(reason);
    };
    if (target.budget.exhausted())
      leftOut(`left out: the request budget (--max-requests ${target.budget.maxRequests}) was spent before this check started`);
    const missing = (meta.needs ?? []).filter((n) => !target.fixtures[n]);
    if (missing.length > 0) {
      const reason = `fixture not configured: ${missing.map((n) => FIXTURE_VARIABLES[n]).join(', ')}`;
      vitest.task.meta.skipReason = reason;
      vitest.task.meta.missingFixtures = missing.map((n) => FIXTURE_VARIABLES[n]);
      vitest.skip(reason);
    }
    const state: RecordingState = { exchanges: [], summaries: [], transcript: [], incidents: [] };
    const notes: { expected?: unknown; actual?: unknown } = {};
    const t: CheckContext = {
      ...target,
      vitest,
      ref: uniqueReference,
      fixture: (name) => {
        const v = target.fixtures[name];
        if (!v) throw new Error(`check ${meta.id} uses fixture ${name} without declaring it in needs`);
        return v;
      },
      log: (line) => state.transcript.push(line),
      incidents: () => [...state.incidents],
      expectation: (expected, actual) => {
        notes.expected = expected;
        notes.actual = actual;
      },
      skip: (reason) => {
        vitest.task.meta.skipReason = reason;
        return vitest.skip(reason);
      },
      notApplicable: (reason) => {
        vitest.task.meta.skipReason = reason;
        vitest.task.meta.notApplicable = true;
        return vitest.skip(reason);
      },
    };
    let passed = false;
    try {
      await recording.run(state, () => body(t));
      const runWide = runWideFailuresOf(meta.id, state.summaries);
      if (runWide.length > 0) throw new Error(`a run-wide check fails on this check's exchanges: ${runWide.join('; ')}`);
      passed = true;
    } catch (err) {
      if (err instanceof BudgetExhausted || state.budgetRefused) {
        leftOut(
          `left out: the request budget (--max-requests ${target.budget.maxRequests}) was spent while this check ran (${state.summaries.length} of its requests were sent)`,
        );
      }
      // Read by the collector (src/runner/collect.ts): a refused setup step is not the rule failing,
      // and a check that met the network's trouble could not be graded (docs/ci.md, "Transport trouble").
      vitest.task.meta.failureKind = failureKindOf(err);
      if (state.incidents.length > 0)
        vitest.task.meta.transportIncidents = state.incidents.map(({ kind, operation }) => ({ kind, operation }));
      throw err;
    } finally {
      vitest.task.meta.evidence = evidenceOf(state, notes, target.seed, !passed || runSettings().keepAllEvidence);
      // The worker's schema compilation so far, for `run --profile` (the largest value per worker is its total).
      vitest.task.meta.compile = { worker: WORKER, ms: compileStats().ms };
    }
  });
}
