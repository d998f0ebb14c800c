import { toCents } from '../money.ts';
import { outcome } from './during.ts';
import type { Fault, ProbeApi } from './types.ts';

/**
 * Faults of multi-step operations refused part-way (ibis-overview.txt, "Card to Card Transactions
 * with /ibis", "Reverse a Transaction with /ibis", "Reissue a Card"): each provider books one leg,
 * meets the refusal on the next and answers it without undoing the first. The families' checks
 * refuse these operations on their first leg, where nothing has been booked yet.
 */

const C2C_DOC = { file: 'ibis-overview.txt', heading: 'Card to Card Transactions with /ibis' };
const REVERSAL_DOC = { file: 'ibis-overview.txt', heading: 'Reverse a Transaction with /ibis' };
const REISSUE_DOC = { file: 'ibis-overview.txt', heading: 'Reissue a Card' };

/** A card-to-card of 12.34 from an active card holding 50.00 to `to` (or to a card that does not exist). */
async function toCard(api: ProbeApi, to?: string) {
  const from = api.state.seedCard({ status: 'B', balance: 50 }).cFiCardId;
  await api.call('/ibis/financial/card-to-card', {
    reference: 'probeL1',
    cardFromId: from,
    cardToId: to ?? 'icrd_probeNoSuchCard000000',
    amount: 12.34,
    currency: 'USD',
  });
  return api.state.card(from)?.balance;
}

export const REFUSED_LEG_FAULTS: Fault[] = [
  {
    name: 'card-to-card-no-rollback',
    family: 'money',
    description: 'a card-to-card to a card that does not exist or is closed is refused, but the amount has already left the from card',
    story: 'the pull from the from card is posted first; the push to the to card then fails and the pull is never reversed',
    doc: { ...C2C_DOC, rule: 'a refused transfer moves nothing: "This endpoint will transfer funds from one card to another card"' },
    expected: ['money\\.card-to-card\\.refused-to-leg\\..*'],
    handlers: {
      '/ibis/financial/card-to-card': (next) => (ctx, body) => {
        try {
          return next(ctx, body);
        } catch (err) {
          const from = ctx.store.cards.get(body.cardFromId);
          const to = ctx.store.cards.get(body.cardToId);
          const cents = toCents(body.amount);
          const pulled = from?.status === 'B' && ctx.store.available(from) >= cents;
          if (from && pulled && (!to || to.status === 'F')) ctx.store.pull(from, cents);
          throw err;
        }
      },
    },
    probe: (api) => toCard(api),
  },
  {
    name: 'reversal-half-done',
    family: 'reversal',
    description: 'a reversal refused because the to card no longer holds the amount has already credited the from card',
    story: 'the reversal credits the sender first; the debit of the receiver then fails for lack of funds and the credit stays',
    doc: { ...REVERSAL_DOC, rule: 'a refused reversal moves nothing on either card' },
    expected: ['reversal\\.card-to-card\\.refused-moves-nothing'],
    handlers: {
      '/ibis/financial/reversal': (next) => (ctx, body) => {
        try {
          return next(ctx, body);
        } catch (err) {
          const transfer = ctx.store.transfers.get(body.cFiFundsId);
          const from = ctx.store.cards.get(transfer?.cardFromId ?? '');
          const to = ctx.store.cards.get(transfer?.cardToId ?? '');
          const cents = body.amount != null ? toCents(body.amount) : transfer?.amount;
          const short =
            transfer && !transfer.reversal && to && cents !== undefined && cents <= transfer.amount && ctx.store.available(to) < cents;
          if (from && short) ctx.store.push(from, cents);
          throw err;
        }
      },
    },
    probe: async (api) => {
      const from = api.state.seedCard({ status: 'B', balance: 30 }).cFiCardId;
      const to = api.state.seedCard({ status: 'B' }).cFiCardId;
      const c2c = await api.call('/ibis/financial/card-to-card', {
        reference: 'probeL2',
        cardFromId: from,
        cardToId: to,
        amount: 20,
        currency: 'USD',
      });
      await api.call('/ibis/financial/funds-debit', { cFiCardId: to, reference: 'probeL3', amount: 15, currency: 'USD' });
      const cFiFundsId = (c2c.body as { data?: { cFiFundsId?: string } }).data?.cFiFundsId;
      return { reversal: outcome(await api.call('/ibis/financial/reversal', { cFiFundsId })), from: api.state.card(from)?.balance };
    },
  },
  {
    name: 'reissue-closes-before-reference-check',
    family: 'cards',
    description: 'a reissue with a new number (type 3) under a reference already used is refused, but the card has already been closed',
    story: "the processor's reissue call closes the old card first; the new card's insert then fails on the unique reference",
    doc: { ...REISSUE_DOC, rule: 'the documented refusal "the given reference ID already exists" leaves the card as it was' },
    expected: ['cards\\.reissue\\.refused-leaves-card'],
    handlers: {
      '/ibis/card/reissue': (next) => (ctx, body) => {
        const card = ctx.store.cards.get(body.cFiCardId);
        const taken = ctx.store.referenceOwner('card', body.reference) !== undefined;
        if (body.reissueType === '3' && taken && card && card.status !== 'F') ctx.store.setStatus(card, 'F', ctx.operation);
        return next(ctx, body);
      },
    },
    probe: async (api) => {
      const card = api.state.seedCard({ status: 'B' });
      const taken = api.state.seedCard({ status: 'B' }).reference;
      await api.call('/ibis/card/reissue', {
        customerId: card.customerId,
        cFiCardId: card.cFiCardId,
        reference: taken,
        reissueType: '3',
        reasonCode: '3',
      });
      return api.state.card(card.cFiCardId)?.status;
    },
  },
];
