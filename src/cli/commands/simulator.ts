import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { LISTEN_OPTIONS, type Command } from '../command.ts';
import { ConfigurationError, EXIT, UsageError } from '../../errors.ts';
import { FAULTS, FAULT_NAMES } from '../../simulator/faults/catalogue.ts';
import { VARIANTS, VARIANT_NAMES } from '../../simulator/variants/catalogue.ts';
import { defineOptions, formatOptions, parseOptions, synopsis } from '../../util/option-table.ts';
import { waitForSignal } from '../../util/signals.ts';

const OPTIONS = defineOptions({
  ...LISTEN_OPTIONS,
  writeEnv: {
    type: 'string',
    value: 'F',
    must: 'be a file path',
    help: 'write every CONNECTFI_* variable `run` needs (base URL, credentials, fixture ids) to F (F may not exist yet; read it back with `run --env-file F`)',
  },
  latency: {
    type: 'integer',
    value: 'MS',
    min: 0,
    max: 60_000,
    default: 0,
    help: 'add MS milliseconds to every response, to rehearse a remote sandbox',
  },
  seed: { type: 'string', value: 'S', must: 'not be empty', help: 'seed ids and the password, for reproducible runs' },
  enableStateApi: {
    type: 'boolean',
    help: 'serve POST /__simulator/state and /__simulator/reset (provider states) and POST|GET|DELETE /__simulator/outcomes (force a documented error or a transport outcome)',
  },
  fault: {
    type: 'enum',
    value: 'NAME',
    choices: FAULT_NAMES,
    must: 'be one of the faults of src/simulator/faults/',
    help: "break one documented rule on purpose (the self-check's faults)",
  },
  flakyNetwork: {
    type: 'custom',
    value: 'RATE',
    must: 'be a share of requests from 0 to 1 (0.03: about 3 in 100)',
    parse: (v: string) => {
      const rate = /^(0|1|0?\.\d+|1\.0*)$/.test(v.trim()) ? Number(v) : Number.NaN;
      return rate >= 0 && rate <= 1 ? rate : undefined;
    },
    help: 'put a flaky network in front of the simulator: RATE of the requests (seeded by --seed) meet a connection reset before or after processing, or an HTTP 503 before processing; never the /__simulator/ state API',
  },
  listFaults: { type: 'boolean', help: 'list the fault names, their check family and what each breaks, and exit' },
  variant: {
    type: 'custom',
    value: 'NAME[,NAME]',
    must: 'be allowed variants of src/simulator/variants/, separated by commas',
    parse: parseVariantNames,
    help: 'choose differently where the docs leave the choice open (an allowed variant; several separated by commas)',
  },
  listVariants: {
    type: 'boolean',
    help: 'list the allowed variants, what each does differently and the doc line that allows it, and exit',
  },
  envFile: {
    type: 'string',
    value: 'F',
    must: 'be a file path',
    help: 'an old alias of --write-env: under npx on Node 20, Node itself reads --env-file and exits when F does not exist yet, so use --write-env',
  },
});

const USAGE = `usage: connectfi-conformance simulator ${synopsis(OPTIONS, ['envFile'])}
  Starts the reference connectFi sandbox and prints its base URL. Stops cleanly on SIGINT or SIGTERM.
${formatOptions(OPTIONS)}`;

export interface SimulatorArgs {
  port: number;
  host: string;
  /** --write-env F (or its old alias --env-file F). */
  envFile?: string;
  /** Set when the old alias --env-file was used, so the command can say which flag to use. */
  envFileAlias?: true;
  latencyMs: number;
  seed?: string;
  enableStateApi: boolean;
  fault?: string;
  /** --flaky-network RATE: the share of requests that meet a transport incident. */
  flakyNetwork?: number;
  listFaults?: true;
  variants?: string[];
  listVariants?: true;
}

