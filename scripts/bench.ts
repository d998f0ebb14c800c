// `npm run bench`: simulator vs Prism throughput and p99 latency, then the conformance run offline and
// at 100 ms latency side by side (logic in src/bench/).
import { parseArgs } from 'node:util';
import { DEFAULT_BENCH, formatBench, runBench } from '../src/bench/run-bench.ts';
import { benchConformance, benchOffline, formatConformanceBench } from '../src/bench/conformance-bench.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string' },
    concurrency: { type: 'string' },
    warmup: { type: 'string' },
    'no-prism': { type: 'boolean' },
    'no-conformance': { type: 'boolean' },
    latency: { type: 'string' },
  },
});
const int = (flag: string, v: string | undefined, fallback: number) => {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) {
    process.stderr.write(`error [USAGE]: --${flag} must be a positive integer, got ${JSON.stringify(v)}\n`);
    process.exit(2);
  }
  return Number(v);
};
const options = {
  ...DEFAULT_BENCH,
  requests: int('requests', values.requests, DEFAULT_BENCH.requests),
  concurrency: int('concurrency', values.concurrency, DEFAULT_BENCH.concurrency),
  warmup: int('warmup', values.warmup, DEFAULT_BENCH.warmup),
  prism: !values['no-prism'],
};
try {
  const report = await runBench(options, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`\n${formatBench(report)}\n\nwritten to ${options.reportPath}\n`);
  const broken = report.rows.filter((r) => r.failures > 0 || (r.server === 'simulator' && (r.statuses['200'] ?? 0) !== r.requests));
  let conformanceFailed = false;
  if (!values['no-conformance']) {
    const runs = [await benchOffline(), await benchConformance(int('latency', values.latency, 100))];
    process.stdout.write(`\n${formatConformanceBench(runs)}\n`);
    conformanceFailed = runs.some((c) => c.exitCode !== 0);
  }
  process.exitCode = broken.length || conformanceFailed ? 1 : 0;
} catch (err) {
  process.stderr.write(`error [BENCH]: ${(err as Error).message}\n`);
  process.exitCode = 2;
}
