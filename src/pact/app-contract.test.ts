import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOperation, judgeAnswer } from '../api/index.ts';
import { startSimulator, type RunningSimulator } from '../simulator/index.ts';
import { AppContract, type ObservedExchange } from './app-contract.ts';
import { findLuhnValidRuns } from './pan-scan.ts';
import { writePact } from './pact-file.ts';
import { simulatorTarget } from './provider-targets.ts';
import { statesUsed, verifyPact } from './verify.ts';

/**
 * An app's own contract (proxy --pact-out; docs/providers.md, "Integrators' contracts"): built from
 * the exchanges of a small payout flow against the simulator, it holds one interaction per
 * operation, documented outcome and request shape, no secret and no card number, and the real Pact
 * verifier passes it against a fresh simulator.
 */
describe('AppContract: what an app did, as a Pact V4 contract', () => {
  let sim: RunningSimulator;
  let token = '';
  let seq = 0;
  const contract = new AppContract('payout-app');
  const dir = mkdtempSync(path.join(tmpdir(), 'cfc-app-pact-'));
  const file = path.join(dir, 'payout-app.json');

  /** One exchange as the proxy records it: the request, the answer and its documented outcome. */
  async function call(operation: string, body: unknown): Promise<Record<string, unknown>> {
    const res = await fetch(`${sim.baseUrl}${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { 'x-connectfi-token': token } : {}) },
      body: JSON.stringify(body),
    });
    const responseBody = (await res.json()) as Record<string, unknown>;
    const e: ObservedExchange = {
      seq: ++seq,
      method: 'POST',
      path: operation,
      operation: getOperation(operation).operation,
      outcome: judgeAnswer({
        operation,
        method: 'POST',
        status: res.status,
        contentType: res.headers.get('content-type') ?? undefined,
        body: responseBody,
      }).label,
      status: res.status,
      body,
      responseBody,
    };
    contract.observe(e);
    return responseBody;
  }
  const force = (operation: string, outcome: string) =>
    fetch(`${sim.baseUrl}/__simulator/outcomes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation, outcome }),
    });

  beforeAll(async () => {
    sim = await startSimulator({ enableStateApi: true, seed: 'app-contract' });
    token = ((await call('/auth/get-token', { user: sim.credentials })).data as { token: string }).token;
    const customerId = sim.fixtures.customerId;
    const card = (
      await call('/ibis/debit-card/add', {
        customerId,
        reference: 'card1',
        cardProgramId: sim.fixtures.debitProgramId,
        profile: { occupation: 'Employee', nameOnCard: 'ANA PAYEE' },
      })
    ).data as { cFiCardId: string };
    const cFiCardId = card.cFiCardId;
    await call('/ibis/card/activate', { cFiCardId });
    await call('/ibis/card/activate', { cFiCardId }); // already active: extIbis 97
    // A card number in clear where none belongs: the app's mistake, never the contract's content.
    await call('/ibis/financial/funds-credit', {
      cFiCardId,
      reference: 'po1',
      amount: 100,
      currency: 'USD',
      description: 'payout to 4111111111111111',
    });
    await call('/ibis/financial/funds-credit', { cFiCardId, reference: 'po2', amount: 7, currency: 'USD', description: 'payout' });
    await call('/ibis/financial/funds-debit', { cFiCardId, reference: 'co1', amount: 10, currency: 'USD', description: 'collection' });
    await call('/ibis/financial/funds-debit', { cFiCardId, reference: 'co2', amount: 5000, currency: 'USD', description: 'collection' });
    await call('/ibis/financial/retrieve', { reference: 'po1' });
    await call('/ibis/card/status', { cFiCardId });
    await call('/ibis/card/set-pin', { cFiCardId, pin: '4931' });
    await call('/ibis/card/check-pin', { cFiCardId, pin: '4931' });
    await force('/ibis/card/status', 'cardNotFound');
    await call('/ibis/card/status', { cFiCardId });
    writePact(contract.pact('0.0.0'), file);
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has one interaction per operation, documented outcome and request shape; no login', () => {
    const descriptions = contract.pact('0.0.0').interactions.map((i) => i.description);
    expect(descriptions).toEqual([
      '/ibis/debit-card/add 200: cardProgramId, customerId, profile.nameOnCard, profile.occupation, reference',
      '/ibis/card/activate 200: cFiCardId',
      '/ibis/card/activate extIbis.97.alreadyActive: cFiCardId',
      '/ibis/financial/funds-credit 200: amount, cFiCardId, currency, description, reference',
      '/ibis/financial/funds-debit 200: amount, cFiCardId, currency, description, reference',
      '/ibis/financial/funds-debit extIbis.51.insufficientFunds: amount, cFiCardId, currency, description, reference',
      '/ibis/financial/retrieve 200: reference',
      '/ibis/card/status 200: cFiCardId',
      '/ibis/card/set-pin 200: cFiCardId, pin',
      '/ibis/card/check-pin 200: cFiCardId, pin',
      '/ibis/card/status cardNotFound: cFiCardId',
    ]);
  });

  it('names the provider states that make the provider answer the same', () => {
    const pact = contract.pact('0.0.0');
    const states = (prefix: string) => pact.interactions.find((i) => i.description.startsWith(prefix))!.providerStates;
    expect(states('/ibis/financial/funds-debit 200')).toEqual([
      {
        name: 'a {programType} card {cFiCardId} with reference {reference} in status {status} with balance {balance}',
        params: expect.objectContaining({ programType: 'debit', status: 'B', balance: 107, reference: 'card1' }),
      },
    ]);
    expect(states('/ibis/financial/retrieve 200')).toEqual([
      {
        name: 'a funds transfer {cFiFundsId} of type {type} with reference {reference} and arn {arn}',
        params: expect.objectContaining({ type: 'credit', reference: 'po1', amount: 100 }),
      },
    ]);
    expect(states('/ibis/card/activate extIbis.97')).toEqual([
      {
        name: 'the next {operation} call answers {outcome}',
        params: { operation: '/ibis/card/activate', outcome: 'extIbis.97.alreadyActive' },
      },
    ]);
  });

  it('holds no secret and no card number', () => {
    const text = readFileSync(file, 'utf8');
    expect(findLuhnValidRuns(text)).toEqual([]);
    expect(text).not.toContain('4931');
    expect(text).not.toContain(token);
    expect(text).not.toContain(sim.credentials.password);
    expect(text).toContain('contract-example-token-not-a-real-one');
  });

  it('passes the real Pact verifier against a fresh simulator', { timeout: 60_000 }, async () => {
    const target = await simulatorTarget(statesUsed(file));
    try {
      const result = await verifyPact({
        providerBaseUrl: target.baseUrl,
        token: target.token,
        stateSetups: target.stateSetups,
        beforeEach: target.beforeEach,
        pactFile: file,
      });
      expect(result.failures).toEqual([]);
      expect(result.interactions).toBe(11);
    } finally {
      await target.close();
    }
  });
});
