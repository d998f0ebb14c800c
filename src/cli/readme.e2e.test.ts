import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../api/index.ts';
import { claimedBlock, runClaimedBlock, startServer, type DocSession, type ShellResult } from '../testing/doc-shell.ts';
import { startFakePactBroker } from '../testing/fake-pact-broker.ts';

/**
 * The commands of the README and of the guides under docs/, run as written in a fresh clone of this
 * repository (docs/contributing.md, "Test lanes"; which test runs which block:
 * src/testing/doc-command-claims.ts). The quick start's `npm test` is the command running this test,
 * so it is checked to be the package's test script rather than started again (CI runs it: .ci/run).
 * The tests share the clone the quick start installs, so they run in order.
 */
const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CI: '1' };
const work = mkdtempSync(path.join(tmpdir(), 'cfc-readme-'));
const clone = path.join(work, 'connectfi-conformance');
const sessions: DocSession[] = [];

function session(cwd: string, values: Record<string, string> = {}): DocSession {
  const s: DocSession = { cwd, env: ENV, values: { portZero: '--port 0', ...values }, servers: [] };
  sessions.push(s);
  return s;
}

/**
 * Stops the servers a block started (SIGINT, as Ctrl-C in their terminal), in the order they started.
 * npx passes the signal on and then dies of it, as in a terminal, so what the server itself did is
 * read from its last line, not from an exit code.
 */
async function stopServers(s: DocSession): Promise<ShellResult[]> {
  const results: ShellResult[] = [];
  for (const server of s.servers.splice(0)) results.push(await server.stop());
  return results;
}

afterAll(async () => {
  for (const s of sessions) await stopServers(s);
  rmSync(work, { recursive: true, force: true });
}, 120_000);

/** The parts of conformance.json and integration.json these tests read. */
interface Report {
  summary: { failed: number };
  checks: { id: string }[];
  shard: { checkIds: string[]; runWide: string[] };
  verdict: string;
}

function readJson(...parts: string[]): Report {
  return JSON.parse(readFileSync(path.join(...parts), 'utf8')) as Report;
}

