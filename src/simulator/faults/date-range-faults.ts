import { valueAt } from '../../util/json-object.ts';
import { ruleError } from '../api-error.ts';
import { money } from '../rules.ts';
import { outcome } from './during.ts';
import type { Fault, ProbeApi } from './types.ts';

/**
 * Faults of the history family at the edges of a date range (ibis-overview.txt, "Transaction
 * History Inquiry with /ibis": dateFrom and dateTo are "YYYY-MM-DD"; "The specified from date
 * cannot be after the to date", extIbis 12). Each compares the two dates wrongly by one day or
 * across a year end; the history checks probe ranges days apart within one year.
 */

const HISTORY = '/ibis/inquiry/transaction-history';
const HISTORY_DOC = { file: 'ibis-overview.txt', heading: 'Transaction History Inquiry with /ibis' };
const RULE = 'Get Transaction History Decline (FromDate is greater than ToDate in request): dateFrom after dateTo is extIbis 12';

/** "2023-12-31" → "12/31/2023", the form of the history's businessDate. */
const businessDate = (day: string): string => `${day.slice(5, 7)}/${day.slice(8, 10)}/${day.slice(0, 4)}`;
const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const rangeProbe = async (api: ProbeApi, dateFrom: string, dateTo: string) =>
  outcome(await api.call(HISTORY, { cFiCardId: api.state.seedCard({ status: 'B' }).cFiCardId, dateFrom, dateTo }));

export const DATE_RANGE_FAULTS: Fault[] = [
  {
    name: 'history-range-compared-as-business-dates',
    family: 'history',
    description:
      'transaction-history compares dateFrom and dateTo as MM/DD/YYYY strings: a range across a year end is reversed, and the other way round',
    story:
      'the range check runs on the dates converted to the back office businessDate format, where "12/31/2023" sorts after "01/01/2024"',
    doc: { ...HISTORY_DOC, rule: RULE },
    expected: ['history\\.boundaries\\..*year-end.*'],
    handlers: {
      [HISTORY]: (next) => (ctx, body) => {
        const { dateFrom, dateTo } = body;
        if (typeof dateFrom !== 'string' || typeof dateTo !== 'string') return next(ctx, body);
        if (businessDate(dateFrom) > businessDate(dateTo))
          throw ruleError(money.history.reversedRange, ctx.operation, {}, ctx.store.extContext());
        // Not reversed by the provider's comparison: its filter then finds no day in the range.
        return dateFrom > dateTo ? { transactions: [] } : next(ctx, body);
      },
    },
    probe: (api) => rangeProbe(api, '2023-12-31', '2024-01-01'),
  },
  {
    name: 'history-reversed-range-one-day-grace',
    family: 'history',
    description: 'transaction-history accepts dateFrom one day after dateTo (empty list); only two days or more are extIbis 12',
    story: 'the provider widens every range by a day for time zones before it checks that the range is not reversed',
    doc: { ...HISTORY_DOC, rule: RULE },
    expected: ['history\\.boundaries\\.reversed-by-one-day.*'],
    handlers: {
      [HISTORY]: (next) => (ctx, body) => {
        const { dateFrom, dateTo } = body;
        if (typeof dateFrom === 'string' && typeof dateTo === 'string' && dateFrom === nextDay(dateTo)) return { transactions: [] };
        return next(ctx, body);
      },
    },
    probe: async (api) => valueAt(await rangeProbe(api, '2024-03-02', '2024-03-01'), 'code'),
  },
];
