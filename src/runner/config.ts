import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import { FIXTURE_VARIABLES, type FixtureName, type Fixtures } from '../harness/fixtures.ts';
import { readEnvFile } from '../util/env-file.ts';
import { parseShard, type Shard } from '../harness/selection.ts';

export interface RunFlags {
  target?: string;
  envFile?: string;
  only?: string;
  runs?: string;
  concurrency?: string;
  rateLimit?: string;
  reportDir?: string;
  seed?: string;
  allowProduction?: boolean;
  keep?: boolean;
  waivers?: string;
  timeoutMs?: string;
  evidence?: string;
  allowMissingFixtures?: boolean;
  maxRequests?: string;
  profile?: boolean;
  shard?: string;
}

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
  /** `--shard I/N`: run only the checks of shard I (by check id; docs/ci.md, "Sharded runs in CI"). */
  shard?: Shard;
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
};

export function integer(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
    throw new ConfigurationError('INVALID_OPTION', `${name} must be an integer from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

function evidenceMode(value: string, name: string): 'all' | 'failures' {
  if (value !== 'all' && value !== 'failures')
    throw new ConfigurationError('INVALID_OPTION', `${name} must be "all" or "failures", got "${value}"`);
  return value;
}

/** "10", "10/s", "2.5/s" → requests per second. */
export function parseRateLimit(value: string, name = '--rate-limit'): number {
  const m = /^(\d+(?:\.\d+)?)(?:\/s)?$/.exec(value.trim());
  if (!m || Number(m[1]) <= 0)
    throw new ConfigurationError('INVALID_OPTION', `${name} must look like 10/s (requests per second > 0), got "${value}"`);
  return Number(m[1]);
}

function baseUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError('INVALID_OPTION', `${name} must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError('INVALID_OPTION', `${name} must be an http(s) URL, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

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
  const url = flags.target ?? get('CONNECTFI_BASE_URL');
  const fixtures: Fixtures = {};
  for (const [key, variable] of Object.entries(FIXTURE_VARIABLES)) {
    const v = get(variable);
    if (v) fixtures[key as FixtureName] = v;
  }
  const rate = flags.rateLimit ?? get('CONNECTFI_RATE_LIMIT');
  const maxRequests = flags.maxRequests ?? get('CONNECTFI_MAX_REQUESTS');
  if (flags.only !== undefined) {
    try {
      new RegExp(flags.only);
    } catch (err) {
      throw new ConfigurationError('INVALID_OPTION', `--only must be a regular expression, got "${flags.only}": ${(err as Error).message}`);
    }
  }
  const config: RunConfig = {
    baseUrl: url ? baseUrl(url, flags.target ? '--target' : 'CONNECTFI_BASE_URL') : null,
    environment: get('CONNECTFI_ENV') ?? (url ? 'unspecified' : 'simulator'),
    allowProduction: Boolean(flags.allowProduction),
    token: get('CONNECTFI_TOKEN'),
    login: get('CONNECTFI_LOGIN'),
    password: get('CONNECTFI_PASSWORD'),
    fixtures,
    only: flags.only,
    runs: integer(
      flags.runs ?? get('CONNECTFI_RUNS') ?? String(url ? DEFAULTS.remoteRuns : DEFAULTS.runs),
      flags.runs ? '--runs' : 'CONNECTFI_RUNS',
      1,
      100_000,
    ),
    concurrency: integer(
      flags.concurrency ?? get('CONNECTFI_CONCURRENCY') ?? String(DEFAULTS.concurrency),
      flags.concurrency ? '--concurrency' : 'CONNECTFI_CONCURRENCY',
      1,
      256,
    ),
    rateLimit: rate ? parseRateLimit(rate, flags.rateLimit ? '--rate-limit' : 'CONNECTFI_RATE_LIMIT') : undefined,
    timeoutMs: integer(flags.timeoutMs ?? get('CONNECTFI_TIMEOUT_MS') ?? String(DEFAULTS.timeoutMs), 'CONNECTFI_TIMEOUT_MS', 100, 600_000),
    reportDir: path.resolve(cwd, flags.reportDir ?? get('CONNECTFI_REPORT_DIR') ?? DEFAULTS.reportDir),
    seed: flags.seed ?? get('CONNECTFI_SEED') ?? String(Date.now() % 2_147_483_647),
    keep: Boolean(flags.keep),
    waiversFile: path.resolve(cwd, flags.waivers ?? DEFAULTS.waiversFile),
    ...(flags.shard !== undefined ? { shard: parseShard(flags.shard) } : {}),
    evidence: evidenceMode(flags.evidence ?? get('CONNECTFI_EVIDENCE') ?? 'failures', flags.evidence ? '--evidence' : 'CONNECTFI_EVIDENCE'),
    allowMissingFixtures: Boolean(flags.allowMissingFixtures),
    ...(maxRequests !== undefined
      ? { maxRequests: integer(maxRequests, flags.maxRequests ? '--max-requests' : 'CONNECTFI_MAX_REQUESTS', 1, 10_000_000) }
      : {}),
    profile: Boolean(flags.profile),
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
