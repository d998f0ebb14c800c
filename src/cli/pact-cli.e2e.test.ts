import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPact } from '../pact/pact-file.ts';
import { PACT_FILE } from '../pact/contract-names.ts';
import { runCli, startStandaloneSimulator, type StandaloneSimulator } from '../testing/spawn-cli.ts';

/**
 * `connectfi-conformance pact verify|publish` as a provider team and a pipeline use them: the real
 * Pact verifier against the standalone simulator through its URLs only (base URL and Pact's
 * provider-states URL), and publish's command line in a dry run (no broker is reachable here).
 */
interface StateCall {
  state: string;
  params: Record<string, unknown>;
  action: string;
}

/** Forwards provider-state calls to `target` and remembers each body. */
function recordingStates(target: string, calls: StateCall[]): Promise<Server> {
  const forward = async (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    calls.push(JSON.parse(body) as StateCall);
    const r = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    res.writeHead(r.status, { 'content-type': 'application/json' });
    res.end(await r.text());
  };
  // The listener ignores a returned promise: a failed forward ends the connection, so the test sees it.
  const server = createServer((req, res) => void forward(req, res).catch((err: unknown) => res.destroy(err as Error)));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('pact verify against the standalone simulator, by URL', () => {
  let sim: StandaloneSimulator;
  let states: Server;
  const calls: StateCall[] = [];
  beforeAll(async () => {
    sim = await startStandaloneSimulator(['--enable-state-api']);
    states = await recordingStates(`${sim.baseUrl}/__simulator/state`, calls);
  });
  afterAll(async () => {
    states?.close();
    await sim?.stop();
  });

  it("passes every interaction; the states URL gets Pact's { state, params, action } setup and teardown", async () => {
    const pact = readPact(PACT_FILE);
    const statesUrl = `http://127.0.0.1:${(states.address() as AddressInfo).port}/states`;
    const r = await runCli([
      'pact',
      'verify',
      '--env-file',
      sim.envFile,
      '--provider-base-url',
      sim.baseUrl,
      '--provider-states-setup-url',
      statesUrl,
    ]);
    expect(r.code, r.stdout.slice(-3000) + r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `all ${pact.interactions.length} interactions of the contract pass against ${sim.baseUrl} (provider states: ${statesUrl})`,
    );
    const withStates = pact.interactions.filter((i) => (i.providerStates ?? []).length > 0);
    const expected = withStates.flatMap((i) => i.providerStates!.map((s) => s.name));
    expect(
      calls
        .filter((c) => c.action === 'setup')
        .map((c) => c.state)
        .sort(),
    ).toEqual([...expected].sort());
    expect(calls.filter((c) => c.action === 'teardown')).toHaveLength(expected.length);
    for (const c of calls) expect(Object.keys(c).sort()).toEqual(['action', 'params', 'state']);
  }, 300_000);

  it('a remote provider without credentials, or a bad option, cannot run: exit 2, one line', async () => {
    const bare = await runCli(['pact', 'verify', '--provider-base-url', sim.baseUrl], { CONNECTFI_ENV: 'sandbox' });
    expect(bare.code).toBe(2);
    expect(bare.stderr.trim()).toMatch(/^pact:verify: error \[MISSING_CREDENTIALS\]: no credentials for /);
    const bad = await runCli(['pact', 'frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('error [USAGE]: unknown pact command "frobnicate" (verify or publish)');
  }, 60_000);
});

describe('pact publish (no broker is reachable from CI here: the command line and the dry run)', () => {
  const broker = { PACT_BROKER_BASE_URL: 'https://ci-user:ci-pass@broker.example.test', PACT_BROKER_TOKEN: 'pact-token-never-printed' };

  it('--dry-run prints the pact-broker command with the git sha and branch, and no secret', async () => {
    const r = await runCli(['pact', 'publish', '--dry-run'], { ...broker, PACT_CONSUMER_BRANCH: 'feature/x' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `^pact publish --dry-run: would run: pact-broker publish ${PACT_FILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} --consumer-app-version [0-9a-f]{40} --branch feature/x$`,
        'm',
      ),
    );
    expect(r.stdout).toContain(
      'broker: https://broker.example.test (PACT_BROKER_BASE_URL), authenticated with PACT_BROKER_TOKEN from the environment (not shown)',
    );
    for (const secret of ['pact-token-never-printed', 'ci-pass', 'ci-user']) expect(r.stdout + r.stderr).not.toContain(secret);
  }, 60_000);

  it('without a broker URL or credentials: exit 2, one line naming the variable', async () => {
    const none = await runCli(['pact', 'publish', '--dry-run']);
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toMatch(/^pact:publish: error \[MISSING_BROKER\]: PACT_BROKER_BASE_URL is not set/);
    const noAuth = await runCli(['pact', 'publish'], { PACT_BROKER_BASE_URL: 'https://broker.example.test' });
    expect(noAuth.code).toBe(2);
    expect(noAuth.stderr.trim()).toMatch(/^pact:publish: error \[MISSING_BROKER\]: no broker credentials/);
  }, 60_000);
});
