import { parseCommandArgs, type Command } from '../command.ts';
import { resolveSelfcheckOptions, runSelfcheck } from '../../selfcheck/index.ts';
import { defaultConcurrency } from '../../selfcheck/selfcheck.ts';
import { DEFAULT_SEED } from '../../generators/seed.ts';

const USAGE = `usage: connectfi-conformance selfcheck [options]
  Grades the suite itself: runs every check against the clean simulator (all must pass), then each
  fault of src/simulator/faults/ against the checks the fault names as the ones that must catch it.
  A fault is detected only when one of those fails on its own assertion (not on a refused setup
  step); every other failure is collateral. Prints a line per fault with its time, the table and
  the mutation score; writes D/selfcheck.json and adds a Self-check section to D/conformance.html.
  --only PATTERN     run only the faults whose name matches the regular expression
  --report-dir D     the clean run's reports (default: reports); faults go to D/selfcheck/<fault>/
  --runs N           property cases per operation in each run (default 5)
  --seed S           seed of the simulators and the generated data (default ${DEFAULT_SEED})
  --concurrency N    lanes: runs in flight at once (default ${defaultConcurrency()} on this machine)
  --timeout S        seconds before one run is stopped (default 300)
exit codes: 0 clean run passed and every fault detected, 1 otherwise, 2 could not run`;

export const command: Command = {
  summary: "grade the suite against the simulator's named faults",
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      only: { type: 'string' },
      'report-dir': { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
    });
    const options = resolveSelfcheckOptions({
      only: values.only,
      reportDir: values['report-dir'],
      runs: values.runs,
      seed: values.seed,
      concurrency: values.concurrency,
      timeout: values.timeout,
    });
    const { passed } = await runSelfcheck({ ...options, out: process.stdout });
    return passed ? 0 : 1;
  },
};
