import { ruleError } from '../api-error.ts';
import {
  cardStatus,
  isAllowedTransition,
  permission,
  simulatorChoices,
  statusObject,
  transitionRefusal,
  type StatusCode,
} from '../rules.ts';
import { toAmount } from '../money.ts';
import type { SimulatorStore } from '../store.ts';
import type { CardRecord } from '../types.ts';
import { cardView, maskedPan, profileView, statusView } from '../views.ts';
import type { Handler, RequestOf } from './context.ts';

/**
 * The wrong-PIN limit of check-pin and how long the card stays locked (schemas/rules/simulator-choices.json,
 * errata pin-attempt-limit), read at each call so that an allowed variant can choose another limit.
 */
const pinLock = () => simulatorChoices['pin-lock'];

/** The context of a refusal: { transId, fee }, or the documented cardholder-profile one. */
function refusalContext(store: SimulatorStore, operation: string, card: CardRecord): Record<string, unknown> {
  if (operation === '/ibis/card/cardholder-profile') return { fee: 0, lastDepositAmount: toAmount(card.lastDeposit) };
  return store.extContext();
}

/**
 * ibis-overview.txt, "Ibis Card Status Codes": refuses the operation when the table says NO for
 * the card's status, with the documented error of schemas/rules/card-status.json.
 */
export function enforcePermission(store: SimulatorStore, operation: string, card: CardRecord): void {
  const allowed = permission(operation, card.status);
  // Stryker disable next-line ObjectLiteral: only the message's {maskedPan}: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
  if (allowed !== true) throw ruleError(allowed, operation, { maskedPan: maskedPan(card) }, refusalContext(store, operation, card));
}

/** POST /ibis/card/status and cardholder-profile: by cFiCardId or by reference (oneOf). */
function lookup(
  store: SimulatorStore,
  operation: string,
  body: RequestOf<'/ibis/card/status' | '/ibis/card/cardholder-profile'>,
): CardRecord {
  return 'cFiCardId' in body ? store.card(operation, body.cFiCardId) : store.cardByReference(operation, body.reference);
}

/** ibis-overview.txt, "Activate a Card": A, I, S → B; B → 97; F → SD. */
export const activate: Handler<'/ibis/card/activate'> = ({ store, operation }, body) => {
  const card = store.card(operation, body.cFiCardId);
  const cardExpDate: string | null | undefined = body.attributes?.cardExpDate;
  if (cardExpDate != null) {
    const month = Number(cardExpDate.slice(0, 2));
    // Two digits (the schema's pattern): month 00 or 13-99 is no month.
    if (month === 0 || month > 12) throw ruleError('ibisCardExpirationFormat', operation);
  }
  enforcePermission(store, operation, card);
  store.setStatus(card, cardStatus.activation.to, operation);
  // A vAccount has no expiry: JSON leaves out expiryDate, whose value is then undefined.
  return cardView(store, card, {
    expiryDate: card.expiry,
    cardReferenceId: card.cardReferenceId,
    // Stryker disable next-line StringLiteral: ibis-overview.txt, "Activate a Card": the field appears only in the example answer, undescribed; the schema fixes no value
    maaSubUnSubRespDesc: 'Approved',
    transId: store.nextTransId(),
  });
};

/** ibis-overview.txt, "Set a Card PIN with /ibis": A and B only; a new PIN clears the lock. */
export const setPin: Handler<'/ibis/card/set-pin'> = ({ store, operation }, body) => {
  const card = store.card(operation, body.cFiCardId);
  enforcePermission(store, operation, card);
  card.pin = body.pin;
  card.pinFailures = 0;
  delete card.lockedUntil;
  return cardView(store, card, { transId: store.nextTransId() });
};

/**
 * ibis-overview.txt, "Check a Card PIN with /ibis": B only, the PIN must have been set, a wrong
 * PIN is 55; after pinLock().maxAttempts wrong PINs the card is locked (README.md,
 * ibisCheckPinCardLocked { cFiCardId, maxAttempts, until }) until the lock expires or a new PIN is set.
 */
export const checkPin: Handler<'/ibis/card/check-pin'> = ({ store, operation }, body) => {
  const card = store.card(operation, body.cFiCardId);
  enforcePermission(store, operation, card);
  const now = store.now().getTime();
  if (card.lockedUntil !== undefined) {
    if (card.lockedUntil > now) {
      throw ruleError(
        'ibisCheckPinCardLocked',
        operation,
        {},
        {
          cFiCardId: card.cFiCardId,
          maxAttempts: pinLock().maxAttempts,
          until: new Date(card.lockedUntil).toISOString(),
        },
      );
    }
    delete card.lockedUntil;
    card.pinFailures = 0;
  }
  // A card without a PIN (undefined) never equals the PIN asked for (a string, by the schema).
  if (card.pin !== body.pin) {
    card.pinFailures += 1;
    // Stryker disable next-line ArithmeticOperator: errata pin-attempt-limit, the lock's duration is undocumented (only that `until` lies ahead)
    const lockMs = pinLock().lockHours * 60 * 60 * 1000;
    if (card.pinFailures >= pinLock().maxAttempts) card.lockedUntil = now + lockMs;
    // Stryker disable next-line ObjectLiteral: only the message's {maskedPan}: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
    throw ruleError('extIbis.55.invalidPin', operation, { maskedPan: maskedPan(card) }, store.extContext());
  }
  card.pinFailures = 0;
  return cardView(store, card, { transId: store.nextTransId() });
};

/** ibis-overview.txt, "Get the Status of a Card". */
export const status: Handler<'/ibis/card/status'> = ({ store, operation }, body) => {
  const card = lookup(store, operation, body);
  enforcePermission(store, operation, card);
  return statusView(store, card);
};

/**
 * ibis-overview.txt, "Set the Status of a Card" and "Allowed Status Changes": a change the table
 * does not list is refused (F → SD, otherwise 57 naming the requested status).
 */
export const setStatus: Handler<'/ibis/card/set-status'> = ({ store, operation }, body) => {
  const card = store.card(operation, body.cFiCardId);
  const to: StatusCode = body.statusCode;
  enforcePermission(store, operation, card);
  if (!isAllowedTransition(card.status, to)) {
    throw ruleError(transitionRefusal(card.status), operation, { maskedPan: maskedPan(card), statusCode: to }, store.extContext());
  }
  store.setStatus(card, to, operation);
  return cardView(store, card, { status: statusObject(card.status), transId: store.nextTransId() });
};

/** ibis-overview.txt, "Get a Card Holder Profile": a closed card is refused (SD). */
export const cardholderProfile: Handler<'/ibis/card/cardholder-profile'> = ({ store, operation }, body) => {
  const card = lookup(store, operation, body);
  enforcePermission(store, operation, card);
  return profileView(store, card);
};
