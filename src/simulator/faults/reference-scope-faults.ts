import { valueAt } from '../../util/json-object.ts';
import type { ReferenceFamily, SimulatorStore } from '../store.ts';
import { outcome } from './during.ts';
import type { Fault, ProbeApi } from './types.ts';

/**
 * Faults of the idempotency family in the scope of a reference: "Multiple requests using the same
 * reference ID will result in an error indicating that the specified reference ID already exists in
 * the connectFi system" (ibis-overview.txt, each "supports idempotency" paragraph), whatever card or
 * customer the second request names. Each provider keys its references by something narrower; the
 * idempotency checks reuse a reference on the same card or customer, where that key still matches.
 */

const PUSH_DOC = { file: 'ibis-overview.txt', heading: 'Push Funds to Card with /ibis' };
const DEBIT_DOC = { file: 'ibis-overview.txt', heading: 'Add a Debit Card with /ibis' };
const RULE =
  'will not accept requests with duplicate reference IDs. Multiple requests using the same reference ID will result in an error (referenceExists)';

/**
 * Runs `fn` as if `reference` were free whenever its owner is not `mine` (a provider whose unique key
 * adds the card or the customer), then gives the reference back to its first owner.
 */
function scoped<R>(store: SimulatorStore, family: ReferenceFamily, reference: string, mine: (ownerId: string) => boolean, fn: () => R): R {
  const owner = store.referenceOwner(family, reference);
  if (owner === undefined || mine(owner)) return fn();
  store.references[family].delete(reference);
  try {
    return fn();
  } finally {
    store.claimReference(family, reference, owner);
  }
}

/** Whether the transfer `ownerId` was made on `card` (its card, or the from card of a card-to-card). */
const onCard = (store: SimulatorStore, card: string) => (ownerId: string) => {
  const transfer = store.transfers.get(ownerId);
  return (transfer?.cFiCardId ?? transfer?.cardFromId) === card;
};
const ofCustomer = (store: SimulatorStore, customerId: string) => (ownerId: string) => store.cards.get(ownerId)?.customerId === customerId;

const pushTwice = async (api: ProbeApi) => {
  const [x, y] = [api.state.seedCard({ status: 'B' }).cFiCardId, api.state.seedCard({ status: 'B' }).cFiCardId];
  const push = (cFiCardId: string) =>
    api.call('/ibis/financial/funds-credit', { cFiCardId, reference: 'probeS1', amount: 5, currency: 'USD' });
  await push(x);
  return { second: outcome(await push(y)), y: api.state.card(y)?.balance };
};

export const REFERENCE_SCOPE_FAULTS: Fault[] = [
  {
    name: 'reference-scoped-per-card',
    family: 'idempotency',
    description: 'funds-credit, funds-debit and card-to-card refuse a reused reference only on the card that used it first',
    story: 'the unique index of the transfers table is (card id, reference): the same reference on another card is a new transfer',
    doc: { ...PUSH_DOC, rule: RULE },
    expected: ['idempotency\\.(funds-credit|funds-debit|card-to-card)\\.reused-(on|between)-other-card.*'],
    handlers: {
      '/ibis/financial/funds-credit': (next) => (ctx, body) =>
        scoped(ctx.store, 'funds', body.reference, onCard(ctx.store, body.cFiCardId), () => next(ctx, body)),
      '/ibis/financial/funds-debit': (next) => (ctx, body) =>
        scoped(ctx.store, 'funds', body.reference, onCard(ctx.store, body.cFiCardId), () => next(ctx, body)),
      '/ibis/financial/card-to-card': (next) => (ctx, body) =>
        scoped(ctx.store, 'funds', body.reference, onCard(ctx.store, body.cardFromId), () => next(ctx, body)),
    },
    probe: pushTwice,
  },
  {
    name: 'reference-scoped-per-customer',
    family: 'idempotency',
    description: 'account/add, debit-card/add and credit-card/add refuse a reused reference only for the customer that used it first',
    story: "references are looked up among the customer's own cards, so another customer's card or vAccount may reuse one",
    doc: { ...DEBIT_DOC, rule: RULE },
    expected: ['idempotency\\.(account-add|debit-card-add|credit-card-add)\\.reused-for-another-customer'],
    handlers: {
      '/ibis/account/add': (next) => (ctx, body) =>
        scoped(ctx.store, 'card', body.reference, ofCustomer(ctx.store, body.customerId), () => next(ctx, body)),
      '/ibis/debit-card/add': (next) => (ctx, body) =>
        scoped(ctx.store, 'card', body.reference, ofCustomer(ctx.store, body.customerId), () => next(ctx, body)),
      '/ibis/credit-card/add': (next) => (ctx, body) =>
        scoped(ctx.store, 'card', body.reference, ofCustomer(ctx.store, body.customerId), () => next(ctx, body)),
    },
    probe: async (api) => {
      await api.call('/ibis/account/add', { customerId: api.fixtures.customerId, reference: 'probeS2' });
      const second = await api.call('/ibis/account/add', {
        customerId: api.fixtures.businessCustomerId,
        reference: 'probeS2',
        profile: { accountHolderType: 'representative', accountHolderId: api.fixtures.businessRepresentativeId },
      });
      return { ...outcome(second), business: valueAt(second.body, 'data', 'customerId') !== undefined };
    },
  },
];
