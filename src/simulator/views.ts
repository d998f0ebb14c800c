import { AGGREGATOR_ID } from './fixtures.ts';
import { moneyString, toAmount } from './money.ts';
import { statusObject } from './rules.ts';
import type { SimulatorStore } from './store.ts';
import type { CardRecord, HistoryEntry, TransferRecord } from './types.ts';

/**
 * Response bodies, shaped field for field like the documented 200 examples (ibis-overview.txt and
 * the dedicated pages). The full PAN appears only in newCardNumber of an add response.
 */

export function balances(card: CardRecord) {
  return { fee: 0, balance: toAmount(card.balance), lastDepositAmount: toAmount(card.lastDeposit), ledgerBalance: toAmount(card.balance) };
}

/** The identity of a card or vAccount, as card/list shows it. */
export function cardIdentity(store: SimulatorStore, card: CardRecord): Record<string, unknown> {
  const customer = store.customers.get(card.customerId);
  const identity: Record<string, unknown> = { cFiCardId: card.cFiCardId };
  // A primary card has none: JSON leaves out a property whose value is undefined.
  identity.cFiPrimaryCardId = card.primaryCardId;
  identity.cFiStatus = card.cFiStatus;
  // Stryker disable next-line ObjectLiteral: errata refused-requests-keep-reference: a credit card refused for its per-card limit becoming an Error entry is the simulator's choice
  if (card.error) identity.error = { ...card.error };
  Object.assign(identity, {
    customerId: card.customerId,
    cFiAggregatorId: AGGREGATOR_ID,
    reference: card.reference,
    // Stryker disable next-line LogicalOperator,OptionalChaining,StringLiteral: ibis-overview.txt, "List Customer Cards": memberNumber is the "cFiCommonCustomerId in connectFi", which no request names and no other answer shows, so no client can compare it
    memberNumber: customer?.memberNumber ?? '',
    cardProgramId: card.programId,
    programType: card.programType,
  });
  // Stryker disable next-line StringLiteral: errata card-list-200: the list item schema does not require the back-office fields, so an Error entry may show them or not
  if (card.cFiStatus !== 'Error') {
    Object.assign(identity, {
      boReferenceId: card.boReferenceId,
      // Stryker disable next-line LogicalOperator,OptionalChaining,StringLiteral: errata placeholder-values: no check asserts boCustomerId's value
      boCustomerId: customer?.boCustomerId ?? '',
      vAccountNumber: card.vAccountNumber,
      abaRoutingNumber: card.abaRoutingNumber,
    });
  }
  identity.dtsCreatedAt = card.dtsCreatedAt;
  return identity;
}

/** The card record with balances: activate, set-pin, check-pin, set-status, reissue, sync-profile. */
export function cardView(store: SimulatorStore, card: CardRecord, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...cardIdentity(store, card), cardProgramName: card.programName, ...extra, ...balances(card) };
}

/** The data of debit-card/add and credit-card/add: the only answer that carries the full PAN. */
export function issuedCardView(store: SimulatorStore, card: CardRecord, transId: string): Record<string, unknown> {
  return {
    ...cardIdentity(store, card),
    newCardNumber: { number: card.pan, expiryDate: card.expiry },
    batchReferenceId: card.batchReferenceId,
    nameOnCard: card.nameOnCard,
    transId,
    batchRecordId: card.batchRecordId,
    ...balances(card),
  };
}

/** The data of account/add (ibis-account-add.txt): cFiAccountId and accountProgramId. */
export function accountView(store: SimulatorStore, card: CardRecord, transId: string): Record<string, unknown> {
  const { cFiCardId, cardProgramId, ...identity } = cardIdentity(store, card);
  return {
    cFiAccountId: cFiCardId,
    accountProgramId: cardProgramId,
    ...identity,
    batchReferenceId: card.batchReferenceId,
    transId,
    batchRecordId: card.batchRecordId,
    ...balances(card),
  };
}

export function statusView(store: SimulatorStore, card: CardRecord): Record<string, unknown> {
  const locked = (card.lockedUntil ?? 0) > store.now().getTime();
  return {
    ...cardIdentity(store, card),
    isBadPinTriesExceeded: locked ? 'Y' : 'N',
    status: statusObject(card.status),
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Get the Status of a Card": the field appears only in the example answer, undescribed; the schema fixes no value
    transitionFlag: 'N',
    isOfflinePinTryLimitExceeded: 'N',
    ...balances(card),
  };
}

