import { defineConfig } from 'vitest/config';

// `npm test`: the project's own tests (unit tests beside the code, the offline schema suite,
// the consumer contract tests). The live suites run through `npm run conformance` instead.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'examples/**/*.test.ts',
      'suites/schema/**/*.test.ts',
      'suites/contract/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
