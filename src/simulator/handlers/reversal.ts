import { ApiError, ruleError } from '../api-error.ts';
import { AGGREGATOR_ID } from '../fixtures.ts';
import { toCents } from '../money.ts';
import { money } from '../rules.ts';
import type { SimulatorStore } from '../store.ts';
import type { TransferRecord } from '../types.ts';
import { transferView } from '../views.ts';
import type { Handler } from './context.ts';

/**
 * ibisFundsTransferNotFound { fundsId } in the documented form "<key>=<value> " (key prefix and
 * trailing space: "cFiFundsId=ifnd_4AMYgtpc9kgAk5Ku21q3JGe "; ibis-overview.txt, "Retrieve a
 * Transaction with /ibis"; errata retrieve-not-found-context).
 */
function notFound(operation: string, field: string, value: string): ApiError {
  return ruleError('ibisFundsTransferNotFound', operation, {}, { fundsId: `${field}=${value} ` });
}

/** The fundsContext of ibisCannotReverseError, as documented ("Can only reverse card to card transactions"). */
function cannotReverse(operation: string, transfer: TransferRecord, message?: string): ApiError {
  const error = ruleError(
    money.reversal.refusal,
    operation,
    {},
    {
      fundsContext: {
        entityId: transfer.cFiFundsId,
        entityStatus: 'Complete',
        reference: transfer.reference,
        aggregatorId: AGGREGATOR_ID,
        cFiReference: transfer.arn,
        externalId: transfer.boTransId,
      },
    },
  );
  // Stryker disable next-line ConditionalExpression,EqualityOperator: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  if (message !== undefined) error.body.message = message;
  return error;
}

// Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
const NO_FUNDS = 'The receiving card does not have the funds to reverse.';

/**
 * ibis-overview.txt, "Reverse a Transaction with /ibis": only card-to-card transfers between
 * cards of one cardProgramId, for at most the transfer amount (default: all of it), once.
 * The reversal moves the money back; if the receiving card no longer has it, the reversal is
 * refused (undocumented). The answer is the original transfer with its reversal.
 */
export const reversal: Handler<'/ibis/financial/reversal'> = ({ store, operation }, body) => {
  const transfer = store.transfers.get(body.cFiFundsId);
  if (!transfer) throw notFound(operation, 'cFiFundsId', body.cFiFundsId);
  if (!money.reversal.reversibleTypes.includes(transfer.type)) throw cannotReverse(operation, transfer);
  // A card-to-card names both of its cards, and a card is never removed.
  const from = store.cards.get(transfer.cardFromId!)!;
  const to = store.cards.get(transfer.cardToId!)!;
  if (money.reversal.sameProgramRequired && from.programId !== to.programId) {
    // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
    throw cannotReverse(operation, transfer, 'Can only reverse card to card transactions between cards of the same card program.');
  }
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  if (transfer.reversal) throw cannotReverse(operation, transfer, 'The transaction was already reversed.');
  const cents = body.amount != null ? toCents(body.amount) : transfer.amount;
  if (cents <= 0n || cents > transfer.amount) {
    // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
    throw cannotReverse(operation, transfer, 'The reversal amount must be less than or equal to the transaction amount.');
  }
  if (store.available(to) < cents) throw cannotReverse(operation, transfer, NO_FUNDS);
  store.move(to, from, cents);
  transfer.reversal = reversalRecord(store, cents);
  store.transfersByArn.set(transfer.reversal.arn, transfer);
  const entry = {
    transId: transfer.reversal.boTransId,
    originalTraceAuditNo: transfer.boTransId.slice(1),
    at: store.now(),
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    transTypeId: '40',
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: errata history-entry-description: the docs do not say which description an entry carries
    description: body.description || transfer.description || 'Funds Transfer',
    messageTypeIdentifier: '0400' as const,
    arn: transfer.arn,
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    serviceId: 'C2C_FUNDS_TRSFR',
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    isPaymentTrans: 'I',
  };
  store.addHistory(to, { ...entry, amount: -cents });
  store.addHistory(from, { ...entry, amount: cents });
  return transferView(transfer);
};

/** The record of a completed reversal of `cents`, with new arn and boTransId. */
export function reversalRecord(store: SimulatorStore, cents: bigint): NonNullable<TransferRecord['reversal']> {
  return {
    amount: cents,
    cFiStatus: 'Complete',
    dtsReversalInitiated: store.now().toISOString(),
    arn: store.nextArn(),
    boTransId: store.nextTransId(),
  };
}

function findTransfer(
  store: SimulatorStore,
  body: { cFiFundsId?: string; reference?: string; arn?: string },
): [TransferRecord | undefined, string, string] {
  if (body.cFiFundsId !== undefined) return [store.transfers.get(body.cFiFundsId), 'cFiFundsId', body.cFiFundsId];
  if (body.reference !== undefined) return [store.transferByReference(body.reference), 'reference', body.reference];
  // The request schema's oneOf: without cFiFundsId and reference, the arn is there.
  return [store.transfersByArn.get(body.arn!), 'arn', body.arn!];
}

/** ibis-overview.txt, "Retrieve a Transaction with /ibis": exactly one of the three ids (oneOf). */
export const retrieve: Handler<'/ibis/financial/retrieve'> = ({ store, operation }, body) => {
  const [transfer, field, value] = findTransfer(store, body);
  if (!transfer) throw notFound(operation, field, value);
  return [transferView(transfer)];
};
