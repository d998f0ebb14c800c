import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import { sharedFixture } from '../../src/harness/shared-fixture.ts';
import { RULES, expectError } from './support/flows.ts';
import { DOC, fundedCard, historyBody, type Data } from './support/money-helpers.ts';

// ibis-overview.txt, "Transaction History Inquiry with /ibis": dateFrom and dateTo are days
// ("YYYY-MM-DD"), and "The specified from date cannot be after the to date" (extIbis 12). The
// ranges here are two days wide or one day reversed, at the last month end and across the last year
// end, where a provider comparing the dates in another form or with a margin goes wrong. They grade
// only the refusal or its absence, never which transfers a day holds (the time zone of a day is
// undocumented: errata history-paging-and-signs).

const hist = {
  family: 'history',
  operation: '/ibis/inquiry/transaction-history',
  docRef: DOC.history,
  needs: ['customerId', 'debitProgramId'] as ('customerId' | 'debitProgramId')[],
};

/** An activated card, shared by these checks: reading a history (or being refused it) changes nothing. */
async function activeCard(t: CheckContext): Promise<string> {
  const card = await sharedFixture('history-boundaries.active-card', async () => (await fundedCard(t, 0)).cFiCardId);
  t.log(`shared card ${card} (active), read-only for this check`);
  return card;
}

/** The last year end and the last month end before today (UTC): recent days, which any retention keeps. */
const year = new Date().getUTCFullYear();
const YEAR_END = [`${year - 1}-12-31`, `${year}-01-01`] as const;
const monthStart = `${new Date().toISOString().slice(0, 8)}01`;
const MONTH_END = [new Date(Date.parse(`${monthStart}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10), monthStart] as const;

const ACCEPTED: [string, string, string, string][] = [
  ['one-day-across-year-end', ...YEAR_END, 'a two-day range from the last day of a year to the first of the next'],
  ['one-day-across-month-end', ...MONTH_END, 'a two-day range from the last day of a month to the first of the next'],
];
for (const [name, dateFrom, dateTo, what] of ACCEPTED) {
  check(
    { ...hist, id: `history.boundaries.${name}`, title: `${what} (${dateFrom}..${dateTo}) is answered, not refused as reversed` },
    async (t) => {
      const card = await activeCard(t);
      const r = await t.client.call('/ibis/inquiry/transaction-history', historyBody(card, { dateFrom, dateTo }));
      t.expectation(
        { status: 200, transactions: 'an array' },
        { status: r.status, code: (r.body as Data)?.code, subCode: r.error?.subCode },
      );
      expect(r.ok, `${dateFrom}..${dateTo} is not reversed`).toBe(true);
      expect(Array.isArray((r.data as Data)?.transactions)).toBe(true);
    },
  );
}

const REVERSED: [string, string, string, string][] = [
  ['reversed-by-one-day', monthStart.replace(/01$/, '02'), monthStart, 'dateFrom one day after dateTo'],
  [
    'reversed-by-one-day-across-month-end',
    MONTH_END[1],
    MONTH_END[0],
    'dateFrom the first day of a month, dateTo the last day of the month before',
  ],
  [
    'reversed-by-one-day-across-year-end',
    YEAR_END[1],
    YEAR_END[0],
    'dateFrom the first day of a year, dateTo the last day of the year before',
  ],
];
for (const [name, dateFrom, dateTo, what] of REVERSED) {
  check(
    {
      ...hist,
      id: `history.boundaries.${name}`,
      title: `${what} (${dateFrom}..${dateTo}) is refused with extIbis 12 ("FromDate is greater than ToDate in request")`,
    },
    async (t) => {
      const card = await activeCard(t);
      const r = await t.client.call('/ibis/inquiry/transaction-history', historyBody(card, { dateFrom, dateTo }));
      expectError(t, r, RULES.money.history.reversedRange);
    },
  );
}
