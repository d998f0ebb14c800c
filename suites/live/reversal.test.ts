import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import { RULES, expectError } from './support/flows.ts';
import {
  DOC,
  balances,
  cardToCardCents,
  centsOf,
  expectBalances,
  expectRefusal,
  fundedCard,
  history,
  must,
  pullCents,
  pushCents,
  type Data,
} from './support/money-helpers.ts';

// ibis-overview.txt, "Reverse a Transaction with /ibis": "Currently, reversals are not supported for
// /ibis/financial/funds-credit or /ibis/financial/funds-debit transactions. Reversals are available
// for /ibis/financial/card-to-card transactions in which both cards belong to the same
// cardProgramId." README.md ("More /ibis errors"): "a reversal amount must be less than or equal to
// the transfer amount". schemas/rules/money.json `reversal`. A reversal of an already reversed
// transfer and of a cross-program transfer are refused with ibisCannotReverseError by errata
// reversal-refusals (the refusal code is a proposal there: graded as such only on the simulator).
const REFUSAL = RULES.money.reversal.refusal;
const base = {
  family: 'reversal',
  operation: '/ibis/financial/reversal',
  docRef: DOC.reversal,
  needs: ['customerId', 'debitProgramId'] as ('customerId' | 'debitProgramId' | 'otherDebitProgramId')[],
};

/** Two active cards of one program: from holds 100.00, to 0; then a card-to-card of 40.00. */
async function transferred(t: CheckContext, toProgram?: string): Promise<{ from: string; to: string; transfer: Data }> {
  const from = (await fundedCard(t, 100_00)).cFiCardId;
  const to = (await fundedCard(t, 0, toProgram)).cFiCardId;
  const transfer = await cardToCardCents(t, from, to, 40_00);
  return { from, to, transfer };
}

async function reverse(t: CheckContext, cFiFundsId: string, amount?: number) {
  const r = await t.client.call('/ibis/financial/reversal', {
    cFiFundsId,
    ...(amount !== undefined ? { amount } : {}),
    description: 'conformance reversal',
  });
  t.log(
    `reversal of ${cFiFundsId}${amount !== undefined ? ` for ${amount}` : ''}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 240)}`,
  );
  return r;
}

check(
  {
    ...base,
    id: 'reversal.card-to-card.full',
    title: 'a same-program card-to-card reversed without amount is reversed in full: both balances are restored',
  },
  async (t) => {
    const { from, to, transfer } = await transferred(t);
    await expectBalances(t, { [from]: 60_00, [to]: 40_00 });
    const r = await reverse(t, transfer.cFiFundsId);
    t.expectation({ status: 200, cFiFundsId: transfer.cFiFundsId, type: 'cardToCard' }, { status: r.status, body: r.body });
    expect(r.ok).toBe(true);
    expect(r.data).toMatchObject({ cFiFundsId: transfer.cFiFundsId, type: 'cardToCard', reversal: { cFiStatus: expect.any(String) } });
    // errata reversal-200-fields: the effect is read from the cards, never from the response's balance.
    await expectBalances(t, { [from]: 100_00, [to]: 0 });
  },
);

// A reversal amount up to the original is accepted and moves exactly that amount back.
const ACCEPTED_AMOUNTS = [
  {
    id: 'reversal.card-to-card.explicit-full-amount',
    title: 'a reversal for exactly the transfer amount (amount ≤ original) is accepted and restores both balances',
    amount: 40,
  },
  {
    id: 'reversal.card-to-card.partial',
    title: 'a reversal for less than the transfer amount moves exactly that amount back',
    amount: 15.25,
  },
];

for (const { amount, ...meta } of ACCEPTED_AMOUNTS) {
  check({ ...base, ...meta }, async (t) => {
    const { from, to, transfer } = await transferred(t);
    const r = await reverse(t, transfer.cFiFundsId, amount);
    expect(r.ok).toBe(true);
    const cents = Math.round(amount * 100);
    await expectBalances(t, { [from]: 60_00 + cents, [to]: 40_00 - cents });
  });
}

check(
  {
    ...base,
    id: 'reversal.card-to-card.over-amount',
    title: `a reversal for more than the transfer amount is refused with ${REFUSAL}, even when the to card holds that much; balances unchanged`,
  },
  async (t) => {
    const { from, to, transfer } = await transferred(t);
    // The to card holds more than the transfer, so only the amount rule can refuse (a provider that
    // checks the to card's funds instead of the original amount would pass a check without this).
    await pushCents(t, to, 10_00);
    expectError(t, await reverse(t, transfer.cFiFundsId, 40.01), REFUSAL);
    await expectBalances(t, { [from]: 60_00, [to]: 50_00 });
  },
);

