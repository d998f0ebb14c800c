import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { added, cpuFigures, formatProxyBench, paced, type CpuSnapshot, type ProxyBench } from './proxy-bench.ts';
import { formatProxySoak } from './proxy-soak.ts';

// The proxy bench itself takes 40 s and two child processes (`connectfi-conformance bench`); these
// tests drive its parts: the paced client, the figures, the CPU accounting and the printed text (a
// short run of the real thing, with its processes, is in proxy-bench.e2e.test.ts).
describe('proxy bench: the paced client', () => {
  const servers: http.Server[] = [];
  const seen: string[][] = [];
  let bases: string[];
  beforeAll(async () => {
    bases = await Promise.all(
      [200, 503].map(async (status, k) => {
        seen[k] = [];
        const server = http.createServer((req, res) => {
          let body = '';
          req.on('data', (c: Buffer) => (body += c.toString()));
          req.on('end', () => {
            seen[k].push(`${req.method} ${req.url} ${String(req.headers['x-connectfi-token'])} ${body}`);
            res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
          });
        });
        servers.push(server);
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      }),
    );
  });
  afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

  it('sends `count` requests to each target (its own headers and body), returns each its latencies sorted, and counts every answer other than 200 as a failure', async () => {
    const targets = bases.map((base, k) => ({ base, headers: { 'x-connectfi-token': `t${k}` }, body: `{"cFiCardId":"icrd_${k}"}` }));
    const { latencies, failures } = await paced(targets, 20, 400);
    expect(seen.map((s) => s.length)).toEqual([20, 20]);
    expect(seen.map((s) => [...new Set(s)])).toEqual([
      ['POST /ibis/card/status t0 {"cFiCardId":"icrd_0"}'],
      ['POST /ibis/card/status t1 {"cFiCardId":"icrd_1"}'],
    ]);
    expect(latencies.map((l) => l.length)).toEqual([20, 20]);
    for (const l of latencies) {
      expect(l.every((x) => x > 0)).toBe(true);
      expect(l).toEqual([...l].sort((a, b) => a - b));
    }
    expect(failures).toBe(20);
  });

  it('keeps the pace: 40 requests at 400/s each take about 100 ms, not less', async () => {
    const t = performance.now();
    await paced(
      bases.map((base) => ({ base, headers: {}, body: '{}' })),
      40,
      400,
    );
    expect(performance.now() - t).toBeGreaterThanOrEqual(95);
  });
});

describe('proxy bench: figures', () => {
  it('added latency is the proxied percentile minus the direct one', () => {
    const direct = Array.from({ length: 100 }, (_, i) => i + 1); // p50 50, p99 99
    const proxied = direct.map((x) => x + 2); // p50 52, p99 101
    proxied[99] = 150; // p99 is the 99th of 100, not the maximum
    const a = added([direct, proxied.sort((x, y) => x - y)]);
    expect(a).toEqual({ direct: { p50Ms: 50, p99Ms: 99 }, proxied: { p50Ms: 52, p99Ms: 101 }, addedP50Ms: 2, addedP99Ms: 2 });
  });

  it("CPU: the proxy's µs per exchange, the simulator's per request, and what processes other than the bench's three used, in % of one CPU", () => {
    const a: CpuSnapshot = { at: 0, machine: 10_000_000, own: 1_000_000, sim: 2_000_000, proxy: 3_000_000 };
    // 10 s later: the machine was busy 9 s of CPU time; client 3 s, simulator 2 s, proxy 2.5 s → others 1.5 s = 15% of one CPU.
    const b: CpuSnapshot = { at: 10_000, machine: 19_000_000, own: 4_000_000, sim: 4_000_000, proxy: 5_500_000 };
    // The simulator answered 4000 requests (both paths, in the separate setup): 2 s / 4000.
    expect(cpuFigures(a, b, 2000, 4000)).toEqual({ proxyCpuUsPerExchange: 1250, simulatorCpuUsPerRequest: 500, otherCpuPercent: 15 });
    expect(cpuFigures({ ...a, machine: undefined }, { ...b, machine: undefined }, 2000, 2000)).toEqual({
      proxyCpuUsPerExchange: 1250,
      simulatorCpuUsPerRequest: 1000,
    });
    expect(cpuFigures({ ...a, proxy: undefined, sim: undefined }, b, 2000, 4000)).toEqual({});
  });

  it('prints the steady-state table, the warm-up figures and the machine load', () => {
    const b: ProxyBench = {
      setup: 'separate',
      rate: 200,
      requests: 6000,
      operation: 'POST /ibis/card/status',
      direct: { p50Ms: 0.6, p99Ms: 3.1 },
      proxied: { p50Ms: 1.4, p99Ms: 4.6 },
      addedP50Ms: 0.8,
      addedP99Ms: 1.5,
      warmup: { seconds: 10, addedP50Ms: 1.2, addedP99Ms: 9.9 },
      failures: 0,
      loadAverageAtStart: [1.5, 1.2, 1],
      proxyCpuUsPerExchange: 900,
      simulatorCpuUsPerRequest: 400,
      otherCpuPercent: 3,
      inProcess: { p50Ms: 0.19, p99Ms: 0.77 },
    };
    const text = formatProxyBench(b);
    expect(text).toContain(
      'Proxy overhead, `proxy --upstream URL` (a simulator in its own process behind the proxy, as any upstream), POST /ibis/card/status at 200 req/s',
    );
    expect(text).toContain('6000 requests each way after a 10 s warm-up');
    expect(text).toContain('| added by the proxy | 0.8 | 1.5 |');
    expect(text).toContain('during the warm-up the proxy added 1.2 ms at p50, 9.9 ms at p99');
    expect(text).toContain('proxy CPU time per exchange: 900 µs\nsimulator CPU time per request: 400 µs');
    const embedded = formatProxyBench({ ...b, setup: 'embedded' });
    expect(embedded).toContain("Proxy overhead, `proxy --upstream simulator` (the default: the simulator inside the proxy's process)");
    expect(embedded).toContain('proxy CPU time per exchange: 900 µs (its simulator included)');
    expect(text).toContain(
      'inside the proxy (head received to answer written, less the upstream; warm-up included): p50 0.19 ms, p99 0.77 ms',
    );
    expect(formatProxyBench({ ...b, inProcess: undefined })).not.toContain('inside the proxy');
    expect(text).toContain('other processes on this machine during the measurement: 3% of one CPU');
    expect(text).not.toContain('failed');
  });
});

describe('proxy soak', () => {
  it('says so when the report does not come in time', () => {
    const text = formatProxySoak({
      seconds: 5,
      exchanges: 10,
      samples: [
        [0, 0, 90],
        [5, 10, undefined],
      ],
      reportTimeoutMs: 60_000,
      failures: 2,
    });
    expect(text).toContain('| 5 | 10 | n/a |');
    expect(text).toContain('POST /__proxy/report did not answer within 60 s');
    expect(text).toContain('2 request(s) answered otherwise than expected');
  });
});
