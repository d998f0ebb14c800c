/**
 * How a long-running command (the simulator, the proxy) waits to stop cleanly: the first SIGINT or
 * SIGTERM, or, when npm started it (`npx`, `npm exec`, an npm script), its parent's exit.
 *
 * Why the parent: npm runs a bin through `sh -c`, and a signal sent to npm's own pid stops there.
 * npm passes SIGINT and SIGTERM to that shell only; dash (sh on Debian and Ubuntu) keeps a SIGINT
 * for itself while it waits and dies of a SIGTERM, and npm then dies of it too. Either way the bin
 * never hears of it, and a script's `kill $PID` would leave it running, orphaned, with no report
 * written. Its parent's exit is what it can see: the shell dies, the bin is handed to another parent
 * (docs/integrators.md, "The proxy").
 */
export type StopReason = NodeJS.Signals | 'parent exited';

export interface StopWatch {
  /** Resolves with the first SIGINT or SIGTERM, or 'parent exited'. */
  stopped: Promise<StopReason>;
  /** Stops listening (the listeners and the parent watch go away). */
  dispose(): void;
}

/** How often the parent is looked at: a stop is noticed within this many ms. */
const PARENT_POLL_MS = 200;

/** Whether npm started this process (npx, npm exec, npm run): then its parent is npm's transient `sh -c`. */
export function startedByNpm(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.npm_lifecycle_event !== undefined;
}

export function watchForStop(options: { watchParent?: boolean } = {}): StopWatch {
  const watchParent = options.watchParent ?? startedByNpm();
  let dispose = (): void => undefined;
  const stopped = new Promise<StopReason>((resolve) => {
    const parent = process.ppid;
    const stop = (reason: StopReason) => {
      dispose();
      resolve(reason);
    };
    const onSignal = (signal: NodeJS.Signals) => stop(signal);
    // Unref'd: the watch never keeps the process alive by itself.
    const timer = watchParent ? setInterval(() => process.ppid !== parent && stop('parent exited'), PARENT_POLL_MS).unref() : undefined;
    dispose = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      clearInterval(timer);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  return { stopped, dispose: () => dispose() };
}

/** Resolves with the first SIGINT or SIGTERM (or the parent's exit under npm), then stops listening. */
export function waitForSignal(): Promise<StopReason> {
  return watchForStop().stopped;
}
