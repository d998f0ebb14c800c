import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import path from 'node:path';
import { startVitest, type Reporter, type TestModule } from 'vitest/node';
import { createClient, type ConnectFiClient } from '../client/client.ts';
import { ConfigurationError } from '../errors.ts';
import { OPERATIONS, ROOT } from '../spec/index.ts';
import { writeReports } from '../reporting/index.ts';
import type { CheckResult, ConformanceReport } from '../reporting/types.ts';
import { FIXTURE_VARIABLES, type RunConfig } from './config.ts';
import { collectChecks, envelopeChecks, otherShardIds } from './collect.ts';
import { formatShard } from '../harness/selection.ts';
import { shardInfo } from './shard-info.ts';
import { ProgressReporter } from './progress.ts';
import { applyWaivers, loadWaivers } from './waivers.ts';
import { buildMatrices, operationCoverage } from './matrices.ts';
import { keywordCoverage } from '../generators/coverage.ts';

export interface RunOutcome {
  exitCode: 0 | 1 | 2;
  report: ConformanceReport;
  reportFiles: string[];
}

interface PreparedTarget {
  baseUrl: string;
  kind: 'simulator' | 'remote';
  env: Record<string, string>;
  client: ConnectFiClient;
  close(): Promise<void>;
}

export function makeRunId(): string {
  // Alphanumeric (references must match ^[0-9a-zA-Z]+$), short enough to leave room in 32 chars.
  return `cfc${Date.now().toString(36).slice(-5)}${randomBytes(2).toString('hex')}`;
}

async function prepareTarget(config: RunConfig): Promise<PreparedTarget> {
  if (!config.baseUrl) {
    const { startSimulator } = await import('../simulator/index.ts');
    const sim = await startSimulator({ port: 0, seed: config.seed });
    const client = createClient({ baseUrl: sim.baseUrl, login: sim.credentials.login, password: sim.credentials.password, timeoutMs: config.timeoutMs });
    return { baseUrl: sim.baseUrl, kind: 'simulator', env: { ...sim.env(), CONNECTFI_TARGET_KIND: 'simulator' }, client, close: () => sim.close() };
  }
  const env: Record<string, string> = { CONNECTFI_BASE_URL: config.baseUrl, CONNECTFI_TARGET_KIND: 'remote', CONNECTFI_ENV: config.environment };
  if (config.token) env.CONNECTFI_TOKEN = config.token;
  if (config.login) env.CONNECTFI_LOGIN = config.login;
  if (config.password) env.CONNECTFI_PASSWORD = config.password;
  for (const [key, variable] of Object.entries(FIXTURE_VARIABLES)) {
    const v = config.fixtures[key as keyof typeof FIXTURE_VARIABLES];
    if (v) env[variable] = v;
  }
  const client = createClient({ baseUrl: config.baseUrl, token: config.token, login: config.login, password: config.password, timeoutMs: config.timeoutMs, rateLimit: config.rateLimit });
  return { baseUrl: config.baseUrl, kind: 'remote', env, client, close: async () => undefined };
}

/**
 * Before any suite runs: the target answers and accepts our credentials. Each failure is a
 * one-line "could not run" (exit 2), never a wall of failed checks.
 */
async function preflight(target: PreparedTarget, config: RunConfig): Promise<string> {
  const token = await target.client.getToken(); // logs in when needed: AUTH_REFUSED / UNREACHABLE
  // With a ready token, prove it is accepted: a harmless read that needs authentication.
  const probe = await target.client.call('/ibis/card/list', { customerId: config.fixtures.customerId ?? 'cfcPreflightProbe' });
  if (probe.status === 401) {
    throw new ConfigurationError('AUTH_REFUSED', `authentication refused by ${target.baseUrl}: the token was not accepted (401 ${JSON.stringify((probe.body as { code?: string })?.code ?? '')})`);
  }
  return token;
}

class CollectingReporter implements Reporter {
  modules: ReadonlyArray<TestModule> = [];
  unhandled: string[] = [];
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<{ message?: string }>): void {
    this.modules = modules;
    this.unhandled = errors.map((e) => e.message ?? String(e));
  }
}

function summarize(checks: CheckResult[]) {
  const count = (s: CheckResult['status']) => checks.filter((c) => c.status === s).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), waived: count('waived') };
}

/**
 * At the end of a remote run, closes (set-status F) the cards the run opened. vAccounts cannot be
 * closed through the documented API: /ibis/card/set-status is not among the operations that accept
 * a cFiAccountId (ibis-account-add.txt, "Add vAccount"), so they are only counted.
 */
