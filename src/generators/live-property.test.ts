import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ConnectFiClient } from '../client/client.ts';
import { startSimulator, type RunningSimulator } from '../simulator/index.ts';
import { OPERATIONS } from '../api/index.ts';
import { runPropertyCheck, type PropertyCheckOptions } from './live-property.ts';
import { propertySeed } from './seed.ts';

// The live property checks catch deviations: against the simulator they
// pass; behind a proxy that makes the simulator accept a 5-digit PIN, or refuse a valid body, they
// fail with a minimal counterexample and a curl reproduction. The simulator itself is untouched.

const SEED = propertySeed();
console.log(`[live properties] fast-check seed ${SEED} (replay with FC_SEED=${SEED})`);

type Rewrite = (req: { method: string; path: string; body: unknown }) => { status: number; body: unknown } | undefined;

/** A small HTTP proxy in front of the simulator that rewrites the answers `rewrite` chooses. */
async function startProxy(upstream: string, rewrite: Rewrite): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const forward = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const override = rewrite({ method: req.method!, path: req.url!, body });
    if (override) {
      res.writeHead(override.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(override.body));
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k)),
    ) as Record<string, string>;
    const r = await fetch(`${upstream}${req.url}`, { method: req.method, headers, body: text === '' ? undefined : text });
    res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/json' });
    res.end(await r.text());
  };
  // The listener ignores a returned promise: a failed forward ends the connection, so the test sees it.
  const server = http.createServer((req, res) => void forward(req, res).catch((err: unknown) => res.destroy(err as Error)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const requestId = () => 'f'.repeat(32);

let sim: RunningSimulator;
const clients: ConnectFiClient[] = [];
const closers: (() => Promise<void>)[] = [];

function clientFor(baseUrl: string): ConnectFiClient {
  const c = createClient({ baseUrl, login: sim.credentials.login, password: sim.credentials.password });
  clients.push(c);
  return c;
}

async function behindProxy(rewrite: Rewrite): Promise<ConnectFiClient> {
  const proxy = await startProxy(sim.baseUrl, rewrite);
  closers.push(proxy.close);
  return clientFor(proxy.baseUrl);
}

const options = (client: ConnectFiClient, operation: string, kind: PropertyCheckOptions['kind'], runs: number): PropertyCheckOptions => ({
  client,
  operation,
  kind,
  runs,
  seed: SEED,
  fixtures: sim.fixtures as unknown as Record<string, string>,
});

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  for (const close of closers) await close();
  await sim?.close();
});

