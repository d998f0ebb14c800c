import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.ts';
import { DEFAULT_SEED } from '../generators/seed.ts';
import { FAULT_NAMES } from '../simulator/faults/index.ts';
import { defaultConcurrency, type SelfcheckOptions } from './selfcheck.ts';

export const SELFCHECK_USAGE = `usage: npm run selfcheck -- [options]
  Runs the conformance suite against the clean simulator (must pass) and against each fault of
  src/simulator/faults/ (must fail in the fault's family); prints the table and the mutation score.
  --report-dir D     the clean run's reports (default: reports); faults go to D/selfcheck/<fault>/
  --runs N           property cases per operation in each run (default 5)
  --seed S           seed of the simulators and the generated data (default ${DEFAULT_SEED})
  --concurrency N    runs at a time (default ${defaultConcurrency()} on this machine)
  --fault NAME       run only this fault (repeatable)
  --timeout S        seconds before a run is stopped (default 600)
exit codes: 0 clean run passed and every fault detected, 1 otherwise, 2 bad usage`;

function positive(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`${flag} must be an integer from 1 to ${max}, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** Options validated early, each message naming the flag and the value (docs/architecture.md, "Validate options early"). */
export function parseSelfcheckArgs(argv: string[], cwd = process.cwd()): Omit<SelfcheckOptions, 'out'> | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        'report-dir': { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' }, concurrency: { type: 'string' },
        fault: { type: 'string', multiple: true }, timeout: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) return 'help';
  for (const f of values.fault ?? []) {
    if (!FAULT_NAMES.includes(f)) throw new UsageError(`--fault must be a fault of src/simulator/faults/, got ${JSON.stringify(f)}; valid: ${FAULT_NAMES.join(', ')}`);
  }
  if (values.seed !== undefined && values.seed.trim() === '') throw new UsageError('--seed must not be empty');
  if (values['report-dir'] !== undefined && values['report-dir'].trim() === '') throw new UsageError('--report-dir must be a directory, got ""');
  return {
    reportDir: path.resolve(cwd, values['report-dir'] ?? 'reports'),
    seed: values.seed ?? String(DEFAULT_SEED),
    runs: positive('--runs', values.runs, 5, 1000),
    concurrency: positive('--concurrency', values.concurrency, defaultConcurrency(), 16),
    ...(values.fault ? { faults: [...new Set(values.fault)] } : {}),
    timeoutMs: positive('--timeout', values.timeout, 600, 3600) * 1000,
  };
}
