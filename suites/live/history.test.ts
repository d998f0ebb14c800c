import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import { sharedFixture } from '../../src/harness/shared-fixture.ts';
import { RULES, cardInStatus, expectError } from './support/flows.ts';
import {
  DOC,
  cardToCardCents,
  centsOf,
  expectRefusal,
  fundedCard,
  history,
  historyBody,
  isoDay,
  pullCents,
  pushCents,
  type Data,
} from './support/money-helpers.ts';

// ibis-overview.txt, "Retrieve a Transaction with /ibis": "You may use one of the following IDs to
// retrieve a transaction: cFiFundsId, reference, or arn. If you include more than one of these ID
// types in a single request, an error will be thrown." and "Transaction History Inquiry with /ibis".
// History requests always carry dateFrom and dateTo (errata transaction-history-dates-required), so
// neither the overview's optional dates nor the 08/06/2024 required dates report a conformant API.

const needs = ['customerId', 'debitProgramId'] as ('customerId' | 'debitProgramId')[];

// ---- retrieve -------------------------------------------------------------------------------------

/** One transfer of each kind, with the type the docs give it. */
const KINDS: { kind: string; type: string; make: (t: CheckContext) => Promise<Data> }[] = [
  { kind: 'funds-credit', type: 'credit', make: async (t) => pushCents(t, (await fundedCard(t, 0)).cFiCardId, 21_00) },
  { kind: 'funds-debit', type: 'debit', make: async (t) => pullCents(t, (await fundedCard(t, 35_00)).cFiCardId, 15_00) },
  {
    kind: 'card-to-card',
    type: 'cardToCard',
    make: async (t) => cardToCardCents(t, (await fundedCard(t, 20_00)).cFiCardId, (await fundedCard(t, 0)).cFiCardId, 11_00),
  },
];
const BY = ['cFiFundsId', 'reference', 'arn'] as const;

/**
 * The transfer of a kind, made once per worker and shared by the retrieve checks (docs/architecture.md,
 * "The harness"): a retrieve, found or refused, changes nothing on a conforming target.
 */
async function transferOf(t: CheckContext, k: (typeof KINDS)[number]): Promise<Data> {
  const transfer = await sharedFixture(`retrieve.${k.kind}`, () => k.make(t));
  t.log(`shared ${k.kind} transfer ${transfer.cFiFundsId} (${transfer.reference}), read-only for this check`);
  return transfer;
}

for (const k of KINDS) {
  for (const by of BY) {
    check(
      {
        id: `retrieve.${k.kind}.by-${by}`,
        title: `retrieve a ${k.kind} transfer by its ${by}: one transaction, the same cFiFundsId, reference, arn and type "${k.type}"`,
        family: 'retrieve',
        operation: '/ibis/financial/retrieve',
        docRef: DOC.retrieve,
        needs,
      },
      async (t) => {
        const transfer = await transferOf(t, k);
        const r = await t.client.call('/ibis/financial/retrieve', { [by]: transfer[by] });
        const want = { cFiFundsId: transfer.cFiFundsId, reference: transfer.reference, arn: transfer.arn, type: k.type };
        t.expectation({ status: 200, data: [want] }, { status: r.status, body: r.body });
        expect(r.ok).toBe(true);
        // errata retrieve-arn-schema: a found transfer is an array with exactly one element.
        expect(r.data).toHaveLength(1);
        expect((r.data as Data[])[0]).toMatchObject(want);
      },
    );
  }
}

const pairs: [string, (typeof BY)[number][]][] = [
  ['cfifundsid-and-reference', ['cFiFundsId', 'reference']],
  ['cfifundsid-and-arn', ['cFiFundsId', 'arn']],
  ['reference-and-arn', ['reference', 'arn']],
  ['all-three', ['cFiFundsId', 'reference', 'arn']],
];
for (const [name, keys] of pairs) {
  check(
    {
      id: `retrieve.two-ids.${name}`,
      title: `retrieve with ${keys.join(' + ')} is refused with requestValidateError (keyword oneOf: exactly one id)`,
      family: 'retrieve',
      operation: '/ibis/financial/retrieve',
      docRef: DOC.retrieve,
      needs,
    },
    async (t) => {
      // The ids of one real transfer (the shared funds-credit): refused for naming more than one.
      const transfer = await transferOf(t, KINDS[0]);
      const r = await t.client.call('/ibis/financial/retrieve', Object.fromEntries(keys.map((key) => [key, transfer[key]])));
      expectError(t, r, 'requestValidateError');
      expect((r.body as Data).context).toContainEqual(expect.objectContaining({ keyword: 'oneOf', instancePath: '' }));
    },
  );
}

