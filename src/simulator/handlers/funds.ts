import { ApiError, ruleError } from '../api-error.ts';
import { bracketAmount, moneyString, toAmount, toCents } from '../money.ts';
import { money, statusObject, SERVICE_NAMES } from '../rules.ts';
import type { SimulatorStore } from '../store.ts';
import type { CardRecord, HistoryEntry, TransferRecord } from '../types.ts';
import { maskedPan, transferView } from '../views.ts';
import type { Handler } from './context.ts';
import { requireCurrency } from './credit.ts';

/**
 * Pushes and pulls (schemas/rules/money.json): push to A, B, I, S; pull only from B and only
 * with funds (debit: the balance; credit: balance + credit limit). Amounts are exact cents.
 */

/** The largest single amount (undocumented): above it, extIbis 13 "Invalid Amount". */
export const MAX_TRANSFER_CENTS = 100_000_000_000_000n;

/**
 * The amounts a transfer may move, in cents: at least one cent (common-amount, exclusiveMinimum 0:
 * the schema refuses 0 before this check) and at most MAX_TRANSFER_CENTS. One named table, so that
 * a fault of the self-check (src/simulator/faults/) can patch it for one call.
 */
// Stryker disable next-line ObjectLiteral: errata amount-upper-bound: no documented maximum amount; the schema's exclusiveMinimum 0 refuses the rest first
export const AMOUNT_LIMITS = { minCents: 1n, maxCents: MAX_TRANSFER_CENTS };

function requireAmount(store: SimulatorStore, operation: string, amount: number, context: () => Record<string, unknown>): bigint {
  const cents = toCents(amount);
  if (cents < AMOUNT_LIMITS.minCents || cents > AMOUNT_LIMITS.maxCents) {
    // Stryker disable next-line ObjectLiteral: errata amount-upper-bound: no documented maximum amount, so no documented refusal above it
    throw new ApiError(400, {
      // Stryker disable next-line StringLiteral: errata amount-upper-bound: no documented maximum amount, so no documented refusal above it
      code: 'extIbis',
      // Stryker disable next-line StringLiteral: errata amount-upper-bound: no documented maximum amount, so no documented refusal above it
      subCode: '13',
      context: context(),
      // Stryker disable next-line LogicalOperator,StringLiteral: errata amount-upper-bound: no documented maximum amount, so no documented refusal above it
      message: `${SERVICE_NAMES[operation] ?? 'Funds Transfer'} Decline (Invalid Amount)`,
    });
  }
  return cents;
}

/** A push is refused only for a closed card (money.json push.allowedStatuses). */
export function enforcePush(
  operation: string,
  card: CardRecord,
  context: () => Record<string, unknown>,
  vars: Record<string, string> = {},
): void {
  if (!money.push.allowedStatuses.includes(card.status))
    // Stryker disable next-line ObjectLiteral: only the message's {maskedPan}: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
    throw ruleError('extIbis.SD.closed', operation, { maskedPan: maskedPan(card), ...vars }, context());
}

/** The to card's refusals in card-to-card mirror the documented from card's prefix. */
// Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
const TO_CARD_PREFIX = 'Shortfall Currency Exchange  Decline (To Card)';

/** A pull needs status B and the funds (money.json pull). */
export function enforcePull(
  store: SimulatorStore,
  operation: string,
  card: CardRecord,
  cents: bigint,
  context: () => Record<string, unknown>,
  insufficientContext: () => Record<string, unknown>,
): void {
  if (!money.pull.allowedStatuses.includes(card.status)) {
    // money.json pull.refusals names the refusal of every status a pull is not allowed from.
    const refusal = money.pull.refusals[card.status];
    // Stryker disable next-line ObjectLiteral: only the message's {maskedPan}: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
    throw ruleError(refusal, operation, { maskedPan: maskedPan(card) }, context());
  }
  const available = store.available(card);
  if (cents > available)
    throw ruleError(money.pull.insufficient, operation, { available: bracketAmount(available) }, insufficientContext());
}

function record(store: SimulatorStore, fields: Omit<TransferRecord, 'cFiFundsId' | 'boTransId' | 'arn' | 'dtsCreatedAt'>): TransferRecord {
  return store.addTransfer({
    // Stryker disable next-line StringLiteral: README.md, "Schema details the overview page leaves out": "IDs are common-id: ^[0-9a-zA-Z_]+$, 1-36." (variant unprefixed-ids)
    cFiFundsId: store.random.id('ifnd_'),
    boTransId: store.nextTransId(),
    arn: store.nextArn(),
    dtsCreatedAt: store.now().toISOString(),
    ...fields,
  });
}

type Entry = Pick<HistoryEntry, 'transTypeId' | 'serviceId' | 'isPaymentTrans' | 'description'>;

export function historyEntry(store: SimulatorStore, card: CardRecord, transfer: TransferRecord, amount: bigint, kind: Entry): void {
  store.addHistory(card, {
    ...kind,
    transId: transfer.boTransId,
    at: store.now(),
    amount,
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    messageTypeIdentifier: '0200',
    arn: transfer.arn,
    // Stryker disable next-line MethodExpression,UnaryOperator: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    authorizationCode: transfer.boTransId.slice(-6),
  });
}

/**
 * How a push and a pull stand in the card's history (ibis-overview.txt, "Transaction History
 * Inquiry with /ibis": the documented transactions), with the description used when the request
 * has none and the sign of the amount.
 */
