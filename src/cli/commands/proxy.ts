import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LISTEN_OPTIONS, type Command } from '../command.ts';
import { ConfigurationError, EXIT, UsageError } from '../../errors.ts';
import { readEnvFile } from '../../util/env-file.ts';
import { defineOptions, formatOptions, parseFlags, resolveOptions, synopsis } from '../../util/option-table.ts';
import { toDotenv } from './simulator.ts';
import { watchForStop, type StopWatch } from '../../util/signals.ts';
import { startShellCommand, type CommandExit } from '../../util/shell-command.ts';
import type { IntegrationReport } from '../../proxy/report/integration-types.ts';
import type { ProxyExchange, RunningProxy } from '../../proxy/index.ts';
import { contractOut, type ContractOut } from '../proxy-contract.ts';

/** "simulator", or an http(s) URL to forward to; undefined for anything else. */
function upstream(value: string): string | undefined {
  if (value === 'simulator') return value;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}

const OPTIONS = defineOptions({
  upstream: {
    type: 'custom',
    value: 'URL|simulator',
    must: 'be an http(s) URL or "simulator"',
    parse: upstream,
    env: 'CONNECTFI_BASE_URL',
    default: 'simulator',
    defaultHelp: 'simulator: the embedded simulator with its state API, so /__simulator/outcomes can force outcomes',
    help: 'where to forward',
  },
  ...LISTEN_OPTIONS,
  reportDir: {
    type: 'string',
    value: 'D',
    default: 'reports',
    must: 'be a directory path',
    help: 'where integration.json, integration.html, integration-junit.xml, integration-summary.md and integration-drift.json go',
  },
  envFile: { type: 'string', value: 'F', defaultHelp: './.env when present', help: 'dotenv file to read CONNECTFI_BASE_URL from' },
  writeEnv: {
    type: 'string',
    value: 'F',
    help: 'with the simulator: write the CONNECTFI_* variables for your app (base URL = the proxy; CONNECTFI_PROXY_URL) once it listens',
  },
  exec: {
    type: 'string',
    value: 'CMD',
    must: 'be a command',
    help: "run CMD (in sh) with your app's CONNECTFI_* variables (base URL = the proxy, credentials, fixture ids; CONNECTFI_PROXY_URL for /__proxy/ and /__simulator/), stream its output, then write the reports and exit: CMD's exit code when it failed, else the verdict's",
  },
  pactOut: {
    type: 'string',
    value: 'F',
    must: 'be a file path',
    help: "write your app's own Pact V4 contract to F with the reports: one interaction per operation, documented outcome and request shape it used (needs @pact-foundation/pact)",
  },
  consumer: {
    type: 'string',
    value: 'NAME',
    must: 'not be empty',
    defaultHelp: 'the name in ./package.json',
    help: 'the consumer named in the --pact-out contract: one name per integrator app',
  },
  progressEvery: {
    type: 'integer',
    value: 'N',
    min: 0,
    max: 1_000_000,
    default: 100,
    defaultHelp: '100; 0 = none',
    help: 'one progress line per N exchanges',
  },
  seed: { type: 'string', value: 'S', help: 'seed of the embedded simulator' },
});

const USAGE = `usage: connectfi-conformance proxy ${synopsis(OPTIONS)}
  A validating, recording reverse proxy between your app and connectFi. Point your app's base URL
  at it; every exchange is forwarded unchanged, validated against the documented schemas and graded
  (idempotent retries, token reuse and refresh, Retry-After, PANs in clear, references, declines).
${formatOptions(OPTIONS)}
  Reports are written on SIGINT/SIGTERM, on POST /__proxy/report (which answers the verdict) and,
  with --exec, when CMD ends. Exit code on stop: 0 ready, 1 not-ready, 2 incomplete (with --exec,
  CMD's own exit code when CMD failed).`;

export interface ProxyArgs {
  upstream: string;
  port: number;
  host: string;
  reportDir: string;
  writeEnv?: string;
  exec?: string;
  pactOut?: string;
  consumer?: string;
  progressEvery: number;
  seed?: string;
}

