import { expect } from 'vitest';
import type { DebitCardAddResponseData } from '../../../generated/types.ts';
import { REQUEST_ID, envelopeProblems, getOperation, judgeAnswer } from '../../api/index.ts';
import { buildSimulatorApp, type SimulatorApp } from '../app.ts';
import type { SimulatorOptions } from '../types.ts';
import type { TestJson } from '../../util/test-json.ts';

/**
 * Shared by the simulator's tests: an in-process simulator (no sockets) and a `call` that checks
 * every answer against the documented schemas through src/api, so that no response produced in
 * the tests escapes validation.
 */
export interface Reply {
  status: number;
  body: TestJson;
  headers: Record<string, unknown>;
}

/**
 * Asserts the envelope and the documented schema of one answer of `operation`, as the judge sees
 * them (src/api/judge.ts: the same judge as the run's envelope rows and the proxy), and that the
 * simulator never answers a 5xx of its own nor leaves out a requestId (its 401 included).
 */
export function assertDocumentedShape(operation: string | undefined, reply: Reply): void {
  const where = `${operation ?? '(no operation)'} → ${reply.status} ${JSON.stringify(reply.body).slice(0, 500)}`;
  const contentType = reply.headers['content-type'];
  const answer = {
    operation: operation ?? null,
    method: operation ? getOperation(operation).method : 'POST',
    status: reply.status,
    contentType: typeof contentType === 'string' ? contentType : undefined,
    body: reply.body,
  };
  const judgement = judgeAnswer(answer);
  // The judge leaves a 429 ungraded (a transport incident); the simulator's own 429 carries the envelope all the same.
  const problems = judgement.transport ? envelopeProblems(null, reply.status, answer.contentType, reply.body) : judgement.problems;
  expect(
    problems.map((p) => p.text),
    where,
  ).toEqual([]);
  expect(reply.status, where).toBeLessThan(500);
  expect(reply.body?.requestId, where).toMatch(REQUEST_ID);
}

export interface Harness {
  app: SimulatorApp;
  token: string;
  fixtures: SimulatorApp['simulator']['fixtures'];
  state: SimulatorApp['simulator']['state'];
  /** POSTs (or GETs, for the application path) an operation with a valid token, validating the answer. */
  call(
    operation: string,
    body?: unknown,
    options?: { token?: string | null; path?: string; raw?: string; contentType?: string },
  ): Promise<Reply>;
  /** The data of a call that must succeed. */
  ok(operation: string, body?: unknown): Promise<TestJson>;
}

export async function harness(options: SimulatorOptions = {}): Promise<Harness> {
  const app = await buildSimulatorApp({ seed: 'test', ...options });
  const token = app.simulator.issueToken();
  const call: Harness['call'] = async (operation, body, opts = {}) => {
    const op = getOperation(operation);
    const headers: Record<string, string> = {};
    const tok = opts.token === undefined ? token : opts.token;
    if (tok !== null) headers['x-connectfi-token'] = tok;
    let payload: string | undefined;
    if (op.method === 'POST') {
      headers['content-type'] = opts.contentType ?? 'application/json';
      payload = opts.raw ?? JSON.stringify(body ?? {});
    }
    const url = opts.path ?? op.operation;
    const res = await app.inject({ method: op.method, url, headers, ...(payload !== undefined ? { payload } : {}) });
    const reply: Reply = { status: res.statusCode, body: JSON.parse(res.body), headers: res.headers };
    assertDocumentedShape(op.operation, reply);
    return reply;
  };
  const ok: Harness['ok'] = async (operation, body) => {
    const reply = await call(operation, body);
    expect(reply.status, `${operation} ${JSON.stringify(reply.body)}`).toBe(200);
    return reply.body.data;
  };
  return { app, token, fixtures: app.simulator.fixtures, state: app.simulator.state, call, ok };
}

let counter = 0;
/** A fresh alphanumeric reference (common-reference: ^[0-9a-zA-Z]+$, 1-32). */
export const ref = (prefix = 'ref') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

export const profile = { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' };

/** Issues a debit card to the fixture individual (ibis-overview.txt request example); `ok` validated the answer. */
export async function debitCard(h: Harness, overrides: Record<string, unknown> = {}): Promise<DebitCardAddResponseData> {
  return h.ok('/ibis/debit-card/add', {
    customerId: h.fixtures.customerId,
    reference: ref('dc'),
    cardProgramId: h.fixtures.debitProgramId,
    profile,
    ...overrides,
  });
}

/** Issues and activates a debit card, optionally loaded with `balance` dollars. */
export async function activeCard(h: Harness, balance = 0, overrides: Record<string, unknown> = {}): Promise<string> {
  const card = await debitCard(h, overrides);
  await h.ok('/ibis/card/activate', { cFiCardId: card.cFiCardId });
  if (balance > 0)
    await h.ok('/ibis/financial/funds-credit', { cFiCardId: card.cFiCardId, reference: ref('fc'), amount: balance, currency: 'USD' });
  return card.cFiCardId;
}

/** An approved application and a credit card with `creditLimit`, activated. */
export async function activeCreditCard(h: Harness, creditLimit = 500): Promise<string> {
  const app = await h.ok('/ibis/credit-card/application', {
    customerId: h.fixtures.customerId,
    employer: 'ABC123 Inc.',
    totalAnnualIncome: 50000,
    totalAnnualIncomeCurrency: 'USD',
  });
  const card = await h.ok('/ibis/credit-card/add', {
    customerId: h.fixtures.customerId,
    reference: ref('cc'),
    cardProgramId: h.fixtures.creditProgramId,
    applicationId: app.applicationId,
    profile,
    creditLimit,
    creditLimitCurrency: 'USD',
  });
  await h.ok('/ibis/card/activate', { cFiCardId: card.cFiCardId });
  return card.cFiCardId;
}

export async function balanceOf(h: Harness, cFiCardId: string): Promise<number> {
  return (await h.ok('/ibis/card/status', { cFiCardId })).balance;
}
