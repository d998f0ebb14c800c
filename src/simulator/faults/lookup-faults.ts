import { valueAt } from '../../util/json-object.ts';
import type { ReferenceFamily, SimulatorStore } from '../store.ts';
import { outcome } from './during.ts';
import type { Fault } from './types.ts';

/**
 * Faults of lookups by reference (ibis-overview.txt, "Get the Status of a Card", "Get a Card
 * Holder Profile", "Retrieve a Transaction with /ibis"): the exact reference still finds its card or
 * transfer, and so does a reference that only starts it. The families' lookups use references that
 * exist or that no reference starts with.
 */

const STATUS_DOC = { file: 'ibis-overview.txt', heading: 'Get the Status of a Card' };
const RETRIEVE_DOC = { file: 'ibis-overview.txt', heading: 'Retrieve a Transaction with /ibis' };
const STORY = 'the lookup is a LIKE query with a trailing wildcard, written for a search screen and reused by the API';

/** The reference a faulty lookup resolves `reference` to: itself if it exists, else the first one it starts. */
function widened(store: SimulatorStore, family: ReferenceFamily, reference: string): string {
  if (store.referenceOwner(family, reference) !== undefined) return reference;
  return [...store.references[family].keys()].find((r) => r.startsWith(reference)) ?? reference;
}

export const LOOKUP_FAULTS: Fault[] = [
  {
    name: 'card-reference-prefix-match',
    family: 'cards',
    description: 'card/status and cardholder-profile by a reference that no card has answer the first card whose reference starts with it',
    story: STORY,
    doc: { ...STATUS_DOC, rule: 'by reference: "An external alphanumeric reference ID (1-32 characters) for the card in your system"' },
    expected: ['cards\\.(status|cardholder-profile)\\.reference-near-miss'],
    handlers: {
      '/ibis/card/status': (next) => (ctx, body) =>
        next(ctx, 'reference' in body ? { reference: widened(ctx.store, 'card', body.reference) } : body),
      '/ibis/card/cardholder-profile': (next) => (ctx, body) =>
        next(ctx, 'reference' in body ? { reference: widened(ctx.store, 'card', body.reference) } : body),
    },
    probe: async (api) => {
      const { reference } = api.state.seedCard({ status: 'B' });
      return outcome(await api.call('/ibis/card/status', { reference: reference.slice(0, -1) }));
    },
  },
  {
    name: 'retrieve-reference-prefix-match',
    family: 'retrieve',
    description: 'retrieve by a reference that no transfer has answers the first transfer whose reference starts with it',
    story: STORY,
    doc: { ...RETRIEVE_DOC, rule: 'Using reference: the transfer with that external reference; otherwise ibisFundsTransferNotFound' },
    expected: ['retrieve\\.reference-near-miss'],
    handlers: {
      '/ibis/financial/retrieve': (next) => (ctx, body) =>
        next(ctx, 'reference' in body ? { reference: widened(ctx.store, 'funds', body.reference) } : body),
    },
    probe: async (api) => {
      const card = api.state.seedCard({ status: 'B' }).cFiCardId;
      await api.call('/ibis/financial/funds-credit', { cFiCardId: card, reference: 'probeK12', amount: 5, currency: 'USD' });
      return valueAt((await api.call('/ibis/financial/retrieve', { reference: 'probeK1' })).body, 'code');
    },
  },
];