check(
  {
    ...base,
    id: 'reversal.card-to-card.far-over-amount',
    title:
      'a reversal for 1e21, far more than the transfer amount, is refused and moves nothing (an amount whose shortest form has an exponent)',
  },
  async (t) => {
    // "a reversal amount must be less than or equal to the transfer amount" (README.md, "More /ibis
    // errors"): 1e21 is a plain JSON number whose shortest decimal form is "1e+21", where a provider
    // reading amounts as text may read 1. No maximum is documented (errata amount-upper-bound), so
    // a refusal for the amount's size is accepted too: any 400, never a server error, nothing moved.
    const { from, to, transfer } = await transferred(t);
    const r = await reverse(t, transfer.cFiFundsId, 1e21);
    const code = (r.body as Data | undefined)?.code;
    t.expectation({ status: 400, code: `${REFUSAL} (or a refusal of the amount)` }, { status: r.status, code });
    expect(r.status).toBe(400);
    if (code !== 'requestValidateError') expectError(t, r, REFUSAL);
    await expectBalances(t, { [from]: 60_00, [to]: 40_00 });
  },
);

check(
  {
    ...base,
    id: 'reversal.card-to-card.twice',
    title: `a transfer already reversed cannot be reversed again (${REFUSAL}), even when the to card holds the funds again; balances stay restored`,
  },
  async (t) => {
    const { from, to, transfer } = await transferred(t);
    must(await reverse(t, transfer.cFiFundsId), 'first reversal');
    // The to card gets funds again, so only "already reversed" can refuse the second reversal (a
    // provider that forgets the first one would otherwise hide behind a lack of funds).
    await pushCents(t, to, 50_00);
    expectRefusal(t, await reverse(t, transfer.cFiFundsId), REFUSAL, false);
    await expectBalances(t, { [from]: 100_00, [to]: 50_00 });
  },
);

check(
  {
    ...base,
    id: 'reversal.card-to-card.after-partial',
    title: `after a partial reversal the transfer counts as reversed: a second reversal is refused (${REFUSAL})`,
  },
  async (t) => {
    if (t.kind !== 'simulator')
      t.notApplicable('a second reversal after a partial one: an errata proposal (reversal-refusals), graded only against the simulator');
    const { from, to, transfer } = await transferred(t);
    must(await reverse(t, transfer.cFiFundsId, 10), 'partial reversal');
    expectError(t, await reverse(t, transfer.cFiFundsId, 10), REFUSAL);
    await expectBalances(t, { [from]: 70_00, [to]: 30_00 });
  },
);

check(
  {
    ...base,
    needs: [...base.needs, 'otherDebitProgramId'],
    id: 'reversal.card-to-card.cross-program',
    title: `a card-to-card between two debit programs is not reversible (${REFUSAL}); balances unchanged`,
  },
  async (t) => {
    const { from, to, transfer } = await transferred(t, t.fixture('otherDebitProgramId'));
    expectRefusal(t, await reverse(t, transfer.cFiFundsId), REFUSAL, false);
    await expectBalances(t, { [from]: 60_00, [to]: 40_00 });
  },
);

// "Currently, reversals are not supported for /ibis/financial/funds-credit or
// /ibis/financial/funds-debit transactions": a push or pull on a card holding `start`, then its
// reversal, refused with what each row asserts of the refusal's context.
const NOT_REVERSIBLE = [
  {
    id: 'reversal.funds-credit',
    title: `a funds-credit (push) is not reversible: ${REFUSAL}; the balance is unchanged`,
    start: 0,
    move: (t: CheckContext, card: string) => pushCents(t, card, 25_00),
    after: 25_00,
  },
  {
    id: 'reversal.funds-debit',
    title: `a funds-debit (pull) is not reversible: ${REFUSAL}; the balance is unchanged`,
    start: 30_00,
    move: (t: CheckContext, card: string) => pullCents(t, card, 12_00),
    after: 18_00,
  },
];

for (const { start, move, after, ...meta } of NOT_REVERSIBLE) {
  check({ ...base, ...meta }, async (t) => {
    const card = await fundedCard(t, start);
    const moved = await move(t, card.cFiCardId);
    const r = await reverse(t, moved.cFiFundsId);
    // The documented refusal names the transfer it refuses: "fundsContext": { "entityId":
    // "ifnd_...", "entityStatus": "Complete", "reference": "ExtDFunds144", ... } (the transfer's
    // cFiFundsId, cFiStatus and reference).
    expectError(t, r, REFUSAL, {
      fundsContext: { entityId: moved.cFiFundsId, entityStatus: moved.cFiStatus, reference: moved.reference },
    });
    await expectBalances(t, { [card.cFiCardId]: after });
  });
}