/** Flags > environment > .env (docs/ci.md, "Configuration"); each message names the flag (or variable) and the value. */
export function parseProxyArgs(argv: string[], environment: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ProxyArgs {
  const { flags, positionals } = parseFlags(OPTIONS, argv, true);
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const dotenv = readEnvFile(path.resolve(cwd, flags.envFile ?? '.env'), flags.envFile !== undefined);
  const values = resolveOptions(OPTIONS, flags, { code: 'USAGE', env: (name) => environment[name] || dotenv[name] });
  if (values.writeEnv !== undefined && values.upstream !== 'simulator')
    throw new UsageError('--write-env needs --upstream simulator (your own upstream has your own credentials)');
  if (values.consumer !== undefined && values.pactOut === undefined) throw new UsageError('--consumer names the contract of --pact-out F');
  return {
    upstream: values.upstream,
    port: values.port,
    host: values.host,
    reportDir: values.reportDir,
    ...(values.writeEnv !== undefined ? { writeEnv: values.writeEnv } : {}),
    ...(values.exec !== undefined ? { exec: values.exec } : {}),
    ...(values.pactOut !== undefined ? { pactOut: values.pactOut, consumer: values.consumer ?? packageName(cwd) } : {}),
    progressEvery: values.progressEvery,
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
  };
}

/** The app's name: the `name` of ./package.json, else "connectfi-app". */
function packageName(cwd: string): string {
  try {
    const name: unknown = (JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { name?: unknown }).name;
    return typeof name === 'string' && name.trim() !== '' ? name : 'connectfi-app';
  } catch {
    return 'connectfi-app';
  }
}

/**
 * What the proxy prints when it stops: the verdict line, the outcomes never met with the body that
 * would force each (docs/integrators.md, "Making every outcome happen"), and where the reports are.
 */
export function stopLines(report: IntegrationReport, why: string, files: string[], url: string): string[] {
  const lines = [
    `connectFi proxy stopped (${why}): ${report.exchanges} exchanges, verdict ${report.verdict.toUpperCase()} (${report.verdictDetail})`,
  ];
  const forcible = report.missingOutcomes.filter((m) => m.force !== null);
  if (report.verdict === 'incomplete' && forcible.length > 0) {
    lines.push(`outcomes never met; each is forced on the next call of its operation by POST ${url}/__simulator/outcomes with:`);
    for (const m of forcible) lines.push(`  ${JSON.stringify(m.force)}`);
  }
  lines.push(`reports: ${files.map((f) => path.relative(process.cwd(), f) || f).join(', ')}`);
  return lines;
}

const EXIT_OF = { ready: EXIT.OK, 'not-ready': EXIT.FAILED, incomplete: EXIT.COULD_NOT_RUN } as const;

interface Simulator {
  baseUrl: string;
  env(): Record<string, string>;
  close(): Promise<void>;
}

/**
 * The CONNECTFI_* variables of the app behind the proxy: the simulator's (credentials, fixture ids)
 * with the proxy as base URL, or only the base URL in front of an upstream of the app's own; and
 * CONNECTFI_PROXY_URL, where the app's tests reach /__proxy/ and /__simulator/.
 */
export function appEnv(proxyUrl: string, sim?: Pick<Simulator, 'env'>): Record<string, string> {
  return { ...(sim ? sim.env() : {}), CONNECTFI_BASE_URL: proxyUrl, CONNECTFI_PROXY_URL: proxyUrl };
}

async function startUpstreamAndProxy(
  args: ProxyArgs,
  out: (line: string) => void,
  pact: ContractOut | undefined,
): Promise<{ proxy: RunningProxy; sim?: Simulator }> {
  const { startProxy } = await import('../../proxy/index.ts');
  const { writeIntegrationReports } = await import('../../proxy/report/write-integration-reports.ts');
  let sim: Simulator | undefined;
  if (args.upstream === 'simulator') {
    const { startSimulator } = await import('../../simulator/index.ts');
    sim = await startSimulator({ enableStateApi: true, seed: args.seed });
  }
  const reportDir = path.resolve(args.reportDir);
  try {
    const proxy = await startProxy({
      upstream: sim?.baseUrl ?? args.upstream,
      port: args.port,
      host: args.host,
      progressEvery: args.progressEvery,
      log: out,
      onReport: async (report) => [...(await writeIntegrationReports(report, reportDir)), ...(pact ? [pact.write()] : [])],
      ...(pact ? { onExchange: (e: ProxyExchange) => pact.contract.observe(e) } : {}),
    });
    return { proxy, sim };
  } catch (err) {
    await sim?.close();
    throw new ConfigurationError(
      'LISTEN_FAILED',
      `cannot listen on ${args.host}:${args.port}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

/** Written whole through a rename: a script waiting for the file (`until [ -s app.env ]`) never reads half of it. */
function writeEnvFile(file: string, env: Record<string, string>): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, toDotenv(env), { mode: 0o600 });
  renameSync(tmp, file);
}

/** Runs CMD to its end, or stops it on SIGINT/SIGTERM (the same signal) or the parent's exit (SIGTERM). */
async function execUntilDone(cmd: string, env: Record<string, string>, watch: StopWatch, out: (line: string) => void) {
  out(`proxy: running ${cmd}`);
  const command = startShellCommand(cmd, { ...process.env, ...env });
  const first = await Promise.race([command.exited, watch.stopped]);
  if (typeof first === 'string') {
    out(`proxy: ${first}: stopping ${cmd}`);
    const exit = await command.stop(first === 'parent exited' ? 'SIGTERM' : first);
    return { why: `${first}; the command exited ${exit.code}`, exit };
  }
  out(`proxy: ${cmd} exited ${first.code}`);
  return { why: `the command exited ${first.code}`, exit: first };
}

export const command: Command = {
  summary: 'a validating, recording proxy that grades your own app',
  usage: USAGE,
  async run(argv) {
    const args = parseProxyArgs(argv);
    const out = (line: string) => process.stdout.write(`${line}\n`);
    const pact = await contractOut(args);
    const { proxy, sim } = await startUpstreamAndProxy(args, out, pact);
    const watch = watchForStop();
    out(
      `connectFi proxy listening on ${proxy.url} → ${sim ? `embedded simulator ${sim.baseUrl} (outcomes: POST ${proxy.url}/__simulator/outcomes)` : args.upstream}`,
    );
    const env = appEnv(proxy.url, sim);
    if (args.writeEnv) {
      const file = path.resolve(args.writeEnv);
      try {
        writeEnvFile(file, env);
      } catch (err) {
        watch.dispose();
        await proxy.close();
        await sim?.close();
        throw new ConfigurationError(
          'UNWRITABLE_ENV_FILE',
          `cannot write --write-env ${args.writeEnv}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        );
      }
      out(`your app's CONNECTFI_* variables (base URL = this proxy) written to ${file}`);
    }
    const reportDir = path.resolve(args.reportDir);
    let why: string;
    let exit: CommandExit | undefined;
    if (args.exec !== undefined) ({ why, exit } = await execUntilDone(args.exec, env, watch, out));
    else {
      out(`reports: POST ${proxy.url}/__proxy/report, or stop with Ctrl-C; written to ${reportDir}`);
      why = await watch.stopped;
    }
    watch.dispose();
    const report = proxy.report();
    await proxy.close();
    await sim?.close();
    const { writeIntegrationReports } = await import('../../proxy/report/write-integration-reports.ts');
    const files = await writeIntegrationReports(report, reportDir);
    for (const line of stopLines(report, why, files, proxy.url)) out(line);
    if (pact)
      out(
        `app contract: ${path.relative(process.cwd(), pact.write()) || pact.file} (${pact.contract.size} interaction(s), ${pact.contract.consumer} → connectfi-api)`,
      );
    return exit !== undefined && exit.code !== 0 ? exit.code : EXIT_OF[report.verdict];
  },
};
