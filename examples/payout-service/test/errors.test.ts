import { documentedOutcomes, SUCCESS_OUTCOME } from 'connectfi-conformance/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceFor } from '../src/payout-service.ts';
import type { PayoutResult } from '../src/payout-types.ts';
import { activeCard, appId, config, done, force, newService } from './support.ts';

/**
 * Every documented error of every operation the app uses, each forced on the app's own card or
 * reference (`match`): the app answers it without crashing and without sending it again.
 */
describe('every documented error of every operation the app uses', () => {
  const app = newService();
  let card = '';
  beforeAll(async () => {
    card = await activeCard(app);
  });
  afterAll(() => app.close());

  /** A new card, not activated: the calls naming a card name a new one each time, never sending a declined request again. */
  const newCard = async () =>
    done(
      await app.issueCard({
        customerId: config.customerId,
        cardProgramId: config.debitProgramId,
        nameOnCard: 'ANA PAYEE',
        requestId: appId(),
      }),
    ).cFiCardId;

  /** Each operation: the call, and the request field its outcomes are scoped to. */
  type Scoped = { match: Record<string, string>; call: () => Promise<PayoutResult<unknown>> };
  const calls: Record<string, () => Scoped | Promise<Scoped>> = {
    '/ibis/debit-card/add': () => {
      const requestId = appId();
      const input = { customerId: config.customerId, cardProgramId: config.debitProgramId, nameOnCard: 'ANA PAYEE', requestId };
      return { match: { reference: referenceFor('card', requestId) }, call: () => app.issueCard(input) };
    },
    '/ibis/card/activate': async () => {
      const fresh = await newCard();
      return { match: { cFiCardId: fresh }, call: () => app.activate(fresh) };
    },
    '/ibis/financial/funds-credit': () => {
      const id = appId();
      return { match: { reference: referenceFor('po', id) }, call: () => app.payout(card, 1, id) };
    },
    '/ibis/financial/funds-debit': () => {
      const id = appId();
      return { match: { reference: referenceFor('co', id) }, call: () => app.collect(card, 1, id) };
    },
    '/ibis/financial/retrieve': () => {
      const id = appId();
      return { match: { reference: referenceFor('po', id) }, call: () => app.payoutStatus(id) };
    },
    '/ibis/card/status': async () => {
      const fresh = await newCard();
      return { match: { cFiCardId: fresh }, call: () => app.balance(fresh) };
    },
  };

  it.each(Object.keys(calls))('%s: each documented error', async (operation) => {
    for (const outcome of documentedOutcomes(operation).filter((o) => o !== SUCCESS_OUTCOME)) {
      const { match, call } = await calls[operation]();
      await force(operation, outcome, match);
      expect((await call()).status, `${operation} ${outcome}`).not.toBe('done');
    }
  });
});
