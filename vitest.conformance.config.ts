import { defineConfig } from 'vitest/config';
import { SuiteOrder } from './src/runner/suite-order.ts';

// The conformance suites: run by `connectfi-conformance run` (npm run conformance) against a target,
// never by `npm test` (they need the settings the run command provides, src/harness/settings.ts).
export default defineConfig({
  test: {
    include: ['suites/live/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Threads, and no isolation between suite files: a worker imports the harness, the spec's
    // validators and fast-check once, instead of once per file. The suites keep no state but
    // their own checks' (references carry the run id and a per-module random part), so sharing a
    // worker between files changes nothing they observe.
    pool: 'threads',
    isolate: false,
    sequence: { sequencer: SuiteOrder },
    // Checks report failures; a retry would hide a flaky API.
    retry: 0,
    silent: true,
  },
});
