import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import { FIXTURE_VARIABLES, type FixtureName, type Fixtures } from '../harness/fixtures.ts';
import { readEnvFile } from '../util/env-file.ts';
import { defineOptions, resolveOptions, type OptionFlags } from '../util/option-table.ts';
import { MAX_SHARDS, parseShard, type Shard } from '../harness/selection.ts';

export interface RunConfig {
  /** null = the embedded simulator. */
  baseUrl: string | null;
  environment: string;
  allowProduction: boolean;
  token?: string;
  login?: string;
  password?: string;
  fixtures: Fixtures;
  only?: string;
  /** Suite files to load (vitest filters); none = every suite. Set by the self-check, not a flag. */
  files?: string[];
  runs: number;
  concurrency: number;
  /** Requests per second for the whole run; undefined = unlimited. */
  rateLimit?: number;
  timeoutMs: number;
  reportDir: string;
  seed: string;
  keep: boolean;
  waiversFile: string;
  /** Keep the exchanges of every check ('all') or only of failed ones ('failures', the default). */
  evidence: 'all' | 'failures';
  /** Checks skipped for a missing fixture do not make the run inconclusive (exit 2). */
  allowMissingFixtures: boolean;
  /** The most requests the checks may send; checks left out are skipped with the reason. */
  maxRequests?: number;
  /** Print (and record in conformance.json) where the run's time went. */
  profile: boolean;
  /** `--shard I/N`: run only the checks of shard I (by check id; docs/architecture.md, "Sharded runs"). */
  shard?: Shard;
  /** `--quiet`: no progress lines while the run goes (the verdict and errors are printed still). */
  quiet?: boolean;
  /** A progress line at least this often while the run waits (docs/architecture.md, "Progress while a run waits"). */
  progressMs?: number;
  /** Fail the run (exit 1) when drift.json lists anything (docs/architecture.md, "Observed drift"). */
  failOnDrift?: boolean;
}

/**
 * `runs`: generated cases per operation in the property checks. Against a remote target each case is
 * a sandbox request, so the default there is half (`remoteRuns`): the same checks, fewer requests,
 * and the seed changes every run, so the cases differ from run to run (docs/benchmarks.md, "Speed").
 */
export const DEFAULTS = {
  runs: 20,
  remoteRuns: 10,
  concurrency: 32,
  timeoutMs: 30_000,
  reportDir: 'reports',
  waiversFile: 'conformance.waivers.json',
  progressMs: 10_000,
};

/** "10", "10/s", "2.5/s" → requests per second; undefined for anything else. */
export function parseRateLimit(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(?:\/s)?$/.exec(value.trim());
  return m && Number(m[1]) > 0 ? Number(m[1]) : undefined;
}

/** An http(s) URL without its trailing slashes; undefined for anything else. */
function httpUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? value.replace(/\/+$/, '') : undefined;
}

/** A regular expression's source, compiled once to check it: the SyntaxError says what is wrong. */
function regularExpression(value: string): string {
  new RegExp(value);
  return value;
}

/**
 * The options of `connectfi-conformance run`, each with its variable (docs/ci.md, "Configuration"):
 * the flags, the `--help` lines and the validation of flags and variables alike come from here.
 */