/** "Your app": a project whose `npm test` calls connectFi through CONNECTFI_BASE_URL, with this package installed. */
function standInApp(): string {
  const app = path.join(work, 'your-app');
  mkdirSync(path.join(app, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(clone, path.join(app, 'node_modules', 'connectfi-conformance'));
  symlinkSync('../connectfi-conformance/bin/connectfi-conformance.mjs', path.join(app, 'node_modules', '.bin', 'connectfi-conformance'));
  const pkg = { name: 'your-app', private: true, type: 'module', scripts: { test: 'node app.test.mjs' } };
  writeFileSync(path.join(app, 'package.json'), JSON.stringify(pkg));
  writeFileSync(
    path.join(app, 'app.test.mjs'),
    `const { CONNECTFI_BASE_URL: base, CONNECTFI_LOGIN: login, CONNECTFI_PASSWORD: password, CONNECTFI_CUSTOMER_ID: customerId } = process.env;
const post = async (op, body, token) => (await fetch(base + op, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { 'x-connectfi-token': token } : {}) }, body: JSON.stringify(body) })).json();
const { data } = await post('/auth/get-token', { user: { login, password } });
const list = await post('/ibis/card/list', { customerId }, data.token);
if (list.code !== '0') throw new Error('card/list: ' + JSON.stringify(list));
console.log('your app: ok');
`,
  );
  return app;
}

describe.sequential('the README and the guides, run as written in a fresh clone', () => {
  it('README, quick start: npm ci and npm run conformance', { timeout: 900_000 }, async () => {
    const quick = claimedBlock('quick-start').commands.map((c) => c.line);
    expect(quick).toEqual(['npm ci', 'npm run conformance', 'npm test']);
    execFileSync('git', ['clone', '--quiet', ROOT, clone], { env: ENV });

    await runClaimedBlock('quick-start', session(clone));
    expect(existsSync(path.join(clone, 'reports', 'conformance.html'))).toBe(true);
    expect(readJson(clone, 'reports', 'conformance.json').summary.failed).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(clone, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toMatch(/vitest run/);
    expect(readFileSync(path.join(clone, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });

  it('docs/integrators.md, the local simulator: the suite against it, as a remote target', { timeout: 300_000 }, async () => {
    const { commands } = claimedBlock('local-simulator');
    const envFile = /--write-env\s+(\S+)/.exec(commands[0].line)![1];
    expect(commands[1].line).toContain(`--env-file ${envFile}`);
    expect(existsSync(path.join(clone, envFile))).toBe(false);

    const s = session(clone);
    const ran = await runClaimedBlock('local-simulator', s);
    expect(ran.at(-1)!.out).toMatch(/^CONFORMANT: [1-9]\d* passed, 0 failed, 0 skipped, [1-9]\d* not applicable/m);
    const [sim] = await stopServers(s);
    expect(sim.out).toContain('connectFi simulator stopped (SIGINT)');
  });

  it('docs/ci.md, sharded runs: three shards merged into the report of the whole run', { timeout: 300_000 }, async () => {
    const ran = await runClaimedBlock('shards', session(clone));
    expect(ran.at(-1)!.out).toMatch(/^merged 3 shards: CONFORMANT: [1-9]\d* passed, 0 failed/m);
    const shards = [1, 2, 3].map((i) => readJson(clone, `shard-${i}`, 'conformance.json'));
    const selected = shards[0].shard.checkIds;
    const runWide = new Set(shards.flatMap((r) => r.shard.runWide));
    // Each selected check ran in exactly one shard; the merged report holds them and the run-wide rows.
    const ranInShards = shards.flatMap((r) => r.checks.map((c) => c.id).filter((id) => !runWide.has(id)));
    expect([...ranInShards].sort()).toEqual([...selected].sort());
    const merged = readJson(clone, 'reports', 'conformance.json');
    expect(new Set(merged.checks.map((c) => c.id))).toEqual(new Set([...selected, ...runWide]));
    expect(merged.summary.failed).toBe(0);
  });

  it(
    "docs/integrators.md, the proxy and forced outcomes: your app's tests through it, then the verdict",
    { timeout: 300_000 },
    async () => {
      const app = standInApp();
      const s = session(app);
      const ran = await runClaimedBlock('proxy', s);
      expect(ran.find((r) => r.line.includes('npm test'))!.out).toContain('your app: ok');
      const report = JSON.parse(ran.at(-1)!.out) as { verdict: string; exchanges: number };
      expect(['ready', 'not-ready', 'incomplete']).toContain(report.verdict);
      expect(report.exchanges).toBe(2);
      expect(readJson(app, 'reports', 'integration.json').verdict).toBe(report.verdict);

      const [forced, pending, cleared] = (await runClaimedBlock('outcomes', s)).map((r) => JSON.parse(r.out));
      expect(forced.data.outcome).toMatchObject({ operation: '/ibis/financial/funds-debit', outcome: 'extIbis.51.insufficientFunds' });
      expect(pending.data.outcomes).toEqual([forced.data.outcome]);
      expect(cleared.data).toEqual({ cleared: 1 });

      const [proxy] = await stopServers(s);
      const stopped = /connectFi proxy stopped \(SIGINT\): (\d+) exchanges, verdict ([A-Z-]+)/.exec(proxy.out);
      expect(stopped, proxy.out).not.toBeNull();
      expect(Number(stopped![1])).toBe(report.exchanges);
      expect(stopped![2].toLowerCase()).toBe(report.verdict);
    },
  );

  it(
    'docs/providers.md: pact verify against the embedded simulator, and by URL alone against a standalone one',
    { timeout: 300_000 },
    async () => {
      const embedded = await runClaimedBlock('pact-verify', session(clone));
      expect(embedded.at(-1)!.out).toMatch(/all [1-9]\d* interactions of the contract pass against embedded simulator/);

      // The provider: the standalone simulator with its state API, its credentials in a file of the test's.
      const host = session(clone);
      const envFile = path.join(work, 'provider.env');
      const provider = await startServer(`npx connectfi-conformance simulator --enable-state-api --write-env ${envFile}`, host);
      host.servers.push(provider);
      const creds = Object.fromEntries([...readFileSync(envFile, 'utf8').matchAll(/^(CONNECTFI_\w+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
      const login = { user: { login: creds.CONNECTFI_LOGIN, password: creds.CONNECTFI_PASSWORD } };
      const token = await fetch(`${provider.url}/auth/get-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(login),
      }).then(async (r) => ((await r.json()) as { data: { token: string } }).data.token);

      const values = {
        tokenAssignment: `CONNECTFI_TOKEN=${token}`,
        providerUrl: provider.url,
        statesUrl: `${provider.url}/__simulator/state`,
      };
      const byUrl = await runClaimedBlock('pact-verify-url', session(clone, values));
      expect(byUrl.at(-1)!.out).toMatch(new RegExp(`all [1-9]\\d* interactions of the contract pass against ${provider.url}`));
      const [stopped] = await stopServers(host);
      expect(stopped.out).toContain('connectFi simulator stopped (SIGINT)');
    },
  );

  it('docs/providers.md: publish, can-i-deploy and record-deployment, against a fake broker', { timeout: 300_000 }, async () => {
    const broker = await startFakePactBroker();
    try {
      const values = { brokerUrl: broker.url, brokerTokenAssignment: 'PACT_BROKER_TOKEN=broker-token-for-test' };
      const ran = await runClaimedBlock('pact-broker', session(clone, values));
      const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: clone }).toString().trim();
      const dry = ran.find((r) => r.line.includes('--dry-run'))!.out;
      expect(dry).toContain(`--consumer-app-version ${sha}`);
      expect(dry).not.toContain('broker-token-for-test');
      const publish = broker.requests.filter((r) => r.method === 'POST' && r.url === '/contracts/publish');
      expect(publish).toHaveLength(1);
      expect(publish[0].auth).toBe('Bearer broker-token-for-test');
      expect(JSON.parse(publish[0].body)).toMatchObject({ pacticipantName: 'connectfi-conformance-client', pacticipantVersionNumber: sha });
      const matrix = broker.requests.find((r) => r.url.startsWith('/matrix'));
      expect(decodeURIComponent(matrix!.url)).toContain(`q[][version]=${sha}`);
      expect(decodeURIComponent(matrix!.url)).toContain('environment=production');
      expect(broker.requests.filter((r) => r.method === 'POST' && r.url === '/deployments/production')).toHaveLength(1);
    } finally {
      await broker.close();
    }
  });

  it('docs/contributing.md, the self-check: the catalogue, a faulty sandbox, some faults graded', { timeout: 600_000 }, async () => {
    const s = session(clone);
    const ran = await runClaimedBlock('selfcheck', s);
    expect(ran[0].out).toMatch(/^overdraft-allowed\s/m);
    expect(ran[1].out).toMatch(/^reworded-messages\s/m);
    expect(ran.at(-1)!.out).toMatch(/mutation score: ([1-9]\d*)\/\1 faults detected/);
    const [faulty] = await stopServers(s);
    expect(faulty.out).toContain('FAULT overdraft-allowed');
    expect(faulty.out).toContain('connectFi simulator stopped (SIGINT)');
  });
});
