import path from 'node:path';
import type { Command } from '../command.ts';
import { ConfigurationError, UsageError } from '../../errors.ts';
import { readEnvFile } from '../../util/env-file.ts';
import { defineOptions, formatOptions, parseFlags, resolveOptions, synopsis } from '../../util/option-table.ts';

const ENV_FILE = { type: 'string', value: 'F', defaultHelp: './.env when present', help: 'dotenv file to read' } as const;

// The variables these flags override are read by src/pact (verify-command.ts, publish.ts), environment > .env.
const VERIFY_OPTIONS = defineOptions({
  providerBaseUrl: {
    type: 'string',
    value: 'URL',
    defaultHelp: 'CONNECTFI_BASE_URL, else the embedded simulator',
    help: 'the provider to verify',
  },
  providerStatesSetupUrl: {
    type: 'string',
    value: 'URL',
    defaultHelp: 'CONNECTFI_PROVIDER_STATES_URL',
    help: "where Pact's provider-state setup and teardown calls go",
  },
  providerResetUrl: {
    type: 'string',
    value: 'URL',
    defaultHelp: 'CONNECTFI_PROVIDER_RESET_URL',
    help: 'POSTed {} before every interaction',
  },
  pact: {
    type: 'string',
    value: 'F',
    must: 'be a pact file',
    defaultHelp: "this project's contract, contracts/connectfi-conformance-client-connectfi-api.json",
    help: "the Pact file to verify, such as an app's own contract the proxy wrote",
  },
  envFile: ENV_FILE,
});

const PUBLISH_OPTIONS = defineOptions({
  dryRun: { type: 'boolean', help: 'print the command it would run and send nothing' },
  envFile: ENV_FILE,
});

const USAGE = `usage: connectfi-conformance pact <verify|publish> [options]
  pact verify ${synopsis(VERIFY_OPTIONS)}
      Replays the contract (contracts/, or --pact F) against a provider and checks every answer. Without
      --provider-base-url (or CONNECTFI_BASE_URL) the provider is the embedded simulator. A remote
      provider needs CONNECTFI_ENV=sandbox and CONNECTFI_TOKEN (or CONNECTFI_LOGIN and
      CONNECTFI_PASSWORD). The states URL receives Pact's { state, params, action: "setup"|"teardown" }
      before and after each interaction that names provider states (contracts/README.md lists them);
      the reset URL, when given, is POSTed {} before every interaction.
${formatOptions(VERIFY_OPTIONS, 6)}
  pact publish ${synopsis(PUBLISH_OPTIONS)}
      Publishes the contract to the Pact Broker PACT_BROKER_BASE_URL (PACT_BROKER_TOKEN, or
      PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD, from the environment: never printed), consumer
      version = git sha, branch = git branch (PACT_CONSUMER_BRANCH overrides).
${formatOptions(PUBLISH_OPTIONS, 6)}
exit codes: 0 verified/published, 1 an interaction failed/the broker refused, 2 could not run`;

/**
 * The Pact libraries are optional peer dependencies of the installed package (their native cores
 * are large and only `pact` needs them): a missing one is a one-line error that says what to install.
 */
export async function needPact<T>(load: () => T | Promise<T>, pkg: string): Promise<T> {
  try {
    return await load();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if ((e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'MODULE_NOT_FOUND') && e.message.includes('@pact-foundation/')) {
      throw new ConfigurationError('MISSING_DEPENDENCY', `pact needs ${pkg}, an optional peer dependency: npm install --save-dev ${pkg}`);
    }
    throw err;
  }
}

/** The verify flags, checked by their table (a blank --pact is refused there). */
function parseVerify(argv: string[]) {
  const { flags } = parseFlags(VERIFY_OPTIONS, argv);
  return { flags, values: resolveOptions(VERIFY_OPTIONS, flags, { code: 'USAGE' }) };
}

function environment(envFile: string | undefined): Record<string, string | undefined> {
  const file = envFile ? path.resolve(envFile) : path.join(process.cwd(), '.env');
  return { ...readEnvFile(file, Boolean(envFile)), ...process.env };
}

export const command: Command = {
  summary: 'verify the Pact contract against a provider, or publish it to a broker',
  usage: USAGE,
  async run(argv) {
    const [sub, ...rest] = argv;
    if (sub === 'verify') {
      const { values, flags } = parseVerify(rest);
      const { runPactVerify } = await needPact(() => import('../../pact/verify-command.ts'), '@pact-foundation/pact');
      const { PACT_FILE } = await import('../../pact/contract-names.ts');
      const pactFile = values.pact === undefined ? PACT_FILE : path.resolve(values.pact);
      return runPactVerify(environment(flags.envFile), process.stdout, process.stderr, pactFile, {
        providerBaseUrl: flags.providerBaseUrl,
        statesUrl: flags.providerStatesSetupUrl,
        resetUrl: flags.providerResetUrl,
      });
    }
    if (sub === 'publish') {
      const { flags } = parseFlags(PUBLISH_OPTIONS, rest);
      const { runPactPublish, pactBrokerCli } = await import('../../pact/publish.ts');
      if (!flags.dryRun) await needPact(() => pactBrokerCli(), '@pact-foundation/pact-cli');
      return runPactPublish(environment(flags.envFile), process.stderr, undefined, {
        dryRun: flags.dryRun ?? false,
        out: process.stdout,
      });
    }
    throw new UsageError(sub ? `unknown pact command "${sub}" (verify or publish)` : 'pact needs a command: verify or publish');
  },
};
