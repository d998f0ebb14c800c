import path from 'node:path';
import { UsageError } from '../errors.ts';
import { DEFAULT_SEED } from '../generators/seed.ts';
import { defineOptions, resolveOptions, type OptionFlags } from '../util/option-table.ts';
import { FAULTS, type Fault } from '../simulator/faults/index.ts';
import { VARIANTS, type Variant } from '../simulator/variants/index.ts';
import { defaultConcurrency, type SelfcheckOptions } from './selfcheck.ts';

/** The options of `connectfi-conformance selfcheck`: its flags, their validation and its `--help` lines. */
export const SELFCHECK_OPTIONS = defineOptions({
  only: { type: 'string', value: 'PATTERN', help: 'run only the faults whose name matches the regular expression' },
  variants: {
    type: 'string',
    value: 'PATTERN',
    help: 'run only the allowed variants whose name matches the regular expression ("none": no variant); default: every variant, or none with --only',
  },
  reportDir: {
    type: 'string',
    value: 'D',
    default: 'reports',
    must: 'be a directory',
    help: "the clean run's reports; faults go to D/selfcheck/<fault>/",
  },
  runs: { type: 'integer', value: 'N', min: 1, max: 1000, default: 5, help: 'property cases per operation in each run' },
  seed: {
    type: 'string',
    value: 'S',
    default: String(DEFAULT_SEED),
    must: 'not be empty',
    help: 'seed of the simulators and the generated data',
  },
  concurrency: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 16,
    default: defaultConcurrency(),
    defaultHelp: `${defaultConcurrency()} on this machine`,
    help: 'lanes: runs in flight at once',
  },
  timeout: { type: 'integer', value: 'S', min: 1, max: 3600, default: 300, help: 'seconds before one run is stopped' },
});

/** The flags of `connectfi-conformance selfcheck`, as the CLI parsed them (strings, unchecked). */
export type SelfcheckFlags = OptionFlags<typeof SELFCHECK_OPTIONS>;

function nameRegExp(flag: string, what: string, pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch (err) {
    throw new UsageError(
      `${flag} must be a regular expression over ${what} names, got ${JSON.stringify(pattern)}: ${(err as Error).message}`,
    );
  }
}

/** The faults whose name matches `pattern` (a regular expression); none matching is a usage error. */
export function selectFaults(pattern: string | undefined, catalogue: readonly Fault[] = FAULTS): Fault[] {
  if (pattern === undefined) return [...catalogue];
  const re = nameRegExp('--only', 'fault', pattern);
  const faults = catalogue.filter((f) => re.test(f.name));
  if (faults.length === 0)
    throw new UsageError(`--only ${JSON.stringify(pattern)} matches no fault; faults: ${catalogue.map((f) => f.name).join(', ')}`);
  return faults;
}

/**
 * The allowed variants whose name matches `pattern`: every one by default, none for "none" or when
 * the faults were narrowed with --only (a quick look at some faults); none matching is a usage error.
 */
export function selectVariants(pattern: string | undefined, only: string | undefined, catalogue: readonly Variant[] = VARIANTS): Variant[] {
  if (pattern === 'none' || (pattern === undefined && only !== undefined)) return [];
  if (pattern === undefined) return [...catalogue];
  const re = nameRegExp('--variants', 'variant', pattern);
  const variants = catalogue.filter((v) => re.test(v.name));
  if (variants.length === 0)
    throw new UsageError(`--variants ${JSON.stringify(pattern)} matches no variant; variants: ${catalogue.map((v) => v.name).join(', ')}`);
  return variants;
}

/** Validates the values early, each message naming the flag and the value (docs/architecture.md, "Validate options early"). */
export function resolveSelfcheckOptions(flags: SelfcheckFlags, cwd = process.cwd()): Omit<SelfcheckOptions, 'out'> {
  const o = resolveOptions(SELFCHECK_OPTIONS, flags, { code: 'INVALID_OPTION' });
  return {
    reportDir: path.resolve(cwd, o.reportDir),
    seed: o.seed,
    runs: o.runs,
    concurrency: o.concurrency,
    faults: selectFaults(o.only),
    variants: selectVariants(o.variants, o.only),
    timeoutMs: o.timeout * 1000,
  };
}
