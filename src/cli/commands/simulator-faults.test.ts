import { describe, expect, it } from 'vitest';
import { parseSimulatorArgs } from './simulator.ts';
import { UsageError } from '../../errors.ts';
import { FAULT_NAMES } from '../../simulator/faults/catalogue.ts';
import { runMain } from '../testing/run-main.ts';

// In process; a faulty simulator started by the command is tested in simulator.e2e.test.ts.
const cli = async (args: string[]) => {
  const r = await runMain(args);
  return { code: r.code, out: r.stdout, err: r.stderr };
};

describe('connectfi-conformance simulator --fault', () => {
  it('accepts a fault of the catalogue', () => {
    expect(parseSimulatorArgs(['--fault', 'overdraft-allowed'])).toMatchObject({ fault: 'overdraft-allowed' });
    expect(parseSimulatorArgs([])).not.toHaveProperty('fault');
  });

  it('refuses an unknown fault with a usage error that lists the valid names', () => {
    expect(() => parseSimulatorArgs(['--fault', 'no-such-fault'])).toThrow(UsageError);
    expect(() => parseSimulatorArgs(['--fault', 'no-such-fault'])).toThrow(
      `--fault must be one of the faults of src/simulator/faults/, got "no-such-fault"; valid: ${FAULT_NAMES.join(', ')}`,
    );
  });

  it('exits 2 with the list of valid names, without a stack trace', async () => {
    const r = await cli(['simulator', '--fault', 'nope']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error [USAGE]: --fault must be one of the faults');
    expect(r.err).toContain('auth-not-enforced');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('--list-faults prints every fault with its family', async () => {
    const r = await cli(['simulator', '--list-faults']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(FAULT_NAMES.length);
    expect(r.out).toMatch(/^pull-from-pre-active\s+money\s+funds-debit and card-to-card pull/m);
  });
});
