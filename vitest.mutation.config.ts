import { defineConfig } from 'vitest/config';
import { SUITES_CONFIG } from './src/runner/suites-config.ts';
import { MutationOrder } from './src/mutation/mutation-order.ts';

/**
 * The live suites against the in-process simulator, for mutation testing (docs/contributing.md,
 * "Mutation testing"; docs/architecture.md, "Mutation testing"). The simulator runs inside the
 * worker that runs the checks (src/mutation/worker-setup.ts), and the suites import the harness
 * as TypeScript sources, so the code a check exercises is the code this worker loaded: under
 * StrykerJS, the instrumented copy in its sandbox. StrykerJS's vitest runner then runs one worker
 * with one check at a time, which is what lets it tell which check reached which mutant.
 */
export default defineConfig({
  test: {
    ...SUITES_CONFIG,
    setupFiles: ['src/mutation/worker-setup.ts'],
    sequence: { sequencer: MutationOrder },
    // A mutant that makes a check fail must fail it in every run: no retry, no report noise.
    retry: 0,
  },
});
