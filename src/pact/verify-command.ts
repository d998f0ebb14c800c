import path from 'node:path';
import { ConfigurationError, EXIT, TransportError } from '../errors.ts';
import { readEnvFile } from '../util/env-file.ts';
import { PACT_FILE } from './contract-names.ts';
import { type ProviderTarget, remoteTarget, simulatorTarget } from './provider-targets.ts';
import { MissingProviderStatesError, type VerifyResult, statesUsed, verifyPact } from './verify.ts';

interface Output {
  write(text: string): unknown;
}

/**
 * The provider `npm run pact:verify` checks: CONNECTFI_BASE_URL (declared CONNECTFI_ENV=sandbox,
 * with CONNECTFI_TOKEN or CONNECTFI_LOGIN + CONNECTFI_PASSWORD, and optionally
 * CONNECTFI_PROVIDER_STATES_URL and CONNECTFI_PROVIDER_RESET_URL), else the embedded simulator.
 * Environment > .env (docs/architecture.md, "Stable interfaces").
 */
export interface VerifyFlags {
  /** --provider-base-url: overrides CONNECTFI_BASE_URL. */
  providerBaseUrl?: string;
  /** --provider-states-setup-url: overrides CONNECTFI_PROVIDER_STATES_URL. */
  statesUrl?: string;
  /** --provider-reset-url: overrides CONNECTFI_PROVIDER_RESET_URL. */
  resetUrl?: string;
}

export async function resolveTarget(
  env: Record<string, string | undefined>,
  states: string[],
  flags: VerifyFlags = {},
): Promise<ProviderTarget> {
  const value = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const baseUrl = flags.providerBaseUrl ?? value('CONNECTFI_BASE_URL');
  if (!baseUrl) {
    if (flags.statesUrl || flags.resetUrl) {
      throw new ConfigurationError(
        'INVALID_OPTION',
        '--provider-states-setup-url and --provider-reset-url need --provider-base-url (the embedded simulator sets its states in process)',
      );
    }
    return simulatorTarget(states);
  }
  // docs/architecture.md, "Stable interfaces" (configuration): replaying the contract issues cards and moves money, so a remote
  // target must be declared a sandbox, as for `run` (which has --allow-production; this has not).
  const environment = value('CONNECTFI_ENV') ?? 'unspecified';
  if (environment !== 'sandbox') {
    throw new ConfigurationError(
      'NOT_SANDBOX',
      `refusing to verify ${baseUrl}: CONNECTFI_ENV is "${environment}", not "sandbox" (the contract issues cards and moves money); set CONNECTFI_ENV=sandbox`,
    );
  }
  return remoteTarget(states, {
    baseUrl,
    token: value('CONNECTFI_TOKEN'),
    login: value('CONNECTFI_LOGIN'),
    password: value('CONNECTFI_PASSWORD'),
    statesUrl: flags.statesUrl ?? value('CONNECTFI_PROVIDER_STATES_URL'),
    resetUrl: flags.resetUrl ?? value('CONNECTFI_PROVIDER_RESET_URL'),
  });
}

export function summarize(result: VerifyResult, target: string, pactFile = PACT_FILE): string {
  const seconds = (result.durationMs / 1000).toFixed(1);
  const what = pactFile === PACT_FILE ? 'the contract' : path.relative(process.cwd(), pactFile) || pactFile;
  if (result.ok) return `pact:verify: all ${result.interactions} interactions of ${what} pass against ${target} (${seconds} s)\n`;
  const lines = [
    `pact:verify: ${result.failures.length} of ${result.interactions} interactions of ${what} FAIL against ${target} (${seconds} s)`,
  ];
  for (const f of result.failures) {
    lines.push(`  - ${f.interaction.replace(/^Verifying a pact between \S+ and \S+ /, '')}`);
    for (const m of f.mismatches) lines.push(`      ${m}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the verification and returns the exit code: 0 every interaction passes, 1 some fail, 2 could not run. */
export async function runPactVerify(
  env: Record<string, string | undefined> = { ...readEnvFile(path.join(process.cwd(), '.env'), false), ...process.env },
  out: Output = process.stdout,
  err: Output = process.stderr,
  pactFile = PACT_FILE,
  flags: VerifyFlags = {},
): Promise<number> {
  let target: ProviderTarget | undefined;
  try {
    const states = statesUsed(pactFile);
    target = await resolveTarget(env, states, flags);
    if (target.unsupportedStates.length > 0) {
      err.write(
        `pact:verify: warning: no provider-states URL (--provider-states-setup-url or CONNECTFI_PROVIDER_STATES_URL), so ${target.unsupportedStates.length} provider states cannot be set up; interactions that need them will likely fail\n`,
      );
    }
    const result = await verifyPact({
      providerBaseUrl: target.baseUrl,
      token: target.token,
      stateSetups: target.stateSetups,
      stateTeardowns: target.stateTeardowns,
      beforeEach: target.beforeEach,
      pactFile,
    });
    out.write(summarize(result, target.name, pactFile));
    return result.ok ? EXIT.OK : EXIT.FAILED;
  } catch (e) {
    if (e instanceof ConfigurationError || e instanceof TransportError || e instanceof MissingProviderStatesError) {
      err.write(`pact:verify: error [${e.code}]: ${e.message}\n`);
      return EXIT.COULD_NOT_RUN;
    }
    if (e instanceof Error && 'code' in e && (e as { code: unknown }).code === 'ENOENT') {
      err.write(
        pactFile === PACT_FILE
          ? `pact:verify: error [NO_CONTRACT]: ${pactFile} not found; run npm test (the consumer tests write it)\n`
          : `pact:verify: error [NO_CONTRACT]: ${pactFile} not found (proxy --pact-out F writes an app's contract)\n`,
      );
      return EXIT.COULD_NOT_RUN;
    }
    throw e;
  } finally {
    await target?.close();
  }
}
