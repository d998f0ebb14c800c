import type { TransportIncident } from '../reporting/types.ts';
import { recording, type RecordingState } from './context.ts';

/**
 * Fixtures that several checks read but never change (docs/architecture.md, "The harness"): made once
 * per worker by the first check that asks, then reused, so a remote run opens fewer cards and sends
 * fewer requests. The requests that make one are recorded in the evidence of the check that made
 * it; a failure to make one fails every check that needs it, with the same precondition message,
 * and shows each of them the exchanges it failed on (in its evidence, from which the report derives
 * the failure's deviation: docs/ci.md, "Causes"), though not in its summaries, which the run-wide
 * rows grade once, under the check that sent them. Only checks whose every request leaves the
 * fixture unchanged on a conforming target may share one.
 *
 * A fixture whose making met a transport incident (docs/ci.md, "Transport trouble") hands those
 * incidents to every check that waits for it, so that each of them ends `error` rather than
 * `failed` when the making failed, and a failed one is forgotten: the next check to ask makes it again.
 */
type Exchanges = RecordingState['exchanges'];

interface Made {
  promise: Promise<unknown>;
  incidents: TransportIncident[];
  /** The exchanges the making sent, known once it failed. */
  exchanges: Exchanges;
}

const made = new Map<string, Made>();

/** Under mutation testing: the fixtures made for each check apart, keyed by the check's recording. */
let perCheck: WeakMap<RecordingState, Map<string, Made>> | undefined;

/**
 * Every check makes its own copy of each fixture it needs (docs/architecture.md, "Mutation testing"):
 * per-test coverage then credits the code a fixture runs to every check that reads the fixture, not
 * only to the first one, so a mutant of that code is tried against all of them.
 */
export function makeFixturesPerCheck(): void {
  perCheck ??= new WeakMap();
}

function fixturesOf(here: RecordingState | undefined): Map<string, Made> {
  if (!perCheck || !here) return made;
  let own = perCheck.get(here);
  if (!own) perCheck.set(here, (own = new Map<string, Made>()));
  return own;
}

function make<T>(fixtures: Map<string, Made>, key: string, maker: () => Promise<T>): Made {
  const incidents: TransportIncident[] = [];
  const parent = recording.getStore();
  const from = parent?.exchanges.length ?? 0;
  let promise: Promise<T>;
  if (parent) {
    const child = { ...parent, fixtureIncidents: incidents };
    promise = recording.run(child, maker).finally(() => {
      if (child.budgetRefused) parent.budgetRefused = true;
    });
  } else promise = maker();
  const entry: Made = { promise, incidents, exchanges: [] };
  // Registered before any waiter's handler, so it runs first: the waiters see the exchanges.
  promise.catch(() => {
    entry.exchanges = parent?.exchanges.slice(from) ?? [];
    if (incidents.length > 0 && fixtures.get(key) === entry) fixtures.delete(key);
  });
  return entry;
}

export function sharedFixture<T>(key: string, maker: () => Promise<T>): Promise<T> {
  const here = recording.getStore();
  const fixtures = fixturesOf(here);
  let entry = fixtures.get(key);
  if (!entry) {
    entry = make(fixtures, key, maker);
    fixtures.set(key, entry);
  }
  const fixture = entry;
  return (fixture.promise as Promise<T>).catch((err: unknown) => {
    if (here) {
      for (const i of fixture.incidents) if (!here.incidents.includes(i)) here.incidents.push(i);
      const sent = fixture.exchanges;
      if (sent.length > 0 && !here.exchanges.includes(sent[0])) {
        here.exchanges.push(...sent);
        here.transcript.push(`the shared fixture ${key} could not be made: its ${sent.length} exchanges are shown`);
      }
    }
    throw err;
  });
}