/** "123456******1234": the masked card number of cardholder-profile. */
export function maskedCardNumber(number: string): string {
  // Stryker disable next-line MethodExpression,ArithmeticOperator: ibis-overview.txt, "Get a Card Holder Profile": cardNumber appears only in the example answer ("123456******1234", whose digits match no documented PAN: errata placeholder-values), undescribed
  const stars = '*'.repeat(Math.max(1, number.length - 10));
  return `${number.slice(0, 6)}${stars}${number.slice(-4)}`;
}

/** "99*************4286": the masked PAN of the documented extIbis messages. */
// Stryker disable next-line BlockStatement: only the messages' {maskedPan}: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
export function maskedPan(card: CardRecord): string {
  // Stryker disable next-line LogicalOperator: only the messages' {maskedPan}: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
  const number = card.pan ?? card.vAccountNumber;
  // Stryker disable next-line StringLiteral,MethodExpression,UnaryOperator: only the messages' {maskedPan}: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
  return `${number.slice(0, 2)}${'*'.repeat(13)}${number.slice(-4)}`;
}

/** The last day of the expiry month, "2026-05-31" (cardholder-profile expDate). */
// Stryker disable next-line BlockStatement: errata response-field-variance: expDate appears only in the example answer of "Get a Card Holder Profile", an optional field
function expDate(expiry: string): string {
  const month = Number(expiry.slice(0, 2));
  const year = Number(expiry.slice(2));
  const last = new Date(Date.UTC(year, month, 0));
  return last.toISOString().slice(0, 10);
}

export function profileView(store: SimulatorStore, card: CardRecord): Record<string, unknown> {
  const holder = store.persons.get(card.cardHolderId);
  const view: Record<string, unknown> = {
    ...cardIdentity(store, card),
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Get a Card Holder Profile": the field appears only in the example answer, undescribed; the schema fixes no value
    stakeholderId: 'StakHolder',
    status: statusObject(card.status),
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Get a Card Holder Profile": the field appears only in the example answer, undescribed; the schema fixes no value
    transitionFlag: 'N',
    statusCode: card.status,
    // Stryker disable next-line LogicalOperator,OptionalChaining,StringLiteral: equivalent: the holder's details come from the customer's record, which no documented request writes and no other answer shows, so no client can compare them (ibis-overview.txt, "Get a Card Holder Profile")
    firstName: holder?.firstName ?? '',
    // Stryker disable next-line LogicalOperator,OptionalChaining,StringLiteral: equivalent: the holder's details come from the customer's record, which no documented request writes and no other answer shows, so no client can compare them (ibis-overview.txt, "Get a Card Holder Profile")
    lastName: holder?.lastName ?? '',
  };
  // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent: the holder's details come from the customer's record, which no documented request writes and no other answer shows, so no client can compare them (ibis-overview.txt, "Get a Card Holder Profile")
  if (holder) {
    // Stryker disable next-line ObjectLiteral: equivalent: the holder's details come from the customer's record, which no documented request writes and no other answer shows, so no client can compare them (ibis-overview.txt, "Get a Card Holder Profile")
    Object.assign(view, {
      address1: holder.address1,
      address2: holder.address2,
      dob: holder.dob,
      city: holder.city,
      stateCode: holder.stateCode,
      postalCode: holder.postalCode,
      country: holder.country,
    });
  }
  if (card.expiry) view.expDate = expDate(card.expiry);
  Object.assign(view, {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: ibis-overview.txt, "Get a Card Holder Profile": the field appears only in the example answer ("E"), undescribed; the schema fixes no value
    cardType: card.kind === 'vAccount' ? 'V' : 'E',
    // Stryker disable next-line LogicalOperator,OptionalChaining,StringLiteral: equivalent: the holder's details come from the customer's record, which no documented request writes and no other answer shows, so no client can compare them (ibis-overview.txt, "Get a Card Holder Profile")
    cellNumber: holder?.cellNumber ?? '',
    // Stryker disable next-line LogicalOperator,OptionalChaining,StringLiteral: equivalent: the holder's details come from the customer's record, which no documented request writes and no other answer shows, so no client can compare them (ibis-overview.txt, "Get a Card Holder Profile")
    email: holder?.email ?? '',
    // Stryker disable next-line StringLiteral: ibis-account-add.txt, "Add vAccount": occupation is optional there, and what the profile of a vAccount added without one shows is undocumented
    occupation: card.occupation ?? '',
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Get a Card Holder Profile": the field appears only in the example answer, undescribed; the schema fixes no value
    cipCleared: 'N',
    // Stryker disable next-line ArrayDeclaration: ibis-overview.txt, "Get a Card Holder Profile": the field appears only in the example answer, undescribed; the schema fixes no value
    pseudoDdaNumbers: [{ pseudoDdaNumber: card.vAccountNumber }],
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Get a Card Holder Profile": the field appears only in the example answer, undescribed; the schema fixes no value
    cardDeliveryMode: 'P',
    // A vAccount has no card number: its account number is masked instead (undocumented).
    cardNumber: maskedCardNumber(card.pan ?? card.vAccountNumber),
    ...balances(card),
  });
  return view;
}