/** Options validated early, each message naming the flag and the value (docs/architecture.md, "Validate options early"). */
export function parseSimulatorArgs(argv: string[]): SimulatorArgs {
  const { values, positionals } = parseOptions(OPTIONS, argv, { code: 'USAGE', allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (values.writeEnv !== undefined && values.envFile !== undefined)
    throw new UsageError('--env-file is an alias of --write-env: pass only --write-env F');
  const envFile = values.writeEnv ?? values.envFile;
  return {
    port: values.port,
    host: values.host,
    ...(envFile !== undefined ? { envFile } : {}),
    ...(values.envFile !== undefined ? { envFileAlias: true as const } : {}),
    latencyMs: values.latency,
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    enableStateApi: values.enableStateApi,
    ...(values.fault !== undefined ? { fault: values.fault } : {}),
    ...(values.flakyNetwork !== undefined ? { flakyNetwork: values.flakyNetwork } : {}),
    ...(values.listFaults ? { listFaults: true as const } : {}),
    ...(values.variant !== undefined ? { variants: values.variant } : {}),
    ...(values.listVariants ? { listVariants: true as const } : {}),
  };
}

/** `a,b`: names of the variant catalogue, each once; an unknown one throws, naming the valid ones. */
function parseVariantNames(value: string): string[] {
  const names = value.split(',').map((n) => n.trim());
  for (const name of names)
    if (!VARIANT_NAMES.includes(name)) throw new Error(`unknown variant ${JSON.stringify(name)}; valid: ${VARIANT_NAMES.join(', ')}`);
  if (new Set(names).size !== names.length) throw new Error('a variant is named twice');
  return names;
}

/** The lines of --list-variants: name, what it does, and the doc lines that allow it. */
export function variantListing(): string {
  const docLine = (d: { file: string; heading: string; quote: string }) => `${' '.repeat(35)}${d.file}, "${d.heading}": ${d.quote}\n`;
  return VARIANTS.map((v) => `${v.name.padEnd(34)} ${v.description}\n${v.docs.map(docLine).join('')}`).join('');
}

/** dotenv format; a value that is not plain is double-quoted. */
export function toDotenv(env: Record<string, string>): string {
  const line = ([key, value]: [string, string]) => `${key}=${/^[\w.:/@+-]*$/.test(value) ? value : JSON.stringify(value)}`;
  return `# written by connectfi-conformance simulator\n${Object.entries(env).map(line).join('\n')}\n`;
}

export const command: Command = {
  summary: 'start the reference connectFi sandbox',
  usage: USAGE,
  async run(argv) {
    const args = parseSimulatorArgs(argv);
    if (args.listFaults) {
      for (const f of FAULTS) process.stdout.write(`${f.name.padEnd(34)} ${f.family.padEnd(12)} ${f.description}\n`);
      return EXIT.OK;
    }
    if (args.listVariants) {
      process.stdout.write(variantListing());
      return EXIT.OK;
    }
    const { startSimulator } = await import('../../simulator/index.ts');
    let sim;
    try {
      sim = await startSimulator({
        port: args.port,
        host: args.host,
        latencyMs: args.latencyMs,
        seed: args.seed,
        enableStateApi: args.enableStateApi,
        fault: args.fault,
        variants: args.variants,
        ...(args.flakyNetwork !== undefined ? { flakyNetwork: { rate: args.flakyNetwork } } : {}),
      });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new ConfigurationError('LISTEN_FAILED', `cannot listen on ${args.host}:${args.port}: ${code ?? (err as Error).message}`);
    }
    if (args.envFileAlias) {
      process.stderr.write(
        'note: simulator --env-file is an old alias; use --write-env F (under npx on Node 20, Node reads --env-file itself and exits when F does not exist yet)\n',
      );
    }
    const signal = waitForSignal();
    process.stdout.write(`connectFi simulator listening on ${sim.baseUrl}\n`);
    if (args.fault)
      process.stdout.write(
        `FAULT ${args.fault}: this simulator breaks a documented rule on purpose (${FAULTS.find((f) => f.name === args.fault)?.description})\n`,
      );
    for (const name of args.variants ?? [])
      process.stdout.write(`VARIANT ${name}: an allowed variant (${VARIANTS.find((v) => v.name === name)?.description})\n`);
    if (args.flakyNetwork !== undefined)
      process.stdout.write(
        `FLAKY NETWORK: about ${(args.flakyNetwork * 100).toFixed(1)}% of the requests meet a reset (before or after processing) or an HTTP 503 (before processing)\n`,
      );
    if (args.envFile) {
      const file = path.resolve(args.envFile);
      try {
        writeFileSync(file, toDotenv(sim.env()), { mode: 0o600 });
      } catch (err) {
        await sim.close();
        throw new ConfigurationError(
          'UNWRITABLE_ENV_FILE',
          `cannot write ${args.envFileAlias ? '--env-file' : '--write-env'} ${args.envFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        );
      }
      process.stdout.write(`credentials and fixture ids written to ${file}\n`);
      process.stdout.write(
        `  use them with: connectfi-conformance run --env-file ${args.envFile}   (or: set -a; . ${args.envFile}; set +a)\n`,
      );
    } else {
      process.stdout.write(`login ${sim.credentials.login}; pass --write-env F to get the password and fixture ids\n`);
    }
    if (args.enableStateApi)
      process.stdout.write(
        'provider-state API enabled: POST /__simulator/state, POST /__simulator/reset, POST|GET|DELETE /__simulator/outcomes\n',
      );
    const received = await signal;
    await sim.close();
    process.stdout.write(`connectFi simulator stopped (${received})\n`);
    return EXIT.OK;
  },
};