describe('runPropertyCheck against the simulator', () => {
  it('passes for every operation, both kinds (10 cases each)', async () => {
    const client = clientFor(sim.baseUrl);
    const failures: string[] = [];
    for (const op of OPERATIONS) {
      for (const kind of ['rejects-invalid', 'accepts-valid'] as const) {
        const r = await runPropertyCheck(options(client, op.operation, kind, 10));
        if (!r.ok || r.numRuns !== 10) failures.push(`${op.operation} ${kind}: ${r.description ?? r.error} ${JSON.stringify(r.actual)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('runPropertyCheck against a deviating provider', () => {
  it('(b) a provider that accepts a 5-digit PIN fails rejects-invalid with a minimal 5-digit PIN', async () => {
    // ibis-overview.txt, "Set a Card PIN with /ibis": pin must match ^\d{4}$.
    const client = await behindProxy(({ path, body }) =>
      path === '/ibis/card/set-pin' && /^\d{5}$/.test(String((body as { pin?: unknown })?.pin))
        ? { status: 200, body: { code: '0', data: {}, requestId: requestId() } }
        : undefined,
    );
    const lines: string[] = [];
    const r = await runPropertyCheck({ ...options(client, '/ibis/card/set-pin', 'rejects-invalid', 100), log: (l) => lines.push(l) });
    expect(r.ok).toBe(false);
    expect(r.counterexample).toEqual({ cFiCardId: '0', pin: '00000' });
    expect(r.expected).toEqual({
      status: 400,
      code: 'requestValidateError',
      contextContains: { keyword: 'pattern', instancePath: '/pin' },
    });
    expect(r.actual).toMatchObject({ status: 200, code: '0' });
    expect(r.outcomes['failed: accepted']).toBe(1);
    expect(r.curl).toContain(`'${client.baseUrl}/ibis/card/set-pin'`);
    // Reports never carry a PIN (src/client/redact.ts): the curl and the log show its shape instead.
    expect(r.curl).toContain(`--data-raw '{"cFiCardId":"0","pin":"[REDACTED]"}'`);
    expect(r.curl).toContain('"x-connectfi-token: $CONNECTFI_TOKEN"');
    expect(r.redactedShapes).toEqual(['/pin = 5 characters, digits only']);
    expect(lines.join('\n')).toContain('minimal body: {"cFiCardId":"0","pin":"[REDACTED]"} (redacted: /pin = 5 characters, digits only)');
    // The deviation is specific: valid set-pin bodies are still fine.
    expect((await runPropertyCheck(options(client, '/ibis/card/set-pin', 'accepts-valid', 10))).ok).toBe(true);
  }, 60_000);

  it('(c) a provider that refuses a valid body fails accepts-valid with a minimal counterexample', async () => {
    // README.md, "Schema details the overview page leaves out": funds-credit description is 1-60.
    // This provider enforces 50, answering requestValidateError for 51-60 characters.
    const client = await behindProxy(({ path, body }) => {
      const description = (body as { description?: unknown })?.description;
      if (path !== '/ibis/financial/funds-credit' || typeof description !== 'string' || [...description].length <= 50) return undefined;
      const context = [
        {
          instancePath: '/description',
          schemaPath: '#/properties/description/maxLength',
          keyword: 'maxLength',
          params: { limit: 50 },
          message: 'must NOT have more than 50 characters',
        },
      ];
      return { status: 400, body: { requestId: requestId(), code: 'requestValidateError', context } };
    });
    const r = await runPropertyCheck(options(client, '/ibis/financial/funds-credit', 'accepts-valid', 150));
    expect(r.ok).toBe(false);
    const minimal = r.counterexample as { description: string; amount: number; currency: string; cFiCardId: string; reference: string };
    // Shrunk to the boundary: 51 characters, the smallest amount; ids and reference are live values.
    expect([...minimal.description]).toHaveLength(51);
    expect(minimal.amount).toBe(0.01);
    expect(minimal.currency).toBe('USD');
    expect(Object.keys(minimal).sort()).toEqual(['amount', 'cFiCardId', 'currency', 'description', 'reference']);
    expect(r.actual).toMatchObject({ status: 400, code: 'requestValidateError' });
    expect(r.outcomes['failed: 400 requestValidateError']).toBe(1);
    expect(r.curl).toContain('/ibis/financial/funds-credit');
    expect(r.description).toBe('a valid body');
  }, 60_000);
});

describe('runPropertyCheck behind a flaky network (src/simulator/flaky-network.ts)', () => {
  it('skips the cases the network broke and draws others: an unsafe operation still gets its runs graded', async () => {
    const flaky = await startSimulator({ port: 0, seed: 'live-property', flakyNetwork: { rate: 0.2, seed: 'live-property' } });
    closers.push(() => flaky.close());
    const client = createClient({ baseUrl: flaky.baseUrl, ...flaky.credentials, retryBackoffMs: 1, retries: 5 });
    clients.push(client);
    const lines: string[] = [];
    const r = await runPropertyCheck({
      ...options(client, '/ibis/card/set-pin', 'rejects-invalid', 30),
      fixtures: flaky.fixtures as unknown as Record<string, string>,
      seed: 'flaky',
      log: (l) => lines.push(l),
    });
    expect(r.error).toBeUndefined();
    expect(r.ok).toBe(true);
    expect(r.numRuns).toBe(30);
    expect(lines.join('\n')).toMatch(/\b[1-9]\d* cases met transport trouble and were not graded \(drawn again\)/);
  }, 60_000);
});