const ONE_CARD_ENTRIES = {
  credit: { sign: 1n, kind: { transTypeId: '21', serviceId: 'SW_DEPOSIT', isPaymentTrans: 'I', description: 'Funds Deposit' } },
  debit: { sign: -1n, kind: { transTypeId: '01', serviceId: 'MNL_CSH_SIG_INT_M', isPaymentTrans: 'N', description: 'Funds Withdrawal' } },
} as const;

/** Records a push or pull of `cents` that moved the money of `card`, and its history entry; answers the transfer. */
function oneCardTransfer(
  store: SimulatorStore,
  card: CardRecord,
  type: keyof typeof ONE_CARD_ENTRIES,
  cents: bigint,
  body: { reference: string; currency: string; description?: string },
) {
  const transfer = record(store, {
    reference: body.reference,
    type,
    cFiCardId: card.cFiCardId,
    amount: cents,
    currency: body.currency,
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ObjectLiteral: errata history-entry-description: the transfer's description is read only as its reversal's history description, which the docs leave open
    ...(body.description !== undefined ? { description: body.description } : {}),
    balance: card.balance,
    lastDeposit: card.lastDeposit,
    programName: card.programName,
  });
  const { sign, kind } = ONE_CARD_ENTRIES[type];
  // Stryker disable next-line LogicalOperator: errata history-entry-description: the docs show a request's description both kept and replaced in the history
  const description = body.description ?? kind.description;
  historyEntry(store, card, transfer, sign * cents, { ...kind, description });
  return transferView(transfer);
}

/** What every money movement checks first, in this order: its reference is new, its currency supported. */
function requireNewMovement(store: SimulatorStore, operation: string, body: { reference: string; currency: string }): void {
  store.assertReferenceFree(operation, body.reference);
  requireCurrency(operation, body.currency);
}

/** ibis-overview.txt, "Push Funds to Card with /ibis". */
export const fundsCredit: Handler<'/ibis/financial/funds-credit'> = ({ store, operation }, body) => {
  requireNewMovement(store, operation, body);
  const card = store.card(operation, body.cFiCardId);
  // Stryker disable next-line ArrowFunction,BooleanLiteral: errata push-to-inactive, amount-upper-bound: a funds-credit has no documented refusal of its card or amount, so no documented context
  const context = () => store.extContext(true);
  const cents = requireAmount(store, operation, body.amount, context);
  enforcePush(operation, card, context);
  store.push(card, cents);
  return oneCardTransfer(store, card, 'credit', cents, body);
};

/** ibis-overview.txt, "Pull Funds from Card with /ibis": the documented contexts carry the status. */
export const fundsDebit: Handler<'/ibis/financial/funds-debit'> = ({ store, operation }, body) => {
  requireNewMovement(store, operation, body);
  const card = store.card(operation, body.cFiCardId);
  const context = () => ({ status: statusObject(card.status), cardPrgName: card.programName, ...store.extContext(true) });
  const cents = requireAmount(store, operation, body.amount, context);
  enforcePull(store, operation, card, cents, context, () => ({
    ...context(),
    balance: toAmount(card.balance),
    ledgerBalance: toAmount(card.balance),
  }));
  store.pull(card, cents);
  return oneCardTransfer(store, card, 'debit', cents, body);
};

/**
 * ibis-overview.txt, "Card to Card Transactions with /ibis": pull from cardFromId (B with funds),
 * push to cardToId (not closed); the response balance is the from card's new balance.
 */
export const cardToCard: Handler<'/ibis/financial/card-to-card'> = ({ store, operation }, body) => {
  requireNewMovement(store, operation, body);
  const from = store.card(operation, body.cardFromId);
  const to = store.card(operation, body.cardToId);
  const context = () => store.extContext(true);
  const cents = requireAmount(store, operation, body.amount, context);
  enforcePull(store, operation, from, cents, context, () => ({ fromCardBalance: moneyString(from.balance), ...store.extContext(true) }));
  // Stryker disable next-line ObjectLiteral: only the message's prefix: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
  enforcePush(operation, to, context, { declinePrefix: TO_CARD_PREFIX });
  store.move(from, to, cents);
  const transfer = record(store, {
    reference: body.reference,
    type: 'cardToCard',
    cardFromId: from.cFiCardId,
    cardToId: to.cFiCardId,
    amount: cents,
    currency: body.currency,
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ObjectLiteral: errata history-entry-description: the transfer's description is read only as its reversal's history description, which the docs leave open
    ...(body.description !== undefined ? { description: body.description } : {}),
    balance: from.balance,
    lastDeposit: from.lastDeposit,
    fromCardBalance: from.balance,
    toCardBalance: to.balance,
    programName: from.programName,
  });
  const kind = {
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    transTypeId: '40',
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    serviceId: 'C2C_FUNDS_TRSFR',
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    isPaymentTrans: 'I',
    // Stryker disable next-line LogicalOperator,StringLiteral: errata history-entry-description: the documented card-to-card entries say "Funds Transfer" where the request said "Transfer to other card"
    description: body.description ?? 'Funds Transfer',
  };
  historyEntry(store, from, transfer, -cents, kind);
  historyEntry(store, to, transfer, cents, kind);
  return transferView(transfer);
};
