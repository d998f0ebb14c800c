import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Agent, request } from 'undici';
import { ROOT } from '../api/index.ts';
import { login, startSimulatorProcess, track, waitForLine } from './servers.ts';
import { readEnvFile } from '../util/env-file.ts';
import { LatencyHistogram } from '../util/latency-histogram.ts';
import { stopChild } from '../util/child-process.ts';

/**
 * The integration proxy's added latency: the same paced load (open loop, `rate` requests per
 * second, each sent on its tick whatever the previous ones are doing) goes to the simulator
 * directly and through `connectfi-conformance proxy`, on interleaved ticks, so that both see the
 * same machine load. Each server runs in its own process, as users run them, in one of two setups
 * (docs/benchmarks.md, "What the proxy costs"): `embedded`, the proxy's default `--upstream simulator`, where
 * the simulator behind the proxy runs in the proxy's own process; `separate`, the proxy in front
 * of a simulator in another process, as in front of any upstream URL: one more process to wake
 * and schedule on the way in and on the way out.
 *
 * The figures are those of the steady state, after a warm-up at the same load: on a small machine
 * V8 takes seconds to compile the hot paths of all three processes (the warm-up's own figures are
 * reported beside them), and a p99 over thousands of requests per path (30 s) is not moved by one
 * short stall of the machine the way a p99 over a few hundred is.
 */
export type ProxySetup = 'embedded' | 'separate';

export const PROXY_SETUPS: Record<ProxySetup, string> = {
  embedded: "`proxy --upstream simulator` (the default: the simulator inside the proxy's process)",
  separate: '`proxy --upstream URL` (a simulator in its own process behind the proxy, as any upstream)',
};

export interface ProxyBench {
  setup: ProxySetup;
  rate: number;
  requests: number;
  operation: string;
  direct: { p50Ms: number; p99Ms: number };
  proxied: { p50Ms: number; p99Ms: number };
  addedP50Ms: number;
  addedP99Ms: number;
  /** The same figures over the warm-up, which the ones above exclude. */
  warmup: { seconds: number; addedP50Ms: number; addedP99Ms: number };
  failures: number;
  loadAverageAtStart: number[];
  /**
   * CPU time the proxy process spent per exchange (Linux /proc; less sensitive to machine load than
   * latency). In the embedded setup this includes the simulator inside it.
   */
  proxyCpuUsPerExchange?: number;
  /** CPU time the simulator process spent per request it answered, for comparison. */
  simulatorCpuUsPerRequest?: number;
  /**
   * CPU time that processes other than the bench's own three (client, simulator, proxy) used during
   * the measurement, in % of one CPU (Linux /proc/stat). On a shared machine the load average
   * counts the bench itself; this says whether someone else competed for the cores.
   */
  otherCpuPercent?: number;
  /**
   * The proxy's own time per exchange, from its integration.json (proxyOverheadMs: request head
   * received to answer written, less the upstream's time; warm-up included). What the app sees
   * beyond it is the extra hop: one more process to wake and schedule on each way.
   */
  inProcess?: { p50Ms: number; p99Ms: number };
}

/** Resident memory of a process in MB, from /proc/<pid>/status (Linux); undefined elsewhere. */
export function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}

/** utime + stime of a process in µs, from /proc/<pid>/stat (Linux); undefined elsewhere. */
function cpuMicros(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // Fields 14 and 15 of proc(5), counted from after the command name: utime and stime in clock ticks (100/s).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

/** Busy time of the whole machine (every CPU) in µs, from the first line of /proc/stat (Linux); undefined elsewhere. */
function machineBusyMicros(): number | undefined {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number);
    // proc(5): user nice system idle iowait irq softirq steal, in clock ticks (100/s); idle and iowait are not busy.
    return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) * 10_000;
  } catch {
    return undefined;
  }
}

