import { recording, type RecordingState } from './context.ts';

/**
 * Fixtures that several checks read but never change (docs/architecture.md, "The harness"): made once
 * per worker by the first check that asks, then reused, so a remote run opens fewer cards and sends
 * fewer requests. The requests that make one are recorded in the evidence of the check that made
 * it; a failure to make one fails every check that needs it, with the same precondition message,
 * and shows each of them the exchanges it failed on (in its evidence, from which the report derives
 * the failure's deviation: docs/ci.md, "Causes"), though not in its summaries, which the run-wide
 * rows grade once, under the check that sent them.
 */
const made = new Map<string, Promise<unknown>>();
const EXCHANGES = Symbol('the exchanges of a shared fixture that could not be made');
type Exchanges = RecordingState['exchanges'];

/** Marks a failure to make a fixture with the exchanges the maker sent for it. */
function withExchanges(err: unknown, sent: Exchanges): unknown {
  if (sent.length > 0 && err !== null && typeof err === 'object') Object.defineProperty(err, EXCHANGES, { value: sent, enumerable: false });
  return err;
}

export function sharedFixture<T>(key: string, make: () => Promise<T>): Promise<T> {
  let fixture = made.get(key) as Promise<T> | undefined;
  if (!fixture) {
    const maker = recording.getStore();
    const from = maker?.exchanges.length ?? 0;
    fixture = make().catch((err: unknown) => {
      throw withExchanges(err, maker?.exchanges.slice(from) ?? []);
    });
    made.set(key, fixture);
  }
  const here = recording.getStore();
  return fixture.catch((err: unknown) => {
    const sent = (err as { [EXCHANGES]?: Exchanges })[EXCHANGES] ?? [];
    if (here && sent.length > 0 && !here.exchanges.includes(sent[0])) {
      here.exchanges.push(...sent);
      here.transcript.push(`the shared fixture ${key} could not be made: its ${sent.length} exchanges are shown`);
    }
    throw err;
  });
}
