import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import type { FixtureName } from '../../src/harness/fixtures.ts';
import { bringToStatus, cardStatus, expectError } from './support/flows.ts';
import { REISSUE_DOC, reissue } from './support/cards-helpers.ts';
import {
  DOC,
  balanceCents,
  balances,
  cardToCardBody,
  fundedCard,
  listedWithReference,
  moneySnapshot,
  must,
  pullCents,
  type Data,
} from './support/money-helpers.ts';
import { expectRefusalEnvelope, unknownId } from './support/status-helpers.ts';

// Multi-step operations refused part-way: a card-to-card pulls from one card and pushes to another
// (ibis-overview.txt, "Card to Card Transactions with /ibis"), a reversal moves the money back on both
// ("Reverse a Transaction with /ibis"), a reissue with a new number replaces the card ("Reissue a
// Card"). A refusal is an answer that nothing was done: no leg may have moved, on any card. Where the
// docs do not say whether the operation is refused, both outcomes are graded: a refusal moved
// nothing, an acceptance moved exactly the amount on every leg.

const NEEDS: FixtureName[] = ['customerId', 'debitProgramId'];
const AMOUNT = 12_34; // cents

type Snapshot = Record<string, { balance: number; history: number }>;

/** Asserts that the cards read back exactly as `before` (balances and history lengths). */
async function expectUnchanged(t: CheckContext, before: Snapshot, why: string): Promise<void> {
  const after = await moneySnapshot(t, Object.keys(before));
  t.expectation({ unchanged: before }, { after });
  expect(after, why).toEqual(before);
}

/** Asserts what each card's balance moved by since `before` (cents). */
async function expectMoved(t: CheckContext, before: Record<string, number>, moved: Record<string, number>): Promise<void> {
  const after = await balances(t, Object.keys(before));
  const actual = Object.fromEntries(Object.keys(before).map((id) => [id, after[id] - before[id]]));
  t.expectation({ moved }, { moved: actual });
  expect(actual).toEqual(moved);
}

check(
  {
    id: 'money.card-to-card.refused-to-leg.unknown-card',
    title: 'a card-to-card to a card id that does not exist is refused and the from card is left as it was (balance, history)',
    family: 'money',
    operation: '/ibis/financial/card-to-card',
    docRef: DOC.cardToCard,
    needs: NEEDS,
  },
  async (t) => {
    const from = (await fundedCard(t, 50_00)).cFiCardId;
    const before = await moneySnapshot(t, [from]);
    const r = await t.client.call('/ibis/financial/card-to-card', cardToCardBody(t.ref('cc'), from, unknownId('icrd', t), AMOUNT));
    t.log(`card-to-card to an unknown card: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    // errata unknown-card: cardNotFound { cFiCardId } on the simulator; a 400 error against any target.
    if (t.kind === 'simulator') expectError(t, r, 'cardNotFound');
    else expectRefusalEnvelope(t, r, 'unknown-card');
    await expectUnchanged(t, before, 'a refused card-to-card moved nothing from the from card');
  },
);

check(
  {
    id: 'money.card-to-card.refused-to-leg.closed-card',
    title: 'a card-to-card to a closed card (F), if refused, leaves both cards as they were; if accepted, moves exactly the amount on both',
    family: 'money',
    operation: '/ibis/financial/card-to-card',
    docRef: DOC.cardToCard,
    needs: NEEDS,
  },
  async (t) => {
    const from = (await fundedCard(t, 50_00)).cFiCardId;
    const to = (await fundedCard(t, 0)).cFiCardId;
    await bringToStatus(t, to, 'F');
    // The closed card is read by card/status only ("status allowed?": yes for F); its history is not graded.
    const before = await moneySnapshot(t, [from]);
    const closedBefore = await balanceCents(t, to);
    const r = await t.client.call('/ibis/financial/card-to-card', cardToCardBody(t.ref('cc'), from, to, AMOUNT));
    t.log(`card-to-card to a closed card: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    // errata push-to-inactive: whether a closed card takes a push is a proposal; either answer is graded by its effect.
    if (r.ok) return expectMoved(t, { [from]: before[from].balance, [to]: closedBefore }, { [from]: -AMOUNT, [to]: AMOUNT });
    await expectUnchanged(t, before, 'a refused card-to-card moved nothing from the from card');
    expect(await balanceCents(t, to), 'a refused card-to-card moved nothing to the closed card').toBe(closedBefore);
  },
);

check(
  {
    id: 'reversal.card-to-card.refused-moves-nothing',
    title:
      'the reversal of a card-to-card whose to card has spent most of it, if refused, leaves both cards as they were; if accepted, moves exactly the amount back',
    family: 'reversal',
    operation: '/ibis/financial/reversal',
    docRef: DOC.reversal,
    needs: NEEDS,
  },
  async (t) => {
    const from = (await fundedCard(t, 30_00)).cFiCardId;
    const to = (await fundedCard(t, 0)).cFiCardId;
    const transfer = must(
      await t.client.call('/ibis/financial/card-to-card', cardToCardBody(t.ref('cc'), from, to, 20_00)),
      'card-to-card',
    );
    await pullCents(t, to, 15_00);
    const before = await moneySnapshot(t, [from, to]);
    const r = await t.client.call('/ibis/financial/reversal', { cFiFundsId: transfer.cFiFundsId });
    t.log(`reversal of 20.00 when the to card holds 5.00: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    if (!r.ok) return expectUnchanged(t, before, 'a refused reversal moved nothing on either card');
    await expectMoved(t, { [from]: before[from].balance, [to]: before[to].balance }, { [from]: 20_00, [to]: -20_00 });
  },
);

check(
  {
    id: 'cards.reissue.refused-leaves-card',
    title:
      'a reissue with a new number (type 3) refused with referenceExists leaves the card as it was: same status and balance, no new card listed',
    family: 'cards',
    operation: '/ibis/card/reissue',
    docRef: REISSUE_DOC,
    needs: NEEDS,
  },
  async (t) => {
    // "a request was made to reissue the card with a new card number, but the given reference ID already exists"
    const first = await fundedCard(t, 0);
    const used = await reissue(t, first, '3');
    must(used, 'reissue type 3 (the first use of the reference)');
    const card = await fundedCard(t, 10_00);
    const r = await reissue(t, card, '3', { reference: used.reference });
    const body = (r.body ?? {}) as Data;
    t.expectation({ status: 400, code: 'referenceExists' }, { status: r.status, code: body.code });
    expect({ status: r.status, code: body.code }).toEqual({ status: 400, code: 'referenceExists' });
    const state = { status: await cardStatus(t, card.cFiCardId), balance: await balanceCents(t, card.cFiCardId) };
    const listed = (await listedWithReference(t, used.reference)).map((c) => c.cFiCardId);
    const expected = { status: 'B', balance: 10_00, listedUnderReference: [(used.data as Data).cFiCardId] };
    t.expectation(expected, { ...state, listedUnderReference: listed });
    expect({ ...state, listedUnderReference: listed }).toEqual(expected);
  },
);
