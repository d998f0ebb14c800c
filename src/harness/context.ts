import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createClient, type ConnectFiClient } from '../client/client.ts';
import type { Exchange } from '../client/exchange.ts';
import type { RawExchange } from '../client/client-options.ts';
import type { Fixtures } from './fixtures.ts';
import { auditExchange } from './exchange-audit.ts';
import type { ExchangeSummary } from './check-types.ts';
import { RequestBudget } from './request-budget.ts';
import { transportIncidentOf } from './transport-incident.ts';
import type { TransportIncident } from '../reporting/types.ts';
import { runSettings } from './settings.ts';
import { answerInFlight } from './progress-channel.ts';

/**
 * The run as a suite sees it, from the settings `run` provides to the vitest workers
 * (settings.ts). One client per worker (keep-alive pool, the token `run` obtained, so no worker
 * logs in again); exchanges are routed to the check that made them through AsyncLocalStorage, so
 * concurrent checks keep their evidence apart.
 */
export interface RecordingState {
  exchanges: Exchange[];
  summaries: ExchangeSummary[];
  transcript: string[];
  /** A request of this check was refused by the run's --max-requests budget. */
  budgetRefused?: boolean;
  /** The transport incidents its exchanges met (transport-incident.ts): a failure after one is not the target's. */
  incidents: TransportIncident[];
  /** While a shared fixture is made: its incidents too, for every check that waits for it (shared-fixture.ts). */
  fixtureIncidents?: TransportIncident[];
}

export const recording = new AsyncLocalStorage<RecordingState>();

export interface RunTarget {
  client: ConnectFiClient;
  baseUrl: string;
  kind: 'simulator' | 'remote';
  fixtures: Fixtures;
  runId: string;
  seed: string;
  runs: number;
  /** The login and password of the run, when it has them (the auth family's get-token checks). */
  login?: string;
  password?: string;
  /** The worker's share of --max-requests (unlimited without it). */
  budget: RequestBudget;
}

let target: RunTarget | undefined;
let ledger: string | undefined;

/**
 * Cards and accounts the run opened, and cards it closed itself, for `run` to count them and to
 * close the others at the end of a remote run.
 */
export function recordCreated(kind: 'card' | 'account' | 'closed', id: string): void {
  ledger ??= runSettings().ledger;
  if (ledger) appendFileSync(ledger, `${JSON.stringify({ kind, id })}\n`);
}

const CREATING = new Set(['/ibis/debit-card/add', '/ibis/credit-card/add', '/ibis/account/add', '/ibis/card/reissue']);

function onExchange(exchange: Exchange, raw: RawExchange): void {
  const state = recording.getStore();
  // The audit sees the real body (redaction masks PANs, which would break their schema); the
  // evidence keeps only the redacted exchange. Named fields, not a spread: the exchange's bodies
  // are redacted when first read (src/client/exchange.ts), and most never are.
  const { operation, method, url, status, requestId, error } = exchange;
  const summary = auditExchange({
    operation,
    method,
    url,
    status,
    requestId,
    responseHeaders: raw.responseHeaders,
    responseBody: raw.responseBody,
    secrets: () => target?.client.secrets() ?? [],
    ...(error === undefined ? {} : { error }),
  });
  if (state) {
    state.exchanges.push(exchange);
    state.summaries.push(summary);
    const incident = transportIncidentOf({ operation, status, error: exchange.error, body: raw.responseBody });
    if (incident) {
      // One kind for the summary and the check's incidents (the judge decided it is the network's).
      summary.transport = incident.kind;
      state.incidents.push(incident);
      state.fixtureIncidents?.push(incident);
    }
  }
  if (exchange.status === 200 && exchange.operation && CREATING.has(exchange.operation)) {
    const data = (raw.responseBody as { data?: { cFiCardId?: string; cFiAccountId?: string } } | null)?.data;
    if (data?.cFiCardId) recordCreated('card', data.cFiCardId);
    if (data?.cFiAccountId) recordCreated('account', data.cFiAccountId);
  }
  // A card the run closed itself needs no closing at the end (ibis-overview.txt, "Allowed Status Changes": F is final).
  if (exchange.status === 200 && exchange.operation === '/ibis/card/set-status') {
    const body = raw.requestBody as { cFiCardId?: string; statusCode?: string } | undefined;
    if (body?.statusCode === 'F' && body.cFiCardId) recordCreated('closed', body.cFiCardId);
  }
}

export function getTarget(): RunTarget {
  if (target) return target;
  const settings = runSettings();
  if (settings.targetError) throw new Error(`the target could not start: ${settings.targetError}`);
  const client = createClient({
    baseUrl: settings.baseUrl,
    token: settings.token,
    login: settings.login,
    password: settings.password,
    timeoutMs: settings.timeoutMs,
    rateLimit: settings.workerRateLimit,
    onExchange,
  });
  // The run's progress line names the oldest request in flight, whichever worker sent it.
  answerInFlight(settings.runId, () => client.inFlight());
  const budget = new RequestBudget(settings.budgetFile, settings.checkBudget, settings.maxRequests);
  target = {
    baseUrl: settings.baseUrl,
    kind: settings.kind,
    fixtures: settings.fixtures,
    runId: settings.runId,
    seed: settings.seed,
    runs: settings.runs,
    login: settings.login,
    password: settings.password,
    budget,
    client: budget.wrap(client, () => {
      const state = recording.getStore();
      if (state) state.budgetRefused = true;
    }),
  };
  return target;
}

let counter = 0;
// Vitest loads this module afresh for every suite file (in the same worker process), so a counter
// alone repeats across files: each module instance gets its own random part.
const instance = randomBytes(3).readUIntBE(0, 3).toString(36).padStart(5, '0');
/**
 * A reference unique to this run: alphanumeric, at most 32 characters (common-reference),
 * carrying the run id so a remote sandbox's data can be traced to the run.
 */
export function uniqueReference(tag = ''): string {
  counter += 1;
  const prefix = `${getTarget().runId}${instance}`;
  const suffix = counter.toString(36);
  const room = 32 - prefix.length - suffix.length;
  return `${prefix}${tag.replace(/[^0-9a-zA-Z]/g, '').slice(0, Math.max(0, room))}${suffix}`;
}
