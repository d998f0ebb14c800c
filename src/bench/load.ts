import { Agent, request } from 'undici';
import { mapPool } from '../util/worker-pool.ts';

/** One request of a load run: the path and JSON body to POST (with headers). */
export interface LoadRequest {
  path: string;
  body: unknown;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  concurrency: number;
  durationMs: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** HTTP status → count. */
  statuses: Record<string, number>;
  /** Transport failures (connection refused, reset...). */
  failures: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * POSTs `requests` requests made by `make(i)` to `baseUrl`, at most `concurrency` in flight, over
 * keep-alive connections (undici Agent), and measures each round trip. Bounded in count, so a run
 * always ends.
 */
export async function runLoad(
  baseUrl: string,
  make: (i: number) => LoadRequest,
  { requests, concurrency }: { requests: number; concurrency: number },
): Promise<LoadResult> {
  const agent = new Agent({ connections: concurrency, keepAliveTimeout: 30_000, pipelining: 1 });
  const latencies = new Array<number>(requests);
  const statuses: Record<string, number> = {};
  let failures = 0;
  const one = async (i: number): Promise<void> => {
    const { path, body, headers } = make(i);
    const t = performance.now();
    try {
      const res = await request(`${baseUrl}${path}`, {
        method: 'POST',
        dispatcher: agent,
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      await res.body.dump();
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
    } catch {
      failures += 1;
    }
    latencies[i] = performance.now() - t;
  };
  const started = performance.now();
  await mapPool(
    Array.from({ length: requests }, (_, i) => i),
    concurrency,
    one,
  );
  const durationMs = performance.now() - started;
  await agent.close();
  const sorted = latencies.filter((x) => x !== undefined).sort((a, b) => a - b);
  return {
    requests,
    concurrency,
    durationMs: round(durationMs, 1),
    requestsPerSecond: round((requests / durationMs) * 1000, 0),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? 0),
    statuses,
    failures,
  };
}
