import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createClient, type ConnectFiClient } from '../client/client.ts';
import { ConfigurationError } from '../errors.ts';
import { OPERATIONS } from '../api/index.ts';
import { causesOf, summaryCounts, verdictOf, writeReports } from '../reporting/index.ts';
import type { ConformanceReport, RunProfile } from '../reporting/types.ts';
import type { RunSettings } from '../harness/settings.ts';
import { FIXTURE_VARIABLES } from '../harness/fixtures.ts';
import { DEFAULTS, type RunConfig } from './config.ts';
import { collectChecks, otherShardIds, suiteProfile } from './collect.ts';
import { CollectingReporter, runSuites, suitesProblem } from './run-suites.ts';
import { replaceRerun, rerunLine, rerunOf } from './rerun.ts';
import { gradeRunWide, observedExchanges } from '../harness/run-wide.ts';
import { tallyRunDrift } from './run-drift.ts';
import { RUN_WIDE_CHECKS } from '../../suites/live/run-wide/run-wide-checks.ts';
import { workerPlan } from './worker-plan.ts';
import { shardInfo } from './shard-info.ts';
import { ProgressReporter } from './progress.ts';
import { startRunProgress } from './run-progress.ts';
import { applyWaivers, loadWaivers } from './waivers.ts';
import { buildMatrices, operationCoverage } from './matrices.ts';
import { recordedKeywordCoverage } from '../generators/coverage-file.ts';
import { mapPool } from '../util/worker-pool.ts';
import { COMPILED } from '../util/compiled.ts';
import { makeRunId } from './run-id.ts';

export interface RunOutcome {
  exitCode: 0 | 1 | 2;
  report: ConformanceReport;
  reportFiles: string[];
}

interface PreparedTarget {
  baseUrl: string;
  kind: 'simulator' | 'remote';
  /** What the suites receive (settings.ts), before the run's own fields are added. */
  settings: Pick<RunSettings, 'baseUrl' | 'kind' | 'token' | 'login' | 'password' | 'fixtures'>;
  client: ConnectFiClient;
  /** Requests this process sent (preflight, cleanup); the workers' are counted per check. */
  requests: { count: number };
  close(): Promise<void>;
}

async function prepareTarget(config: RunConfig): Promise<PreparedTarget> {
  const requests = { count: 0 };
  const onExchange = () => {
    requests.count += 1;
  };
  if (!config.baseUrl) {
    const { startSimulator } = await import('../simulator/index.ts');
    const sim = await startSimulator({ port: 0, seed: config.seed });
    const client = createClient({
      baseUrl: sim.baseUrl,
      login: sim.credentials.login,
      password: sim.credentials.password,
      timeoutMs: config.timeoutMs,
      onExchange,
    });
    const fixtures = fixturesFromEnv(sim.env());
    const settings = {
      baseUrl: sim.baseUrl,
      kind: 'simulator' as const,
      login: sim.credentials.login,
      password: sim.credentials.password,
      fixtures,
    };
    return { baseUrl: sim.baseUrl, kind: 'simulator', settings, client, requests, close: () => sim.close() };
  }
  const settings = {
    baseUrl: config.baseUrl,
    kind: 'remote' as const,
    token: config.token,
    login: config.login,
    password: config.password,
    fixtures: config.fixtures,
  };
  const client = createClient({
    baseUrl: config.baseUrl,
    token: config.token,
    login: config.login,
    password: config.password,
    timeoutMs: config.timeoutMs,
    rateLimit: config.rateLimit,
    onExchange,
  });
  return { baseUrl: config.baseUrl, kind: 'remote', settings, client, requests, close: () => Promise.resolve() };
}

/** The embedded simulator's fixture ids, read from the CONNECTFI_* variables it publishes. */
function fixturesFromEnv(env: Record<string, string>): RunConfig['fixtures'] {
  const fixtures: RunConfig['fixtures'] = {};
  for (const [key, variable] of Object.entries(FIXTURE_VARIABLES))
    if (env[variable]) fixtures[key as keyof typeof FIXTURE_VARIABLES] = env[variable];
  return fixtures;
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
    throw new ConfigurationError(
      'AUTH_REFUSED',
      `authentication refused by ${target.baseUrl}: the token was not accepted (401 ${JSON.stringify((probe.body as { code?: string })?.code ?? '')})`,
    );
  }
  return token;
}

interface Ledger {
  cards: string[];
  /** Cards the run closed itself (set-status F answered 200): nothing to close at the end. */
  closed: Set<string>;
  accounts: number;
}

