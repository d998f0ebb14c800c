import type { Command } from '../command.ts';
import { runMutation } from '../../mutation/run-mutation.ts';
import { defineOptions, formatOptions, parseOptions } from '../../util/option-table.ts';

const OPTIONS = defineOptions({
  mutate: {
    type: 'custom',
    value: 'GLOBS',
    must: 'be a comma-separated list of files or globs',
    parse: (v: string) => {
      const globs = v
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean);
      return globs.length > 0 ? globs : undefined;
    },
    defaultHelp: "stryker.config.json's: the simulator's behaviour",
    help: 'mutate only these files (globs; file:startLine-endLine for a range)',
  },
  force: { type: 'boolean', help: 'test every mutant again, ignoring the incremental file (reports/mutation/stryker-incremental.json)' },
  concurrency: { type: 'integer', value: 'N', min: 1, max: 64, defaultHelp: "stryker.config.json's", help: 'test runner processes' },
  summary: { type: 'boolean', help: 'print the line of the last report (reports/mutation/mutation.json) and run nothing' },
});

const USAGE = `usage: connectfi-conformance mutation [options]
  Mutation testing of the reference simulator (a checkout only): StrykerJS changes its code in small
  ways (stryker.config.json) and runs the live suites against each mutant, inside the vitest worker
  (vitest.mutation.config.ts). A mutant no check notices survives: a documented rule no check grades,
  or an equivalent change to mark (docs/contributing.md, "Mutation testing"). Incremental: only the
  mutants of changed code, or reached by changed checks, run again. Writes
  reports/mutation/mutation.html and mutation.json, then prints one line: mutants, killed, survived,
  no coverage, timeout, ignored, score.
${formatOptions(OPTIONS)}
exit codes: 0 done, 1 the score is below thresholds.break of stryker.config.json, 2 could not run`;

export const command: Command = {
  summary: 'mutation testing of the simulator: which changes no check notices',
  usage: USAGE,
  async run(argv) {
    const { values } = parseOptions(OPTIONS, argv, { code: 'USAGE' });
    const { exitCode } = await runMutation(
      { mutate: values.mutate, force: values.force, concurrency: values.concurrency, summaryOnly: values.summary },
      process.stdout,
    );
    return exitCode;
  },
};
