import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createClient, type ConnectFiClient } from '../client/client.ts';
import type { Exchange } from '../client/exchange.ts';
import { FIXTURE_VARIABLES, type FixtureName, type Fixtures } from './fixtures.ts';
import { auditExchange } from './exchange-audit.ts';
import type { ExchangeSummary } from './check-types.ts';

/**
 * The run as a suite sees it, from the CONNECTFI_* variables that `run` passes to the vitest
 * workers. One client per worker (keep-alive pool, one token); exchanges are routed to the check
 * that made them through AsyncLocalStorage, so concurrent checks keep their evidence apart.
 */
export interface RecordingState {
  exchanges: Exchange[];
  summaries: ExchangeSummary[];
  transcript: string[];
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
}

let target: RunTarget | undefined;

function env(name: string): string | undefined {
  const v = process.env[name];
  return v === undefined || v === '' ? undefined : v;
}

/** Cards and accounts the run opened, for `run` to close at the end of a remote run. */
export function recordCreated(kind: 'card' | 'account', id: string): void {
  const ledger = env('CONNECTFI_LEDGER');
  if (ledger) appendFileSync(ledger, `${JSON.stringify({ kind, id })}\n`);
}

const CREATING = new Set(['/ibis/debit-card/add', '/ibis/credit-card/add', '/ibis/account/add', '/ibis/card/reissue']);

function onExchange(exchange: Exchange, raw: { responseBody: unknown }): void {
  const state = recording.getStore();
  // The audit sees the real body (redaction masks PANs, which would break their schema); the
  // evidence keeps only the redacted exchange.
  const summary = auditExchange({ ...exchange, responseBody: raw.responseBody });
  if (state) {
    state.exchanges.push(exchange);
    state.summaries.push(summary);
  }
  if (exchange.status === 200 && exchange.operation && CREATING.has(exchange.operation)) {
    const data = (exchange.responseBody as { data?: { cFiCardId?: string; cFiAccountId?: string } })?.data;
    if (data?.cFiCardId) recordCreated('card', data.cFiCardId);
    if (data?.cFiAccountId) recordCreated('account', data.cFiAccountId);
  }
}

export function getTarget(): RunTarget {
  if (target) return target;
  const baseUrl = env('CONNECTFI_BASE_URL');
  if (!baseUrl) throw new Error('CONNECTFI_BASE_URL is not set: the live suites run through `connectfi-conformance run` (npm run conformance)');
  const fixtures: Fixtures = {};
  for (const [key, variable] of Object.entries(FIXTURE_VARIABLES)) {
    const v = env(variable);
    if (v) fixtures[key as FixtureName] = v;
  }
  const rate = env('CONNECTFI_WORKER_RATE_LIMIT');
  target = {
    baseUrl,
    kind: env('CONNECTFI_TARGET_KIND') === 'simulator' ? 'simulator' : 'remote',
    fixtures,
    runId: env('CONNECTFI_RUN_ID') ?? 'r0',
    seed: env('CONNECTFI_SEED') ?? '0',
    runs: Number(env('CONNECTFI_RUNS') ?? 20),
    client: createClient({
      baseUrl,
      token: env('CONNECTFI_TOKEN'),
      login: env('CONNECTFI_LOGIN'),
      password: env('CONNECTFI_PASSWORD'),
      timeoutMs: Number(env('CONNECTFI_TIMEOUT_MS') ?? 30_000),
      rateLimit: rate ? Number(rate) : undefined,
      onExchange,
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
