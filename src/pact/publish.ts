import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigurationError, EXIT } from '../errors.ts';
import { ROOT } from '../api/index.ts';
import { CONTRACTS_DIR, PACT_FILE } from './contract-names.ts';

/**
 * npm run pact:publish: publishes contracts/ to a Pact Broker with the official Pact CLI from npm
 * (@pact-foundation/pact-cli, whose native binary ships in a per-platform npm package: nothing is
 * downloaded at run time). Consumer version = git sha, branch = git branch.
 *
 * Broker credentials stay in the environment, which the CLI reads itself (PACT_BROKER_TOKEN, or
 * PACT_BROKER_USERNAME / PACT_BROKER_PASSWORD): they never appear on a command line.
 */
export interface GitInfo {
  sha: string;
  /** undefined on a detached HEAD. */
  branch: string | undefined;
  /** Uncommitted changes under contracts/. */
  contractsDirty: boolean;
}

export interface PublishPlan {
  args: string[];
  warnings: string[];
}

type Env = Record<string, string | undefined>;

export function gitInfo(cwd = ROOT): GitInfo {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  let sha: string;
  try {
    sha = git('rev-parse', 'HEAD');
  } catch {
    throw new ConfigurationError(
      'NO_GIT_VERSION',
      `cannot read the git commit of ${cwd} (the consumer version is the git sha): is it a git repository with a commit?`,
    );
  }
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  const contractsDirty = git('status', '--porcelain', '--', path.relative(cwd, CONTRACTS_DIR) || '.') !== '';
  return { sha, branch: branch === 'HEAD' ? undefined : branch, contractsDirty };
}

/** Checks the broker variables and builds the CLI arguments; a missing variable is a ConfigurationError. */
export function publishPlan(env: Env, git: GitInfo, pactFile = PACT_FILE): PublishPlan {
  const set = (name: string) => (env[name] ?? '') !== '';
  if (!set('PACT_BROKER_BASE_URL')) {
    throw new ConfigurationError(
      'MISSING_BROKER',
      'PACT_BROKER_BASE_URL is not set: set it and PACT_BROKER_TOKEN (or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD)',
    );
  }
  if (!set('PACT_BROKER_TOKEN') && !(set('PACT_BROKER_USERNAME') && set('PACT_BROKER_PASSWORD'))) {
    throw new ConfigurationError(
      'MISSING_BROKER',
      'no broker credentials: set PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD',
    );
  }
  const warnings: string[] = [];
  const branch = env.PACT_CONSUMER_BRANCH || git.branch;
  if (!branch) warnings.push('detached HEAD: publishing without a branch (set PACT_CONSUMER_BRANCH to name one)');
  if (git.contractsDirty)
    warnings.push(`contracts/ has uncommitted changes: the broker will record them under ${git.sha}, which does not contain them`);
  const args = ['publish', pactFile, '--consumer-app-version', git.sha, ...(branch ? ['--branch', branch] : [])];
  return { args, warnings };
}

/** The pact-broker entry point of the installed @pact-foundation/pact-cli. */
export function pactBrokerCli(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@pact-foundation/pact-cli/package.json')), 'bin', 'pact-broker.js');
}

interface Output {
  write(text: string): unknown;
}

export interface PublishOptions {
  /** Print what would be run and send nothing. */
  dryRun?: boolean;
  out?: Output;
}

/** The broker URL as it may be printed: any user:password@ in it is cut out. */
export function printableUrl(value: string): string {
  try {
    const url = new URL(value);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(not a URL)';
  }
}

/** What a dry run prints: the command line (no secret is ever on it) and where the secrets come from. */
export function describePlan(plan: PublishPlan, env: Env): string {
  const auth = (env.PACT_BROKER_TOKEN ?? '') !== '' ? 'PACT_BROKER_TOKEN' : 'PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD';
  return (
    [
      `pact publish --dry-run: would run: pact-broker ${plan.args.join(' ')}`,
      `  broker: ${printableUrl(env.PACT_BROKER_BASE_URL ?? '')} (PACT_BROKER_BASE_URL), authenticated with ${auth} from the environment (not shown)`,
      'nothing was sent',
    ].join('\n') + '\n'
  );
}

/** Returns the exit code: 0 published, 1 the broker or CLI refused, 2 could not run (configuration). */
export async function runPactPublish(
  env: Env = process.env,
  err: Output = process.stderr,
  git: () => GitInfo = gitInfo,
  options: PublishOptions = {},
): Promise<number> {
  let plan: PublishPlan;
  try {
    plan = publishPlan(env, git());
  } catch (e) {
    if (e instanceof ConfigurationError) {
      err.write(`pact:publish: error [${e.code}]: ${e.message}\n`);
      return EXIT.COULD_NOT_RUN;
    }
    throw e;
  }
  for (const w of plan.warnings) err.write(`pact:publish: warning: ${w}\n`);
  if (options.dryRun) {
    (options.out ?? process.stdout).write(describePlan(plan, env));
    return EXIT.OK;
  }
  const child = spawn(process.execPath, [pactBrokerCli(), ...plan.args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  return new Promise<number>((resolve) => {
    child.on('error', (e) => {
      err.write(`pact:publish: error [PACT_CLI]: cannot run the Pact CLI: ${e.message}\n`);
      resolve(EXIT.COULD_NOT_RUN);
    });
    child.on('close', (status) => resolve(status === 0 ? EXIT.OK : EXIT.FAILED));
  });
}