check(
  {
    id: 'retrieve.no-id',
    title: 'retrieve with none of cFiFundsId, reference, arn is refused with requestValidateError (oneOf)',
    family: 'retrieve',
    operation: '/ibis/financial/retrieve',
    docRef: DOC.retrieve,
  },
  async (t) => {
    const r = await t.client.call('/ibis/financial/retrieve', {});
    expectError(t, r, 'requestValidateError');
    expect((r.body as Data).context).toContainEqual(expect.objectContaining({ keyword: 'oneOf', instancePath: '' }));
  },
);

/** Unknown ids in the documented shapes; the error's fundsId names the id (errata retrieve-not-found-context). */
const UNKNOWN: Record<(typeof BY)[number], (t: CheckContext) => string> = {
  cFiFundsId: (t) => `ifnd_${t.ref('nf')}`.slice(0, 36),
  reference: (t) => t.ref('nf'),
  arn: () => `0000${Date.now().toString(36)}ZZZZ`.slice(0, 20),
};
for (const by of BY) {
  check(
    {
      id: `retrieve.unknown.${by}`,
      title: `retrieve by an unknown ${by} is refused with ibisFundsTransferNotFound { fundsId } naming it`,
      family: 'retrieve',
      operation: '/ibis/financial/retrieve',
      docRef: DOC.retrieve,
    },
    async (t) => {
      const value = UNKNOWN[by](t);
      const r = await t.client.call('/ibis/financial/retrieve', { [by]: value });
      expectError(t, r, 'ibisFundsTransferNotFound');
      // "cFiFundsId=ifnd_... ": accepted trimmed and without an optional "<key>=" prefix.
      const fundsId = String((r.body as Data)?.context?.fundsId ?? '')
        .trim()
        .replace(/^(cFiFundsId|reference|arn)=/, '');
      t.expectation({ fundsId: value }, { fundsId: (r.body as Data)?.context?.fundsId });
      expect(fundsId).toBe(value);
    },
  );
}

// ---- transaction history --------------------------------------------------------------------------
const hist = { family: 'history', operation: '/ibis/inquiry/transaction-history', docRef: DOC.history, needs };

/**
 * An active card with three transfers: push 50.00, pull 12.50, card-to-card out 7.25 (to a second
 * card), and the UTC days the scenario was made on (one, or two if it crossed midnight). Reading a
 * history changes nothing on a conforming target, so the checks that only read it share one
 * scenario per worker (docs/architecture.md, "The harness").
 */
async function busyCard(t: CheckContext) {
  const scenario = await sharedFixture('history.busy-card', async () => {
    const before = isoDay(0);
    const card = (await fundedCard(t, 0)).cFiCardId;
    const other = (await fundedCard(t, 0)).cFiCardId;
    const push = await pushCents(t, card, 50_00);
    const pull = await pullCents(t, card, 12_50);
    const c2c = await cardToCardCents(t, card, other, 7_25);
    return { card, other, push, pull, c2c, days: [...new Set([before, isoDay(0)])] };
  });
  t.log(`shared scenario: card ${scenario.card} (push, pull, card-to-card out to ${scenario.other}), read-only for this check`);
  return scenario;
}

const arns = (rows: Data[]) => rows.map((r) => r.arn);

check(
  {
    ...hist,
    id: 'history.contains-transfers',
    title: 'the history of a card contains every transfer made on it (by arn) within a range around today',
  },
  async (t) => {
    const { card, push, pull, c2c } = await busyCard(t);
    const rows = await history(t, card);
    t.expectation({ arns: [push.arn, pull.arn, c2c.arn] }, { arns: arns(rows) });
    expect(arns(rows)).toEqual(expect.arrayContaining([push.arn, pull.arn, c2c.arn]));
  },
);

check(
  {
    ...hist,
    id: 'history.amounts',
    title:
      'history amounts are the transfer amounts, signed: a push adds (+), a pull and an outgoing card-to-card subtract (−), as in the documented example',
  },
  async (t) => {
    const { card, other, push, pull, c2c } = await busyCard(t);
    const rows = await history(t, card);
    const amountOf = (arn: string) => centsOf(rows.find((r) => r.arn === arn)?.amount);
    const actual = { push: amountOf(push.arn), pull: amountOf(pull.arn), cardToCardOut: amountOf(c2c.arn) };
    const incoming = (await history(t, other)).find((r) => r.arn === c2c.arn);
    const expected = { push: 50_00, pull: -12_50, cardToCardOut: -7_25, cardToCardIn: 7_25 };
    t.expectation(expected, { ...actual, cardToCardIn: centsOf(incoming?.amount) });
    expect({ ...actual, cardToCardIn: centsOf(incoming?.amount) }).toEqual(expected);
  },
);

