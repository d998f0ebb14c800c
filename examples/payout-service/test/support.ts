import { inject } from 'vitest';
import { configFromEnv } from '../src/config.ts';
import { PayoutService } from '../src/payout-service.ts';
import type { PayoutResult } from '../src/payout-types.ts';

/**
 * What the app's tests share: its configuration (the CONNECTFI_* variables `proxy --exec` sets), a
 * service started with the run's shared token, and the simulator's state API through the proxy
 * (CONNECTFI_PROXY_URL): outcomes forced on the next matching call, and the clock.
 */
export const config = configFromEnv();
const proxyUrl = process.env.CONNECTFI_PROXY_URL ?? config.service.baseUrl;

/** The service as the app runs it; a timeout well above the simulator's slowest answer, below a forced timeout's delay. */
export function newService(): PayoutService {
  return new PayoutService({ ...config.service, token: inject('token'), timeoutMs: 1500 });
}

async function stateApi(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${proxyUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json: unknown = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * The next call of `operation` whose body has every field of `match` answers `outcome`
 * (POST /__simulator/outcomes): scoped to this test's own card or reference, so that the other
 * workers' calls never meet it.
 */
export async function force(
  operation: string,
  outcome: string,
  match: Record<string, string> | undefined,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await stateApi('POST', '/__simulator/outcomes', { operation, outcome, ...(match ? { match } : {}), ...extra });
}

export const setClock = (iso: string) => stateApi('POST', '/__simulator/clock', { set: iso });
export const realTime = () => stateApi('DELETE', '/__simulator/clock');

let n = 0;
/**
 * An app-side id (payout id, request id): unique per call and per worker. It ends with `W` and the
 * worker's process id, so a reference in the proxy's log names the worker that sent it.
 */
export const appId = () => `${Date.now().toString(36)}${(n++).toString(36)}W${process.pid.toString(36)}`;

export function done<T>(r: PayoutResult<T>): T {
  if (r.status !== 'done') throw new Error(`expected done, got ${JSON.stringify(r)}`);
  return r.value;
}

/** A new active card of the app's customer. */
export async function activeCard(app: PayoutService): Promise<string> {
  const { cFiCardId } = done(
    await app.issueCard({
      customerId: config.customerId,
      cardProgramId: config.debitProgramId,
      nameOnCard: 'ANA PAYEE',
      requestId: appId(),
    }),
  );
  done(await app.activate(cFiCardId));
  return cFiCardId;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