check(
  {
    ...base,
    needs: [],
    id: 'reversal.unknown-transfer',
    title: 'a reversal of a transfer that does not exist is refused with ibisFundsTransferNotFound',
    docRef: DOC.ibisErrors,
  },
  async (t) => {
    const unknown = `ifnd_${t.ref('nx')}`.slice(0, 36);
    const r = await reverse(t, unknown);
    expectError(t, r, 'ibisFundsTransferNotFound');
    // "ibisFundsTransferNotFound: context { fundsId } (the cFiFundsId, reference or arn asked for)";
    // accepted trimmed and without an optional "<key>=" prefix (errata retrieve-not-found-context).
    const fundsId = (r.body as Data)?.context?.fundsId;
    t.expectation({ fundsId: unknown }, { fundsId });
    expect(
      String(fundsId ?? '')
        .trim()
        .replace(/^(cFiFundsId|reference|arn)=/, ''),
    ).toBe(unknown);
  },
);

check(
  {
    ...base,
    id: 'reversal.history-entries',
    title:
      "a reversal stands in both cards' histories as an entry of its own, the transfer's opposite: −amount on the to card, +amount on the from card",
    docRef: DOC.history,
  },
  async (t) => {
    // The documented history lists a card-to-card ("amount": "50.00", "messageTypeIdentifier":
    // "0200") and, as a separate entry, its reversal ("amount": "-50.00", "messageTypeIdentifier":
    // "0400", "originalTraceAuditNo": "10287482", the original entry's "traceAuditNo"). The example
    // gives the reversal its transfer's arn, the reversal answer an arn of its own: either names it.
    const { from, to, transfer } = await transferred(t);
    const reversed = must(await reverse(t, transfer.cFiFundsId, 15.25), 'partial reversal');
    const arns = new Set([transfer.arn, (reversed.reversal as Data | undefined)?.arn]);
    const entries = async (card: string) => (await history(t, card)).filter((row) => arns.has(row.arn));
    const [fromRows, toRows] = [await entries(from), await entries(to)];
    const amounts = (rows: Data[]) => rows.map((row) => centsOf(row.amount)).sort((a, b) => a - b);
    const expected = { from: [-40_00, 15_25], to: [-15_25, 40_00] };
    const actual = { from: amounts(fromRows), to: amounts(toRows) };
    t.expectation(expected, actual);
    expect(actual).toEqual(expected);
    // Where the entries carry them, the reversal's originalTraceAuditNo names the original's traceAuditNo.
    const original = toRows.find((row) => centsOf(row.amount) === 40_00);
    const reversal = toRows.find((row) => centsOf(row.amount) === -15_25);
    if (reversal?.originalTraceAuditNo !== undefined && original?.traceAuditNo !== undefined) {
      t.expectation({ originalTraceAuditNo: original.traceAuditNo }, { originalTraceAuditNo: reversal.originalTraceAuditNo });
      expect(reversal.originalTraceAuditNo).toBe(original.traceAuditNo);
    }
  },
);

check(
  {
    ...base,
    id: 'reversal.card-to-card.third-decimal',
    title:
      'a reversal amount with a third decimal (15.255: the reversal amount has no amountPrecision) is no server error: accepted, it moves back 15.25 or 15.26 on both cards alike; refused, nothing moves',
    docRef: DOC.schemaDetails,
  },
  async (t) => {
    // README.md, "Schema details the overview page leaves out": "reversal `amount`: number,
    // exclusiveMinimum 0, nullable" (errata amount-exclusive-minimum: no amountPrecision is
    // documented for it). How it is rounded is not documented (errata reversal-partial-and-limits):
    // either cent is accepted, and a refusal is graded only by its effect.
    const { from, to, transfer } = await transferred(t);
    const r = await reverse(t, transfer.cFiFundsId, 15.255);
    const after = await balances(t, [from, to]);
    const back = after[from] - 60_00;
    const actual = { serverError: r.status >= 500, back, toLost: 40_00 - after[to] };
    const expected = { serverError: false, back: r.ok ? (back === 15_26 ? 15_26 : 15_25) : 0, toLost: back };
    t.expectation(expected, actual);
    expect(actual).toEqual(expected);
  },
);
