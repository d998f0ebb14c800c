import type { TransportIncident } from '../reporting/types.ts';
import { recording } from './context.ts';

/**
 * Fixtures that several checks read but never change (docs/architecture.md, "The harness"): made once
 * per worker by the first check that asks, then reused, so a remote run opens fewer cards and sends
 * fewer requests. The requests that make one are recorded in the evidence of the check that made
 * it; a failure to make one fails every check that needs it, with the same precondition message.
 * Only checks whose every request leaves the fixture unchanged on a conforming target may share one.
 *
 * A fixture whose making met a transport incident (docs/ci.md, "Transport trouble") hands those
 * incidents to every check that waits for it, so that each of them ends `error` rather than
 * `failed` when the making failed, and a failed one is forgotten: the next check to ask makes it again.
 */
interface Made {
  promise: Promise<unknown>;
  incidents: TransportIncident[];
}

const made = new Map<string, Made>();

function make<T>(key: string, maker: () => Promise<T>): Made {
  const incidents: TransportIncident[] = [];
  const parent = recording.getStore();
  let promise: Promise<T>;
  if (parent) {
    const child = { ...parent, fixtureIncidents: incidents };
    promise = recording.run(child, maker).finally(() => {
      if (child.budgetRefused) parent.budgetRefused = true;
    });
  } else promise = maker();
  const entry = { promise, incidents };
  promise.catch(() => {
    if (incidents.length > 0 && made.get(key) === entry) made.delete(key);
  });
  return entry;
}

export function sharedFixture<T>(key: string, maker: () => Promise<T>): Promise<T> {
  let entry = made.get(key);
  if (!entry) {
    entry = make(key, maker);
    made.set(key, entry);
  }
  const { promise, incidents } = entry;
  return (promise as Promise<T>).catch((err: unknown) => {
    const state = recording.getStore();
    if (state) for (const i of incidents) if (!state.incidents.includes(i)) state.incidents.push(i);
    throw err;
  });
}
