import path from 'node:path';
import { UsageError } from '../errors.ts';
import { DEFAULT_SEED } from '../generators/seed.ts';
import { integer } from '../runner/config.ts';
import { FAULTS, type Fault } from '../simulator/faults/index.ts';
import { defaultConcurrency, type SelfcheckOptions } from './selfcheck.ts';

/** The flags of `connectfi-conformance selfcheck`, as the CLI parsed them (strings, unchecked). */
export interface SelfcheckFlags {
  reportDir?: string;
  runs?: string;
  seed?: string;
  concurrency?: string;
  only?: string;
  timeout?: string;
}

/** The faults whose name matches `pattern` (a regular expression); none matching is a usage error. */
export function selectFaults(pattern: string | undefined, catalogue: readonly Fault[] = FAULTS): Fault[] {
  if (pattern === undefined) return [...catalogue];
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch (err) {
    throw new UsageError(`--only must be a regular expression over fault names, got ${JSON.stringify(pattern)}: ${(err as Error).message}`);
  }
  const faults = catalogue.filter((f) => re.test(f.name));
  if (faults.length === 0)
    throw new UsageError(`--only ${JSON.stringify(pattern)} matches no fault; faults: ${catalogue.map((f) => f.name).join(', ')}`);
  return faults;
}

/** Validates the values early, each message naming the flag and the value (docs/architecture.md). */
export function resolveSelfcheckOptions(flags: SelfcheckFlags, cwd = process.cwd()): Omit<SelfcheckOptions, 'out'> {
  if (flags.seed !== undefined && flags.seed.trim() === '') throw new UsageError('--seed must not be empty');
  if (flags.reportDir !== undefined && flags.reportDir.trim() === '') throw new UsageError('--report-dir must be a directory, got ""');
  return {
    reportDir: path.resolve(cwd, flags.reportDir ?? 'reports'),
    seed: flags.seed ?? String(DEFAULT_SEED),
    runs: flags.runs === undefined ? 5 : integer(flags.runs, '--runs', 1, 1000),
    concurrency: flags.concurrency === undefined ? defaultConcurrency() : integer(flags.concurrency, '--concurrency', 1, 16),
    faults: selectFaults(flags.only),
    timeoutMs: (flags.timeout === undefined ? 300 : integer(flags.timeout, '--timeout', 1, 3600)) * 1000,
  };
}
