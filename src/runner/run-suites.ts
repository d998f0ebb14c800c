import { startVitest, type Reporter, type TestModule } from 'vitest/node';
import { ConfigurationError } from '../errors.ts';
import { ROOT } from '../api/index.ts';
import type { RunSettings } from '../harness/settings.ts';
import { collectionErrors } from './collect.ts';
import { SUITES_CONFIG, harnessResolution } from './suites-config.ts';
import { moduleCacheDir } from './module-cache.ts';
import type { WorkerPlan } from './worker-plan.ts';

/** What one pass of vitest over the suites left: its test modules and the errors outside any check. */
export class CollectingReporter implements Reporter {
  modules: ReadonlyArray<TestModule> = [];
  unhandled: string[] = [];
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<{ message?: string }>): void {
    this.modules = modules;
    this.unhandled = errors.map((e) => e.message ?? JSON.stringify(e));
  }
}

/**
 * One pass of vitest over the suite files `files` (all when empty), with the run's settings handed
 * to the workers by provide/inject (src/harness/settings.ts), never process.env.
 */
export async function runSuites(settings: RunSettings, files: string[], plan: WorkerPlan, progress: Reporter): Promise<CollectingReporter> {
  const collector = new CollectingReporter();
  const cacheDir = moduleCacheDir();
  const harness = harnessResolution(ROOT);
  const vitest = await startVitest(
    'test',
    files,
    {
      ...SUITES_CONFIG,
      ...harness.test,
      root: ROOT,
      config: false,
      reporters: [progress, collector],
      watch: false,
      maxWorkers: plan.workers,
      maxConcurrency: plan.perWorker,
      passWithNoTests: true,
      provide: { connectfi: settings },
      ...(cacheDir ? { experimental: { fsModuleCache: true, fsModuleCachePath: cacheDir } } : {}),
    },
    harness.vite,
  );
  await vitest?.close();
  return collector;
}

/** Why a pass cannot give a verdict (an error outside any check, a suite file that did not load), or undefined. */
export function suitesProblem(collector: CollectingReporter): ConfigurationError | undefined {
  if (collector.unhandled.length > 0) return new ConfigurationError('SUITE_ERROR', `the suites could not run: ${collector.unhandled[0]}`);
  const unloaded = collectionErrors(collector.modules);
  if (unloaded.length === 0) return undefined;
  const more = unloaded.length > 1 ? ` (and ${unloaded.length - 1} more suite file${unloaded.length > 2 ? 's' : ''})` : '';
  return new ConfigurationError(
    'SUITE_ERROR',
    `${unloaded[0].file} could not be loaded, so its checks did not run: ${unloaded[0].message}${more}`,
  );
}
