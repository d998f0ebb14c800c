import { expect } from 'vitest';
import {
  cardStatusRules,
  errorRule,
  errorRuleList,
  idempotencyRules,
  moneyRules,
  reissueRules,
  vAccountRules,
  type ErrorRule,
} from '../../../src/api/rules.ts';
import { answerIdentity, contextFields, ruleIdentity } from '../../../src/api/error-identity.ts';
import type { CheckContext } from '../../../src/harness/check.ts';
import { isJsonObject } from '../../../src/util/json-object.ts';
import type { CheckMeta } from '../../../src/harness/check-types.ts';
import { PreconditionError } from '../../../src/harness/failure-kind.ts';
import type { CallResult } from '../../../src/client/call-result.ts';

/**
 * Building blocks for the live checks: each step is an API call a real integrator would make, with
 * the docs' rules read from schemas/rules/ (never from the simulator). A step that fails throws
 * with the operation, the status and the body, so a broken precondition is easy to tell from a
 * broken rule.
 */
export const RULES = {
  cardStatus: cardStatusRules,
  errors: errorRuleList,
  idempotency: idempotencyRules,
  money: moneyRules,
  vaccount: vAccountRules,
  reissue: reissueRules,
};

export { errorRule, type ErrorRule };

/** What the checks of one operation share: family, operation, docRef and fixtures (each check adds its id and title). */
export type CheckFields = Omit<CheckMeta, 'id' | 'title'>;

/**
 * Asserts a documented error by its identity (src/api/error-identity.ts): HTTP status, code and
 * subCode, and the context fields the docs define for it (errors.json `context`), each present with
 * its type. The `message` is optional and its words differ between services (README.md, "Error envelope"),
 * so its pattern is graded only against the embedded simulator, whose words are ours. When given,
 * `context` holds values the context must carry (e.g. the card's status).
 */
export function expectError(t: CheckContext, r: { status: number; body: unknown }, id: string, context?: Record<string, unknown>): void {
  const e = errorRule(id);
  const expected = ruleIdentity(e);
  const actual = answerIdentity(r.status, r.body);
  const message = isJsonObject(r.body) ? r.body.message : undefined;
  t.expectation(expected, { ...actual, ...(message === undefined ? {} : { message }) });
  expect(actual, `the identity of ${id} (status, code, subCode)`).toEqual(expected);
  const { missing, mistyped, documented } = contextFields(e, r.body);
  expect({ missing, mistyped }, `the context the docs define for ${id}: { ${documented.join(', ')} }`).toEqual({
    missing: [],
    mistyped: [],
  });
  if (t.kind === 'simulator' && e.messagePattern && message !== undefined) expect(message).toMatch(new RegExp(e.messagePattern));
  if (context) expectContext(t, r, context);
}

/** The context of a documented error, checked key by key where the rule names what it must carry. */
export function expectContext(t: CheckContext, r: { body: unknown }, expected: Record<string, unknown>): void {
  const context = ((r.body ?? {}) as { context?: Record<string, unknown> }).context;
  t.expectation({ context: expected }, { context });
  expect(context).toMatchObject(expected);
}

function must<D>(r: CallResult<D>, what: string): D {
  if (!r.ok) throw new PreconditionError(`${what} answered HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`);
  return r.data;
}

export interface IssuedCard {
  cFiCardId: string;
  reference: string;
  customerId: string;
  cardProgramId: string;
}

/** POST /ibis/debit-card/add for the KYC-approved individual (ibis-overview.txt, "Add a Debit Card with /ibis"). */
export async function issueDebitCard(t: CheckContext, programId = t.fixture('debitProgramId')): Promise<IssuedCard> {
  const reference = t.ref('dc');
  const customerId = t.fixture('customerId');
  const data = must(
    await t.client.op('/ibis/debit-card/add', {
      customerId,
      reference,
      cardProgramId: programId,
      profile: { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' },
    }),
    'debit-card/add',
  );
  t.log(`issued debit card ${data.cFiCardId} (${reference}) on ${programId}`);
  return { cFiCardId: data.cFiCardId, reference, customerId, cardProgramId: programId };
}

/** POST /ibis/account/add (ibis-account-add.txt): a vAccount, usable in place of a card id where the docs say so. */
export async function addAccount(t: CheckContext): Promise<{ cFiAccountId: string; reference: string }> {
  const reference = t.ref('va');
  const data = must(await t.client.op('/ibis/account/add', { customerId: t.fixture('customerId'), reference }), 'account/add');
  t.log(`added vAccount ${data.cFiAccountId} (${reference})`);
  return { cFiAccountId: data.cFiAccountId, reference };
}

export async function cardStatus(t: CheckContext, cFiCardId: string): Promise<string> {
  const data = must(await t.client.op('/ibis/card/status', { cFiCardId }), 'card/status');
  if (!data.status) throw new Error(`card/status for ${cFiCardId} has no status object`);
  return data.status.code;
}

export async function balanceOf(t: CheckContext, cFiCardId: string): Promise<number> {
  const data = must(await t.client.op('/ibis/card/status', { cFiCardId }), 'card/status');
  return data.balance;
}

/**
 * Brings a new card (status A) to `status` along allowed edges only: B by activate, I/S/F by
 * set-status from A ("Allowed Status Changes": A → B, F, I, S).
 */
export async function bringToStatus(t: CheckContext, cFiCardId: string, status: string): Promise<void> {
  if (status === 'A') return;
  if (status === 'B') must(await t.client.op('/ibis/card/activate', { cFiCardId }), 'card/activate');
  else must(await t.client.op('/ibis/card/set-status', { cFiCardId, statusCode: status as 'I' | 'S' | 'F' }), `card/set-status ${status}`);
  t.log(`card ${cFiCardId} brought to status ${status}`);
}

/** A debit card of the KYC-approved customer, in `status`. */
export async function cardInStatus(t: CheckContext, status: string, programId?: string): Promise<IssuedCard> {
  const card = await issueDebitCard(t, programId);
  await bringToStatus(t, card.cFiCardId, status);
  return card;
}

/** POST /ibis/financial/funds-credit (push), returning the response data. */
export async function pushFunds(
  t: CheckContext,
  cFiCardId: string,
  amount: number,
): Promise<{ cFiFundsId: string; reference: string; balance: number; arn: string }> {
  const reference = t.ref('fc');
  const data = must(
    await t.client.op('/ibis/financial/funds-credit', { cFiCardId, reference, amount, currency: 'USD', description: 'conformance top-up' }),
    'financial/funds-credit',
  );
  t.log(`pushed ${amount} USD to ${cFiCardId}: balance ${data.balance}`);
  return { ...data, reference };
}

/** An active (B) debit card holding `amount`. */
export async function fundedActiveCard(t: CheckContext, amount: number, programId?: string): Promise<IssuedCard> {
  const card = await cardInStatus(t, 'B', programId);
  if (amount > 0) await pushFunds(t, card.cFiCardId, amount);
  return card;
}

/** Money compared in cents, so 0.1 + 0.2 style float noise never decides a check. */
export const cents = (n: number): number => Math.round(n * 100);
