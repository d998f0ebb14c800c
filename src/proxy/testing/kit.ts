import { request } from 'undici';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../simulator/index.ts';
import { startProxy, type ProxyOptions, type RunningProxy } from '../start-proxy.ts';
import type { TestJson } from '../../util/test-json.ts';

/**
 * For the proxy's tests: a real simulator (state API on) behind a real proxy, and a raw HTTP
 * client that behaves exactly as each test tells it (no typed client to smooth things over).
 */
export interface Kit {
  sim: RunningSimulator;
  proxy: RunningProxy;
  login(): Promise<string>;
  /** Adds a debit card for the simulator's customer through the proxy; its cFiCardId. */
  issueCard(token: string): Promise<string>;
  post(
    path: string,
    body: unknown,
    token?: string,
    options?: { raw?: string; headers?: Record<string, string>; signal?: AbortSignal },
  ): Promise<{ status: number; headers: Record<string, unknown>; text: string; json: TestJson }>;
  force(operation: string, outcome: string, extra?: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function startKit(options: Partial<ProxyOptions> = {}, simulator: SimulatorOptions = {}): Promise<Kit> {
  const sim = await startSimulator({ enableStateApi: true, seed: 'proxy-kit', ...simulator });
  const proxy = await startProxy({ upstream: sim.baseUrl, progressEvery: 0, ...options });
  const post: Kit['post'] = async (path, body, token, opts = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
    if (token) headers['x-connectfi-token'] = token;
    const res = await request(`${proxy.url}${path}`, {
      method: 'POST',
      headers,
      body: opts.raw ?? JSON.stringify(body),
      signal: opts.signal,
    });
    const text = await res.body.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.statusCode, headers: res.headers, text, json };
  };
  return {
    sim,
    proxy,
    post,
    async login() {
      const r = await post('/auth/get-token', { user: sim.credentials });
      return r.json.data.token as string;
    },
    async issueCard(token) {
      const { customerId, debitProgramId } = sim.fixtures;
      const r = await post('/ibis/debit-card/add', { customerId, reference: ref('dc'), cardProgramId: debitProgramId, profile }, token);
      return r.json.data.cFiCardId as string;
    },
    async force(operation, outcome, extra = {}) {
      const r = await post('/__simulator/outcomes', { operation, outcome, ...extra });
      if (r.status !== 200) throw new Error(`cannot force ${outcome} on ${operation}: ${r.text}`);
    },
    async close() {
      await proxy.close();
      await sim.close();
    },
  };
}

let counter = 0;
export const ref = (prefix = 'px') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;
export const profile = { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' };

/** The ids of the behaviours a proxy report failed, sorted: what its NOT READY verdict names. */
export const failedBehaviourIds = (report: { behaviours: readonly { id: string; status: string }[] }): string[] =>
  report.behaviours
    .filter((b) => b.status === 'failed')
    .map((b) => b.id)
    .sort();