/** The calendar day of a YYYY-MM-DD day, `days` later (negative: earlier). */
const dayAfter = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The calendar days an entry's three dates name (errata date-formats: MM/DD/YYYY, and local times). */
function entryDays(row: Data | undefined): { businessDate?: string; transDate?: string; localDateTime?: string } {
  const business = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(row?.businessDate));
  return {
    businessDate: business ? `${business[3]}-${business[1]}-${business[2]}` : undefined,
    transDate: /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}/.exec(String(row?.transDate))?.[1],
    localDateTime: /^(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}:\d{2}/.exec(String(row?.localDateTime))?.[1],
  };
}

check(
  {
    ...hist,
    id: 'history.entry-dates',
    title:
      'each entry is dated the day its transfer was made: businessDate, transDate and localDateTime name that day, give or take the one day a time zone can shift it',
  },
  async (t) => {
    // The documented entry: "businessDate": "05/02/2023", "transDate": "2023-05-02T09:21:00",
    // "localDateTime": "2023-05-02 09:21:00", the day of the transaction. The time zone is
    // undocumented (errata history-paging-and-signs), so each date may be a day either side of the
    // UTC days the scenario was made on, never further.
    // A business date may also roll forward to the next business day (a weekend, a holiday, a
    // cut-off), which the docs do not define: it may be up to four days later, on every target.
    const { card, push, pull, c2c, days } = await busyCard(t);
    const rows = await history(t, card);
    const near = new Set(days.flatMap((d) => [dayAfter(d, -1), d, dayAfter(d, 1)]));
    const businessDays = new Set(days.flatMap((d) => [-1, 0, 1, 2, 3, 4].map((n) => dayAfter(d, n))));
    for (const [kind, arn] of [
      ['push', push.arn],
      ['pull', pull.arn],
      ['card-to-card', c2c.arn],
    ] as const) {
      const row = rows.find((r) => r.arn === arn);
      const got = entryDays(row);
      t.expectation(
        { kind, days: [...near] },
        { kind, businessDate: row?.businessDate, transDate: row?.transDate, localDateTime: row?.localDateTime },
      );
      for (const [field, day] of Object.entries(got)) {
        const allowed = field === 'businessDate' ? businessDays : near;
        expect(allowed.has(day ?? ''), `${kind} ${field} ${day ?? '(unreadable)'}`).toBe(true);
      }
    }
  },
);

/**
 * An activated card without transfers, shared by the checks that only read its history or are
 * refused reading it (a refused history request moves no money).
 */
async function activeCardWithoutTransfers(t: CheckContext): Promise<string> {
  const card = await sharedFixture('history.active-card-without-transfers', async () => (await fundedCard(t, 0)).cFiCardId);
  t.log(`shared card ${card} (active, no transfers), read-only for this check`);
  return card;
}

check({ ...hist, id: 'history.new-active-card-empty', title: 'an activated card without transfers has an empty history' }, async (t) => {
  const card = await activeCardWithoutTransfers(t);
  const rows = await history(t, card);
  t.expectation({ transactions: [] }, { transactions: rows });
  expect(rows).toEqual([]);
});

for (const [name, from, to] of [
  ['past', '2020-01-01', '2020-01-31'],
  ['future', isoDay(3), isoDay(30)],
] as const) {
  check(
    {
      ...hist,
      id: `history.date-range.${name}`,
      title: `a date range entirely in the ${name} (${from}..${to}) excludes today's transfers`,
    },
    async (t) => {
      const { card, push, pull, c2c } = await busyCard(t);
      const rows = await history(t, card, { dateFrom: from, dateTo: to });
      t.expectation({ none_of: [push.arn, pull.arn, c2c.arn] }, { arns: arns(rows) });
      for (const arn of [push.arn, pull.arn, c2c.arn]) expect(arns(rows)).not.toContain(arn);
    },
  );
}

check(
  {
    ...hist,
    id: 'history.date-range.today',
    title: "a one-day range, dateFrom = dateTo = today (UTC), contains today's transfers: both ends are included",
  },
  async (t) => {
    // Each day asked on its own, so a scenario that crosses midnight UTC still finds every transfer.
    const { card, push, pull, c2c, days } = await busyCard(t);
    const rows: Data[] = [];
    for (const day of days) rows.push(...(await history(t, card, { dateFrom: day, dateTo: day })));
    t.expectation({ arns: [push.arn, pull.arn, c2c.arn] }, { arns: arns(rows) });
    expect(arns(rows)).toEqual(expect.arrayContaining([push.arn, pull.arn, c2c.arn]));
  },
);