function readLedger(file: string): Ledger {
  const entries = existsSync(file)
    ? readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { kind: 'card' | 'account' | 'closed'; id: string })
    : [];
  const ids = (kind: string) => entries.filter((e) => e.kind === kind).map((e) => e.id);
  return { cards: [...new Set(ids('card'))], closed: new Set(ids('closed')), accounts: new Set(ids('account')).size };
}

/**
 * At the end of a remote run, closes (set-status F) the cards the run opened. vAccounts cannot be
 * closed through the documented API: /ibis/card/set-status is not among the operations that accept
 * a cFiAccountId (ibis-account-add.txt, "Add vAccount"), so they are only counted. The card a
 * type-3 reissue replaced is closed too: the docs do not say what becomes of it (errata
 * reissue-new-card-effects), so it gets a set-status F, and a target that already closed it answers SD,
 * counted as "already closed".
 */
async function closeOpenedCards(target: PreparedTarget, ledger: Ledger, concurrency: number, say: (line: string) => void): Promise<void> {
  const cards = ledger.cards.filter((id) => !ledger.closed.has(id));
  let closed = 0;
  let already = 0;
  const failed: string[] = [];
  const close = (cFiCardId: string) =>
    target.client
      .call('/ibis/card/set-status', { cFiCardId, statusCode: 'F', description: 'closed by connectfi-conformance' })
      .catch(() => null);
  await mapPool(cards, concurrency, async (cFiCardId) => {
    // The client never repeats a set-status (it may have been applied), but closing is the one
    // whose repetition is harmless: a close that was applied and lost is answered SD, "already closed".
    let r = await close(cFiCardId);
    for (let attempt = 1; attempt < 3 && (!r || r.status >= 500 || r.status === 429); attempt++) r = await close(cFiCardId);
    if (r?.ok) closed += 1;
    else if ((r?.error as { subCode?: string } | null)?.subCode === 'SD') already += 1;
    else failed.push(cFiCardId);
  });
  const closedByChecks = ledger.cards.length - cards.length;
  say(
    `cleanup: closed ${closed} cards, ${closedByChecks + already} were already closed${failed.length ? `, ${failed.length} could not be closed (${failed.slice(0, 3).join(', ')}${failed.length > 3 ? ', ...' : ''})` : ''}; ${ledger.accounts} vAccounts stay open (the API has no way to close one); --keep skips this`,
  );
}

