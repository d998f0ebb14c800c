import { expect } from 'vitest';
import type { CheckContext } from '../../../src/harness/check.ts';
import { PreconditionError } from '../../../src/harness/failure-kind.ts';
import { RULES, cardInStatus, cents, errorRule, expectError, type IssuedCard } from './flows.ts';
import type { TestJson } from '../../../src/util/test-json.ts';

/**
 * Helpers of the money, reversal, retrieve/history and idempotency checks. Every rule comes from
 * the docs or schemas/rules/ (money.json, errors.json), never from the simulator.
 */

export const DOC = {
  accountAdd: { file: 'ibis-account-add.txt', heading: 'Add vAccount' },
  debitAdd: { file: 'ibis-overview.txt', heading: 'Add a Debit Card with /ibis' },
  creditAdd: { file: 'ibis-credit-card-add.txt', heading: 'Add Credit Card' },
  creditAddOverview: { file: 'ibis-overview.txt', heading: 'Add a Credit Card with /ibis' },
  reissue: { file: 'ibis-overview.txt', heading: 'Reissue a Card' },
  cardToCard: { file: 'ibis-overview.txt', heading: 'Card to Card Transactions with /ibis' },
  push: { file: 'ibis-overview.txt', heading: 'Push Funds to Card with /ibis' },
  pull: { file: 'ibis-overview.txt', heading: 'Pull Funds from Card with /ibis' },
  reversal: { file: 'ibis-overview.txt', heading: 'Reverse a Transaction with /ibis' },
  retrieve: { file: 'ibis-overview.txt', heading: 'Retrieve a Transaction with /ibis' },
  history: { file: 'ibis-overview.txt', heading: 'Transaction History Inquiry with /ibis' },
  register: { file: 'transfer-to-card-register.txt', heading: 'Register Card' },
  ibisErrors: { file: 'README.md', heading: 'More /ibis errors (/CARDS/Card-Issuing/API/Errors/), all HTTP 400' },
  schemaDetails: { file: 'README.md', heading: 'Schema details the overview page leaves out' },
} as const;

export type Data = Record<string, TestJson>;

/** Throws a precondition failure (not a rule failure) when a setup step is refused. */
export function must<T = Data>(r: { ok: boolean; status: number; body: unknown; data?: unknown }, what: string): T {
  if (!r.ok) throw new PreconditionError(`${what} answered HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`);
  return r.data as T;
}

/** Parses a documented decimal string ("33.00", "-2.00") or a number into cents (errata money-as-strings). */
export function centsOf(value: unknown): number {
  if (typeof value === 'number') return cents(value);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return cents(Number(value));
  return Number.NaN;
}

/** "12.34" style for transcripts. */
export const usd = (c: number): string => (c / 100).toFixed(2);

export async function balanceCents(t: CheckContext, cFiCardId: string): Promise<number> {
  const data = must(await t.client.call('/ibis/card/status', { cFiCardId }), 'card/status');
  return centsOf(data.balance);
}

/** Asserts the balances (cents) of several cards at once, recording the expectation for the report. */
export async function expectBalances(t: CheckContext, expected: Record<string, number>): Promise<void> {
  const actual = await balances(t, Object.keys(expected));
  t.expectation({ balancesInCents: expected }, { balancesInCents: actual });
  expect(actual).toEqual(expected);
}

/** Balances of several cards, in cents, keyed by card id. */
export async function balances(t: CheckContext, ids: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const id of ids) out[id] = await balanceCents(t, id);
  return out;
}

/** A push (funds-credit) or pull (funds-debit) of `amountCents` on one card, as the checks send it. */
const ONE_CARD_MOVES = {
  '/ibis/financial/funds-credit': { description: 'conformance push', logged: 'pushed', direction: 'to' },
  '/ibis/financial/funds-debit': { description: 'conformance pull', logged: 'pulled', direction: 'from' },
} as const;

async function moveCents(
  t: CheckContext,
  operation: keyof typeof ONE_CARD_MOVES,
  cFiCardId: string,
  amountCents: number,
  reference: string,
): Promise<Data> {
  const { description, logged, direction } = ONE_CARD_MOVES[operation];
  const body = { cFiCardId, reference, amount: amountCents / 100, currency: 'USD', description };
  const data = must(await t.client.call(operation, body), operation.slice('/ibis/'.length));
  t.log(`${logged} ${usd(amountCents)} USD ${direction} ${cFiCardId} (${reference}): balance ${data.balance}`);
  return { ...data, reference };
}

