import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectFiClient, createClient } from '../client/client.ts';
import { type RunningSimulator, startSimulator } from '../simulator/index.ts';
import { expectCardToCard, expectPull, expectReversal, expectSetStatus, initialModel, newCard } from './card-model.ts';
import { LifecycleDeviation, type LifecycleTarget, laneSeed, runLifecycle, toSeed } from './lifecycle.ts';
import { valueAt } from '../util/json-object.ts';

/**
 * The lifecycle model against the simulator (in-process, port 0), and against a proxy that breaks
 * one documented rule: it lets set-status I → B succeed (the "Allowed Status Changes" table allows
 * I → F, S only) by activating the card behind the client's back and answering 200. The model must
 * notice, and fast-check must shrink the run to the few commands that show it.
 */

let sim: RunningSimulator;
let proxy: http.Server;
let proxyUrl: string;
const clients: ConnectFiClient[] = [];
let counter = 0;

function targetFor(baseUrl: string): LifecycleTarget {
  const client = createClient({ baseUrl, login: sim.credentials.login, password: sim.credentials.password });
  clients.push(client);
  return { client, ref: (tag = '') => `mdl${tag}${(counter += 1).toString(36)}`, fixtures: sim.fixtures, gradeProposals: true };
}

async function upstream(path: string, token: string | undefined, body: unknown): Promise<{ status: number; text: string; json: unknown }> {
  const r = await fetch(`${sim.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-connectfi-token': token } : {}) },
    body: JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, text, json: JSON.parse(text) };
}

/** Forwards everything to the simulator, except that set-status to B on an inactive card "succeeds". */
function startBrokenProxy(): Promise<string> {
  proxy = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    // relay answers 502 itself when the forward fails.
    const relay = async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const token = req.headers['x-connectfi-token'] as string | undefined;
      const send = (status: number, text: string) => res.writeHead(status, { 'content-type': 'application/json' }).end(text);
      try {
        if (req.url === '/ibis/card/set-status') {
          const body = JSON.parse(raw) as { cFiCardId: string; statusCode: string };
          const current = await upstream('/ibis/card/status', token, { cFiCardId: body.cFiCardId });
          if (body.statusCode === 'B' && valueAt(current.json, 'data', 'status', 'code') === 'I') {
            const activated = await upstream('/ibis/card/activate', token, { cFiCardId: body.cFiCardId });
            const answer = { code: '0', data: valueAt(activated.json, 'data'), requestId: valueAt(activated.json, 'requestId') };
            return send(200, JSON.stringify(answer));
          }
        }
        const r = await fetch(`${sim.baseUrl}${req.url}`, {
          method: req.method,
          headers: Object.fromEntries(
            Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k)),
          ) as Record<string, string>,
          body: req.method === 'GET' || req.method === 'HEAD' ? undefined : raw,
        });
        send(r.status, await r.text());
      } catch (err) {
        send(502, JSON.stringify({ code: 'proxyError', message: String(err) }));
      }
    };
    req.on('end', () => void relay());
  });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 7 });
  proxyUrl = await startBrokenProxy();
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await new Promise((resolve) => proxy?.close(resolve));
  await sim?.close();
});

describe('card model expectations (from schemas/rules)', () => {
  const model = initialModel(['debit', 'otherDebit'], true);
  const card = (status: 'A' | 'B' | 'I' | 'S' | 'F', balance = 0, program: 'debit' | 'otherDebit' = 'debit') => ({
    ...newCard(program),
    status,
    balance,
  });

  it('follows the Allowed Status Changes table and refuses "A" by the enum', () => {
    expect(expectSetStatus(card('I'), 'B')).toEqual({ ok: false, errors: ['extIbis.57.statusChange'], documented: true });
    expect(expectSetStatus(card('S'), 'B').ok).toBe(true);
    expect(expectSetStatus(card('F'), 'B').errors).toEqual(['extIbis.SD.closed']);
    expect(expectSetStatus(card('B'), 'A').errors).toEqual(['requestValidateError']);
    expect(expectSetStatus(card('B'), 'B')).toMatchObject({ ok: false, documented: false });
  });

  it('pulls only from B with funds, accepting either refusal when both apply', () => {
    expect(expectPull(card('B', 500), 500).ok).toBe(true);
    expect(expectPull(card('B', 500), 501).errors).toEqual(['extIbis.51.insufficientFunds']);
    expect(expectPull(card('A', 0), 1)).toEqual({
      ok: false,
      errors: ['extIbis.PA.preActive', 'extIbis.51.insufficientFunds'],
      documented: true,
    });
    expect(expectPull({ ...card('B'), program: 'credit', creditLimit: 500_00 }, 500_00).ok).toBe(true);
    expect(expectCardToCard(card('B', 100), card('A'), 100).ok).toBe(true);
  });

  it('reverses only a same-program card-to-card, once, for at most the amount', () => {
    const m = { ...model, cards: [card('B', 0), card('B', 100), card('B', 100, 'otherDebit')], transfers: [] };
    const c2c = { type: 'cardToCard' as const, from: 0, to: 1, amount: 100, reversed: false };
    expect(expectReversal(m, c2c, 100)?.ok).toBe(true);
    expect(expectReversal(m, c2c, 101)?.errors).toEqual(['ibisCannotReverseError']);
    expect(expectReversal(m, { ...c2c, reversed: true }, 100)).toMatchObject({ ok: false, documented: false });
    expect(expectReversal(m, { ...c2c, to: 2 }, 100)).toMatchObject({ ok: false, documented: false });
    expect(expectReversal(m, { type: 'credit', card: 1, amount: 100, reversed: false }, 100)).toMatchObject({
      ok: false,
      documented: true,
    });
  });

  it('turns a run seed into a 32-bit fast-check seed', () => {
    expect(toSeed('137385048')).toBe(137385048);
    expect(toSeed('abc')).toBe(toSeed('abc'));
    expect(Number.isInteger(toSeed('abc'))).toBe(true);
  });
});

describe('lifecycle model run', () => {
  it('finds no deviation in the simulator', async () => {
    const report = await runLifecycle(targetFor(sim.baseUrl), { seed: 42, numRuns: 15 });
    expect(report.error).toBeNull();
    expect(report.failed).toBe(false);
    expect(report.commandsRun).toBeGreaterThan(60);
    expect(Object.keys(report.outcomes).some((k) => k.startsWith('set-status → extIbis'))).toBe(true);
  });

  it('splits the runs over independent lanes: lane 0 keeps the seed, every run is counted once', async () => {
    expect(laneSeed(42, 0)).toBe(42);
    expect(new Set([0, 1, 2, 3].map((l) => laneSeed(42, l))).size).toBe(4);
    const report = await runLifecycle(targetFor(sim.baseUrl), { seed: 42, numRuns: 10, lanes: 4 });
    expect(report.error).toBeNull();
    expect(report.failed).toBe(false);
    expect(report.numRuns).toBe(10);
    // Two issues per run at least, plus the end-of-sequence read-back of every card.
    expect(report.commandsRun).toBeGreaterThanOrEqual(20);
  });

  it('behind a flaky network: sequences the network broke are not graded, the others find no deviation', async () => {
    const flaky = await startSimulator({ port: 0, seed: 7, flakyNetwork: { rate: 0.05, seed: 'lifecycle' } });
    try {
      const client = createClient({ baseUrl: flaky.baseUrl, ...flaky.credentials, retryBackoffMs: 1 });
      clients.push(client);
      const target = {
        client,
        ref: (tag = '') => `mdf${tag}${(counter += 1).toString(36)}`,
        fixtures: flaky.fixtures,
        gradeProposals: true,
      };
      const report = await runLifecycle(target, { seed: 42, numRuns: 10 });
      expect(report.error).toBeNull();
      expect(report.failed).toBe(false);
      expect(report.numSkips).toBeGreaterThan(0);
      expect(report.numRuns).toBe(10);
    } finally {
      await flaky.close();
    }
  });

  it('detects a forbidden set-status I → B let through by a proxy, and shrinks the run to a short transcript', async () => {
    const lines: string[] = [];
    const report = await runLifecycle(targetFor(proxyUrl), { seed: 42, numRuns: 300, log: (l) => lines.push(l) });
    expect(report.failed).toBe(true);
    expect(report.deviation).toBeInstanceOf(LifecycleDeviation);
    expect(report.deviation!.command).toMatch(/^set-status\(card#\d, B\)$/);
    expect(report.deviation!.expected).toMatchObject({ code: 'extIbis', subCode: '57' });
    expect(report.deviation!.actual).toMatchObject({ status: 200, code: '0' });
    // Shortest: the two cards every run starts with, the card set to I, then the forbidden change.
    expect(report.counterexample!.length).toBeLessThanOrEqual(5);
    expect(report.counterexample!.at(-1)).toMatch(/^set-status\(card#\d, B\)$/);
    expect(report.counterexample!.some((c) => /^set-status\(card#\d, I\)$/.test(c))).toBe(true);
    expect(lines).toEqual(report.transcript);
    expect(lines.some((l) => l.includes('$ curl') && l.includes('/ibis/card/set-status'))).toBe(true);
    expect(lines.some((l) => /expected refusal extIbis\.57\.statusChange/.test(l))).toBe(true);
  }, 60_000);
});
