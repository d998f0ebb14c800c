import { ruleError } from '../api-error.ts';
import { money, SERVICE_NAMES, vAccountIds } from '../rules.ts';
import { historyView } from '../views.ts';
import type { Handler } from './context.ts';

/** numberOfRecords when the request gives none (undocumented; listed for the errata). */
export const DEFAULT_NUMBER_OF_RECORDS = 100;

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The open ends of a range without dateFrom or dateTo: before and after every YYYY-MM-DD day, so a
 * missing date filters nothing and reverses nothing.
 */
// Stryker disable next-line StringLiteral: errata transaction-history-dates-required: the checks always send both dates
const BEFORE_ANY_DAY = '';
// Stryker disable next-line StringLiteral: errata transaction-history-dates-required: the checks always send both dates
const AFTER_ANY_DAY = '~';

/**
 * ibis-overview.txt, "Transaction History Inquiry with /ibis": the card's transactions, newest
 * first, within dateFrom..dateTo (inclusive, UTC days; both optional: README.md says both API
 * versions exist), paged by skipRecords and numberOfRecords (at most 1000: greaterNumberOfRecords).
 * A card never activated is refused (README.md: "The card or vAccount must be activated before
 * retrieving the transaction history"); dateFrom after dateTo is extIbis 12; a card whose program
 * does not allow the service is extIbis 57 (documented; reachable through a provider state).
 */
export const transactionHistory: Handler<'/ibis/inquiry/transaction-history'> = ({ store, operation }, body) => {
  const max = money.history.maxNumberOfRecords;
  const take: number = body.numberOfRecords ?? DEFAULT_NUMBER_OF_RECORDS;
  if (take > max) throw ruleError(money.history.tooMany, operation, {}, { maxNumberOfRecords: max });
  const card = store.card(operation, body.cFiCardId);
  if (card.refusedServices?.includes(SERVICE_NAMES[operation])) {
    throw ruleError('extIbis.57.serviceNotAllowed', operation, {}, store.extContext());
  }
  if (card.status === 'A') throw ruleError(vAccountIds.historyRequiresActivation.refusal, operation, {}, store.extContext());
  const from: string = body.dateFrom ?? BEFORE_ANY_DAY;
  const to: string = body.dateTo ?? AFTER_ANY_DAY;
  if (from > to) throw ruleError(money.history.reversedRange, operation, {}, store.extContext());
  const skip: number = body.skipRecords ?? 0;
  const written = [...(store.history.get(card.cFiCardId) ?? [])];
  // Stryker disable next-line MethodExpression: errata history-paging-and-signs: the order is undocumented, newest first is the simulator's choice (variant history-oldest-first)
  const newestFirst = written.reverse();
  const entries = newestFirst
    .filter((e) => {
      const day = utcDay(e.at);
      return day >= from && day <= to;
    })
    .slice(skip, skip + take);
  return { transactions: entries.map(historyView) };
};
