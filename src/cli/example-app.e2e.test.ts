import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../api/paths.ts';
import { runClaimedBlock, sh } from '../testing/doc-shell.ts';
import { findLuhnValidRuns } from '../pact/pan-scan.ts';
import { packCheckout } from './testing/pack.ts';
import { failedBehaviourIds } from '../proxy/testing/kit.ts';

/**
 * The example app as an integrator's own repository (README.md, "Test your own app"; its lines run
 * as written): the packed package installed into a copy of examples/payout-service, whose `npm test`
 * runs its parallel vitest suite (scoped outcomes, the clock) through `proxy --exec` to READY, writes
 * every report and the app's Pact file, which `pact verify --pact` passes against the simulator; and
 * its naive variant, NOT READY with exactly its three faults.
 */
const work = mkdtempSync(path.join(tmpdir(), 'cfc-example-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ENV = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  CI: '1',
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};
const REPORTS = ['integration.json', 'integration.html', 'integration-junit.xml', 'integration-summary.md', 'integration-drift.json'];

interface Integration {
  verdict: string;
  verdictDetail: string;
  exchanges: number;
  violations: unknown[];
  behaviours: { id: string; status: string }[];
  missingOutcomes: unknown[];
  log: { at: number; durationMs: number; request: { body: unknown }; response: { body: unknown } }[];
}

/**
 * The worker processes that sent the app's references (examples/payout-service/test/support.ts ends
 * each app id with `W` and the worker's pid), each with the time span of its exchanges.
 */
function workerSpans(log: Integration['log']): Map<string, { from: number; to: number }> {
  const spans = new Map<string, { from: number; to: number }>();
  for (const e of log) {
    const reference = (e.request.body as { reference?: unknown } | undefined)?.reference;
    const worker = typeof reference === 'string' ? /W([0-9a-z]+)$/.exec(reference)?.[1] : undefined;
    if (!worker) continue;
    const span = spans.get(worker) ?? { from: e.at, to: e.at + e.durationMs };
    spans.set(worker, { from: Math.min(span.from, e.at), to: Math.max(span.to, e.at + e.durationMs) });
  }
  return spans;
}

/** Whether two workers' spans overlap: their test files ran at the same time, whatever the speed of each call. */
function workersOverlap(log: Integration['log']): boolean {
  const spans = [...workerSpans(log).values()];
  return spans.some((a, i) => spans.slice(i + 1).some((b) => a.from < b.to && b.from < a.to));
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** A copy of the example with `work` as its repository root, depending on the tarball instead of the checkout. */
function copyExample(tarball: string): string {
  const app = path.join(work, 'examples', 'payout-service');
  mkdirSync(path.dirname(app), { recursive: true });
  const skip = ['node_modules', 'reports', 'pacts'].map((d) => path.join(ROOT, 'examples', 'payout-service', d));
  cpSync(path.join(ROOT, 'examples', 'payout-service'), app, { recursive: true, filter: (from) => !skip.includes(from) });
  const pkg = readJson<{ devDependencies: Record<string, string> }>(path.join(app, 'package.json'));
  expect(pkg.devDependencies['connectfi-conformance']).toBe('file:../..');
  pkg.devDependencies['connectfi-conformance'] = `file:${path.relative(app, tarball)}`;
  writeFileSync(path.join(app, 'package.json'), JSON.stringify(pkg, null, 2));
  return app;
}

describe('the example app, installed from the packed tarball', () => {
  it(
    'npm test: its parallel suite through proxy --exec is READY; its contract passes pact verify --pact',
    { timeout: 900_000 },
    async () => {
      const { tarball } = await packCheckout(work);
      const app = copyExample(tarball);
      const ran = await runClaimedBlock('example-app', { cwd: work, env: ENV, values: {}, servers: [] });
      // eslint-disable-next-line no-control-regex -- vitest colours its summary even off a terminal
      const test = ran.find((r) => r.line === 'npm test')!.out.replace(/\x1b\[[0-9;]*m/g, '');
      expect(test).toMatch(/connectFi proxy stopped \(the command exited 0\): \d+ exchanges, verdict READY/);
      expect(test).toMatch(/Test Files {2}\d+ passed/);
      expect(test).toMatch(/app contract: pacts\/payout-service\.json \((\d+) interaction\(s\), payout-service → connectfi-api\)/);
      for (const f of REPORTS) expect(existsSync(path.join(app, 'reports', f)), f).toBe(true);
      const report = readJson<Integration>(path.join(app, 'reports', 'integration.json'));
      expect(report.violations).toEqual([]);
      expect(report.behaviours.filter((b) => b.status !== 'passed').map((b) => `${b.id}: ${b.status}`)).toEqual([]);
      // Every documented outcome of the operations it used was met: the rare ones forced, scoped with `match`.
      expect(report.missingOutcomes).toEqual([]);
      // Parallel workers: the payouts group's files ran in separate processes at the same time.
      expect(workerSpans(report.log).size).toBeGreaterThan(1);
      expect(workersOverlap(report.log)).toBe(true);
      // The clock: a payout read back while the simulator's clock was set to 2040.
      expect(JSON.stringify(report.log.map((e) => e.response.body))).toContain('"dtsCreatedAt":"2040-01-01T');

      const verified = ran.at(-1)!;
      expect(verified.line).toBe('npx connectfi-conformance pact verify --pact pacts/payout-service.json');
      expect(verified.out).toMatch(/all ([1-9]\d*) interactions of pacts\/payout-service\.json pass against embedded simulator/);
      const pact = readFileSync(path.join(app, 'pacts', 'payout-service.json'), 'utf8');
      expect(findLuhnValidRuns(pact)).toEqual([]);
      expect(readJson<{ consumer: { name: string } }>(path.join(app, 'pacts', 'payout-service.json')).consumer.name).toBe('payout-service');

      // The naive variant, through the same proxy: not ready, with exactly its three faults.
      const naive = await sh('npm run test:naive', app, ENV);
      expect(naive.code, naive.out).toBe(1);
      const verdictLine = /verdict NOT-READY.*/.exec(naive.out)?.[0] ?? '';
      for (const id of ['idempotent-retry', 'token-reuse', 'handles-decline']) expect(verdictLine, naive.out).toContain(id);
      const graded = readJson<Integration>(path.join(app, 'reports', 'naive', 'integration.json'));
      expect(graded.verdict).toBe('not-ready');
      expect(failedBehaviourIds(graded)).toEqual(['handles-decline', 'idempotent-retry', 'token-reuse']);
    },
  );
});
