import { FLAKY_NETWORK_RATE } from '../flaky-network.ts';
import { valueAt } from '../../util/json-object.ts';
import type { Variant } from './types.ts';

/**
 * Variants in how the answers travel: later, with shorter-lived tokens, or across a network that
 * sometimes drops a connection. None changes what an answer says.
 */
export const NETWORK_VARIANTS: readonly Variant[] = [
  {
    name: 'slow-answers',
    description: 'answers every request 25 ms later, as a sandbox across a network does',
    docs: [
      {
        file: 'README.md',
        heading: 'Sandbox',
        quote: 'The sandbox base URL and credentials are given privately to each client;',
      },
    ],
    options: () => ({ latencyMs: 25 }),
  },
  {
    name: 'short-token-lifetime',
    description: 'issues tokens that expire after 2 seconds (dtsExpireAt says so); a request with an expired token is 401 unauthorized',
    erratum: 'token-lifetime-undocumented',
    docs: [
      {
        file: 'README.md',
        heading: 'Authentication',
        quote: 'Token lifetime, refresh and the error for a missing or expired token on other endpoints are not documented',
      },
    ],
    options: () => ({ tokenTtlMs: 2000 }),
    probe: async (api) => {
      const r = await api.call('/auth/get-token', { user: api.credentials }, { token: null });
      return Date.parse(String(valueAt(r.body, 'data', 'dtsExpireAt'))) - Date.now() < 60_000;
    },
  },
  {
    name: 'flaky-network',
    description:
      'behind a network that resets a connection before or after processing, or answers 503 before processing, on 3% of requests (seeded)',
    erratum: 'integrator-behaviours',
    docs: [
      { file: 'README.md', heading: 'Sandbox', quote: 'The sandbox base URL and credentials are given privately to each client;' },
      {
        file: 'ibis-overview.txt',
        heading: 'Push Funds to Card with /ibis',
        quote: 'The /ibis/financial/funds-credit endpoint supports idempotency and will not accept requests with duplicate reference IDs.',
      },
    ],
    options: (given) => ({ flakyNetwork: { rate: FLAKY_NETWORK_RATE, seed: String(given.seed ?? 'flaky-network') } }),
  },
];