async function closeOpenedCards(target: PreparedTarget, ledger: string, concurrency: number, out: NodeJS.WritableStream): Promise<void> {
  if (!existsSync(ledger)) return;
  const entries = readFileSync(ledger, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { kind: 'card' | 'account'; id: string });
  const cards = [...new Set(entries.filter((e) => e.kind === 'card').map((e) => e.id))];
  const accounts = new Set(entries.filter((e) => e.kind === 'account').map((e) => e.id)).size;
  let closed = 0;
  let already = 0;
  const failed: string[] = [];
  const queue = [...cards];
  const worker = async () => {
    for (let cFiCardId = queue.shift(); cFiCardId; cFiCardId = queue.shift()) {
      const r = await target.client.call('/ibis/card/set-status', { cFiCardId, statusCode: 'F', description: 'closed by connectfi-conformance' }).catch(() => null);
      if (r?.ok) closed += 1;
      else if ((r?.error as { subCode?: string } | null)?.subCode === 'SD') already += 1;
      else failed.push(cFiCardId);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, cards.length) }, worker));
  out.write(`cleanup: closed ${closed} cards, ${already} were already closed${failed.length ? `, ${failed.length} could not be closed (${failed.slice(0, 3).join(', ')}${failed.length > 3 ? ', ...' : ''})` : ''}; ${accounts} vAccounts stay open (the API has no way to close one); --keep skips this\n`);
}

export async function runConformance(config: RunConfig, out: NodeJS.WritableStream = process.stderr): Promise<RunOutcome> {
  const runId = makeRunId();
  const startedAt = new Date();
  const waivers = loadWaivers(config.waiversFile); // a bad waiver file stops the run before it starts
  const target = await prepareTarget(config);
  const ledger = path.join(config.reportDir, `.ledger-${runId}.jsonl`);
  try {
    const token = await preflight(target, config);
    mkdirSync(config.reportDir, { recursive: true });
    const workers = Math.max(1, Math.min(config.concurrency, cpus().length));
    Object.assign(process.env, target.env, {
      CONNECTFI_TOKEN: token,
      CONNECTFI_RUN_ID: runId,
      CONNECTFI_SEED: config.seed,
      CONNECTFI_RUNS: String(config.runs),
      CONNECTFI_TIMEOUT_MS: String(config.timeoutMs),
      CONNECTFI_LEDGER: ledger,
      CONNECTFI_ONLY: config.only ?? '',
      CONNECTFI_SHARD: config.shard ? formatShard(config.shard) : '',
      ...(config.rateLimit ? { CONNECTFI_WORKER_RATE_LIMIT: String(config.rateLimit / workers) } : {}),
    });
    out.write(`connectfi-conformance: run ${runId} against ${target.kind === 'simulator' ? `the embedded simulator (${target.baseUrl})` : target.baseUrl}, seed ${config.seed}\n`);
    const collector = new CollectingReporter();
    const vitest = await startVitest('test', [], {
      root: ROOT,
      config: path.join(ROOT, 'vitest.conformance.config.ts'),
      reporters: [new ProgressReporter(process.stderr as NodeJS.WriteStream), collector],
      watch: false,
      maxWorkers: workers,
      maxConcurrency: config.concurrency,
      passWithNoTests: true,
    });
    await vitest?.close();
    if (collector.unhandled.length > 0) {
      throw new ConfigurationError('SUITE_ERROR', `the suites could not run: ${collector.unhandled[0]}`);
    }
    let checks = collectChecks(collector.modules, config.evidence === 'all');
    const elsewhere = config.shard ? otherShardIds(collector.modules) : [];
    if (config.only) {
      const pattern = new RegExp(config.only);
      checks = checks.filter((c) => pattern.test(c.id));
      if (checks.length + elsewhere.length === 0) throw new ConfigurationError('NO_CHECKS', `--only ${config.only} matches no check id`);
    }
    const testIds = checks.map((c) => c.id);
    if (!config.only) checks.push(...envelopeChecks(checks, OPERATIONS));
    checks = applyWaivers(checks, waivers);
    const report: ConformanceReport = {
      target: target.kind === 'simulator' ? `embedded simulator (${target.baseUrl})` : target.baseUrl,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      seed: config.seed,
      runId,
      summary: summarize(checks),
      checks,
      coverage: { operations: operationCoverage(checks, OPERATIONS), keywords: keywordCoverage() },
      matrices: buildMatrices(checks),
      ...(config.shard ? { shard: shardInfo(config.shard, testIds, elsewhere, checks) } : {}),
    };
    const reportFiles = await writeReports(report, config.reportDir, { secrets: target.client.secrets() });
    if (target.kind === 'remote' && !config.keep) await closeOpenedCards(target, ledger, config.concurrency, out);
    return { exitCode: report.summary.failed > 0 ? 1 : 0, report, reportFiles };
  } finally {
    rmSync(ledger, { force: true });
    await target.client.close();
    await target.close();
  }
}
