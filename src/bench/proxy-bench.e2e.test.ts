import { describe, expect, it } from 'vitest';
import { benchProxyOverhead } from './proxy-bench.ts';
import { formatProxySoak, soakProxy } from './proxy-soak.ts';

// The proxy bench and the soak with their real processes (the simulator and the proxy as children of
// the CLI), each cut to a second; their parts are tested in process in proxy-bench.test.ts.
describe('proxy bench: a short run of the real thing', () => {
  it.each(['embedded', 'separate'] as const)(
    "%s: starts the simulator and the proxy as processes, measures both paths, and reads the proxy's own time from its report",
    async (setup) => {
      const b = await benchProxyOverhead({ rate: 100, seconds: 1, warmupSeconds: 0.5, setup });
      expect(b.setup).toBe(setup);
      // Every status call answered 200: through the embedded setup, with the token and card of the simulator inside the proxy.
      expect(b.failures).toBe(0);
      expect(b.requests).toBe(100);
      expect(b.direct.p50Ms).toBeGreaterThan(0);
      expect(b.proxied.p50Ms).toBeGreaterThan(0);
      // 150 exchanges went through the proxy (warm-up included); its own time is part of the path's
      // (same unit: a figure read in µs or s would be far outside the path's).
      expect(b.inProcess).toBeDefined();
      expect(b.inProcess!.p50Ms).toBeGreaterThan(0);
      expect(b.inProcess!.p50Ms).toBeLessThan(b.proxied.p99Ms);
    },
    60_000,
  );
});

describe('proxy soak', () => {
  it('drives the real proxy and simulator processes, samples the memory and times the report', async () => {
    const soak = await soakProxy({ seconds: 1 });
    expect(soak.failures).toBe(0);
    expect(soak.exchanges).toBeGreaterThan(20);
    // The first sample at 0 exchanges, the last at all of them; exchanges only grow.
    expect(soak.samples[0][1]).toBe(0);
    expect(soak.samples.at(-1)![1]).toBe(soak.exchanges);
    const counts = soak.samples.map((x) => x[1]);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    if (process.platform === 'linux') expect(soak.samples.every(([, , rss]) => typeof rss === 'number' && rss > 10)).toBe(true);
    // One request in ten is an invalid funds-debit: a schema violation, and a decline repeated.
    expect(soak.verdict).toBe('not-ready');
    expect(soak.reportMs).toBeGreaterThanOrEqual(0);
    const text = formatProxySoak(soak);
    expect(text).toContain(`Proxy soak: ${soak.exchanges} exchanges in 1 s`);
    expect(text).toMatch(/POST \/__proxy\/report answered in \d+ ms \(verdict not-ready\)/);
  }, 60_000);
});