/** CPU time used so far, in µs: the machine's busy time, this process's, the simulator's and the proxy's (undefined without /proc). */
export interface CpuSnapshot {
  at: number;
  machine: number | undefined;
  own: number;
  sim: number | undefined;
  proxy: number | undefined;
}

function cpuSnapshot(simPid: number | undefined, proxyPid: number | undefined): CpuSnapshot {
  const own = process.cpuUsage();
  return {
    at: performance.now(),
    machine: machineBusyMicros(),
    own: own.user + own.system,
    sim: cpuMicros(simPid),
    proxy: cpuMicros(proxyPid),
  };
}

/**
 * The proxy's CPU per exchange, the simulator process's per request (it answered `simRequests`)
 * and the other processes' share of a CPU between two snapshots.
 */
export function cpuFigures(
  a: CpuSnapshot,
  b: CpuSnapshot,
  exchanges: number,
  simRequests: number,
): Pick<ProxyBench, 'proxyCpuUsPerExchange' | 'simulatorCpuUsPerRequest' | 'otherCpuPercent'> {
  const delta = (k: 'machine' | 'sim' | 'proxy') => (a[k] !== undefined && b[k] !== undefined ? b[k] - a[k] : undefined);
  const proxy = delta('proxy');
  const machine = delta('machine');
  const sim = delta('sim');
  const out: Pick<ProxyBench, 'proxyCpuUsPerExchange' | 'simulatorCpuUsPerRequest' | 'otherCpuPercent'> = {};
  if (proxy !== undefined) out.proxyCpuUsPerExchange = Math.round(proxy / exchanges);
  if (sim !== undefined) out.simulatorCpuUsPerRequest = Math.round(sim / simRequests);
  if (machine !== undefined && sim !== undefined && proxy !== undefined) {
    const others = machine - (b.own - a.own) - sim - proxy;
    out.otherCpuPercent = Math.max(0, Math.round((others / ((b.at - a.at) * 1000)) * 100));
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * `connectfi-conformance proxy` in its own process. With `upstream` "simulator" it starts the
 * simulator inside (seeded with `seed`) and returns its CONNECTFI_* variables, base URL = the proxy.
 */
export async function startProxyProcess(
  upstream: string,
  seed = 'proxy-bench',
): Promise<{ url: string; pid: number | undefined; env?: Record<string, string>; stop: () => Promise<ProxyBench['inProcess']> }> {
  const reportDir = mkdtempSync(path.join(tmpdir(), 'cfc-proxy-bench-'));
  const envFile = path.join(reportDir, 'app.env');
  const embedded = upstream === 'simulator' ? ['--seed', seed, '--write-env', envFile] : [];
  const child = track(
    spawn(
      process.execPath,
      [
        '--',
        path.join(ROOT, 'bin', 'connectfi-conformance.mjs'),
        'proxy',
        '--upstream',
        upstream,
        '--port',
        '0',
        '--report-dir',
        reportDir,
        '--progress-every',
        '0',
        ...embedded,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    ),
  );
  let url: string;
  let env: Record<string, string> | undefined;
  try {
    // The proxy prints its address, then (with the simulator) where it wrote the variables, then where its reports go.
    url = (await waitForLine(child, /connectFi proxy listening on (http:\/\/\S+)[^]*\nreports: /, 15_000, 'the proxy'))[1]!;
    if (embedded.length > 0) env = readEnvFile(envFile, true);
  } catch (err) {
    await stopChild(child);
    rmSync(reportDir, { recursive: true, force: true });
    throw err;
  }
  return {
    url,
    pid: child.pid,
    ...(env ? { env } : {}),
    stop: async () => {
      await stopChild(child); // SIGTERM: the proxy writes its reports first
      try {
        const { proxyOverheadMs } = JSON.parse(readFileSync(path.join(reportDir, 'integration.json'), 'utf8')) as {
          proxyOverheadMs: { p50: number; p99: number };
        };
        return { p50Ms: proxyOverheadMs.p50, p99Ms: proxyOverheadMs.p99 };
      } catch {
        return undefined; // no report: the figure is left out
      } finally {
        rmSync(reportDir, { recursive: true, force: true });
      }
    },
  };
}

/** Where `paced` sends its requests: a base URL, the headers it needs (its token) and the body. */
export interface PacedTarget {
  base: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `count` requests at `rate`/s to each target, on interleaved ticks; returns each one's
 * latencies, sorted. The client keeps nothing per request but its latency (in a preallocated
 * array): a client whose own garbage collections stall it sends the ticks it missed in a burst,
 * and a burst queues up in the proxy, so its p99 would measure the client's pauses.
 */
export async function paced(targets: PacedTarget[], count: number, rate: number): Promise<{ latencies: number[][]; failures: number }> {
  const agents = targets.map(() => new Agent({ connections: 64, keepAliveTimeout: 30_000 }));
  const latencies = targets.map(() => new Float64Array(count));
  const answered = targets.map(() => 0);
  const options = targets.map((t, k) => ({
    method: 'POST' as const,
    dispatcher: agents[k],
    headers: { 'content-type': 'application/json', ...t.headers },
    body: t.body,
  }));
  const urls = targets.map((t) => `${t.base}/ibis/card/status`);
  let failures = 0;
  let inFlight = 0;
  let sent = false;
  let allAnswered!: () => void;
  const done = new Promise<void>((resolve) => (allAnswered = resolve));
  const settle = () => {
    if (--inFlight === 0 && sent) allAnswered();
  };
  const send = (k: number) => {
    const t = performance.now();
    inFlight++;
    request(urls[k], options[k]).then(
      async (res) => {
        await res.body.dump();
        if (res.statusCode !== 200) failures++;
        latencies[k][answered[k]++] = performance.now() - t;
        settle();
      },
      () => {
        failures++;
        settle();
      },
    );
  };
  const started = performance.now();
  // Each path gets `rate` requests per second; the paths' ticks are staggered (direct, proxied,
  // direct...) so that they seldom arrive in pairs.
  for (let j = 0; j < count * targets.length; j++) {
    const due = started + (j * 1000) / (rate * targets.length);
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    send(j % targets.length);
  }
  sent = true;
  if (inFlight > 0) await done;
  await Promise.all(agents.map((a) => a.close()));
  return { latencies: latencies.map((l, k) => Array.from(l.subarray(0, answered[k])).sort((a, b) => a - b)), failures };
}

/** p50 and p99 of each path, and what the proxy adds (the second path's figure minus the first's). */
export function added(latencies: number[][]) {
  const [direct, proxied] = latencies as [number[], number[]];
  const [d, p] = [direct, proxied].map((values) => {
    const h = LatencyHistogram.of(values);
    return { p50Ms: round(h.percentile(50)), p99Ms: round(h.percentile(99)) };
  });
  return { direct: d, proxied: p, addedP50Ms: round(p.p50Ms - d.p50Ms), addedP99Ms: round(p.p99Ms - d.p99Ms) };
}

export const PROXY_BENCH_DEFAULTS = { rate: 200, seconds: 30, warmupSeconds: 10 };

/** A debit card for the bench's status calls (POST /ibis/debit-card/add); its status body. */
async function statusBody(base: string, env: Record<string, string>, headers: Record<string, string>): Promise<string> {
  const add = await fetch(`${base}/ibis/debit-card/add`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      customerId: env.CONNECTFI_CUSTOMER_ID,
      reference: 'proxybench1',
      cardProgramId: env.CONNECTFI_DEBIT_PROGRAM_ID,
      profile: { occupation: 'Student', nameOnCard: 'BENCH' },
    }),
  });
  return JSON.stringify({ cFiCardId: ((await add.json()) as { data: { cFiCardId: string } }).data.cFiCardId });
}

export async function benchProxyOverhead(
  options: { rate?: number; seconds?: number; warmupSeconds?: number; setup?: ProxySetup } = {},
): Promise<ProxyBench> {
  const { rate, seconds, warmupSeconds } = { ...PROXY_BENCH_DEFAULTS, ...options };
  const setup = options.setup ?? 'embedded';
  const count = Math.round(rate * seconds);
  const loadAverageAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
  const sim = await startSimulatorProcess('proxy-bench');
  let proxy: Awaited<ReturnType<typeof startProxyProcess>> | undefined;
  try {
    proxy = await startProxyProcess(setup === 'embedded' ? 'simulator' : sim.baseUrl);
    const direct: PacedTarget = { base: sim.baseUrl, headers: sim.headers, body: await statusBody(sim.baseUrl, sim.env, sim.headers) };
    // Embedded: the simulator behind the proxy is another one, with its own token and card.
    const proxiedHeaders = proxy.env ? { 'x-connectfi-token': await login(proxy.url, proxy.env) } : sim.headers;
    const proxied: PacedTarget = proxy.env
      ? { base: proxy.url, headers: proxiedHeaders, body: await statusBody(proxy.url, proxy.env, proxiedHeaders) }
      : { ...direct, base: proxy.url };
    const warm = added((await paced([direct, proxied], Math.round(rate * warmupSeconds), rate)).latencies);
    const cpuBefore = cpuSnapshot(sim.pid, proxy.pid);
    const { latencies, failures } = await paced([direct, proxied], count, rate);
    const cpuAfter = cpuSnapshot(sim.pid, proxy.pid);
    const stopping = proxy;
    proxy = undefined;
    const inProcess = await stopping.stop();
    return {
      setup,
      rate,
      requests: count,
      operation: 'POST /ibis/card/status',
      ...added(latencies),
      warmup: { seconds: warmupSeconds, addedP50Ms: warm.addedP50Ms, addedP99Ms: warm.addedP99Ms },
      failures,
      loadAverageAtStart,
      ...cpuFigures(cpuBefore, cpuAfter, count, setup === 'embedded' ? count : 2 * count),
      ...(inProcess ? { inProcess } : {}),
    };
  } finally {
    await proxy?.stop();
    await sim.stop();
  }
}

export function formatProxyBench(b: ProxyBench): string {
  return [
    `Proxy overhead, ${PROXY_SETUPS[b.setup]}, ${b.operation} at ${b.rate} req/s (${b.requests} requests each way after a ${b.warmup.seconds} s warm-up, load average ${b.loadAverageAtStart.join(' ')} at start):`,
    '| path | p50 ms | p99 ms |',
    '| --- | --- | --- |',
    `| direct to the simulator | ${b.direct.p50Ms} | ${b.direct.p99Ms} |`,
    `| through the proxy | ${b.proxied.p50Ms} | ${b.proxied.p99Ms} |`,
    `| added by the proxy | ${b.addedP50Ms} | ${b.addedP99Ms} |`,
    `during the warm-up the proxy added ${b.warmup.addedP50Ms} ms at p50, ${b.warmup.addedP99Ms} ms at p99`,
    ...(b.inProcess
      ? [
          `inside the proxy (head received to answer written, less the upstream; warm-up included): p50 ${b.inProcess.p50Ms} ms, p99 ${b.inProcess.p99Ms} ms`,
        ]
      : []),
    ...(b.proxyCpuUsPerExchange !== undefined
      ? [`proxy CPU time per exchange: ${b.proxyCpuUsPerExchange} µs${b.setup === 'embedded' ? ' (its simulator included)' : ''}`]
      : []),
    ...(b.simulatorCpuUsPerRequest !== undefined ? [`simulator CPU time per request: ${b.simulatorCpuUsPerRequest} µs`] : []),
    ...(b.otherCpuPercent !== undefined
      ? [`other processes on this machine during the measurement: ${b.otherCpuPercent}% of one CPU`]
      : []),
    ...(b.failures > 0 ? [`${b.failures} request(s) failed`] : []),
  ].join('\n');
}
