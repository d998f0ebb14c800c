import { fileURLToPath } from 'node:url';
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
/**
 * An example app's own tests (examples/<app>/test/, naive/) need the proxy `npm test` there starts
 * around them: the end-to-end lane runs them in an installed copy (src/cli/example-app.e2e.test.ts).
 */
export const EXAMPLE_APP_TESTS = ['examples/*/test/**', 'examples/*/naive/**'];

const from = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  // The example apps import the package by name, as an integrator does; in this checkout the name is the sources.
  resolve: {
    alias: [
      { find: /^connectfi-conformance\/types$/, replacement: from('./generated/types.ts') },
      { find: /^connectfi-conformance\/validators$/, replacement: from('./src/api/index.ts') },
      { find: /^connectfi-conformance\/simulator$/, replacement: from('./src/simulator/index.ts') },
      { find: /^connectfi-conformance$/, replacement: from('./src/index.ts') },
    ],
  },
  test: {
    include: TEST_ROOTS.map((root) => `${root}/**/*.test.ts`),
    exclude: [...configDefaults.exclude, E2E_TESTS, ...EXAMPLE_APP_TESTS],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One worker process imports the simulator, the validators and vitest once for every file instead
    // of once per file (about half of the lane's time on 2 cores). The tests restore what they
    // change (environment variables, spies) and start their servers on port 0.
    isolate: false,
  },
});
