import { ruleError } from '../api-error.ts';
import { programOf } from '../fixtures.ts';
import { pan } from '../random.ts';
import { cardStatus, reissueCodes } from '../rules.ts';
import type { CardRecord } from '../types.ts';
import { cardView } from '../views.ts';
import { enforcePermission } from './card-lifecycle.ts';
import type { Handler } from './context.ts';
import { expiryFrom, requireSameHolder } from './issue.ts';

/**
 * ibis-overview.txt, "Reissue a Card" and "Reissue Codes" (schemas/rules/reissue-codes.json):
 * type 1 keeps the card as it is, type 2 gives it a new expiry, type 3 issues a new card number
 * under a new cFiCardId (the reference is "ignored unless card is reissued with a new card
 * number", so only type 3 claims it). The old card of a type 3 reissue is closed (F) and its
 * balance moves to the new card (undocumented: money is never created or lost).
 */
export const reissue: Handler<'/ibis/card/reissue'> = ({ store, operation }, body) => {
  const type = reissueCodes.reissueTypes[body.reissueType];
  if (type.newCardId) store.assertReferenceFree(operation, body.reference);
  const customer = store.customer(operation, body.customerId);
  const card = store.card(operation, body.cFiCardId);
  // Stryker disable next-line ObjectLiteral,StringLiteral: errata card-of-another-customer: the docs document no answer for a card of another customer, nor for sync-profile of a closed card
  if (!store.owns(card, customer.customerId)) throw ruleError('cardNotFound', operation, {}, { cFiCardId: body.cFiCardId });
  enforcePermission(store, operation, card);
  const program = programOf(card.programId);
  // Stryker disable next-line StringLiteral: only the message's {service} and a provider state's refused service (state API, never a live check): README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
  const service = `Reissue ${reissueCodes.reasonCodes[body.reasonCode]} Card`;
  // Stryker disable next-line BlockStatement,LogicalOperator: errata reissue-reason-codes-by-program: which reason codes a program refuses is undocumented
  if (program.refusedReissueReasons.includes(body.reasonCode) || card.refusedServices?.includes(service)) {
    // Stryker disable next-line ObjectLiteral,StringLiteral: errata reissue-reason-codes-by-program: which reason codes a program refuses is undocumented; the message's {service}: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
    throw ruleError('extIbis.57.serviceNotAllowed', operation, { service }, store.extContext());
  }
  // README.md, "Schema details the overview page leaves out", card/reissue: "For individuals, profile.cardHolderId, if present, must equal customerId."
  requireSameHolder(customer, body.profile, card.cardHolderId);
  // No answer after debit-card/add and credit-card/add carries nameOnCard: no client can read it back.
  // Stryker disable next-line LogicalOperator: equivalent: nameOnCard is echoed only by debit-card/add and credit-card/add
  const nameOnCard: string | undefined = body.profile?.nameOnCard ?? card.nameOnCard;
  if (!type.newCardId) {
    // reissueType "2": "same card number with updated expiration".
    if (body.reissueType === '2') card.expiry = expiryFrom(store.now());
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: nameOnCard is echoed only by debit-card/add and credit-card/add
    if (nameOnCard !== undefined) card.nameOnCard = nameOnCard;
    return cardView(store, card, { transId: store.nextTransId() });
  }
  const replacement: CardRecord = {
    ...card,
    // Stryker disable next-line StringLiteral: README.md, "Schema details the overview page leaves out": "IDs are common-id: ^[0-9a-zA-Z_]+$, 1-36." (variant unprefixed-ids)
    cFiCardId: store.random.id('icrd_'),
    reference: body.reference,
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ObjectLiteral: equivalent: nameOnCard is echoed only by debit-card/add and credit-card/add
    ...(nameOnCard !== undefined ? { nameOnCard } : {}),
    pan: pan(store.random, program.bin),
    expiry: expiryFrom(store.now()),
    boReferenceId: store.nextBoReferenceId(),
    cardReferenceId: store.nextBoReferenceId(),
    dtsCreatedAt: store.now().toISOString(),
    ...store.newCardDefaults(),
    creditLimit: card.creditLimit,
  };
  delete replacement.pin;
  delete replacement.lockedUntil;
  delete replacement.replacedBy;
  store.addCard(replacement);
  store.move(card, replacement, card.balance);
  replacement.lastDeposit = card.lastDeposit;
  card.creditLimit = 0n;
  card.replacedBy = replacement.cFiCardId;
  store.setStatus(card, 'F', operation);
  const activateNewCard = body.activateNewCard ?? reissueCodes.defaults.activateNewCard;
  if (activateNewCard === 'Y') store.setStatus(replacement, cardStatus.activation.to, operation);
  return cardView(store, replacement, { newCardReferenceId: replacement.cardReferenceId, transId: store.nextTransId() });
};
