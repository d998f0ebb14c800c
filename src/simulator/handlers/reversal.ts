import { ApiError, ruleError } from '../api-error.ts';
import { AGGREGATOR_ID } from '../fixtures.ts';
import { toCents } from '../money.ts';
import { errorRules, money } from '../rules.ts';
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
function cannotReverse(transfer: TransferRecord, message?: string): ApiError {
  const rule = errorRules.get(money.reversal.refusal);
  return new ApiError(rule?.httpStatus ?? 400, {
    code: rule?.code ?? 'ibisCannotReverseError',
    context: {
      fundsContext: {
        entityId: transfer.cFiFundsId,
        entityStatus: 'Complete',
        reference: transfer.reference,
        aggregatorId: AGGREGATOR_ID,
        cFiReference: transfer.arn,
        externalId: transfer.boTransId,
      },
    },
    // Stryker disable next-line LogicalOperator,OptionalChaining,StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
    message: message ?? rule?.message ?? 'Can only reverse card to card transactions.',
  });
}

/**
 * ibis-overview.txt, "Reverse a Transaction with /ibis": only card-to-card transfers between
 * cards of one cardProgramId, for at most the transfer amount (default: all of it), once.
 * The reversal moves the money back; if the receiving card no longer has it, the reversal is
 * refused (undocumented). The answer is the original transfer with its reversal.
 */
export const reversal: Handler<'/ibis/financial/reversal'> = ({ store, operation }, body) => {
  const transfer = store.transfers.get(body.cFiFundsId);
  if (!transfer) throw notFound(operation, 'cFiFundsId', body.cFiFundsId);
  if (!money.reversal.reversibleTypes.includes(transfer.type)) throw cannotReverse(transfer);
  const from = store.cards.get(transfer.cardFromId ?? '');
  const to = store.cards.get(transfer.cardToId ?? '');
  if (!from || !to) throw cannotReverse(transfer);
  if (money.reversal.sameProgramRequired && from.programId !== to.programId) {
    // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
    throw cannotReverse(transfer, 'Can only reverse card to card transactions between cards of the same card program.');
  }
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  if (transfer.reversal) throw cannotReverse(transfer, 'The transaction was already reversed.');
  const cents = body.amount != null ? toCents(body.amount) : transfer.amount;
  if (cents <= 0n || cents > transfer.amount) {
    // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
    throw cannotReverse(transfer, 'The reversal amount must be less than or equal to the transaction amount.');
  }
  if (store.available(to) < cents) throw cannotReverse(transfer, 'The receiving card does not have the funds to reverse.');
  store.move(to, from, cents);
  transfer.reversal = reversalRecord(store, cents, body.description);
  store.transfersByArn.set(transfer.reversal.arn, transfer);
  const entry = {
    transId: transfer.reversal.boTransId,
    originalTraceAuditNo: transfer.boTransId.slice(1),
    at: store.now(),
    transTypeId: '40',
    description: body.description || transfer.description || 'Funds Transfer',
    messageTypeIdentifier: '0400' as const,
    arn: transfer.arn,
    serviceId: 'C2C_FUNDS_TRSFR',
    isPaymentTrans: 'I',
  };
  store.addHistory(to, { ...entry, amount: -cents });
  store.addHistory(from, { ...entry, amount: cents });
  return transferView(transfer);
};

/** The record of a completed reversal of `cents`, with new arn and boTransId. */
export function reversalRecord(store: SimulatorStore, cents: bigint, description?: string | null): NonNullable<TransferRecord['reversal']> {
  return {
    amount: cents,
    cFiStatus: 'Complete',
    dtsReversalInitiated: store.now().toISOString(),
    arn: store.nextArn(),
    boTransId: store.nextTransId(),
    ...(description != null ? { description } : {}),
  };
}

function findTransfer(
  store: SimulatorStore,
  body: { cFiFundsId?: string; reference?: string; arn?: string },
): [TransferRecord | undefined, string, string] {
  if (body.cFiFundsId !== undefined) return [store.transfers.get(body.cFiFundsId), 'cFiFundsId', body.cFiFundsId];
  if (body.reference !== undefined) return [store.transferByReference(body.reference), 'reference', body.reference];
  return [store.transfersByArn.get(body.arn ?? ''), 'arn', body.arn ?? ''];
}

/** ibis-overview.txt, "Retrieve a Transaction with /ibis": exactly one of the three ids (oneOf). */
export const retrieve: Handler<'/ibis/financial/retrieve'> = ({ store, operation }, body) => {
  const [transfer, field, value] = findTransfer(store, body);
  if (!transfer) throw notFound(operation, field, value);
  return [transferView(transfer)];
};
