import type { RunWideCheck } from '../../../src/harness/run-wide.ts';
import { ENVELOPE_RUN_WIDE } from './envelope-run-wide.ts';

/**
 * Every run-wide check the live suites declare (docs/architecture.md, "Run-wide checks"): the
 * runner grades these over the exchanges of the run once every suite file ran. A suite that
 * declares run-wide checks adds them here, in a module of this folder: the runner imports this
 * folder (the compiled build includes it), never a suite's test file.
 */
export const RUN_WIDE_CHECKS: readonly RunWideCheck[] = [...ENVELOPE_RUN_WIDE];
