import { it, type TestContext } from 'vitest';
import { toCurl } from '../client/exchange.ts';
import { FIXTURE_VARIABLES, type FixtureName } from '../runner/config.ts';
import { getTarget, recording, uniqueReference, type RecordingState, type RunTarget } from './context.ts';
import type { CheckEvidence, CheckMeta } from './check-types.ts';
import { placement, selectionFromEnv } from './selection.ts';

export type { CheckMeta } from './check-types.ts';

/** What a check's body gets: the target, fresh references, and a transcript for its evidence. */
export interface CheckContext extends RunTarget {
  /** A reference unique to this run (common-reference: alphanumeric, ≤ 32). */
  ref(tag?: string): string;
  /** The fixture the check declared in `needs` (present: missing ones skip the check). */
  fixture(name: FixtureName): string;
  /** Adds a line to the check's transcript (shown in the report). */
  log(line: string): void;
  /** Records what was expected and what came, for the report. */
  expectation(expected: unknown, actual: unknown): void;
  /** Skips the check with a reason (e.g. the target does not support the feature). */
  skip(reason: string): never;
  /** The vitest context, for anything else. */
  vitest: TestContext;
}

const MAX_EXCHANGES = 12;

function evidenceOf(state: RecordingState, notes: { expected?: unknown; actual?: unknown }, seed: string): CheckEvidence {
  const exchanges = state.exchanges.slice(-MAX_EXCHANGES);
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

/**
 * Declares one named check (DESIGN.md, "One check, one place, one id"): the id is the vitest test
 * name, the report row and the waiver key; the metadata travels with the test to the reporter.
 */
const selection = selectionFromEnv();

export function check(meta: CheckMeta, body: (t: CheckContext) => Promise<void> | void, options: CheckOptions = {}): void {
  const place = placement(meta.id, selection); // `run --only PATTERN --shard I/N`, by check id
  if (place === 'excluded') return;
  if (place === 'other-shard') {
    // Registered but never run: the report of each shard lists every selected id, so that
    // merge-reports can tell a missing shard from a check that does not exist.
    it.skip(meta.id, { meta: { otherShard: true } }, () => undefined);
    return;
  }
  it(meta.id, { concurrent: !options.sequential, timeout: options.timeout ?? 60_000 }, async (vitest) => {
    vitest.task.meta.check = meta;
    const target = getTarget();
    const missing = (meta.needs ?? []).filter((n) => !target.fixtures[n]);
    if (missing.length > 0) {
      const reason = `fixture not configured: ${missing.map((n) => FIXTURE_VARIABLES[n]).join(', ')}`;
      vitest.task.meta.skipReason = reason;
      vitest.skip(reason);
    }
    const state: RecordingState = { exchanges: [], summaries: [], transcript: [] };
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
      expectation: (expected, actual) => {
        notes.expected = expected;
        notes.actual = actual;
      },
      skip: (reason) => {
        vitest.task.meta.skipReason = reason;
        return vitest.skip(reason) as never;
      },
    };
    try {
      await recording.run(state, () => body(t));
    } finally {
      vitest.task.meta.evidence = evidenceOf(state, notes, target.seed);
    }
  });
}
