import { defineConfig } from 'vitest/config';

// The conformance suites: run by `connectfi-conformance run` (npm run conformance) against a target,
// never by `npm test` (they need CONNECTFI_* variables that the run command sets).
export default defineConfig({
  test: {
    include: ['suites/live/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Checks report failures; a retry would hide a flaky API.
    retry: 0,
    silent: true,
  },
});
