import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import { sharedFixture } from '../../src/harness/shared-fixture.ts';
import { RULES, bringToStatus, cardInStatus, expectError, type CheckFields } from './support/flows.ts';
import {
  DOC,
  REMOTE_PROPOSAL,
  balanceCents,
  cardToCardBody,
  cardToCardCents,
  centsOf,
  creditCard,
  expectBalances,
  expectContextShape,
  expectRefusal,
  fundedCard,
  moneySnapshot,
  ofType,
  pullCents,
  pullRefusal,
  pullAttempt,
  pushCents,
  usd,
  type Data,
} from './support/money-helpers.ts';

// schemas/rules/money.json, transcribed from ibis-overview.txt: "funds cannot be pulled from a debit
// card unless the card status code is "B" (ON) and funds are available. You can, however, transfer
// funds to a pre-active card"; "Currently, only "USD" currency is supported."; "For credit cards
// "balance" = available funds - credit limit".
const MONEY = RULES.money;
const STATUSES = RULES.cardStatus.statuses.map((s) => s.code);
const base: CheckFields = { family: 'money', operation: null, docRef: null, needs: ['customerId', 'debitProgramId'] };
/** The metadata the checks of each money movement share. */
const PUSHING: CheckFields = { ...base, operation: '/ibis/financial/funds-credit', docRef: DOC.push };
const PULLING: CheckFields = { ...base, operation: '/ibis/financial/funds-debit', docRef: DOC.pull };
const TRANSFERRING: CheckFields = { ...base, operation: '/ibis/financial/card-to-card', docRef: DOC.cardToCard };

/**
 * Cards shared by the checks whose request is refused (a refusal moves no money, which each of them
 * reads back): made once by the first check that asks. Checks that move money issue their own.
 */
async function shared<T extends { cFiCardId: string }>(t: CheckContext, key: string, make: () => Promise<T>): Promise<T> {
  const card = await sharedFixture(`money.${key}`, make);
  t.log(`shared card ${card.cFiCardId} (${key}), only refused requests are sent to it`);
  return card;
}