export const RUN_OPTIONS = defineOptions({
  target: {
    type: 'custom',
    value: 'URL',
    must: 'be an http(s) URL',
    parse: httpUrl,
    env: 'CONNECTFI_BASE_URL',
    defaultHelp: 'none: the embedded simulator',
    help: 'base URL of the API',
  },
  envFile: { type: 'string', value: 'F', defaultHelp: './.env when present', help: 'dotenv file to read' },
  only: {
    type: 'custom',
    value: 'PATTERN',
    must: 'be a regular expression',
    parse: regularExpression,
    help: 'run only checks whose id matches the regular expression',
  },
  shard: {
    type: 'custom',
    value: 'I/N',
    must: `be I/N with 1 <= I <= N <= ${MAX_SHARDS} (e.g. 2/4)`,
    parse: parseShard,
    help: 'run only part I of N (stable, by check id); merge with merge-reports',
  },
  runs: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 100_000,
    env: 'CONNECTFI_RUNS',
    defaultHelp: `${DEFAULTS.runs}; ${DEFAULTS.remoteRuns} against a remote target, where each case is a sandbox request`,
    help: 'generated cases per operation in the property checks',
  },
  concurrency: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 256,
    default: DEFAULTS.concurrency,
    env: 'CONNECTFI_CONCURRENCY',
    help: 'checks in flight at once in each worker',
  },
  rateLimit: {
    type: 'custom',
    value: 'N/s',
    must: 'look like 10/s (requests per second > 0)',
    parse: parseRateLimit,
    env: 'CONNECTFI_RATE_LIMIT',
    defaultHelp: 'unlimited',
    help: 'requests per second for the whole run',
  },
  maxRequests: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 10_000_000,
    env: 'CONNECTFI_MAX_REQUESTS',
    help: 'send at most N requests; the checks left out are reported as skipped',
  },
  profile: {
    type: 'boolean',
    help: 'print where the time went (startup, target, suite import, validator loading, checks, cleanup, reporting); also in conformance.json',
  },
  reportDir: {
    type: 'string',
    value: 'D',
    default: DEFAULTS.reportDir,
    env: 'CONNECTFI_REPORT_DIR',
    help: 'where to write the reports',
  },
  seed: { type: 'string', value: 'S', env: 'CONNECTFI_SEED', defaultHelp: 'random, printed', help: 'seed for generated data' },
  waivers: { type: 'string', value: 'F', default: DEFAULTS.waiversFile, help: 'waiver file' },
  evidence: {
    type: 'enum',
    choices: ['all', 'failures'],
    default: 'failures',
    env: 'CONNECTFI_EVIDENCE',
    help: 'keep the request/response evidence of failed checks only, or of all checks',
  },
  allowProduction: { type: 'boolean', help: 'allow a remote target whose CONNECTFI_ENV is not "sandbox"' },
  keep: { type: 'boolean', help: 'keep the cards a remote run opened (default: close them at the end)' },
  allowMissingFixtures: {
    type: 'boolean',
    help: 'accept checks skipped for a missing fixture variable (default: such a run is inconclusive, exit 2)',
  },
  failOnDrift: {
    type: 'boolean',
    help: 'exit 1 when the target did anything the docs do not describe (drift.json lists it); otherwise drift never changes the verdict',
  },
  timeoutMs: {
    type: 'integer',
    value: 'MS',
    min: 100,
    max: 600_000,
    default: DEFAULTS.timeoutMs,
    env: 'CONNECTFI_TIMEOUT_MS',
    flag: false,
    help: 'time allowed for one request to the target, in milliseconds',
  },
  quiet: { type: 'boolean', help: 'no progress lines while the run goes (the verdict, the report paths and errors are printed)' },
  progressMs: {
    type: 'integer',
    value: 'MS',
    min: 100,
    max: 600_000,
    default: DEFAULTS.progressMs,
    env: 'CONNECTFI_PROGRESS_MS',
    flag: false,
    help: 'milliseconds of silence after which a waiting run prints a progress line (its step, the checks done, the oldest request in flight)',
  },
});

/** The flags of `run` as given on the command line (strings, unchecked). */
export type RunFlags = OptionFlags<typeof RUN_OPTIONS>;

/**
 * Resolves the run configuration: flags > environment > .env (docs/architecture.md, "Stable interfaces"). Every value is
 * validated here, with the flag or variable and the value in the message.
 */
export function resolveRunConfig(flags: RunFlags, environment: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): RunConfig {
  const file = flags.envFile ? path.resolve(cwd, flags.envFile) : path.join(cwd, '.env');
  const dotenv = readEnvFile(file, Boolean(flags.envFile));
  const get = (name: string): string | undefined => {
    const v = environment[name] ?? dotenv[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const fixtures: Fixtures = {};
  for (const [key, variable] of Object.entries(FIXTURE_VARIABLES)) {
    const v = get(variable);
    if (v) fixtures[key as FixtureName] = v;
  }
  const o = resolveOptions(RUN_OPTIONS, flags, { code: 'INVALID_OPTION', env: get });
  const baseUrl = o.target ?? null;
  const config: RunConfig = {
    baseUrl,
    environment: get('CONNECTFI_ENV') ?? (baseUrl ? 'unspecified' : 'simulator'),
    allowProduction: o.allowProduction,
    token: get('CONNECTFI_TOKEN'),
    login: get('CONNECTFI_LOGIN'),
    password: get('CONNECTFI_PASSWORD'),
    fixtures,
    only: o.only,
    runs: o.runs ?? (baseUrl ? DEFAULTS.remoteRuns : DEFAULTS.runs),
    concurrency: o.concurrency,
    rateLimit: o.rateLimit,
    timeoutMs: o.timeoutMs,
    reportDir: path.resolve(cwd, o.reportDir),
    seed: o.seed ?? String(Date.now() % 2_147_483_647),
    keep: o.keep,
    waiversFile: path.resolve(cwd, o.waivers),
    ...(o.shard !== undefined ? { shard: o.shard } : {}),
    evidence: o.evidence,
    allowMissingFixtures: o.allowMissingFixtures,
    ...(o.failOnDrift ? { failOnDrift: true } : {}),
    ...(o.maxRequests !== undefined ? { maxRequests: o.maxRequests } : {}),
    profile: o.profile,
    quiet: o.quiet,
    progressMs: o.progressMs,
  };
  if (config.baseUrl) {
    if (!config.token && !(config.login && config.password)) {
      throw new ConfigurationError(
        'MISSING_CONFIGURATION',
        `target ${config.baseUrl} needs CONNECTFI_TOKEN, or CONNECTFI_LOGIN and CONNECTFI_PASSWORD (see .env.example)`,
      );
    }
    if (config.environment !== 'sandbox' && !config.allowProduction) {
      throw new ConfigurationError(
        'NOT_SANDBOX',
        `refusing to run against ${config.baseUrl}: CONNECTFI_ENV is "${config.environment}", not "sandbox" (the suite creates cards and moves money); set CONNECTFI_ENV=sandbox or pass --allow-production`,
      );
    }
  }
  return config;
}
