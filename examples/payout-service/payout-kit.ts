import { request } from 'undici';
import { startProxy, type RunningProxy } from '../../src/proxy/index.ts';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.ts';

/**
 * The integrator's test setup, as docs/integrators.md, "Making every outcome happen", describes it: the
 * simulator (state API on) behind the proxy, the app pointed at the proxy, outcomes forced
 * through the proxy's URL.
 */
export interface PayoutKit {
  sim: RunningSimulator;
  proxy: RunningProxy;
  appOptions: { baseUrl: string; login: string; password: string };
  force(operation: string, outcome: string, extra?: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function startPayoutKit(seed: string): Promise<PayoutKit> {
  const sim = await startSimulator({ enableStateApi: true, seed });
  const proxy = await startProxy({ upstream: sim.baseUrl, progressEvery: 0 });
  return {
    sim,
    proxy,
    appOptions: { baseUrl: proxy.url, ...sim.credentials },
    async force(operation, outcome, extra = {}) {
      const res = await request(`${proxy.url}/__simulator/outcomes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ operation, outcome, times: 1, ...extra }),
      });
      const text = await res.body.text();
      if (res.statusCode !== 200) throw new Error(`cannot force ${outcome} on ${operation}: ${text}`);
    },
    async close() {
      await proxy.close();
      await sim.close();
    },
  };
}

let n = 0;
/** An app-side id (payout id, request id): unique per call. */
export const appId = () => `${Date.now().toString(36)}${(n++).toString(36)}`;
