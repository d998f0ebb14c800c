import { accountAdd, cardList, debitCardAdd, syncProfile } from './cards.ts';
import { activate, cardholderProfile, checkPin, setPin, setStatus, status } from './card-lifecycle.ts';
import type { HandledOperation, Handler } from './context.ts';
import { creditApplication, creditApplicationGet, creditCardAdd } from './credit.ts';
import { cardToCard, fundsCredit, fundsDebit } from './funds.ts';
import { transactionHistory } from './history.ts';
import { register } from './register.ts';
import { reissue } from './reissue.ts';
import { retrieve, reversal } from './reversal.ts';

export type { HandledOperation, Handler, HandlerContext, RequestOf } from './context.ts';

/** The behaviour of each of the 21 documented operations, keyed by documented path; each handler takes its operation's request type. */
export const HANDLERS: { readonly [P in HandledOperation]: Handler<P> } = {
  '/ibis/account/add': accountAdd,
  '/ibis/debit-card/add': debitCardAdd,
  '/ibis/credit-card/application': creditApplication,
  '/ibis/credit-card/application/:applicationId': creditApplicationGet,
  '/ibis/credit-card/add': creditCardAdd,
  '/ibis/card/activate': activate,
  '/ibis/card/set-pin': setPin,
  '/ibis/card/check-pin': checkPin,
  '/ibis/card/status': status,
  '/ibis/card/set-status': setStatus,
  '/ibis/card/cardholder-profile': cardholderProfile,
  '/ibis/card/reissue': reissue,
  '/ibis/card/list': cardList,
  '/ibis/financial/card-to-card': cardToCard,
  '/ibis/financial/funds-credit': fundsCredit,
  '/ibis/financial/funds-debit': fundsDebit,
  '/ibis/financial/reversal': reversal,
  '/ibis/financial/retrieve': retrieve,
  '/ibis/inquiry/transaction-history': transactionHistory,
  '/ibis/card/sync-profile': syncProfile,
  '/transfer-to/card/register': register,
};

/** Whether the handlers serve `operation` (every documented card operation; not /auth/get-token). */
export function isHandled(operation: string): operation is HandledOperation {
  return Object.hasOwn(HANDLERS, operation);
}
