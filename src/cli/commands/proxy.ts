import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from '../main.ts';
import { parseCommandArgs } from '../main.ts';
import { ConfigurationError, EXIT, UsageError } from '../../errors.ts';
import { readEnvFile } from '../../util/env-file.ts';
import { toDotenv } from './simulator.ts';
import { waitForSignal } from '../../util/signals.ts';

const USAGE = `usage: connectfi-conformance proxy [--upstream URL|simulator] [--port N] [--host H] [--report-dir D] [--env-file F] [--write-env F] [--progress-every N] [--seed S]
  A validating, recording reverse proxy between your app and connectFi. Point your app's base URL
  at it; every exchange is forwarded unchanged, validated against the documented schemas and graded
  (idempotent retries, token reuse and refresh, Retry-After, PANs in clear, references, declines).
  --upstream URL|simulator  where to forward (default: CONNECTFI_BASE_URL, else the embedded
                            simulator with its state API, so /__simulator/outcomes can force outcomes)
  --port N                  port to listen on (default 0: a free port)
  --host H                  interface to bind (default 127.0.0.1)
  --report-dir D            where integration.json/.html, junit.xml and summary.md go (default reports)
  --env-file F              dotenv file to read CONNECTFI_BASE_URL from (default ./.env when present)
  --write-env F             with the simulator: write the CONNECTFI_* variables for your app (base URL = the proxy)
  --progress-every N        one progress line per N exchanges (default 100, 0 = none)
  --seed S                  seed of the embedded simulator
  Reports are written on SIGINT/SIGTERM and on POST /__proxy/report (which answers the verdict).
  Exit code on stop: 0 ready, 1 not-ready, 2 incomplete.`;

export interface ProxyArgs {
  upstream: string;
  port: number;
  host: string;
  reportDir: string;
  writeEnv?: string;
  progressEvery: number;
  seed?: string;
}

function integer(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max)
    throw new UsageError(`${flag} must be an integer 0-${max}, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** Flags > environment > .env (docs/ci.md, "Configuration"); each message names the flag and the value. */
export function parseProxyArgs(argv: string[], environment: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ProxyArgs {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      upstream: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'report-dir': { type: 'string' },
      'env-file': { type: 'string' },
      'write-env': { type: 'string' },
      'progress-every': { type: 'string' },
      seed: { type: 'string' },
    },
    true,
  );
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const dotenv = readEnvFile(path.resolve(cwd, values['env-file'] ?? '.env'), values['env-file'] !== undefined);
  const upstream = values.upstream ?? (environment.CONNECTFI_BASE_URL || dotenv.CONNECTFI_BASE_URL || 'simulator');
  if (upstream !== 'simulator') {
    let url: URL;
    try {
      url = new URL(upstream);
    } catch {
      throw new UsageError(`--upstream must be an http(s) URL or "simulator", got ${JSON.stringify(upstream)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new UsageError(`--upstream must be an http(s) URL or "simulator", got ${JSON.stringify(upstream)}`);
  }
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '' || /\s/.test(host)) throw new UsageError(`--host must be a host name or IP address, got ${JSON.stringify(host)}`);
  const reportDir = values['report-dir'] ?? 'reports';
  if (reportDir.trim() === '') throw new UsageError('--report-dir must be a directory path, got ""');
  if (values['write-env'] !== undefined && upstream !== 'simulator')
    throw new UsageError('--write-env needs --upstream simulator (your own upstream has your own credentials)');
  return {
    upstream,
    port: integer('--port', values.port, 0, 65_535),
    host,
    reportDir,
    ...(values['write-env'] !== undefined ? { writeEnv: values['write-env'] } : {}),
    progressEvery: integer('--progress-every', values['progress-every'], 100, 1_000_000),
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
  };
}

const EXIT_OF = { ready: EXIT.OK, 'not-ready': EXIT.FAILED, incomplete: EXIT.COULD_NOT_RUN } as const;

export const command: Command = {
  summary: 'a validating, recording proxy that grades your own app',
  usage: USAGE,
  async run(argv) {
    const args = parseProxyArgs(argv);
    const { startProxy } = await import('../../proxy/index.ts');
    const { writeIntegrationReports } = await import('../../reporting/write-integration-reports.ts');
    const out = (line: string) => process.stdout.write(`${line}\n`);
    let sim: { baseUrl: string; env(): Record<string, string>; close(): Promise<void> } | undefined;
    if (args.upstream === 'simulator') {
      const { startSimulator } = await import('../../simulator/index.ts');
      sim = await startSimulator({ enableStateApi: true, seed: args.seed });
    }
    const reportDir = path.resolve(args.reportDir);
    let proxy;
    try {
      proxy = await startProxy({
        upstream: sim?.baseUrl ?? args.upstream,
        port: args.port,
        host: args.host,
        progressEvery: args.progressEvery,
        log: out,
        onReport: (report) => writeIntegrationReports(report, reportDir),
      });
    } catch (err) {
      await sim?.close();
      throw new ConfigurationError(
        'LISTEN_FAILED',
        `cannot listen on ${args.host}:${args.port}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      );
    }
    const signal = waitForSignal();
    out(
      `connectFi proxy listening on ${proxy.url} → ${sim ? `embedded simulator ${sim.baseUrl} (outcomes: POST ${proxy.url}/__simulator/outcomes)` : args.upstream}`,
    );
    if (sim && args.writeEnv) {
      const file = path.resolve(args.writeEnv);
      try {
        writeFileSync(file, toDotenv({ ...sim.env(), CONNECTFI_BASE_URL: proxy.url }), { mode: 0o600 });
      } catch (err) {
        await proxy.close();
        await sim.close();
        throw new ConfigurationError(
          'UNWRITABLE_ENV_FILE',
          `cannot write --write-env ${args.writeEnv}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        );
      }
      out(`your app's CONNECTFI_* variables (base URL = this proxy) written to ${file}`);
    }
    out(`reports: POST ${proxy.url}/__proxy/report, or stop with Ctrl-C; written to ${reportDir}`);
    const received = await signal;
    const report = proxy.report();
    await proxy.close();
    await sim?.close();
    const files = await writeIntegrationReports(report, reportDir);
    out(
      `connectFi proxy stopped (${received}): ${report.exchanges} exchanges, verdict ${report.verdict.toUpperCase()} (${report.verdictDetail})`,
    );
    out(`reports: ${files.map((f) => path.relative(process.cwd(), f) || f).join(', ')}`);
    return EXIT_OF[report.verdict];
  },
};
