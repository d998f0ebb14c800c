import { useWorkerSettings, type RunSettings } from '../harness/settings.ts';
import { gradeRunWideInEachCheck } from '../harness/run-wide.ts';
import { makeFixturesPerCheck } from '../harness/shared-fixture.ts';
import { DEFAULTS } from '../runner/config.ts';
import { makeRunId } from '../runner/run-id.ts';
import { RUN_WIDE_CHECKS } from '../../suites/live/run-wide/run-wide-checks.ts';

/** The seeds of the simulator and of the generated cases: a mutant meets the same requests in every run. */
export const MUTATION_SEED = '20240806';

/**
 * How long a check waits for an answer. The simulator in the worker answers in milliseconds; a
 * mutant that leaves a request unanswered then fails its check after this long, well before
 * StrykerJS's own timeout for the run.
 */
export const MUTATION_TIMEOUT_MS = 10_000;

let started: Promise<RunSettings> | undefined;

async function start(): Promise<RunSettings> {
  const base = { kind: 'simulator' as const, runId: makeRunId(), seed: MUTATION_SEED, runs: DEFAULTS.runs, keepAllEvidence: false };
  try {
    // Imported here, not at the top: a mutant that breaks a module of the simulator as it loads
    // must fail every check like one that breaks its start, not leave the suites without checks.
    const { startSimulator } = await import('../simulator/index.ts');
    const sim = await startSimulator({ port: 0, seed: MUTATION_SEED });
    return {
      ...base,
      baseUrl: sim.baseUrl,
      login: sim.credentials.login,
      password: sim.credentials.password,
      fixtures: { ...sim.fixtures },
      timeoutMs: MUTATION_TIMEOUT_MS,
    };
  } catch (err) {
    // A setup file that throws fails its suite file with no check run, which a mutation tool reads
    // as nothing failing: every check fails instead, each with the reason.
    const reason = err instanceof Error ? err.message : String(err);
    return { ...base, baseUrl: 'http://127.0.0.1:0', fixtures: {}, timeoutMs: MUTATION_TIMEOUT_MS, targetError: reason };
  }
}

/**
 * The in-process target (docs/architecture.md, "Mutation testing"): the simulator listens on port 0
 * inside the vitest worker that runs the live suites, so the code it runs is the code the worker
 * loaded (under mutation testing, the instrumented copy, whose active mutant is a global of this
 * worker). Started once per worker and handed to the harness as a run would hand it over
 * (src/harness/settings.ts), before the first suite file declares its checks. The run-wide checks
 * grade each check's own exchanges as it ends (src/harness/run-wide.ts), and each check makes its own
 * copy of the shared fixtures it reads (src/harness/shared-fixture.ts), so that StrykerJS's per-test
 * coverage names every check a fixture's code can fail.
 */
export async function startWorkerTarget(): Promise<RunSettings> {
  started ??= start();
  const settings = await started;
  useWorkerSettings(settings);
  gradeRunWideInEachCheck(RUN_WIDE_CHECKS);
  makeFixturesPerCheck();
  return settings;
}
