import type { Command } from '../main.ts';
import { parseCommandArgs } from '../main.ts';
import { OPERATIONS } from '../../api/catalogue.ts';

export const command: Command = {
  summary: 'list the 21 documented operations',
  usage: 'usage: connectfi-conformance operations [--json]',
  run(argv) {
    const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    if (values.json) {
      const rows = OPERATIONS.map(({ operation, method, name, summary }) => ({ operation, method, name, summary }));
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...OPERATIONS.map((o) => o.operation.length));
    for (const op of OPERATIONS) process.stdout.write(`${op.method.padEnd(5)}${op.operation.padEnd(width + 2)}${op.summary}\n`);
    return 0;
  },
};