export function pushCents(t: CheckContext, cFiCardId: string, amountCents: number, reference = t.ref('fc')): Promise<Data> {
  return moveCents(t, '/ibis/financial/funds-credit', cFiCardId, amountCents, reference);
}

export function pullCents(t: CheckContext, cFiCardId: string, amountCents: number, reference = t.ref('fd')): Promise<Data> {
  return moveCents(t, '/ibis/financial/funds-debit', cFiCardId, amountCents, reference);
}

/** A funds-debit of `amount` dollars whose answer the check grades (it may be refused). */
export function pullAttempt(t: CheckContext, cFiCardId: string, amount: number) {
  return t.client.call('/ibis/financial/funds-debit', { cFiCardId, reference: t.ref('d'), amount, currency: 'USD' });
}

export function cardToCardBody(reference: string, from: string, to: string, amountCents: number, currency = 'USD'): Data {
  return { reference, cardFromId: from, cardToId: to, amount: amountCents / 100, currency, description: 'conformance transfer' };
}

export async function cardToCardCents(
  t: CheckContext,
  from: string,
  to: string,
  amountCents: number,
  reference = t.ref('cc'),
): Promise<Data> {
  const data = must(
    await t.client.call('/ibis/financial/card-to-card', cardToCardBody(reference, from, to, amountCents)),
    'financial/card-to-card',
  );
  t.log(`card-to-card ${usd(amountCents)} USD ${from} → ${to} (${reference}): ${data.cFiFundsId}`);
  return { ...data, reference };
}

/** An active (B) debit card holding `amountCents`, on `programId` (default: the debit program). */
export async function fundedCard(t: CheckContext, amountCents: number, programId?: string): Promise<IssuedCard> {
  const card = await cardInStatus(t, 'B', programId);
  if (amountCents > 0) await pushCents(t, card.cFiCardId, amountCents);
  return card;
}

/**
 * A credit application of the KYC-approved customer: income 50000 → "Approve" with creditLimit 2700
 * (ibis-overview.txt, "Apply for Credit with /ibis").
 */
export async function approvedApplication(t: CheckContext): Promise<{ applicationId: string; creditLimit: number }> {
  const data = must(
    await t.client.call('/ibis/credit-card/application', {
      customerId: t.fixture('customerId'),
      employer: 'ABC123 Inc.',
      totalAnnualIncome: 50000,
      totalAnnualIncomeCurrency: 'USD',
    }),
    'credit-card/application',
  );
  if (data.decision !== 'Approve')
    throw new Error(`precondition failed: credit application decided ${JSON.stringify(data.decision)}, not Approve`);
  t.log(`credit application ${data.applicationId}: ${data.decision} ${data.creditLimit} ${data.creditLimitCurrency}`);
  return { applicationId: data.applicationId, creditLimit: data.creditLimit };
}

