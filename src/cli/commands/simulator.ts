import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCommandArgs, type Command } from '../command.ts';
import { ConfigurationError, EXIT, UsageError } from '../../errors.ts';
import { FAULTS, FAULT_NAMES } from '../../simulator/faults/catalogue.ts';
import { waitForSignal } from '../../util/signals.ts';

const USAGE = `usage: connectfi-conformance simulator [--port N] [--host H] [--write-env F] [--latency MS] [--seed S] [--enable-state-api] [--fault NAME]
  Starts the reference connectFi sandbox and prints its base URL.
  --port N             port to listen on (default 0: a free port)
  --host H             interface to bind (default 127.0.0.1)
  --write-env F        write every CONNECTFI_* variable \`run\` needs (base URL, credentials, fixture ids) to F
                       (F may not exist yet; read it back with \`run --env-file F\`)
  --latency MS         add MS milliseconds to every response (rehearse a remote sandbox)
  --seed S             seed ids and the password, for reproducible runs
  --enable-state-api   serve POST /__simulator/state and /__simulator/reset (provider states) and
                       POST|GET|DELETE /__simulator/outcomes (force a documented error or a transport outcome)
  --fault NAME         break one documented rule on purpose (the self-check's faults)
  --list-faults        list the fault names, their check family and what each breaks, and exit
  Stops cleanly on SIGINT or SIGTERM.
  --env-file F is an old alias of --write-env: under npx on Node 20, Node itself reads --env-file
  and exits when F does not exist yet, so use --write-env.`;

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
  listFaults?: true;
}

function integer(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max)
    throw new UsageError(`${flag} must be an integer 0-${max}, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** Options validated early, each message naming the flag and the value (docs/architecture.md, "Validate options early"). */
export function parseSimulatorArgs(argv: string[]): SimulatorArgs {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      'write-env': { type: 'string' },
      'env-file': { type: 'string' },
      latency: { type: 'string' },
      seed: { type: 'string' },
      'enable-state-api': { type: 'boolean' },
      fault: { type: 'string' },
      'list-faults': { type: 'boolean' },
    },
    true,
  );
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '' || /\s/.test(host)) throw new UsageError(`--host must be a host name or IP address, got ${JSON.stringify(host)}`);
  if (values['write-env'] !== undefined && values['env-file'] !== undefined)
    throw new UsageError('--env-file is an alias of --write-env: pass only --write-env F');
  const envFile = values['write-env'] ?? values['env-file'];
  const flag = values['write-env'] !== undefined ? '--write-env' : '--env-file';
  if (envFile !== undefined && envFile.trim() === '') throw new UsageError(`${flag} must be a file path, got ""`);
  if (values.seed !== undefined && values.seed === '') throw new UsageError('--seed must not be empty');
  if (values.fault !== undefined && !FAULT_NAMES.includes(values.fault)) {
    throw new UsageError(
      `--fault must be one of the faults of src/simulator/faults/, got ${JSON.stringify(values.fault)}; valid: ${FAULT_NAMES.join(', ')}`,
    );
  }
  return {
    port: integer('--port', values.port, 0, 65_535),
    host,
    ...(envFile !== undefined ? { envFile } : {}),
    ...(values['env-file'] !== undefined ? { envFileAlias: true as const } : {}),
    latencyMs: integer('--latency', values.latency, 0, 60_000),
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    enableStateApi: values['enable-state-api'] ?? false,
    ...(values.fault !== undefined ? { fault: values.fault } : {}),
    ...(values['list-faults'] ? { listFaults: true as const } : {}),
  };
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
