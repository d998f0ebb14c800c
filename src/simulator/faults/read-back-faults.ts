import { isJsonArray, isJsonObject, valueAt } from '../../util/json-object.ts';
import { reissueCodes } from '../rules.ts';
import type { Fault, ProbeApi } from './types.ts';

/**
 * Faults of what a read gives back of what was written (ibis-overview.txt, "Get a Card Holder
 * Profile", "Reissue a Card", "Retrieve a Transaction with /ibis"): each answer is well formed and
 * names the right entity, but a field of it is not what was written. The families' read checks
 * compare ids, references and types, which these providers keep right.
 */

const PROFILE_DOC = { file: 'ibis-overview.txt', heading: 'Get a Card Holder Profile' };
const REISSUE_DOC = { file: 'ibis-overview.txt', heading: 'Reissue a Card' };
const RETRIEVE_DOC = { file: 'ibis-overview.txt', heading: 'Retrieve a Transaction with /ibis' };
/** The width of the occupation column of the faulty provider. */
const OCCUPATION_WIDTH = 30;

const cut = (occupation: string | undefined) => occupation?.slice(0, OCCUPATION_WIDTH);

const profileOf = async (api: ProbeApi, cFiCardId: unknown) =>
  valueAt((await api.call('/ibis/card/cardholder-profile', { cFiCardId })).body, 'data', 'occupation');

export const READ_BACK_FAULTS: Fault[] = [
  {
    name: 'occupation-truncated',
    family: 'cards',
    description: 'debit-card/add, credit-card/add and account/add keep only the first 30 characters of the occupation',
    story: "the card processor's occupation field is 30 characters wide and longer values are cut without an error",
    doc: { ...PROFILE_DOC, rule: 'occupation is common-commonStr50Req (1-50); cardholder-profile returns the holder\'s "occupation"' },
    expected: ['cards\\.reads\\.debit-card-add'],
    handlers: {
      '/ibis/debit-card/add': (next) => (ctx, body) =>
        next(ctx, { ...body, profile: { ...body.profile, occupation: cut(body.profile.occupation)! } }),
      '/ibis/credit-card/add': (next) => (ctx, body) =>
        next(ctx, { ...body, profile: { ...body.profile, occupation: cut(body.profile.occupation)! } }),
      '/ibis/account/add': (next) => (ctx, body) =>
        next(ctx, body.profile ? { ...body, profile: { ...body.profile, occupation: cut(body.profile.occupation) } } : body),
    },
    probe: async (api) => {
      const r = await api.call('/ibis/debit-card/add', {
        customerId: api.fixtures.customerId,
        reference: 'probeR1',
        cardProgramId: api.fixtures.debitProgramId,
        profile: { occupation: 'O'.repeat(50), nameOnCard: 'JOHN TESTMAN' },
      });
      return profileOf(api, valueAt(r.body, 'data', 'cFiCardId'));
    },
  },
  {
    name: 'reissue-drops-profile',
    family: 'cards',
    description: 'a card reissued with a new number (type 3) has no occupation: its holder profile starts empty',
    story: "the replacement card is created from the processor's card record, which does not carry the holder's profile",
    doc: { ...REISSUE_DOC, rule: 'reissueType "3" - new card number with existing profile' },
    expected: ['cards\\.reads\\.reissue-type-3'],
    handlers: {
      '/ibis/card/reissue': (next) => (ctx, body) => {
        const data = next(ctx, body);
        const id = valueAt(data, 'cFiCardId');
        const card = reissueCodes.reissueTypes[body.reissueType].newCardId && typeof id === 'string' ? ctx.store.cards.get(id) : undefined;
        if (card) delete card.occupation;
        return data;
      },
    },
    probe: async (api) => {
      const card = api.state.seedCard({ status: 'B' });
      const r = await api.call('/ibis/card/reissue', {
        customerId: card.customerId,
        cFiCardId: card.cFiCardId,
        reference: 'probeR2',
        reissueType: '3',
        reasonCode: '3',
      });
      return profileOf(api, valueAt(r.body, 'data', 'cFiCardId'));
    },
  },
  {
    name: 'retrieve-card-to-card-swapped',
    family: 'retrieve',
    description: 'retrieve answers a card-to-card with cardFromId and cardToId swapped',
    story: "the transfer is read back from the receiving card's ledger row, whose from and to are from that card's point of view",
    doc: { ...RETRIEVE_DOC, rule: 'retrieve answers "the details of an existing transaction": the cards it moved money from and to' },
    expected: ['retrieve\\.reads\\.card-to-card'],
    respond: (r) => {
      const data = r.body.data;
      if (r.operation !== '/ibis/financial/retrieve' || !isJsonArray(data)) return;
      const swapped = data.map((t) =>
        isJsonObject(t) && t.type === 'cardToCard' ? { ...t, cardFromId: t.cardToId, cardToId: t.cardFromId } : t,
      );
      return { ...r, body: { ...r.body, data: swapped } };
    },
    probe: async (api) => {
      const from = api.state.seedCard({ status: 'B', balance: 50 }).cFiCardId;
      const to = api.state.seedCard({ status: 'B' }).cFiCardId;
      await api.call('/ibis/financial/card-to-card', { reference: 'probeR3', cardFromId: from, cardToId: to, amount: 5, currency: 'USD' });
      return valueAt((await api.call('/ibis/financial/retrieve', { reference: 'probeR3' })).body, 'data', 0, 'cardFromId') === from;
    },
  },
];