check(
  {
    ...hist,
    id: 'history.reversed-range',
    title: 'dateFrom after dateTo is refused with extIbis 12 ("FromDate is greater than ToDate in request")',
  },
  async (t) => {
    const card = await activeCardWithoutTransfers(t);
    const r = await t.client.call('/ibis/inquiry/transaction-history', historyBody(card, { dateFrom: isoDay(1), dateTo: isoDay(-1) }));
    expectError(t, r, RULES.money.history.reversedRange);
  },
);

const ids = (rows: Data[]) => rows.map((r) => r.transId ?? r.arn);

/**
 * An active card with five transfers (pushes of 1.00 .. 5.00), shared by the paging checks, which
 * only read its history, and that whole history read once (the page a check reads is compared with it).
 */
async function fiveTransfers(t: CheckContext): Promise<{ card: string; all: Data[] }> {
  const card = await sharedFixture('history.five-transfers', async () => {
    const made = (await fundedCard(t, 0)).cFiCardId;
    for (let i = 1; i <= 5; i += 1) await pushCents(t, made, i * 100);
    return made;
  });
  t.log(`shared card ${card} (five pushes), read-only for this check`);
  return { card, all: await history(t, card) };
}

check({ ...hist, id: 'history.paging.number-of-records', title: 'numberOfRecords limits the page: 2 of 5 transactions' }, async (t) => {
  const { card, all } = await fiveTransfers(t);
  expect(all.length).toBeGreaterThanOrEqual(5);
  const page = await history(t, card, { numberOfRecords: 2 });
  t.expectation({ count: 2, transactions: ids(all).slice(0, 2) }, { count: page.length, transactions: ids(page) });
  expect(ids(page)).toEqual(ids(all).slice(0, 2));
});

check(
  {
    ...hist,
    id: 'history.paging.skip-records',
    title: 'skipRecords skips: skip 2, take 2 is the third and fourth transaction of the full list',
  },
  async (t) => {
    const { card, all } = await fiveTransfers(t);
    const page = await history(t, card, { numberOfRecords: 2, skipRecords: 2 });
    t.expectation({ transactions: ids(all).slice(2, 4) }, { transactions: ids(page) });
    expect(ids(page)).toEqual(ids(all).slice(2, 4));
  },
);

check(
  { ...hist, id: 'history.paging.partition', title: 'pages of 2 (skipRecords 0, 2, 4, ...) cover the full history exactly once, in order' },
  async (t) => {
    const { card, all } = await fiveTransfers(t);
    const pages: Data[] = [];
    for (let skip = 0; skip < all.length + 2; skip += 2) pages.push(...(await history(t, card, { numberOfRecords: 2, skipRecords: skip })));
    t.expectation({ transactions: ids(all) }, { transactions: ids(pages) });
    expect(ids(pages)).toEqual(ids(all));
  },
);

check(
  {
    ...hist,
    id: 'history.paging.skip-beyond-end',
    title: 'skipRecords beyond the end gives an empty list (errata transaction-history-date-range-errors)',
  },
  async (t) => {
    const { card, all } = await fiveTransfers(t);
    const page = await history(t, card, { skipRecords: all.length + 5 });
    t.expectation({ transactions: [] }, { transactions: page });
    expect(page).toEqual([]);
  },
);

check(
  {
    ...hist,
    id: 'history.too-many-records',
    title: `numberOfRecords above ${RULES.money.history.maxNumberOfRecords} is refused with greaterNumberOfRecords { maxNumberOfRecords }`,
  },
  async (t) => {
    if (t.kind !== 'simulator')
      t.notApplicable('the maximum: an errata proposal (transaction-history-date-range-errors), graded only against the simulator');
    const card = await activeCardWithoutTransfers(t);
    const r = await t.client.call(
      '/ibis/inquiry/transaction-history',
      historyBody(card, { numberOfRecords: RULES.money.history.maxNumberOfRecords + 1 }),
    );
    expectError(t, r, RULES.money.history.tooMany);
    expect((r.body as Data).context).toEqual({ maxNumberOfRecords: RULES.money.history.maxNumberOfRecords });
  },
);

check(
  {
    ...hist,
    id: 'history.pre-active',
    title: '"The card or vAccount must be activated before retrieving the transaction history": a never-activated card is refused',
    docRef: DOC.schemaDetails,
  },
  async (t) => {
    const card = await cardInStatus(t, 'A');
    const r = await t.client.call('/ibis/inquiry/transaction-history', historyBody(card.cFiCardId));
    expectRefusal(t, r, 'extIbis.PA.historyPreActive', false);
  },
);
