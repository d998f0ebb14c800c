import type { Command } from '../command.ts';
import { OPERATIONS } from '../../api/catalogue.ts';
import { defineOptions, formatOptions, parseFlags } from '../../util/option-table.ts';

const OPTIONS = defineOptions({
  json: { type: 'boolean', help: 'print them as a JSON array of { operation, method, name, summary }' },
});

export const command: Command = {
  summary: 'list the 21 documented operations',
  usage: `usage: connectfi-conformance operations [--json]\n  Lists the documented operations: method, path and summary.\n${formatOptions(OPTIONS)}`,
  run(argv) {
    const { flags } = parseFlags(OPTIONS, argv);
    if (flags.json) {
      const rows = OPERATIONS.map(({ operation, method, name, summary }) => ({ operation, method, name, summary }));
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...OPERATIONS.map((o) => o.operation.length));
    for (const op of OPERATIONS) process.stdout.write(`${op.method.padEnd(5)}${op.operation.padEnd(width + 2)}${op.summary}\n`);
    return 0;
  },
};
