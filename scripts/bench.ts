// `npm run bench`: simulator vs Prism throughput and p99 latency (logic in src/bench/).
import { parseArgs } from 'node:util';
import { DEFAULT_BENCH, formatBench, runBench } from '../src/bench/run-bench.ts';
import { benchConformance, formatConformanceBench } from '../src/bench/conformance-bench.ts';
import { benchProxyOverhead, formatProxyBench } from '../src/bench/proxy-bench.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string' },
    concurrency: { type: 'string' },
    warmup: { type: 'string' },
    'no-prism': { type: 'boolean' },
    'no-conformance': { type: 'boolean' },
    'no-proxy': { type: 'boolean' },
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
    const c = await benchConformance(int('latency', values.latency, 100));
    process.stdout.write(`\n${formatConformanceBench(c)}\n`);
    conformanceFailed = c.exitCode !== 0;
  }
  let proxyFailed = false;
  if (!values['no-proxy']) {
    const p = await benchProxyOverhead({ rate: 200, seconds: 10 });
    process.stdout.write(`\n${formatProxyBench(p)}\n`);
    proxyFailed = p.failures > 0;
  }
  process.exitCode = broken.length || conformanceFailed || proxyFailed ? 1 : 0;
} catch (err) {
  process.stderr.write(`error [BENCH]: ${(err as Error).message}\n`);
  process.exitCode = 2;
}
