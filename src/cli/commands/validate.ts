import { readFileSync } from 'node:fs';
import type { Command } from '../command.ts';
import { ConfigurationError, EXIT, UsageError } from '../../errors.ts';
import { getOperation, validateRequest } from '../../api/index.ts';
import { parseFlags } from '../../util/option-table.ts';

const USAGE = `usage: connectfi-conformance validate <operation> [FILE|-]
  Validates a request body (a JSON file, or standard input with - or no FILE) against the
  documented request schema of <operation> (its documented path, e.g. /ibis/card/set-pin).
  For GET /ibis/credit-card/application/:applicationId the JSON is the path parameters object.
  exit 0 valid; 1 invalid, with the errors as a JSON array in requestValidateError context format;
  2 unknown operation, unreadable file or malformed JSON.`;

function readInput(file: string | undefined): string {
  try {
    return readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    throw new ConfigurationError(
      'UNREADABLE_INPUT',
      `cannot read ${file ?? 'standard input'}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

export function parseJsonInput(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError('MALFORMED_JSON', `${source} is not valid JSON: ${(err as Error).message}`);
  }
}

export const command: Command = {
  summary: 'validate a request body',
  usage: USAGE,
  run(argv) {
    const { positionals } = parseFlags({}, argv, true);
    const [operation, file, extra] = positionals;
    if (!operation) throw new UsageError('missing <operation>');
    if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
    const op = getOperation(operation);
    const body = parseJsonInput(readInput(file), file && file !== '-' ? file : 'standard input');
    const result = validateRequest(op.operation, body);
    if (result.valid) {
      process.stdout.write(`valid: ${op.method} ${op.operation}\n`);
      return EXIT.OK;
    }
    process.stdout.write(`${JSON.stringify(result.errors, null, 2)}\n`);
    return EXIT.FAILED;
  },
};
