import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import type { FixtureName } from '../../src/harness/fixtures.ts';
import { sharedFixture } from '../../src/harness/shared-fixture.ts';
import { expectError } from './support/flows.ts';
import { CARD_READS } from './support/cards-helpers.ts';
import { DOC, fundedCard, must, pushCents } from './support/money-helpers.ts';

// A lookup by reference finds the card or transfer that carries exactly that reference, and a
// reference one character away from it finds nothing (ibis-overview.txt, "Get the Status of a
// Card" and "Get a Card Holder Profile": by cFiCardId or by reference; "Retrieve a Transaction with
// /ibis": by cFiFundsId, reference or arn; an unknown one is cardNotFound, ibisFundsTransferNotFound).
// The references looked up end in a capital letter that no reference of the run carries, so the
// near-misses (that letter dropped, or replaced) belong to nothing the run made.

const NEEDS: FixtureName[] = ['customerId', 'debitProgramId'];

/** A reference unique to the run that ends in "Z". */
const endingInZ = (t: CheckContext, tag: string): string => `${t.ref(tag).slice(0, 31)}Z`;
const nearMisses = (reference: string): [string, string][] => [
  ['its last character dropped', reference.slice(0, -1)],
  ['its last character replaced', `${reference.slice(0, -1)}Y`],
];

/** A card issued under a reference ending in "Z", shared: lookups change nothing. */
async function cardWithReference(t: CheckContext): Promise<{ cFiCardId: string; reference: string }> {
  const card = await sharedFixture('lookups.card', async () => {
    const reference = endingInZ(t, 'lk');
    const data = must(
      await t.client.call('/ibis/debit-card/add', {
        customerId: t.fixture('customerId'),
        reference,
        cardProgramId: t.fixture('debitProgramId'),
        profile: { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' },
      }),
      'debit-card/add',
    );
    return { cFiCardId: data.cFiCardId as string, reference };
  });
  t.log(`shared card ${card.cFiCardId} (${card.reference}), read-only for this check`);
  return card;
}

for (const { operation, doc, name } of CARD_READS) {
  check(
    {
      id: `cards.${name}.reference-near-miss`,
      title: `${name} by a card's reference finds it; by that reference with its last character dropped or replaced is cardNotFound`,
      family: 'cards',
      operation,
      docRef: doc,
      needs: NEEDS,
    },
    async (t) => {
      const card = await cardWithReference(t);
      const found = await t.client.call(operation, { reference: card.reference });
      expect((found.data as { cFiCardId?: string } | undefined)?.cFiCardId, 'the exact reference finds the card').toBe(card.cFiCardId);
      for (const [what, reference] of nearMisses(card.reference)) {
        const r = await t.client.call(operation, { reference });
        t.log(`${name} by ${reference} (${what}): HTTP ${r.status} ${r.error?.code ?? (r.data as { cFiCardId?: string }).cFiCardId}`);
        expectError(t, r, 'cardNotFound');
      }
    },
  );
}

check(
  {
    id: 'retrieve.reference-near-miss',
    title:
      "retrieve by a transfer's reference finds it; by that reference with its last character dropped or replaced is ibisFundsTransferNotFound",
    family: 'retrieve',
    operation: '/ibis/financial/retrieve',
    docRef: DOC.retrieve,
    needs: NEEDS,
  },
  async (t) => {
    const transfer = await sharedFixture('lookups.transfer', async () =>
      pushCents(t, (await fundedCard(t, 0)).cFiCardId, 5_00, endingInZ(t, 'lt')),
    );
    const found = await t.client.call('/ibis/financial/retrieve', { reference: transfer.reference });
    expect((found.data as { cFiFundsId?: string }[] | undefined)?.[0]?.cFiFundsId, 'the exact reference finds the transfer').toBe(
      transfer.cFiFundsId,
    );
    for (const [what, reference] of nearMisses(transfer.reference as string)) {
      const r = await t.client.call('/ibis/financial/retrieve', { reference });
      t.log(`retrieve by ${reference} (${what}): HTTP ${r.status} ${r.error?.code ?? 'found'}`);
      expectError(t, r, 'ibisFundsTransferNotFound');
    }
  },
);
