/**
 * Fixtures that several checks read but never change (docs/architecture.md, "The harness"): made once
 * per worker by the first check that asks, then reused, so a remote run opens fewer cards and sends
 * fewer requests. The requests that make one are recorded in the evidence of the check that made
 * it; a failure to make one fails every check that needs it, with the same precondition message.
 * Only checks whose every request leaves the fixture unchanged on a conforming target may share one.
 */
const made = new Map<string, Promise<unknown>>();

export function sharedFixture<T>(key: string, make: () => Promise<T>): Promise<T> {
  let fixture = made.get(key) as Promise<T> | undefined;
  if (!fixture) {
    fixture = make();
    made.set(key, fixture);
  }
  return fixture;
}
