import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Agent, request } from 'undici';
import { ROOT } from '../spec/index.ts';
import { percentile } from './load.ts';
import { startSimulatorProcess } from './servers.ts';
import { stopChild } from '../util/child-process.ts';

/**
 * The integration proxy's added latency: the same paced load (open loop, `rate` requests per
 * second, each sent on its tick whatever the previous ones are doing) goes to the simulator
 * directly and through `connectfi-conformance proxy`, on interleaved ticks, so that both see the
 * same machine load. Simulator and proxy each run in their own process, as users run them.
 */
export interface ProxyBench {
  rate: number;
  requests: number;
  operation: string;
  direct: { p50Ms: number; p99Ms: number };
  proxied: { p50Ms: number; p99Ms: number };
  addedP50Ms: number;
  addedP99Ms: number;
  failures: number;
  loadAverageAtStart: number[];
  /** CPU time the proxy process spent per exchange (Linux /proc; less sensitive to machine load than latency). */
  proxyCpuUsPerExchange?: number;
}

/** utime + stime of a process in µs, from /proc/<pid>/stat (Linux); undefined elsewhere. */
function cpuMicros(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // Fields 14 and 15 of proc(5), counted from after the command name: utime and stime in clock ticks (100/s).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

async function startProxyProcess(upstream: string): Promise<{ url: string; pid: number | undefined; stop: () => Promise<void> }> {
  const reportDir = mkdtempSync(path.join(tmpdir(), 'cfc-proxy-bench-'));
  const child = spawn(process.execPath, ['--', path.join(ROOT, 'bin', 'connectfi-conformance.mjs'), 'proxy', '--upstream', upstream, '--port', '0', '--report-dir', reportDir, '--progress-every', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the proxy did not start within 15 s: ${out.slice(-300)}`)), 15_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /connectFi proxy listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`the proxy exited with ${code}: ${out.slice(-300)}`)));
  });
  return {
    url,
    pid: child.pid,
    stop: async () => {
      await stopChild(child);
      rmSync(reportDir, { recursive: true, force: true });
    },
  };
}

/** Sends `count` requests at `rate`/s to each base URL, on interleaved ticks; returns each one's latencies. */
async function paced(bases: string[], count: number, rate: number, body: string, headers: Record<string, string>): Promise<{ latencies: number[][]; failures: number }> {
  const agents = bases.map(() => new Agent({ connections: 64, keepAliveTimeout: 30_000 }));
  const latencies = bases.map(() => [] as number[]);
  let failures = 0;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  // Each path gets `rate` requests per second; the paths' ticks are staggered (direct, proxied,
  // direct...) so that they never arrive in pairs.
  for (let j = 0; j < count * bases.length; j++) {
    const due = started + (j * 1000) / (rate * bases.length);
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    [bases[j % bases.length]!].forEach((base) => {
      const k = j % bases.length;
      const t = performance.now();
      pending.push(
        request(`${base}/ibis/card/status`, { method: 'POST', dispatcher: agents[k], headers: { 'content-type': 'application/json', ...headers }, body })
          .then(async (res) => {
            await res.body.dump();
            if (res.statusCode !== 200) failures++;
            latencies[k]!.push(performance.now() - t);
          })
          .catch(() => {
            failures++;
          }),
      );
    });
  }
  await Promise.all(pending);
  await Promise.all(agents.map((a) => a.close()));
  return { latencies: latencies.map((l) => l.sort((a, b) => a - b)), failures };
}

export async function benchProxyOverhead(options: { rate?: number; seconds?: number; warmupSeconds?: number } = {}): Promise<ProxyBench> {
  const rate = options.rate ?? 200;
  const count = Math.round(rate * (options.seconds ?? 10));
  const loadAverageAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
  const sim = await startSimulatorProcess('proxy-bench');
  let proxy: Awaited<ReturnType<typeof startProxyProcess>> | undefined;
  try {
    proxy = await startProxyProcess(sim.baseUrl);
    const headers = sim.headers;
    const add = await fetch(`${sim.baseUrl}/ibis/debit-card/add`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ customerId: sim.env.CONNECTFI_CUSTOMER_ID, reference: 'proxybench1', cardProgramId: sim.env.CONNECTFI_DEBIT_PROGRAM_ID, profile: { occupation: 'Student', nameOnCard: 'BENCH' } }),
    });
    const cFiCardId = ((await add.json()) as { data: { cFiCardId: string } }).data.cFiCardId;
    const body = JSON.stringify({ cFiCardId });
    await paced([sim.baseUrl, proxy.url], Math.round(rate * (options.warmupSeconds ?? 1)), rate, body, headers);
    const cpuBefore = cpuMicros(proxy.pid);
    const { latencies, failures } = await paced([sim.baseUrl, proxy.url], count, rate, body, headers);
    const cpuAfter = cpuMicros(proxy.pid);
    const [direct, proxied] = latencies as [number[], number[]];
    const d = { p50Ms: round(percentile(direct, 50)), p99Ms: round(percentile(direct, 99)) };
    const p = { p50Ms: round(percentile(proxied, 50)), p99Ms: round(percentile(proxied, 99)) };
    return { rate, requests: count, operation: 'POST /ibis/card/status', direct: d, proxied: p, addedP50Ms: round(p.p50Ms - d.p50Ms), addedP99Ms: round(p.p99Ms - d.p99Ms), failures, loadAverageAtStart,
      ...(cpuBefore !== undefined && cpuAfter !== undefined ? { proxyCpuUsPerExchange: Math.round((cpuAfter - cpuBefore) / count) } : {}) };
  } finally {
    await proxy?.stop();
    await sim.stop();
  }
}

export function formatProxyBench(b: ProxyBench): string {
  return [
    `Proxy overhead, ${b.operation} at ${b.rate} req/s (${b.requests} requests each way, load average ${b.loadAverageAtStart.join(' ')} at start):`,
    '| path | p50 ms | p99 ms |',
    '| --- | --- | --- |',
    `| direct to the simulator | ${b.direct.p50Ms} | ${b.direct.p99Ms} |`,
    `| through the proxy | ${b.proxied.p50Ms} | ${b.proxied.p99Ms} |`,
    `| added by the proxy | ${b.addedP50Ms} | ${b.addedP99Ms} |`,
    ...(b.proxyCpuUsPerExchange !== undefined ? [`proxy CPU time per exchange: ${b.proxyCpuUsPerExchange} µs`] : []),
    ...(b.failures > 0 ? [`${b.failures} request(s) failed`] : []),
  ].join('\n');
}