export async function runConformance(config: RunConfig, out: NodeJS.WritableStream = process.stderr): Promise<RunOutcome> {
  const startupMs = performance.now(); // since the process started: Node, the loader, the CLI's imports
  const runId = makeRunId();
  const startedAt = new Date();
  const waivers = loadWaivers(config.waiversFile); // a bad waiver file stops the run before it starts
  let target: PreparedTarget | undefined;
  // While the run waits, a line at least every progressMs (docs/architecture.md, "Progress while a run waits").
  const { progress, close: closeProgress } = startRunProgress({
    out,
    intervalMs: config.progressMs ?? DEFAULTS.progressMs,
    quiet: config.quiet,
    runId,
    client: () => target?.client,
  });
  progress.setStep(config.baseUrl ? `connecting to ${config.baseUrl}` : 'starting the embedded simulator');
  try {
    target = await prepareTarget(config);
  } catch (err) {
    closeProgress();
    throw err;
  }
  const ledger = path.join(config.reportDir, `.ledger-${runId}.jsonl`);
  const budgetFile = path.join(config.reportDir, `.budget-${runId}`);
  try {
    progress.setStep(`preflight: logging in and probing ${target.baseUrl}`);
    const token = await preflight(target, config);
    const targetMs = performance.now() - startupMs;
    mkdirSync(config.reportDir, { recursive: true });
    const plan = workerPlan(config, target.kind);
    // Settings travel by vitest's provide/inject (src/harness/settings.ts), not process.env.
    const settings: RunSettings = {
      ...target.settings,
      token,
      runId,
      seed: config.seed,
      runs: config.runs,
      timeoutMs: config.timeoutMs,
      ledger,
      only: config.only,
      ...(config.shard ? { shard: config.shard } : {}),
      keepAllEvidence: config.evidence === 'all',
      ...(config.rateLimit ? { workerRateLimit: config.rateLimit / plan.workers } : {}),
      ...(config.maxRequests !== undefined
        ? { maxRequests: config.maxRequests, checkBudget: Math.max(0, config.maxRequests - target.requests.count), budgetFile }
        : {}),
    };
    progress.print(
      `connectfi-conformance: run ${runId} against ${target.kind === 'simulator' ? `the embedded simulator (${target.baseUrl})` : target.baseUrl}, seed ${config.seed}`,
    );
    progress.setStep('loading the suites');
    const suitesStart = performance.now();
    const first = await runSuites(settings, config.files ?? [], plan, new ProgressReporter(progress));
    let checks = suitesProblem(first) ? [] : collectChecks(first.modules, config.evidence === 'all');
    // Checks that met transport trouble run once more, alone, before any card is closed.
    const rerun = rerunOf(checks);
    let second: CollectingReporter | undefined;
    if (rerun) {
      progress.say(
        `running once more ${rerun.ids.length} check${rerun.ids.length === 1 ? '' : 's'} that met transport trouble (docs/ci.md, "Transport trouble")`,
      );
      progress.setStep('loading the suites (the checks run once more)');
      second = await runSuites({ ...settings, only: rerun.only }, rerun.files, plan, new ProgressReporter(progress));
    }
    const suitesMs = performance.now() - suitesStart;
    // The cards the suites opened are closed even when the run cannot give a verdict below.
    const cleanupStart = performance.now();
    const opened = readLedger(ledger);
    if (target.kind === 'remote' && !config.keep) {
      progress.setStep(`cleanup: closing the ${opened.cards.length} cards the run opened`);
      await closeOpenedCards(target, opened, config.concurrency, (line) => progress.say(line));
    }
    progress.setStep('writing the reports');
    const cleanupMs = performance.now() - cleanupStart;
    const problem = suitesProblem(first) ?? (second && suitesProblem(second));
    if (problem) throw problem;
    // Every request is counted, the first runs of the rerun checks included.
    let checkRequests = observedExchanges(checks).length;
    if (rerun && second) {
      const again = collectChecks(second.modules, config.evidence === 'all');
      checkRequests += observedExchanges(again).length;
      checks = replaceRerun(checks, again, rerun);
      progress.say(rerunLine(checks, rerun));
    }
    const reportingStart = performance.now();
    const elsewhere = config.shard ? otherShardIds(first.modules) : [];
    // Every request of a check is summarised in its evidence: the run-wide checks the suites declare
    // grade them all, now that every suite file ran (docs/architecture.md, "Run-wide checks").
    const observed = observedExchanges(checks);
    let runWide = gradeRunWide(RUN_WIDE_CHECKS, observed);
    const targetName = target.kind === 'simulator' ? `embedded simulator (${target.baseUrl})` : target.baseUrl;
    const drift = tallyRunDrift(observed, targetName);
    if (config.only) {
      // The run-wide rows are kept when the pattern names them (they grade what the matching
      // checks exchanged).
      const pattern = new RegExp(config.only);
      checks = checks.filter((c) => pattern.test(c.id));
      runWide = runWide.filter((c) => pattern.test(c.id));
      if (checks.length + runWide.length + elsewhere.length === 0)
        throw new ConfigurationError('NO_CHECKS', `--only ${config.only} matches no check id`);
    }
    // This shard's own check() rows; the run-wide rows are computed per shard and combined on merge.
    const testIds = checks.map((c) => c.id);
    checks.push(...runWide);
    checks = applyWaivers(checks, waivers);
    const report: ConformanceReport = {
      target: targetName,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      seed: config.seed,
      runId,
      summary: {
        ...summaryCounts(checks),
        requests: checkRequests + target.requests.count,
        cardsOpened: opened.cards.length,
        accountsOpened: opened.accounts,
      },
      checks,
      causes: causesOf(checks),
      ...(config.allowMissingFixtures ? { allowMissingFixtures: true } : {}),
      coverage: { operations: operationCoverage(checks, OPERATIONS), keywords: recordedKeywordCoverage() },
      matrices: buildMatrices(checks),
      ...(config.shard ? { shard: shardInfo(config.shard, testIds, elsewhere, checks) } : {}),
      drift,
      ...(config.failOnDrift ? { failOnDrift: true } : {}),
    };
    let profile: RunProfile | undefined;
    if (config.profile) {
      profile = {
        startupMs,
        code: COMPILED ? 'dist' : 'source',
        targetMs,
        suitesMs,
        ...suiteProfile(first.modules),
        cleanupMs,
        reportingMs: 0,
        workers: plan.workers,
        concurrencyPerWorker: plan.perWorker,
      };
      report.profile = profile;
    }
    if (profile) profile.reportingMs = performance.now() - reportingStart;
    const writeStart = performance.now();
    const reportFiles = await writeReports(report, config.reportDir, { secrets: target.client.secrets() });
    if (profile) profile.writeMs = performance.now() - writeStart;
    return { exitCode: verdictOf(report).exitCode, report, reportFiles };
  } finally {
    closeProgress();
    rmSync(ledger, { force: true });
    rmSync(budgetFile, { force: true });
    await target.client.close();
    await target.close();
  }
}
