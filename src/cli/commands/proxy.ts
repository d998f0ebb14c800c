import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { LISTEN_OPTIONS, type Command } from '../command.ts';
import { ConfigurationError, EXIT, UsageError } from '../../errors.ts';
import { readEnvFile } from '../../util/env-file.ts';
import { defineOptions, formatOptions, parseFlags, resolveOptions, synopsis } from '../../util/option-table.ts';
import { toDotenv } from './simulator.ts';
import { waitForSignal } from '../../util/signals.ts';

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
    help: 'where integration.json/.html, junit.xml, summary.md and drift.json go',
  },
  envFile: { type: 'string', value: 'F', defaultHelp: './.env when present', help: 'dotenv file to read CONNECTFI_BASE_URL from' },
  writeEnv: { type: 'string', value: 'F', help: 'with the simulator: write the CONNECTFI_* variables for your app (base URL = the proxy)' },
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

/** Flags > environment > .env (docs/ci.md, "Configuration"); each message names the flag (or variable) and the value. */
export function parseProxyArgs(argv: string[], environment: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ProxyArgs {
  const { flags, positionals } = parseFlags(OPTIONS, argv, true);
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const dotenv = readEnvFile(path.resolve(cwd, flags.envFile ?? '.env'), flags.envFile !== undefined);
  const values = resolveOptions(OPTIONS, flags, { code: 'USAGE', env: (name) => environment[name] || dotenv[name] });
  if (values.writeEnv !== undefined && values.upstream !== 'simulator')
    throw new UsageError('--write-env needs --upstream simulator (your own upstream has your own credentials)');
  return {
    upstream: values.upstream,
    port: values.port,
    host: values.host,
    reportDir: values.reportDir,
    ...(values.writeEnv !== undefined ? { writeEnv: values.writeEnv } : {}),
    progressEvery: values.progressEvery,
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
    const { writeIntegrationReports } = await import('../../proxy/report/write-integration-reports.ts');
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