export function creditCardBody(t: CheckContext, reference: string, applicationId: string, creditLimit: number): Data {
  return {
    customerId: t.fixture('customerId'),
    reference,
    cardProgramId: t.fixture('creditProgramId'),
    applicationId,
    profile: { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' },
    creditLimit,
    creditLimitCurrency: 'USD',
  };
}

/** A credit card with `creditLimit`, activated (status B) unless `activate` is false. */
export async function creditCard(t: CheckContext, creditLimit = 500, activate = true): Promise<IssuedCard & { creditLimit: number }> {
  const { applicationId } = await approvedApplication(t);
  const reference = t.ref('cr');
  const data = must(
    await t.client.call('/ibis/credit-card/add', creditCardBody(t, reference, applicationId, creditLimit)),
    'credit-card/add',
  );
  t.log(`issued credit card ${data.cFiCardId} (${reference}) with limit ${creditLimit}`);
  if (activate) must(await t.client.call('/ibis/card/activate', { cFiCardId: data.cFiCardId }), 'card/activate');
  return {
    cFiCardId: data.cFiCardId,
    reference,
    customerId: t.fixture('customerId'),
    cardProgramId: t.fixture('creditProgramId'),
    creditLimit,
  };
}

/** The customer's cards and vAccounts (card/list) carrying `reference`. */
export async function listedWithReference(t: CheckContext, reference: string): Promise<Data[]> {
  const data = must<Data[]>(await t.client.call('/ibis/card/list', { customerId: t.fixture('customerId') }), 'card/list');
  return data.filter((c) => c.reference === reference);
}

/** YYYY-MM-DD of today + `days` (UTC). */
export function isoDay(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface HistoryQuery {
  dateFrom?: string;
  dateTo?: string;
  numberOfRecords?: number;
  skipRecords?: number;
}

/**
 * The history request. Both dates are always sent (errata transaction-history-dates-required: the
 * 08/06/2024 change made them required, the overview lists them as optional), so the request is
 * valid under either API version; the default range, yesterday to tomorrow (UTC), contains today's
 * transfers in any time zone.
 */
export function historyBody(cFiCardId: string, q: HistoryQuery = {}): Data {
  return {
    cFiCardId,
    dateFrom: q.dateFrom ?? isoDay(-1),
    dateTo: q.dateTo ?? isoDay(1),
    ...(q.numberOfRecords !== undefined ? { numberOfRecords: q.numberOfRecords } : {}),
    ...(q.skipRecords !== undefined ? { skipRecords: q.skipRecords } : {}),
  };
}

export async function history(t: CheckContext, cFiCardId: string, q: HistoryQuery = {}): Promise<Data[]> {
  const data = must(await t.client.call('/ibis/inquiry/transaction-history', historyBody(cFiCardId, q)), 'inquiry/transaction-history');
  return (data.transactions ?? []) as Data[];
}

/** What a refused money request must leave unchanged: balances and history lengths of the cards. */
export async function moneySnapshot(t: CheckContext, ids: string[]): Promise<Record<string, { balance: number; history: number }>> {
  const out: Record<string, { balance: number; history: number }> = {};
  for (const id of ids) out[id] = { balance: await balanceCents(t, id), history: (await history(t, id)).length };
  return out;
}

export const REMOTE_PROPOSAL = 'an errata proposal (the docs name no error): graded only against the simulator';

/**
 * A refusal whose code is documented (`documented`) or an errata proposal: against a remote target
 * a proposal is graded only as a 400 error envelope (README.md, "The docs are the authority").
 */
export function expectRefusal(t: CheckContext, r: { status: number; body: unknown }, id: string, documented: boolean): void {
  if (documented || t.kind === 'simulator') return expectError(t, r, id);
  const body = (r.body ?? {}) as { code?: string };
  t.expectation({ status: 400, code: 'an error code (proposal: ' + errorRule(id).code + ')' }, { status: r.status, code: body.code });
  expect(r.status).toBe(400);
  expect(typeof body.code === 'string' && body.code !== '0').toBe(true);
}

/** The refusal of a pull from a card in `status` (schemas/rules/money.json, pull.refusals). */
export const pullRefusal = (status: string): string => RULES.money.pull.refusals[status];

/** Asserts the referenceExists answer with the first entity's reference and id. */
export function expectReferenceExists(t: CheckContext, r: { status: number; body: unknown }, reference: string, entityId: string): void {
  const body = (r.body ?? {}) as { code?: string; context?: { reference?: string; entityId?: string } };
  const expected = { status: 400, code: 'referenceExists', context: { reference, entityId } };
  const actual = { status: r.status, code: body.code, context: body.context };
  t.expectation(expected, actual);
  expect({ status: r.status, code: body.code, context: { reference: body.context?.reference, entityId: body.context?.entityId } }).toEqual(
    expected,
  );
}

/** A context field graded by its JSON type only (a documented field whose value the docs leave free). */
export const ofType = (type: 'string' | 'number'): { type: string } => ({ type });
export type ContextShape = { [key: string]: ContextShape | { type: string } | string | number };

function isTypeOnly(v: unknown): v is { type: string } {
  return typeof v === 'object' && v !== null && Object.keys(v).length === 1 && 'type' in v;
}

/** The part of `actual` that `shape` names: a type for `ofType` fields, the value otherwise. */
function project(actual: unknown, shape: ContextShape): ContextShape {
  const obj = (typeof actual === 'object' && actual !== null ? actual : {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(shape).map(([key, want]) => {
      const got = obj[key];
      if (isTypeOnly(want)) return [key, { type: typeof got }];
      if (typeof want === 'object') return [key, project(got, want)];
      return [key, got as string | number];
    }),
  );
}

/** Asserts the documented fields of an error's context: their values, or for `ofType` fields their type. */
export function expectContextShape(t: CheckContext, r: { body: unknown }, shape: ContextShape): void {
  const actual = project((r.body as Data | undefined)?.context, shape);
  t.expectation({ context: shape }, { context: actual });
  expect(actual).toEqual(shape);
}
