import type { Command } from '../command.ts';
import { resolveSelfcheckOptions, runSelfcheck, SELFCHECK_OPTIONS } from '../../selfcheck/index.ts';
import { formatOptions, parseFlags } from '../../util/option-table.ts';

const USAGE = `usage: connectfi-conformance selfcheck [options]
  Grades the suite itself: runs every check against the clean simulator (all must pass), then every
  check against each allowed variant of src/simulator/variants/ (a choice the docs leave open, made
  differently: any failure is a false alarm), and each fault of src/simulator/faults/ against the
  checks the fault names as the ones that must catch it. A fault is detected only when one of those
  fails on its own assertion (not on a refused setup step); every other failure is collateral.
  Prints a line per variant and per fault with its time, the tables and the mutation score; writes
  D/selfcheck.json and adds a Self-check section to D/conformance.html.
${formatOptions(SELFCHECK_OPTIONS)}
exit codes: 0 clean run passed, no variant had a false alarm and every fault was detected, 1 otherwise, 2 could not run`;

export const command: Command = {
  summary: "grade the suite against the simulator's named faults and allowed variants",
  usage: USAGE,
  async run(argv) {
    const options = resolveSelfcheckOptions(parseFlags(SELFCHECK_OPTIONS, argv).flags);
    const { passed } = await runSelfcheck({ ...options, out: process.stdout });
    return passed ? 0 : 1;
  },
};
