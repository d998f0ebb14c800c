import path from 'node:path';
import { createVitest } from 'vitest/node';
import { ConfigurationError } from '../errors.ts';
import { ROOT } from '../api/index.ts';
import type { CheckMeta } from '../harness/check-types.ts';
import { FIXTURE_VARIABLES, type Fixtures } from '../harness/fixtures.ts';
import type { RunSettings } from '../harness/settings.ts';
import { RUN_WIDE_CHECKS } from '../../suites/live/run-wide/run-wide-checks.ts';
import { SUITES_CONFIG, harnessResolution } from './suites-config.ts';

/** A declared check: its metadata and the suite file that declares it (a run-wide check: their folder). */
export interface DeclaredCheck extends CheckMeta {
  file: string;
}

const RUN_WIDE_FOLDER = 'suites/live/run-wide';

/**
 * Every check the live suites declare, without running one and without a target: vitest collects
 * the suite files (check() gives each test its metadata when it registers it), and the run-wide
 * checks are read from their declarations. The settings are those of an unfiltered run with every
 * fixture configured, so that nothing is left out; no request is sent.
 */
export async function listChecks(): Promise<DeclaredCheck[]> {
  const fixtures = Object.fromEntries(Object.keys(FIXTURE_VARIABLES).map((name) => [name, `listed${name}`])) as Fixtures;
  const settings: RunSettings = {
    baseUrl: 'http://127.0.0.1:9',
    kind: 'simulator',
    fixtures,
    runId: 'cfclist',
    seed: '0',
    runs: 1,
    timeoutMs: 1000,
    keepAllEvidence: false,
  };
  const harness = harnessResolution(ROOT);
  const vitest = await createVitest(
    'test',
    { ...SUITES_CONFIG, ...harness.test, root: ROOT, config: false, watch: false, reporters: [], provide: { connectfi: settings } },
    harness.vite,
  );
  try {
    const { testModules, unhandledErrors } = await vitest.collect();
    const broken = testModules.find((m) => m.errors().length > 0);
    if (unhandledErrors.length > 0 || broken) {
      const where = broken ? path.relative(ROOT, broken.moduleId) : 'a suite file';
      throw new ConfigurationError(
        'SUITE_ERROR',
        `${where} could not be collected: ${broken?.errors()[0].message ?? String(unhandledErrors[0])}`,
      );
    }
    const declared = testModules.flatMap((mod) =>
      [...mod.children.allTests()].map((tc): DeclaredCheck => {
        const meta = tc.meta().check;
        if (!meta) throw new ConfigurationError('SUITE_ERROR', `${tc.fullName} in ${mod.moduleId} is a test outside check()`);
        return { ...meta, file: path.relative(ROOT, mod.moduleId) };
      }),
    );
    return [...declared, ...RUN_WIDE_CHECKS.map(({ meta }) => ({ ...meta, file: RUN_WIDE_FOLDER }))];
  } finally {
    await vitest.close();
  }
}
