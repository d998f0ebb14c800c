import { Agent, request } from 'undici';
import { rssMb, startProxyProcess } from './proxy-bench.ts';
import { startSimulatorProcess } from './servers.ts';

/**
 * The proxy over a long run (docs/benchmarks.md, "What the proxy costs"): `seconds` of traffic at full speed
 * through `connectfi-conformance proxy` to a simulator, both in their own processes, 8 requests in
 * flight; one request in ten is an invalid funds-debit, sent twice (a schema violation, a decline
 * repeated: what the graders have to remember). Samples the proxy's resident memory ten times,
 * then times POST /__proxy/report (the whole report: grading, redaction, the four files).
 */
export interface ProxySoak {
  seconds: number;
  exchanges: number;
  /** [seconds since the start, exchanges so far, proxy RSS in MB] (RSS undefined without /proc). */
  samples: [number, number, number | undefined][];
  /** Time POST /__proxy/report took; undefined when it did not answer within `reportTimeoutMs`. */
  reportMs?: number;
  reportTimeoutMs: number;
  verdict?: string;
  failures: number;
}

const IN_FLIGHT = 8;

export async function soakProxy(options: { seconds: number; reportTimeoutMs?: number }): Promise<ProxySoak> {
  const { seconds } = options;
  const reportTimeoutMs = options.reportTimeoutMs ?? 60_000;
  const sim = await startSimulatorProcess('proxy-soak');
  let proxy: Awaited<ReturnType<typeof startProxyProcess>> | undefined;
  const agent = new Agent({ connections: IN_FLIGHT * 2 });
  try {
    proxy = await startProxyProcess(sim.baseUrl);
    const headers = { 'content-type': 'application/json', ...sim.headers };
    const add = await fetch(`${sim.baseUrl}/ibis/debit-card/add`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        customerId: sim.env.CONNECTFI_CUSTOMER_ID,
        reference: 'proxysoak1',
        cardProgramId: sim.env.CONNECTFI_DEBIT_PROGRAM_ID,
        profile: { occupation: 'Student', nameOnCard: 'SOAK' },
      }),
    });
    const card = ((await add.json()) as { data: { cFiCardId: string } }).data.cFiCardId;
    const status = JSON.stringify({ cFiCardId: card });
    const started = performance.now();
    const end = started + seconds * 1000;
    const pid = proxy.pid;
    const url = proxy.url;
    let exchanges = 0;
    let failures = 0;
    const samples: ProxySoak['samples'] = [[0, 0, rssMb(pid)]];
    let nextSample = started + (seconds * 1000) / 10;
    const send = async (path: string, body: string, expected: number) => {
      const res = await request(`${url}${path}`, { method: 'POST', headers, body, dispatcher: agent });
      await res.body.dump();
      exchanges++;
      if (res.statusCode !== expected) failures++;
    };
    const worker = async (w: number) => {
      for (let i = 0; performance.now() < end; i++) {
        if (i % 10 === 9) {
          const invalid = JSON.stringify({ cFiCardId: card, reference: `soak${w}x${i}`, amount: -1, currency: 'USD' });
          await send('/ibis/financial/funds-debit', invalid, 400);
          await send('/ibis/financial/funds-debit', invalid, 400);
        } else {
          await send('/ibis/card/status', status, 200);
        }
        const now = performance.now();
        if (now >= nextSample) {
          samples.push([Math.round((now - started) / 1000), exchanges, rssMb(pid)]);
          nextSample += (seconds * 1000) / 10;
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, (_, w) => worker(w)));
    samples.push([Math.round((performance.now() - started) / 1000), exchanges, rssMb(pid)]);
    const t = performance.now();
    let reportMs: number | undefined;
    let verdict: string | undefined;
    try {
      const res = await fetch(`${url}/__proxy/report`, { method: 'POST', signal: AbortSignal.timeout(reportTimeoutMs) });
      verdict = ((await res.json()) as { verdict: string }).verdict;
      reportMs = Math.round(performance.now() - t);
    } catch {
      // No answer in time: reported as such; the proxy is stopped below.
    }
    return { seconds, exchanges, samples, reportTimeoutMs, failures, ...(reportMs !== undefined ? { reportMs, verdict } : {}) };
  } finally {
    await agent.close();
    await proxy?.stop();
    await sim.stop();
  }
}

export function formatProxySoak(s: ProxySoak): string {
  const mb = (x: number | undefined) => (x === undefined ? 'n/a' : `${x} MB`);
  return [
    `Proxy soak: ${s.exchanges} exchanges in ${s.seconds} s (${IN_FLIGHT} in flight; one in ten an invalid funds-debit, sent twice):`,
    '| seconds | exchanges | proxy RSS |',
    '| --- | --- | --- |',
    ...s.samples.map(([sec, n, rss]) => `| ${sec} | ${n} | ${mb(rss)} |`),
    s.reportMs !== undefined
      ? `POST /__proxy/report answered in ${s.reportMs} ms (verdict ${s.verdict})`
      : `POST /__proxy/report did not answer within ${s.reportTimeoutMs / 1000} s`,
    ...(s.failures > 0 ? [`${s.failures} request(s) answered otherwise than expected`] : []),
  ].join('\n');
}
