import path from 'node:path';
import { ConfigurationError, TransportError } from '../errors.ts';
import { FIXTURE_VARIABLES, type FixtureName, type Fixtures } from '../harness/fixtures.ts';
import { DEFAULTS, type RunConfig } from '../runner/config.ts';
import { runConformance } from '../runner/run.ts';
import { startSimulator } from '../simulator/index.ts';
import type { RunResult } from './score.ts';

/** One run of the suite against a simulator started for it: a job of a self-check lane. */
export interface TargetRunOptions {
  /** A fault of src/simulator/faults/; none = the clean simulator. */
  fault?: string;
  /** Allowed variants of src/simulator/variants/ to start the simulator with. */
  variants?: string[];
  seed: string;
  /** Property cases per operation (`run --runs`). */
  runs: number;
  reportDir: string;
  /** `run --only`: none = every check. */
  only?: string;
  /** Suite files to load (relative to the project root); none = every suite. */
  files?: string[];
  /** Checks in flight (`run --concurrency`; vitest workers = min(this, cores)). */
  concurrency: number;
}

/**
 * The run's configuration, built here rather than from flags, environment and .env: a self-check
 * grades the suite against its own simulator, so nothing of the developer's target may leak in.
 * A throwaway simulator needs no cleanup (`keep`), and no waivers apply (they excuse a remote
 * sandbox's known deviations; nothing excuses the suite).
 */
export function runConfigFor(o: TargetRunOptions, sim: { baseUrl: string; env(): Record<string, string> }): RunConfig {
  const env = sim.env();
  const fixtures: Fixtures = {};
  for (const [key, variable] of Object.entries(FIXTURE_VARIABLES)) if (env[variable]) fixtures[key as FixtureName] = env[variable];
  return {
    baseUrl: sim.baseUrl,
    environment: 'sandbox',
    allowProduction: false,
    login: env.CONNECTFI_LOGIN,
    password: env.CONNECTFI_PASSWORD,
    fixtures,
    ...(o.only ? { only: o.only } : {}),
    ...(o.files ? { files: o.files } : {}),
    runs: o.runs,
    concurrency: o.concurrency,
    timeoutMs: DEFAULTS.timeoutMs,
    reportDir: o.reportDir,
    seed: o.seed,
    keep: true,
    waiversFile: path.join(o.reportDir, 'no-waivers.json'),
    evidence: 'failures',
    // Every fixture is set on the simulator; a gap would be a bug of the self-check, not accepted.
    allowMissingFixtures: false,
    profile: false,
  };
}

/**
 * Starts a simulator in this process (its own instance, port 0, the fault or variants if any) and runs the
 * conformance suite against it over HTTP, as a user would against a remote sandbox. Starting one
 * takes a few milliseconds, so every run gets a fresh one: no state of one fault reaches the next.
 */
export async function runAgainstSimulator(o: TargetRunOptions, log: NodeJS.WritableStream = process.stderr): Promise<RunResult> {
  const started = Date.now();
  const sim = await startSimulator({
    port: 0,
    seed: o.seed,
    ...(o.fault ? { fault: o.fault } : {}),
    ...(o.variants ? { variants: o.variants } : {}),
  });
  try {
    const { exitCode, report } = await runConformance(runConfigFor(o, sim), log);
    const checks = report.checks.map(({ id, family, status, failureKind, file }) => ({
      id,
      family,
      status,
      ...(failureKind ? { failureKind } : {}),
      ...(file ? { file } : {}),
    }));
    return { exitCode, checks, durationMs: Date.now() - started };
  } catch (err) {
    if (!(err instanceof ConfigurationError || err instanceof TransportError)) throw err;
    return { exitCode: 2, checks: [], error: `error [${err.code}]: ${err.message}`, durationMs: Date.now() - started };
  } finally {
    await sim.close();
  }
}
