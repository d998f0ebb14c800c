import { configDefaults, defineConfig } from 'vitest/config';
import { E2E_TESTS, TEST_ROOTS } from './vitest.config.ts';

// `npm run test:e2e`: the end-to-end lane (docs/architecture.md, "Test lanes"), the files
// vitest.config.ts leaves out. Each file sets the timeouts of its long tests itself.
export default defineConfig({
  test: {
    include: TEST_ROOTS.map((root) => `${root}/${E2E_TESTS}`),
    exclude: configDefaults.exclude,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
