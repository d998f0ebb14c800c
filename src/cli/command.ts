import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.ts';

/**
 * What every subcommand of src/cli/commands/ shares. It lives apart from main.ts, which loads the
 * commands, so that no command imports the file that imports it (docs/architecture.md, "Jobs and
 * entry points").
 */

/** A subcommand: parses its own arguments and returns the process exit code. */
export interface Command {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** parseArgs with our error type, so a bad flag is a one-line usage error, not a stack trace. */
// The return type is spelled out so that the dist build can emit declarations (node:util does not
// export the option types parseArgs's own return type is made of).
type Parsed<T extends ParseArgsConfig['options']> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>
>;

export function parseCommandArgs<T extends ParseArgsConfig['options']>(argv: string[], options: T, allowPositionals = false): Parsed<T> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