// ---- push (funds-credit, and the "to" card of card-to-card) -------------------------------------
// Allowed for money.json push.allowedStatuses; only the pre-active case is documented, the others
// are errata push-to-inactive (graded only against the simulator).
const PUSH_DOCUMENTED = new Set(['A', 'B']);
for (const status of STATUSES) {
  const allowed = (MONEY.push.allowedStatuses as string[]).includes(status);
  check(
    {
      id: `money.push.status-${status}`,
      title: `funds-credit to a card in status ${status} is ${allowed ? 'accepted and adds exactly the amount' : 'refused (closed card) with no effect'}`,
      ...PUSHING,
    },
    async (t) => {
      if (!PUSH_DOCUMENTED.has(status) && t.kind !== 'simulator')
        t.notApplicable(`push to status ${status}: ${REMOTE_PROPOSAL} (errata push-to-inactive)`);
      const card = await cardInStatus(t, status);
      const r = await t.client.call('/ibis/financial/funds-credit', {
        cFiCardId: card.cFiCardId,
        reference: t.ref('p'),
        amount: 25.5,
        currency: 'USD',
        description: 'conformance push',
      });
      t.log(`push 25.50 to a ${status} card: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      if (allowed) {
        t.expectation({ status: 200, balance: 25.5 }, { status: r.status, balance: (r.data as Data)?.balance });
        expect(r.ok).toBe(true);
        expect(centsOf((r.data as Data).balance)).toBe(2550);
        await expectBalances(t, { [card.cFiCardId]: 2550 });
      } else {
        expectRefusal(t, r, 'extIbis.SD.closed', false);
        await expectBalances(t, { [card.cFiCardId]: 0 });
      }
    },
  );
}

check(
  {
    id: 'money.card-to-card.to-pre-active',
    title: 'card-to-card to a pre-active card (status A) is accepted: "You can, however, transfer funds to a pre-active card"',
    ...TRANSFERRING,
  },
  async (t) => {
    const from = await fundedCard(t, 50_00);
    const to = await cardInStatus(t, 'A');
    await cardToCardCents(t, from.cFiCardId, to.cFiCardId, 20_00);
    await expectBalances(t, { [from.cFiCardId]: 30_00, [to.cFiCardId]: 20_00 });
  },
);

// ---- the documented contexts of the pull refusals -------------------------------------------------
// The 400 examples of "Pull Funds from Card with /ibis" and "Card to Card Transactions with /ibis":
// every extIbis refusal of a transfer carries the back office's transId, an arn and the fee; a
// funds-debit refusal adds the card's status and cardPrgName ("status": { "code": "A", ... },
// "cardPrgName": "GPR Card Program"), its insufficient-funds refusal the balances ("balance": -2,
// "For debit cards, "balance" = available funds on card"), a card-to-card insufficient-funds refusal
// the from card's balance as a decimal string ("fromCardBalance": "-2.00"; errata money-as-strings).
// Only status.code is compared: the description words differ between the docs' tables (errata
// status-description-wording); cardPrgName is not compared with the program (errata insufficient-funds-numbers).
const TRANSACTION_IDS = { transId: ofType('string'), arn: ofType('string'), fee: ofType('number') };
const REFUSAL_CONTEXT = {
  '/ibis/financial/funds-debit': (status: string) => ({ ...TRANSACTION_IDS, status: { code: status }, cardPrgName: ofType('string') }),
  '/ibis/financial/card-to-card': () => TRANSACTION_IDS,
};
/** The documented context of an insufficient-funds refusal of a pull from a debit card holding `held` cents. */
const INSUFFICIENT_CONTEXT = {
  '/ibis/financial/funds-debit': (held: number) => ({
    ...REFUSAL_CONTEXT['/ibis/financial/funds-debit']('B'),
    balance: held / 100,
    ledgerBalance: ofType('number'),
  }),
  '/ibis/financial/card-to-card': (held: number) => ({ ...TRANSACTION_IDS, fromCardBalance: usd(held) }),
};

// ---- pull from a card that is not B (funds-debit, and the "from" card of card-to-card) ----------
// money.json pull.refusals: A → PA (documented for both operations), I/S/F → errata pull-from-non-active.
for (const status of STATUSES.filter((s) => !(MONEY.pull.allowedStatuses as string[]).includes(s))) {
  const id = pullRefusal(status);
  const documented = status === 'A';
  /** A card in `status` holding 40.00: pushed while A (allowed), then moved along an allowed edge. */
  const fundedInStatus = (t: CheckContext) =>
    shared(t, `holding-40.00-in-${status}`, async () => {
      const card = await cardInStatus(t, 'A');
      await pushCents(t, card.cFiCardId, 40_00);
      await bringToStatus(t, card.cFiCardId, status);
      return card;
    });
  check(
    {
      id: `money.pull.funds-debit.status-${status}`,
      title: `funds-debit from a card in status ${status} holding funds is refused with ${id} and the balance is unchanged`,
      ...PULLING,
    },
    async (t) => {
      const card = await fundedInStatus(t);
      const r = await t.client.call('/ibis/financial/funds-debit', {
        cFiCardId: card.cFiCardId,
        reference: t.ref('d'),
        amount: 10,
        currency: 'USD',
        description: 'conformance pull',
      });
      t.log(`pull 10.00 from a ${status} card holding 40.00: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      expectRefusal(t, r, id, documented);
      // Only the pre-active refusal is documented, with its context.
      if (documented) expectContextShape(t, r, REFUSAL_CONTEXT['/ibis/financial/funds-debit'](status));
      await expectBalances(t, { [card.cFiCardId]: 40_00 });
    },
  );
  check(
    {
      id: `money.pull.card-to-card.status-${status}`,
      title: `card-to-card from a card in status ${status} is refused with ${id}; neither balance moves`,
      ...TRANSFERRING,
    },
    async (t) => {
      const from = await fundedInStatus(t);
      const to = await shared(t, 'active-empty', () => fundedCard(t, 0));
      const r = await t.client.call('/ibis/financial/card-to-card', cardToCardBody(t.ref('c'), from.cFiCardId, to.cFiCardId, 10_00));
      t.log(`card-to-card 10.00 from a ${status} card: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      expectRefusal(t, r, id, documented);
      if (documented) expectContextShape(t, r, REFUSAL_CONTEXT['/ibis/financial/card-to-card']());
      await expectBalances(t, { [from.cFiCardId]: 40_00, [to.cFiCardId]: 0 });
    },
  );
}

check(
  {
    id: 'money.pull.active-with-funds',
    title: 'funds-debit from an active card with funds is accepted and subtracts exactly the amount',
    ...PULLING,
  },
  async (t) => {
    const card = await fundedCard(t, 35_00);
    const data = await pullCents(t, card.cFiCardId, 15_00);
    // The documented example: 35 - 15 → "balance": 20.
    t.expectation({ balance: 20 }, { balance: data.balance });
    expect(centsOf(data.balance)).toBe(20_00);
    await expectBalances(t, { [card.cFiCardId]: 20_00 });
  },
);

check(
  {
    id: 'money.pull.whole-balance',
    title: 'funds-debit of exactly the whole balance is accepted and leaves 0',
    ...PULLING,
  },
  async (t) => {
    const card = await fundedCard(t, 12_34);
    await pullCents(t, card.cFiCardId, 12_34);
    await expectBalances(t, { [card.cFiCardId]: 0 });
  },
);

check(
  {
    id: 'money.pull.after-block',
    title:
      'an active card with funds that is set to S (OFF) reads back S, and a funds-debit from it is then refused with no effect: pulls need status B',
    ...PULLING,
  },
  async (t) => {
    // "funds cannot be pulled from a debit card unless the card status code is "B" (ON)": the
    // status a card reads back must be the one its pulls obey (a provider whose authorisation
    // keeps a cached copy of the old status reads S and still pays out).
    const card = await fundedCard(t, 40_00);
    await bringToStatus(t, card.cFiCardId, 'S');
    const r = await pullAttempt(t, card.cFiCardId, 10);
    t.expectation({ status: 400, balance: 40_00 }, { status: r.status, body: r.body });
    expect(r.status).toBe(400);
    await expectBalances(t, { [card.cFiCardId]: 40_00 });
  },
);

check(
  {
    id: 'money.pull.concurrent',
    title:
      'two concurrent funds-debit of 6.00 from a card holding 10.00: exactly one is accepted, the other is refused with extIbis 51; the balance ends at 4.00, never below 0',
    ...PULLING,
  },
  async (t) => {
    // "if funds are available": a check of the funds and the pull it allows must not interleave
    // with another pull (a provider whose two pulls both read the balance before either posts
    // overdraws the card).
    const card = await fundedCard(t, 10_00);
    const answers = await Promise.all(
      [0, 1].map(() =>
        t.client.call('/ibis/financial/funds-debit', { cFiCardId: card.cFiCardId, reference: t.ref('fd'), amount: 6, currency: 'USD' }),
      ),
    );
    const statuses = answers.map((r) => r.status).sort();
    t.expectation({ statuses: [200, 400], balance: 4_00 }, { statuses });
    expect(statuses).toEqual([200, 400]);
    expectError(
      t,
      answers.find((r) => r.status !== 200)!,
      MONEY.pull.insufficient,
    );
    await expectBalances(t, { [card.cFiCardId]: 4_00 });
  },
);

// ---- insufficient funds: extIbis 51 ------------------------------------------------------------
const insufficient = MONEY.pull.insufficient;
for (const [name, held, ask] of [
  ['over-balance', 10_00, 10_01],
  ['empty-card', 0, 1],
] as const) {
  check(
    {
      id: `money.insufficient.funds-debit.${name}`,
      title: `funds-debit of ${usd(ask)} from an active debit card holding ${usd(held)} is refused with ${insufficient}; the balance is unchanged`,
      ...PULLING,
    },
    async (t) => {
      const card = await fundedCard(t, held);
      const before = await moneySnapshot(t, [card.cFiCardId]);
      const r = await pullAttempt(t, card.cFiCardId, ask / 100);
      t.log(`pull ${usd(ask)} holding ${usd(held)}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      expectError(t, r, insufficient);
      expectContextShape(t, r, INSUFFICIENT_CONTEXT['/ibis/financial/funds-debit'](held));
      expect(await moneySnapshot(t, [card.cFiCardId])).toEqual(before);
    },
  );
  check(
    {
      id: `money.insufficient.card-to-card.${name}`,
      title: `card-to-card of ${usd(ask)} from an active debit card holding ${usd(held)} is refused with ${insufficient}; neither card changes`,
      ...TRANSFERRING,
    },
    async (t) => {
      const from = await fundedCard(t, held);
      const to = await fundedCard(t, 0);
      const before = await moneySnapshot(t, [from.cFiCardId, to.cFiCardId]);
      const r = await t.client.call('/ibis/financial/card-to-card', cardToCardBody(t.ref('c'), from.cFiCardId, to.cFiCardId, ask));
      t.log(`card-to-card ${usd(ask)} holding ${usd(held)}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      expectError(t, r, insufficient);
      expectContextShape(t, r, INSUFFICIENT_CONTEXT['/ibis/financial/card-to-card'](held));
      expect(await moneySnapshot(t, [from.cFiCardId, to.cFiCardId])).toEqual(before);
    },
  );
}

// ---- currency: only USD ---------------------------------------------------------------------------
// "CND" is the documented example's currency; "EUR" a real ISO code. Both are schema-valid.
const refusal = MONEY.currencies.refusal;
for (const currency of ['CND', 'EUR']) {
  const requests: {
    op: string;
    name: string;
    doc: { file: string; heading: string };
    body: (t: CheckContext, a: string, b: string) => Data;
  }[] = [
    {
      op: '/ibis/financial/funds-credit',
      name: 'funds-credit',
      doc: DOC.push,
      body: (t, a) => ({ cFiCardId: a, reference: t.ref('x'), amount: 5, currency }),
    },
    {
      op: '/ibis/financial/funds-debit',
      name: 'funds-debit',
      doc: DOC.pull,
      body: (t, a) => ({ cFiCardId: a, reference: t.ref('x'), amount: 5, currency }),
    },
    {
      op: '/ibis/financial/card-to-card',
      name: 'card-to-card',
      doc: DOC.cardToCard,
      body: (t, a, b) => cardToCardBody(t.ref('x'), a, b, 5_00, currency),
    },
  ];
  for (const q of requests) {
    check(
      {
        ...base,
        id: `money.currency.${q.name}.${currency}`,
        title: `${q.name} in ${currency} is refused with ${refusal} ("only USD currency is supported"); no balance moves`,
        operation: q.op,
        docRef: q.doc,
      },
      async (t) => {
        const [a, b] = [
          await shared(t, 'active-holding-20.00', () => fundedCard(t, 20_00)),
          await shared(t, 'active-empty', () => fundedCard(t, 0)),
        ];
        const r = await t.client.call(q.op, q.body(t, a.cFiCardId, b.cFiCardId));
        t.log(`${q.name} 5.00 ${currency}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
        expectError(t, r, refusal);
        await expectBalances(t, { [a.cFiCardId]: 20_00, [b.cFiCardId]: 0 });
      },
    );
  }
}

// ---- exact arithmetic ------------------------------------------------------------------------------
check(
  {
    id: 'money.card-to-card.arithmetic',
    title:
      'card-to-card moves exactly the amount: from −amount, to +amount (response fromCardBalance/toCardBalance and card/status agree, in cents)',
    ...TRANSFERRING,
  },
  async (t) => {
    const from = await fundedCard(t, 100_10);
    const to = await fundedCard(t, 5_05);
    const data = await cardToCardCents(t, from.cFiCardId, to.cFiCardId, 33_33);
    // errata money-as-strings: fromCardBalance/toCardBalance are decimal strings, balance the from-card's.
    const reported = {
      fromCardBalance: centsOf(data.fromCardBalance),
      toCardBalance: centsOf(data.toCardBalance),
      balance: centsOf(data.balance),
    };
    t.expectation({ fromCardBalance: 66_77, toCardBalance: 38_38, balance: 66_77 }, reported);
    expect(reported).toEqual({ fromCardBalance: 66_77, toCardBalance: 38_38, balance: 66_77 });
    expect(data.fromCardBalance).toMatch(/^-?\d+\.\d{2}$/);
    await expectBalances(t, { [from.cFiCardId]: 66_77, [to.cFiCardId]: 38_38 });
  },
);

check(
  {
    id: 'money.funds-credit.arithmetic',
    title: 'successive pushes add exactly (0.10 + 0.20 = 0.30, + 0.29 = 0.59 in cents) and the response balance is the card balance',
    ...PUSHING,
  },
  async (t) => {
    // 0.29 * 100 is 28.999999999999996 in binary floating point: a ledger that truncates to
    // cents moves 0.28.
    const card = await fundedCard(t, 0);
    const seen = [];
    for (const amount of [10, 20, 29]) seen.push(centsOf((await pushCents(t, card.cFiCardId, amount)).balance));
    t.expectation({ balances: [10, 30, 59] }, { balances: seen });
    expect(seen).toEqual([10, 30, 59]);
    await expectBalances(t, { [card.cFiCardId]: 59 });
  },
);

check(
  {
    id: 'money.funds-debit.arithmetic',
    title: 'successive pulls subtract exactly and the response balance is the card balance',
    ...PULLING,
  },
  async (t) => {
    const card = await fundedCard(t, 1_00);
    const seen = [
      centsOf((await pullCents(t, card.cFiCardId, 33)).balance),
      centsOf((await pullCents(t, card.cFiCardId, 33)).balance),
      centsOf((await pullCents(t, card.cFiCardId, 34)).balance),
    ];
    t.expectation({ balances: [67, 34, 0] }, { balances: seen });
    expect(seen).toEqual([67, 34, 0]);
    await expectBalances(t, { [card.cFiCardId]: 0 });
  },
);

// ---- credit cards: balance = available funds − credit limit ----------------------------------------
const credit = { family: 'money', needs: ['customerId', 'creditProgramId'] as ('customerId' | 'creditProgramId')[], docRef: DOC.pull };
const LIMIT = 500;

check(
  {
    ...credit,
    id: 'money.credit.new-card-balance',
    title: 'a new credit card has balance 0 ("0 (paid in full)"): its available funds are the whole limit',
    operation: '/ibis/card/status',
    docRef: DOC.debitAdd,
  },
  async (t) => {
    const card = await creditCard(t, LIMIT);
    await expectBalances(t, { [card.cFiCardId]: 0 });
  },
);

check(
  {
    ...credit,
    id: 'money.credit.pull-to-limit',
    title: `a pull of the whole limit (${LIMIT}) from an active credit card is accepted and leaves balance −${LIMIT}; one more cent is refused with ${insufficient}`,
    operation: '/ibis/financial/funds-debit',
  },
  async (t) => {
    const card = await creditCard(t, LIMIT);
    const data = await pullCents(t, card.cFiCardId, LIMIT * 100);
    t.expectation({ balance: -LIMIT }, { balance: data.balance });
    expect(centsOf(data.balance)).toBe(-LIMIT * 100);
    const r = await pullAttempt(t, card.cFiCardId, 0.01);
    expectError(t, r, insufficient);
    await expectBalances(t, { [card.cFiCardId]: -LIMIT * 100 });
  },
);

check(
  {
    ...credit,
    id: 'money.credit.pull-over-limit',
    title: `a pull of limit + 0.01 from an unused credit card is refused with ${insufficient}; the balance stays 0`,
    operation: '/ibis/financial/funds-debit',
  },
  async (t) => {
    const card = await creditCard(t, LIMIT);
    const r = await pullAttempt(t, card.cFiCardId, LIMIT + 0.01);
    expectError(t, r, insufficient);
    await expectBalances(t, { [card.cFiCardId]: 0 });
  },
);

check(
  {
    ...credit,
    id: 'money.credit.documented-example',
    title:
      'after a pull of 2 a credit card with limit 500 has balance −2, i.e. available funds 498 ("A credit card with a balance of -2 and a credit limit of 500 has available funds of 498")',
    operation: '/ibis/financial/funds-debit',
  },
  async (t) => {
    const card = await creditCard(t, 500);
    await pullCents(t, card.cFiCardId, 2_00);
    await expectBalances(t, { [card.cFiCardId]: -2_00 });
    // 498 is available: pulling 498 is accepted, 0.01 more is not.
    await pullCents(t, card.cFiCardId, 498_00);
    await expectBalances(t, { [card.cFiCardId]: -500_00 });
  },
);

check(
  {
    ...credit,
    id: 'money.credit.insufficient-reports-available',
    title: 'the 51 refusal on a credit card with balance −2 and limit 500 reports the available funds ("Insufficient Funds [498.0]")',
    operation: '/ibis/financial/funds-debit',
  },
  async (t) => {
    if (t.kind !== 'simulator') t.notApplicable(`the message text: ${REMOTE_PROPOSAL} (errata insufficient-funds-numbers)`);
    const card = await creditCard(t, 500);
    await pullCents(t, card.cFiCardId, 2_00);
    const r = await pullAttempt(t, card.cFiCardId, 600);
    expectError(t, r, insufficient);
    expect((r.body as Data).message).toMatch(/Insufficient Funds \[498(\.0+)?\]/);
  },
);

check(
  {
    ...credit,
    id: 'money.credit.push-repays',
    title: 'a push to a credit card with balance −2 brings it back to 0, and a further push makes it positive (overpaid)',
    operation: '/ibis/financial/funds-credit',
    docRef: DOC.push,
  },
  async (t) => {
    const card = await creditCard(t, 500);
    await pullCents(t, card.cFiCardId, 2_00);
    await pushCents(t, card.cFiCardId, 2_00);
    await expectBalances(t, { [card.cFiCardId]: 0 });
    await pushCents(t, card.cFiCardId, 10_00);
    await expectBalances(t, { [card.cFiCardId]: 10_00 });
    // Overpaid by 10: available is 510, so 510 can be pulled and no more.
    const r = await pullAttempt(t, card.cFiCardId, 510.01);
    expectError(t, r, insufficient);
    await pullCents(t, card.cFiCardId, 510_00);
    await expectBalances(t, { [card.cFiCardId]: -500_00 });
  },
);

check(
  {
    ...credit,
    needs: [...credit.needs, 'debitProgramId'],
    id: 'money.credit.card-to-card-over-limit',
    title: `card-to-card from a credit card beyond its available credit is refused with ${insufficient} ("Funds Transfer Decline (From Card)"); neither card changes`,
    operation: '/ibis/financial/card-to-card',
    docRef: DOC.cardToCard,
  },
  async (t) => {
    const from = await creditCard(t, 500);
    const to = await fundedCard(t, 0);
    await cardToCardCents(t, from.cFiCardId, to.cFiCardId, 2_00);
    const r = await t.client.call('/ibis/financial/card-to-card', cardToCardBody(t.ref('c'), from.cFiCardId, to.cFiCardId, 498_01));
    t.log(`card-to-card 498.01 from a credit card with balance −2: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    // The documented refusal of this very case: "fromCardBalance": "-2.00".
    expectError(t, r, insufficient);
    expectContextShape(t, r, INSUFFICIENT_CONTEXT['/ibis/financial/card-to-card'](-2_00));
    await expectBalances(t, { [from.cFiCardId]: -2_00, [to.cFiCardId]: 2_00 });
  },
);

check(
  {
    ...credit,
    id: 'money.credit.pre-active-pull',
    title: 'a pull from a credit card that was not activated is refused with extIbis PA',
    operation: '/ibis/financial/funds-debit',
  },
  async (t) => {
    const card = await creditCard(t, 500, false);
    const r = await pullAttempt(t, card.cFiCardId, 1);
    expectError(t, r, pullRefusal('A'));
    expect(await balanceCents(t, card.cFiCardId)).toBe(0);
  },
);

// ---- funds survive status changes ---------------------------------------------------------------
// Only transfers move money (ibis-overview.txt, "Activate a Card": "A successful request will
// activate the card"); turning a card off (I, S) and on again through activate keeps its balance.
// Generated from the permission table: every status other than A from which activate is allowed.
const ACTIVATE_FROM = STATUSES.filter((s) => s !== 'A' && RULES.cardStatus.permissions.operations['/ibis/card/activate']?.[s] === true);
for (const status of ACTIVATE_FROM) {
  check(
    {
      ...base,
      id: `money.balance-kept.activate-from-${status}`,
      title: `a funded card set to ${status} and activated again keeps exactly its balance`,
      operation: '/ibis/card/activate',
      docRef: { file: 'ibis-overview.txt', heading: 'Activate a Card' },
    },
    async (t) => {
      const card = await fundedCard(t, 4000);
      await bringToStatus(t, card.cFiCardId, status);
      await expectBalances(t, { [card.cFiCardId]: 4000 });
      const r = await t.client.call('/ibis/card/activate', { cFiCardId: card.cFiCardId });
      t.log(`activate from ${status}: HTTP ${r.status}`);
      expect(r.ok).toBe(true);
      await expectBalances(t, { [card.cFiCardId]: 4000 });
    },
  );
}

// ---- an amount is a JSON number, however it is written -------------------------------------------
// README.md, "Schema details the overview page leaves out": "Amounts are common-amount: `{ type:
// number, exclusiveMinimum: 0, amountPrecision: 2 }`": a JSON number's value, not its text. 1.05e1
// and 10.50 are both the number 10.5 (one decimal), which a provider reading the text may misread.
check(
  {
    ...PUSHING,
    id: 'money.funds-credit.amount-written-forms',
    title: 'an amount written 1.05e1 or 10.50 (the JSON number 10.5) is pushed as 10.50: the balance rises by exactly 10.50 each time',
    docRef: DOC.schemaDetails,
  },
  async (t) => {
    const card = (await fundedCard(t, 0)).cFiCardId;
    let expected = 0;
    for (const written of ['1.05e1', '10.50']) {
      const fields = `"cFiCardId":${JSON.stringify(card)},"reference":${JSON.stringify(t.ref('fw'))},"currency":"USD"`;
      const r = await t.client.request('POST', '/ibis/financial/funds-credit', `{${fields},"amount":${written}}`, {}, { auth: true });
      t.log(`push of an amount written ${written}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      t.expectation({ written, status: 200 }, { written, status: r.status });
      expect(r.status, `a push of an amount written ${written}`).toBe(200);
      expected += 10_50;
      await expectBalances(t, { [card]: expected });
    }
  },
);
