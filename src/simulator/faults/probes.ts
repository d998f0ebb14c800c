import { valueAt } from '../../util/json-object.ts';
import type { SeedCardOptions } from '../state.ts';
import { outcome } from './during.ts';
import type { ProbeAnswer, ProbeApi } from './types.ts';

/**
 * What the faults' probes share (docs/architecture.md, "A new fault (self-check)"): seeded cards,
 * the documented request bodies they send, and the stable projections they compare.
 */

/** The profile of the documented debit-card/add example. */
export const PROBE_PROFILE = { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' };

/** A card holder and a clear card for transfer-to/card/register (transfer-to-card-register.txt, "Register Card"). */
export const PROBE_OWNER = {
  name: { first: 'John', last: 'Doe' },
  address: { addressLine1: '1 Main St', city: 'Salt Lake City', state: 'UT', postalCode: '12345', country: 'US' },
  phone: { countryCode: '1', number: '4345156001' },
};
export const PROBE_CLEAR_CARD = { accountNumber: '4111111111111111', expirationDate: '203012' };

/** An active card (B) holding `balance` dollars, seeded: its id. */
export function activeCard(api: ProbeApi, balance = 0): string {
  return api.state.seedCard({ status: 'B', balance }).cFiCardId;
}

/** The outcome of `operation` on a card seeded as `seed`, the body completed with the card's cFiCardId. */
export async function outcomeOnCard(api: ProbeApi, operation: string, seed: SeedCardOptions, body: Record<string, unknown> = {}) {
  return outcome(await api.call(operation, { cFiCardId: api.state.seedCard(seed).cFiCardId, ...body }));
}

type MoneyMove = '/ibis/financial/funds-credit' | '/ibis/financial/funds-debit' | '/ibis/financial/card-to-card';

/** A funds-credit, funds-debit or card-to-card, in USD unless the body names another currency. */
export function moveFunds(api: ProbeApi, operation: MoneyMove, body: Record<string, unknown>): Promise<ProbeAnswer> {
  return api.call(operation, { currency: 'USD', ...body });
}

/** A card-to-card of `amount` dollars from card `from` to card `to`: the cFiFundsId of the answer. */
export async function cardToCard(api: ProbeApi, from: string, to: string, amount: number, reference: string): Promise<unknown> {
  const r = await moveFunds(api, '/ibis/financial/card-to-card', { reference, cardFromId: from, cardToId: to, amount });
  return valueAt(r.body, 'data', 'cFiFundsId');
}

/** A debit-card/add body: a new card for `customerId` in `cardProgramId` under `reference`. */
export function debitCardBody(customerId: string, cardProgramId: string, reference: string, profile: object = PROBE_PROFILE) {
  return { customerId, reference, cardProgramId, profile };
}
