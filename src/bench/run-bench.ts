import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { ROOT } from '../api/index.ts';
import { runLoad, type LoadRequest, type LoadResult } from './load.ts';
import { startPrism, startSimulatorProcess, type BenchServer } from './servers.ts';

/**
 * `connectfi-conformance bench` (docs/benchmarks.md, "Speed"): simulator throughput and p99 latency on POST /ibis/card/status and
 * POST /ibis/financial/funds-credit (unique references), side by side with Prism's mock server
 * serving generated/openapi.json for the same operations, in the same run. Each server runs alone
 * in its own process; the load generator is this process.
 */
export interface BenchOptions {
  requests: number;
  concurrency: number;
  warmup: number;
  prism: boolean;
  seed: string;
  reportPath: string;
}

export interface BenchRow extends LoadResult {
  server: string;
  operation: string;
}

export interface BenchReport {
  startedAt: string;
  node: string;
  cpus: number;
  cpuModel: string;
  loadAverageAtStart: number[];
  options: Omit<BenchOptions, 'reportPath'>;
  rows: BenchRow[];
  notes: string[];
}

export const DEFAULT_BENCH: BenchOptions = {
  requests: 5000,
  concurrency: 32,
  warmup: 1000,
  prism: true,
  seed: 'bench',
  reportPath: path.join(ROOT, 'reports', 'bench.json'),
};

type Workload = { operation: string; make: (i: number, tag: string) => LoadRequest };

function workloads(cFiCardId: string): Workload[] {
  return [
    { operation: '/ibis/card/status', make: () => ({ path: '/ibis/card/status', body: { cFiCardId } }) },
    {
      operation: '/ibis/financial/funds-credit',
      // A unique reference per request: every request is a new transfer, never referenceExists.
      make: (i, tag) => ({
        path: '/ibis/financial/funds-credit',
        body: { cFiCardId, reference: `${tag}${i}`, amount: 1.25, currency: 'USD' },
      }),
    },
  ];
}

async function measure(server: BenchServer, cFiCardId: string, options: BenchOptions, log: (line: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const w of workloads(cFiCardId)) {
    const make = (tag: string) => (i: number) => {
      const r = w.make(i, tag);
      return { ...r, headers: server.headers };
    };
    await runLoad(server.baseUrl, make('warm'), { requests: options.warmup, concurrency: options.concurrency });
    const result = await runLoad(server.baseUrl, make('bench'), { requests: options.requests, concurrency: options.concurrency });
    log(
      `  ${server.name.padEnd(9)} ${w.operation.padEnd(28)} ${String(result.requestsPerSecond).padStart(7)} req/s  p99 ${result.p99Ms} ms`,
    );
    rows.push({ server: server.name, operation: w.operation, ...result });
  }
  return rows;
}

async function prepareSimulatorCard(sim: BenchServer): Promise<string> {
  const post = async (p: string, body: unknown) => {
    const res = await fetch(`${sim.baseUrl}${p}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sim.headers },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { code: string; data: Record<string, string> };
    if (json.code !== '0') throw new Error(`bench setup ${p} failed: ${JSON.stringify(json)}`);
    return json.data;
  };
  const card = await post('/ibis/debit-card/add', {
    customerId: sim.env.CONNECTFI_CUSTOMER_ID,
    reference: 'benchCard1',
    cardProgramId: sim.env.CONNECTFI_DEBIT_PROGRAM_ID,
    profile: { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' },
  });
  await post('/ibis/card/activate', { cFiCardId: card.cFiCardId });
  return card.cFiCardId;
}

export async function runBench(options: BenchOptions = DEFAULT_BENCH, log: (line: string) => void = () => undefined): Promise<BenchReport> {
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    options: {
      requests: options.requests,
      concurrency: options.concurrency,
      warmup: options.warmup,
      prism: options.prism,
      seed: options.seed,
    },
    rows: [],
    notes: [
      'Each server runs alone in its own process; the load generator (undici, keep-alive) is the bench process.',
      'The simulator validates each request with Ajv, authenticates the token, and for funds-credit creates a transfer, moves money and records history; Prism validates the request and replays a documented example.',
    ],
  };
  log(
    `bench: ${options.requests} requests per operation, ${options.concurrency} in flight, ${options.warmup} warm-up (${report.cpus} CPUs, load ${report.loadAverageAtStart.join(' ')})`,
  );
  const sim = await startSimulatorProcess(options.seed);
  try {
    const cFiCardId = await prepareSimulatorCard(sim);
    report.rows.push(...(await measure(sim, cFiCardId, options, log)));
  } finally {
    await sim.stop();
  }
  if (options.prism) {
    const prism = await startPrism();
    try {
      report.rows.push(...(await measure(prism, 'icrd_1oSrT1U8G73S5Jdt27YvYk', options, log)));
    } finally {
      await prism.stop();
    }
  }
  mkdirSync(path.dirname(options.reportPath), { recursive: true });
  writeFileSync(options.reportPath, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** The side-by-side table of a report. */
export function formatBench(report: BenchReport): string {
  const header = ['operation', 'server', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'statuses'];
  const lines = [...report.rows]
    .sort((a, b) => a.operation.localeCompare(b.operation) || a.server.localeCompare(b.server))
    .map((r) => [
      `POST ${r.operation}`,
      r.server,
      String(r.requestsPerSecond),
      String(r.p50Ms),
      String(r.p99Ms),
      String(r.maxMs),
      Object.entries(r.statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ') + (r.failures ? ` failures×${r.failures}` : ''),
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) =>
    `| ${cells.map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [row(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(row)].join('\n');
}
