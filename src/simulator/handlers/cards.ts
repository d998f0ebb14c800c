import { ruleError } from '../api-error.ts';
import { ACCOUNT_PROGRAM_ID } from '../fixtures.ts';
import { accountView, cardIdentity, cardView, issuedCardView, maskedPan } from '../views.ts';
import type { SimulatorStore } from '../store.ts';
import type { CardRecord, Customer, Program } from '../types.ts';
import type { Handler, RequestOf } from './context.ts';
import { ACCOUNT_HOLDER, issueCard, requireBusinessInfo, requireProgram, requireSameHolder, resolveHolder, type NewCard } from './issue.ts';

/**
 * The primary card of a secondary card ("If included, the returned card will be a secondary card
 * account"): a card of the same customer and program type; cardNotFound otherwise (undocumented).
 */
export function requirePrimary(
  store: SimulatorStore,
  operation: string,
  customer: Customer,
  program: Program,
  primaryId: string | undefined,
): string | undefined {
  if (primaryId === undefined) return undefined;
  const primary = store.card(operation, primaryId);
  // A vAccount never gets here: store.card refuses its id outside the vAccount operations (rules.ts).
  // Stryker disable next-line BlockStatement,LogicalOperator: errata secondary-card-rules: the docs do not say whether a primary card of another customer or of the other program type is refused
  if (!store.owns(primary, customer.customerId) || primary.programType !== program.programType) {
    // Stryker disable next-line ObjectLiteral,StringLiteral: errata secondary-card-rules: the docs do not say whether a primary card of another customer or of the other program type is refused
    throw ruleError('cardNotFound', operation, {}, { cFiCardId: primaryId });
  }
  return primary.cFiCardId;
}

/** ibis-account-add.txt, "Add vAccount". */
export const accountAdd: Handler<'/ibis/account/add'> = ({ store, operation }, body) => {
  store.assertReferenceFree(operation, body.reference);
  const customer = store.customer(operation, body.customerId);
  const program = requireProgram(operation, ACCOUNT_PROGRAM_ID, customer, 'debit');
  const holder = resolveHolder(customer, body.profile, ACCOUNT_HOLDER);
  const card = issueCard(store, {
    // Stryker disable next-line StringLiteral: errata vaccount-id-accepted: the docs do not say how operations outside those a cFiAccountId can be used for answer a vAccount id
    kind: 'vAccount',
    customer,
    program,
    reference: body.reference,
    holder,
    occupation: body.profile?.occupation,
  });
  return accountView(store, card, store.nextTransId());
};

/**
 * What debit-card/add and credit-card/add share, checked in the order they answer: a free
 * reference, a known customer, a program of the right type, business info for a business customer,
 * the card holder, the primary card (ibis-overview.txt, "Add a Debit Card with /ibis";
 * ibis-credit-card-add.txt, "Add Credit Card"). Returns the card to issue.
 */
export function newCardRequest(
  store: SimulatorStore,
  operation: string,
  body: RequestOf<'/ibis/debit-card/add' | '/ibis/credit-card/add'>,
  programType: Program['programType'],
): NewCard {
  store.assertReferenceFree(operation, body.reference);
  const customer = store.customer(operation, body.customerId);
  const program = requireProgram(operation, body.cardProgramId, customer, programType);
  const companyNameOnCard = requireBusinessInfo(customer, body.businessInfo);
  const holder = resolveHolder(customer, body.profile);
  const primaryCardId = requirePrimary(store, operation, customer, program, body.cFiPrimaryCardId);
  return {
    kind: 'card',
    customer,
    program,
    reference: body.reference,
    holder,
    nameOnCard: body.profile.nameOnCard,
    occupation: body.profile.occupation,
    companyNameOnCard,
    primaryCardId,
  };
}

/** ibis-overview.txt, "Add a Debit Card with /ibis". */
export const debitCardAdd: Handler<'/ibis/debit-card/add'> = ({ store, operation }, body) => {
  const card = issueCard(store, newCardRequest(store, operation, body, 'debit'));
  return issuedCardView(store, card, store.nextTransId());
};

/** ibis-overview.txt, "List Customer Cards": every card and vAccount, Error entries included. */
export const cardList: Handler<'/ibis/card/list'> = ({ store, operation }, body) => {
  const customer = store.customer(operation, body.customerId);
  return store.cardsOf(customer.customerId).map((card) => cardIdentity(store, card));
};

/** The extIbis refusal for a closed card on endpoints outside the status table. */
// Stryker disable next-line BlockStatement: errata card-of-another-customer: the docs document no answer for sync-profile of a closed card
export function closedCardError(store: SimulatorStore, operation: string, card: CardRecord) {
  // Stryker disable next-line ObjectLiteral,StringLiteral: errata card-of-another-customer: the docs document no answer for sync-profile of a closed card; the message's {maskedPan}: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
  return ruleError('extIbis.SD.closed', operation, { maskedPan: maskedPan(card) }, store.extContext());
}

/**
 * ibis-card-sync-profile.txt, "Sync Card Profile". The card must belong to customerId; the
 * documented response for a business representative shows a vAccountOnly record, so vAccounts
 * are accepted here too. A holder named in the profile must be the card's holder.
 */
export const syncProfile: Handler<'/ibis/card/sync-profile'> = ({ store, operation }, body) => {
  const customer = store.customer(operation, body.customerId);
  const card = store.card(operation, body.cFiCardId);
  // Stryker disable next-line ObjectLiteral,StringLiteral: errata card-of-another-customer: the docs document no answer for a card of another customer, nor for sync-profile of a closed card
  if (!store.owns(card, customer.customerId)) throw ruleError('cardNotFound', operation, {}, { cFiCardId: body.cFiCardId });
  // Stryker disable next-line StringLiteral: errata card-of-another-customer: the docs document no answer for sync-profile of a closed card
  if (card.status === 'F') throw closedCardError(store, operation, card);
  requireSameHolder(customer, body.profile, card.cardHolderId);
  return cardView(store, card, { transId: store.nextTransId() });
};
