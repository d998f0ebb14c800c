import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSimulatorArgs } from './simulator.ts';
import { UsageError } from '../../errors.ts';
import { ROOT } from '../../api/index.ts';
import { FAULT_NAMES } from '../../simulator/faults/catalogue.ts';

const BIN = path.join(ROOT, 'bin', 'connectfi-conformance.mjs');
const processes: ReturnType<typeof spawn>[] = [];

/** Runs the CLI until it exits, or until `until` matches its stdout (then stops it with SIGTERM). */
function cli(args: string[], until?: RegExp): Promise<{ code: number | null; out: string; err: string; match?: RegExpExecArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--', BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let match: RegExpExecArray | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out: ${out} ${err}`));
    }, 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = until?.exec(out);
      if (m && !match) {
        match = m;
        resolve({ code: null, out, err, match });
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, match });
    });
    processes.push(child);
  });
}

afterAll(() => {
  for (const p of processes) if (p.exitCode === null) p.kill('SIGTERM');
});

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

  it('starts a faulty simulator: with auth-not-enforced a request without a token is served', async () => {
    const r = await cli(['simulator', '--fault', 'auth-not-enforced'], /listening on (http:\/\/\S+)\nFAULT /);
    try {
      expect(r.out).toContain('FAULT auth-not-enforced');
      const res = await fetch(`${r.match![1]}/ibis/card/list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customerId: 'cstap_unknown' }),
      });
      expect(res.status).not.toBe(401);
    } finally {
      for (const p of processes) if (p.exitCode === null) p.kill('SIGTERM');
    }
  });
});
