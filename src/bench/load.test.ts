import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from './load.ts';

let server: http.Server;
let base: string;

beforeAll(async () => {
  // Answers every POST after reading it; /slow after 100 ms, /missing with 404.
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const status = req.url === '/missing' ? 404 : 200;
      setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end('{}'), req.url === '/slow' ? 100 : 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('runLoad', () => {
  it('sends every request, counts the statuses, and gives p50 ≤ p99 ≤ max from every latency', async () => {
    // 1 request in 20 is slow: p50 is a fast one, the maximum a slow one.
    const r = await runLoad(base, (i) => ({ path: i % 20 === 0 ? '/slow' : i % 2 ? '/missing' : '/ok', body: { i } }), {
      requests: 40,
      concurrency: 4,
    });
    expect(r).toMatchObject({ requests: 40, concurrency: 4, failures: 0, statuses: { 200: 20, 404: 20 } });
    expect(r.p50Ms).toBeGreaterThan(0);
    expect(r.p50Ms).toBeLessThan(100);
    expect(r.p99Ms).toBeGreaterThanOrEqual(r.p50Ms);
    expect(r.maxMs).toBeGreaterThanOrEqual(90); // a timer may fire a little early
    expect(r.maxMs).toBeGreaterThanOrEqual(r.p99Ms);
  });
});
