import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The project's own tests, in two lanes (docs/architecture.md, "Test lanes"). `npm test` (this file):
 * unit tests beside the code, the offline schema suite, the consumer and provider contract tests, in
 * process. `npm run test:e2e` (vitest.e2e.config.ts): the `*.e2e.test.ts` files, which pack and
 * install the package, drive whole runs, start the CLI as a child process or launch a browser. The
 * live suites run through `npm run conformance` instead.
 */
export const TEST_ROOTS = ['src', 'scripts', 'examples', 'suites/schema', 'suites/contract'];
export const E2E_TESTS = '**/*.e2e.test.ts';

export default defineConfig({
  test: {
    include: TEST_ROOTS.map((root) => `${root}/**/*.test.ts`),
    exclude: [...configDefaults.exclude, E2E_TESTS],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One worker process imports the simulator, the validators and vitest once for every file instead
    // of once per file (about half of the lane's time on 2 cores). The tests restore what they
    // change (environment variables, spies) and start their servers on port 0.
    isolate: false,
  },
});
