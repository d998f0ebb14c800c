import type { Command } from '../command.ts';
import { DEFAULT_BENCH, formatBench, runBench } from '../../bench/run-bench.ts';
import { benchConformance, benchOffline, formatConformanceBench } from '../../bench/conformance-bench.ts';
import { benchProxyOverhead, formatProxyBench, PROXY_BENCH_DEFAULTS } from '../../bench/proxy-bench.ts';
import { formatProxySoak, soakProxy } from '../../bench/proxy-soak.ts';
import {
  calibrate,
  checkoutScripts,
  FAST_LANE_BUDGET_UNITS,
  formatCalibration,
  formatLane,
  laneSteps,
  runLane,
} from '../../bench/test-lanes.ts';
import { EXIT, UsageError } from '../../errors.ts';
import { defineOptions, formatOptions, parseOptions } from '../../util/option-table.ts';

const { rate, warmupSeconds, seconds } = PROXY_BENCH_DEFAULTS;

const OPTIONS = defineOptions({
  requests: { type: 'integer', value: 'N', min: 1, default: DEFAULT_BENCH.requests, help: 'requests per operation and server' },
  concurrency: { type: 'integer', value: 'N', min: 1, default: DEFAULT_BENCH.concurrency, help: 'requests in flight' },
  warmup: { type: 'integer', value: 'N', min: 1, default: DEFAULT_BENCH.warmup, help: 'requests sent before measuring' },
  latency: { type: 'integer', value: 'MS', min: 1, default: 100, help: 'simulator latency per request in the conformance run' },
  noPrism: { type: 'boolean', help: 'measure the simulator only' },
  noConformance: { type: 'boolean', help: 'skip the conformance run' },
  noProxy: {
    type: 'boolean',
    help: `skip the proxy's added latency (${rate} requests/s, direct vs through the proxy: ${warmupSeconds} s warm-up, ${seconds} s measured; once with the simulator inside the proxy, its default, once with it in its own process)`,
  },
  soak: {
    type: 'integer',
    value: 'SECONDS',
    min: 1,
    help: 'also run the proxy at full speed for SECONDS: its memory over time and how long its report then takes (not run by default)',
  },
  tests: {
    type: 'boolean',
    help: `instead, the project's test lanes in calibrated units (a checkout only): the fastest of 3 runs of a fixed JSON workload is 1 unit, then each step of \`npm test\` (budget ${FAST_LANE_BUDGET_UNITS} units) with its seconds, units and load`,
  },
  e2e: { type: 'boolean', help: 'with --tests, also `npm run test:e2e`' },
});

const USAGE = `usage: connectfi-conformance bench [options]
  Measures the simulator's throughput and p99 latency side by side with Prism's mock server, then
  the conformance run offline (a first run with vitest's module cache emptied, then a rerun) and
  against the simulator with per-request latency, side by side, then the latency the integration
  proxy adds (docs/benchmarks.md, "What the proxy costs").
${formatOptions(OPTIONS)}
writes ${DEFAULT_BENCH.reportPath.replace(/.*\/reports\//, 'reports/')} (not with --tests)
exit codes: 0 every request answered as expected, 1 a server failed requests or the run failed (--tests: a test failed or
  the fast lane is over budget), 2 could not run`;

/** `bench --tests`: the fast lane (and the end-to-end lane) in calibrated units (docs/architecture.md, "Test lanes"). */
async function benchTests(e2e: boolean): Promise<number> {
  const scripts = checkoutScripts();
  const lanes = [{ script: 'test', budget: FAST_LANE_BUDGET_UNITS }, ...(e2e ? [{ script: 'test:e2e', budget: undefined }] : [])];
  const steps = lanes.map((lane) => laneSteps(lane.script, scripts)); // every script is understood before anything runs
  const calibration = calibrate();
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(formatCalibration(calibration));
  let failed = false;
  for (const [i, lane] of lanes.entries()) {
    const results = await runLane(steps[i], calibration.unitMs, out);
    for (const r of results) if (r.tail !== undefined) out(`  ${r.step.line} failed; the end of its output:\n${r.tail}`);
    out(formatLane(lane.script, results, lane.budget));
    const units = results.reduce((n, r) => n + r.units, 0);
    failed ||= results.some((r) => r.exitCode !== 0) || (lane.budget !== undefined && units > lane.budget);
  }
  return failed ? EXIT.FAILED : EXIT.OK;
}

export const command: Command = {
  summary: 'measure the simulator against Prism, a conformance run with latency, and what the proxy adds',
  usage: USAGE,
  async run(argv) {
    const { values } = parseOptions(OPTIONS, argv, { code: 'USAGE' });
    if (values.e2e && !values.tests) throw new UsageError('--e2e goes with --tests');
    if (values.tests) return benchTests(values.e2e === true);
    const options = {
      ...DEFAULT_BENCH,
      requests: values.requests,
      concurrency: values.concurrency,
      warmup: values.warmup,
      prism: !values.noPrism,
    };
    const { latency } = values;
    const soakSeconds = values.soak ?? 0;
    try {
      const report = await runBench(options, (line) => process.stdout.write(`${line}\n`));
      process.stdout.write(`\n${formatBench(report)}\n\nwritten to ${options.reportPath}\n`);
      const broken = report.rows.filter((r) => r.failures > 0 || (r.server === 'simulator' && (r.statuses['200'] ?? 0) !== r.requests));
      let conformanceFailed = false;
      if (!values.noConformance) {
        // Offline (a first run, then a rerun) and at `latency` ms side by side, in one run (docs/benchmarks.md, "Speed").
        const runs = [await benchOffline('cold'), await benchOffline('warm'), await benchConformance(latency)];
        process.stdout.write(`\n${formatConformanceBench(runs)}\n`);
        conformanceFailed = runs.some((c) => c.exitCode !== 0);
      }
      let proxyFailed = false;
      if (!values.noProxy) {
        // The proxy's default setup (the simulator inside it), then in front of a separate upstream.
        for (const setup of ['embedded', 'separate'] as const) {
          const p = await benchProxyOverhead({ setup });
          process.stdout.write(`\n${formatProxyBench(p)}\n`);
          proxyFailed ||= p.failures > 0;
        }
      }
      if (soakSeconds > 0) {
        const soak = await soakProxy({ seconds: soakSeconds });
        process.stdout.write(`\n${formatProxySoak(soak)}\n`);
        proxyFailed ||= soak.failures > 0 || soak.reportMs === undefined;
      }
      return broken.length > 0 || conformanceFailed || proxyFailed ? EXIT.FAILED : EXIT.OK;
    } catch (err) {
      // A server that would not start or a report that could not be written: the bench could not run.
      process.stderr.write(`error [BENCH]: ${(err as Error).message}\n`);
      return EXIT.COULD_NOT_RUN;
    }
  },
};