export function transferView(transfer: TransferRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    reference: transfer.reference,
    cFiFundsId: transfer.cFiFundsId,
    cFiAggregatorId: AGGREGATOR_ID,
    type: transfer.type,
  };
  if (transfer.type === 'cardToCard') Object.assign(view, { cardFromId: transfer.cardFromId, cardToId: transfer.cardToId });
  else view.cFiCardId = transfer.cFiCardId;
  Object.assign(view, {
    cFiStatus: 'Complete',
    boTransId: transfer.boTransId,
    arn: transfer.arn,
    fee: 0,
    balance: toAmount(transfer.balance),
    lastDepositAmount: toAmount(transfer.lastDeposit),
    ledgerBalance: toAmount(transfer.balance),
    dtsCreatedAt: transfer.dtsCreatedAt,
  });
  // A card-to-card transfer only: its two balances (ibis-overview.txt, "Card to Card Transactions with /ibis").
  if (transfer.fromCardBalance !== undefined) view.fromCardBalance = moneyString(transfer.fromCardBalance);
  if (transfer.toCardBalance !== undefined) view.toCardBalance = moneyString(transfer.toCardBalance);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: errata response-field-variance: outstandingSettlementBalance appears in one example answer of a push only, an optional field
  if (transfer.type === 'credit') view.outstandingSettlementBalance = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: errata response-field-variance: cardPrgName appears in one example answer of a pull only, an optional field
  if (transfer.type === 'debit') view.cardPrgName = transfer.programName;
  if (transfer.reversal) {
    const { cFiStatus, dtsReversalInitiated, arn, boTransId } = transfer.reversal;
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Reverse a Transaction with /ibis": responseDesc appears only in the example answer, undescribed; the schema fixes no value
    view.reversal = { cFiStatus, dtsReversalInitiated, arn, responseDesc: 'Shortfall Currency Exchange - Reversal', boTransId };
  }
  return view;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One transaction-history entry, shaped like the documented ones. */
export function historyView(entry: HistoryEntry): Record<string, unknown> {
  const d = entry.at;
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  // Stryker disable next-line MethodExpression: ibis-overview.txt, "Transaction History Inquiry with /ibis": traceAuditNo is undescribed; it mirrors transId only in the example
  const trace = entry.transId.slice(1);
  const view: Record<string, unknown> = { transId: entry.transId, traceAuditNo: trace };
  // Stryker disable next-line ConditionalExpression: errata response-field-variance: originalTraceAuditNo appears in one example entry only, an optional field
  if (entry.originalTraceAuditNo) view.originalTraceAuditNo = entry.originalTraceAuditNo;
  Object.assign(view, {
    accountNumber: entry.accountNumber,
    transTypeId: entry.transTypeId,
    businessDate: `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`,
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    acceptorNameAndLocation: 'USA',
    availableBalance: moneyString(entry.available),
    amount: moneyString(entry.amount),
    description: entry.description,
    messageTypeIdentifier: entry.messageTypeIdentifier,
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    billed: 'N',
    arn: entry.arn,
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    mcc: '0',
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    deviceType: 'H',
    transDate: `${date}T${time}`,
    remainingBalance: moneyString(entry.available),
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    panSequenceNo: '00',
  });
  // Stryker disable next-line ConditionalExpression: errata response-field-variance: authorizationCode appears in some example entries only, an optional field
  if (entry.authorizationCode) view.authorizationCode = entry.authorizationCode;
  Object.assign(view, {
    localDateTime: `${date} ${time}`,
    serviceId: entry.serviceId,
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    isRecurring: 'N',
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    is3DSecure: 'N',
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Transaction History Inquiry with /ibis": the field appears only in the example entries, undescribed; the schema fixes no value
    isDigitalWalletTrans: 'N',
    isPaymentTrans: entry.isPaymentTrans,
  });
  return view;
}
