import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Random } from './random.ts';

/**
 * A flaky network in front of the simulator (docs/ci.md, "Transport trouble"): on about `rate` of
 * the requests, one of three incidents a real network between a CI job and a sandbox produces.
 * The simulator's state API (`/__simulator/...`) is never touched: it is the test's own channel.
 */
export interface FlakyNetworkOptions {
  /** The share of requests that meet an incident, from 0 (none) to 1 (every one). */
  rate: number;
  /** Seeds the draws (default: the simulator's seed, else a random one). */
  seed?: string;
}

/** The default share of requests that meet an incident: about 3 in 100. */
export const FLAKY_NETWORK_RATE = 0.03;

/**
 * - `reset-before`: the connection is destroyed before any handler runs (nothing is processed);
 * - `reset-after`: the request is processed (a write is applied), then the connection is destroyed
 *   instead of sending the answer;
 * - `503-before`: HTTP 503 with a body that is not the connectFi envelope, before any processing.
 */
export type FlakyIncident = 'reset-before' | 'reset-after' | '503-before';
export const FLAKY_INCIDENTS: readonly FlakyIncident[] = ['reset-before', 'reset-after', '503-before'];

/** What the network did so far, for tests and for the simulator's own report. */
export interface FlakyNetworkStats {
  requests: number;
  incidents: Record<FlakyIncident, number>;
}

/** The seeded draws: one per request, in the order the requests arrive. */
export class FlakyDraws {
  private readonly random: Random;
  private readonly threshold: number;

  constructor(options: FlakyNetworkOptions) {
    if (!(options.rate >= 0 && options.rate <= 1)) throw new RangeError(`flaky network rate must be from 0 to 1, got ${options.rate}`);
    this.random = new Random(`flaky-network/${options.seed ?? Math.random().toString(36)}`);
    this.threshold = Math.round(options.rate * 1_000_000);
  }

  /** The incident of the next request, or undefined for a request that goes through untouched. */
  next(): FlakyIncident | undefined {
    const hit = this.random.int(1_000_000) < this.threshold;
    const which = this.random.int(FLAKY_INCIDENTS.length);
    return hit ? FLAKY_INCIDENTS[which] : undefined;
  }
}

const doomed = new WeakSet<FastifyRequest>();

function resetNow(request: FastifyRequest, reply: FastifyReply): void {
  // hijack: fastify sends nothing and runs no handler; the peer sees its connection reset.
  reply.hijack();
  request.raw.socket?.destroy();
}

/**
 * Puts the flaky network in front of every route but the state API. Registered before any other
 * hook, so an incident "before processing" happens before authentication, as it would on the wire.
 */
export function installFlakyNetwork(app: FastifyInstance, options: FlakyNetworkOptions): FlakyNetworkStats {
  const draws = new FlakyDraws(options);
  const stats: FlakyNetworkStats = { requests: 0, incidents: { 'reset-before': 0, 'reset-after': 0, '503-before': 0 } };
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/__simulator/')) return;
    stats.requests += 1;
    const incident = draws.next();
    if (!incident) return;
    stats.incidents[incident] += 1;
    if (incident === 'reset-before') return resetNow(request, reply);
    if (incident === 'reset-after') {
      doomed.add(request);
      return;
    }
    // No connectFi envelope: the docs document no 503, and a gateway in front of a provider answers with its own body.
    return reply.code(503).header('content-type', 'application/json; charset=utf-8').send({ message: 'Service Unavailable' });
  });
  app.addHook('onSend', async (request, _reply, payload) => {
    if (doomed.has(request)) {
      doomed.delete(request);
      request.raw.socket?.destroy();
    }
    return payload;
  });
  return stats;
}
