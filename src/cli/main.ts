import type { Command } from './command.ts';
import { ConfigurationError, EXIT, TransportError, UsageError } from '../errors.ts';
import { UnknownOperationError } from '../api/catalogue.ts';

export const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./commands/run.ts')).command,
  simulator: async () => (await import('./commands/simulator.ts')).command,
  validate: async () => (await import('./commands/validate.ts')).command,
  operations: async () => (await import('./commands/operations.ts')).command,
  bench: async () => (await import('./commands/bench.ts')).command,
  selfcheck: async () => (await import('./commands/selfcheck.ts')).command,
  'merge-reports': async () => (await import('./commands/merge-reports.ts')).command,
  compare: async () => (await import('./commands/compare.ts')).command,
  pact: async () => (await import('./commands/pact.ts')).command,
  proxy: async () => (await import('./commands/proxy.ts')).command,
  'spec-diff': async () => (await import('./commands/spec-diff.ts')).command,
  mutation: async () => (await import('./commands/mutation.ts')).command,
};

function help(): string {
  return [
    'usage: connectfi-conformance <command> [options]',
    '',
    'commands:',
    '  run            run the conformance suites against a target and write reports',
    '  simulator      start the reference connectFi sandbox',
    '  validate       validate a request body: validate <operation> [FILE|-]',
    '  operations     list the 21 documented operations',
    '  bench          measure the simulator against Prism, conformance runs and the proxy',
    "  selfcheck      grade the suite against the simulator's named faults",
    '  merge-reports  merge the shard reports of one run (run --shard I/N)',
    '  compare        what changed between two runs: compare BASE NEW (exit 1 on new failures)',
    '  pact           pact verify | pact publish: the Pact contract against a provider, to a broker',
    '  proxy          a validating, recording proxy that grades your own app',
    '  spec-diff      what a revision of the schemas breaks: spec-diff OLD NEW [--git]',
    '  mutation       mutation testing of the simulator: which changes no check notices',
    '',
    'exit codes: 0 conformant/valid, 1 a check failed/invalid, 2 could not run or inconclusive',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name ? EXIT.OK : EXIT.COULD_NOT_RUN;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`error [USAGE]: unknown command "${name}"\n${help()}\n`);
    return EXIT.COULD_NOT_RUN;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return EXIT.OK;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof ConfigurationError || err instanceof TransportError || err instanceof UnknownOperationError) {
      process.stderr.write(`error [${err.code}]: ${err.message}\n`);
      if (err instanceof UsageError && err.showUsage) process.stderr.write(`${command.usage}\n`);
      return EXIT.COULD_NOT_RUN;
    }
    throw err;
  }
}

// Run when executed directly (tsx src/cli/main.ts, or the bin shim).
const invokedDirectly = process.argv[1] && /(?:main\.ts|connectfi-conformance(?:\.mjs)?)$/.test(process.argv[1]);
if (invokedDirectly) {
  // `connectfi-conformance operations | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // An unexpected error is a bug in this tool: say so in one line and keep the detail for --debug.
      process.stderr.write(`error [INTERNAL]: ${(err as Error)?.message ?? String(err)}\n`);
      if (process.env.CONNECTFI_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
      process.exitCode = EXIT.COULD_NOT_RUN;
    },
  );
}
