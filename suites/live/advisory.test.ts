import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import { cardInStatus, cardStatus } from './support/flows.ts';
import { reissue, expectOk, idOf, NEEDS } from './support/cards-helpers.ts';
import { apply, APPLY, APPLY_DOC, type Application } from './support/credit-helpers.ts';
import { cardToCardBody, expectBalances, fundedCard } from './support/money-helpers.ts';

// Advisory checks (level "advisory"): what the docs make likely without stating it. Each cites the
// doc lines that make it likely; its title names the silence (the erratum). A failure is reported
// as `advisory` with its reason, never as `failed`: it never changes the verdict or the exit code.

const STATUS_CODES_DOC = { file: 'ibis-overview.txt', heading: 'Ibis Card Status Codes' };
const CARD_TO_CARD_DOC = { file: 'ibis-overview.txt', heading: 'Card to Card Transactions with /ibis' };
const REISSUE_DOC = { file: 'ibis-overview.txt', heading: 'Reissue a Card' };
const NEEDS_MONEY = ['customerId', 'debitProgramId'] as const;

/** A refusal: a 4xx error envelope, whichever code (none is documented for these cases). */
function expectRefused(t: CheckContext, r: { status: number; body: unknown }, what: string): void {
  const code = (r.body as { code?: unknown } | null)?.code;
  t.expectation({ status: '4xx', code: 'any error code' }, { status: r.status, code });
  expect(r.status >= 400 && r.status < 500 && typeof code === 'string' && code !== '0', `${what} is refused`).toBe(true);
}

check(
  {
    id: 'money.push.closed-card-refused.funds-credit',
    title:
      'funds-credit to a closed card (F) is refused and moves no money (advisory: "F Closed" allows no card endpoint but status; no push refusal is documented, errata push-to-inactive)',
    family: 'money',
    operation: '/ibis/financial/funds-credit',
    docRef: STATUS_CODES_DOC,
    needs: [...NEEDS_MONEY],
    level: 'advisory',
  },
  async (t) => {
    const card = await cardInStatus(t, 'F');
    const r = await t.client.call('/ibis/financial/funds-credit', {
      cFiCardId: card.cFiCardId,
      reference: t.ref('pf'),
      amount: 10,
      currency: 'USD',
    });
    expectRefused(t, r, 'a push to a closed card');
    await expectBalances(t, { [card.cFiCardId]: 0 });
  },
);

check(
  {
    id: 'money.push.closed-card-refused.card-to-card',
    title:
      'card-to-card to a closed card (F) is refused and moves no money (advisory: "F Closed" allows no card endpoint but status; no refusal of the to card is documented, errata push-to-inactive)',
    family: 'money',
    operation: '/ibis/financial/card-to-card',
    docRef: CARD_TO_CARD_DOC,
    needs: [...NEEDS_MONEY],
    level: 'advisory',
  },
  async (t) => {
    const from = await fundedCard(t, 20_00);
    const to = await cardInStatus(t, 'F');
    const r = await t.client.call('/ibis/financial/card-to-card', cardToCardBody(t.ref('cf'), from.cFiCardId, to.cFiCardId, 10_00));
    expectRefused(t, r, 'a card-to-card to a closed card');
    await expectBalances(t, { [from.cFiCardId]: 20_00, [to.cFiCardId]: 0 });
  },
);

check(
  {
    id: 'cards.reissue.type-3.old-card-not-open',
    title:
      'after a type 3 reissue for a lost or stolen card the old card is no longer open (B) (advisory: "a new card number (in cases such as if the card has been lost or stolen)"; its fate is undocumented, errata reissue-new-card-effects)',
    family: 'cards',
    operation: '/ibis/card/reissue',
    docRef: REISSUE_DOC,
    needs: NEEDS,
    level: 'advisory',
  },
  async (t) => {
    const card = await cardInStatus(t, 'B');
    // reason "3" (Lost/Stolen) first, then the others the program permits.
    const r = await reissue(t, card, '3');
    expectOk(t, r, 'reissue');
    expect(idOf(r)).not.toBe(card.cFiCardId);
    const old = await cardStatus(t, card.cFiCardId);
    t.expectation({ oldCardStatus: 'not B' }, { oldCardStatus: old });
    expect(old, 'the replaced card still allows every transaction').not.toBe('B');
  },
);

check(
  {
    id: 'credit.application.token-income-declined',
    title:
      'a credit application with a total annual income of 1.00 is not approved (advisory: a decision with adverse actions implies declines; the rule is undocumented, errata credit-decision-rule)',
    family: 'credit',
    operation: APPLY,
    docRef: APPLY_DOC,
    needs: ['customerId'],
    level: 'advisory',
  },
  async (t) => {
    const r = await apply(t, t.fixture('customerId'), 1);
    const d = r.data as Application | undefined;
    t.expectation({ status: 200, decision: 'not "Approve"' }, { status: r.status, decision: d?.decision, creditLimit: d?.creditLimit });
    expect(r.ok).toBe(true);
    expect(d?.decision).not.toBe('Approve');
  },
);
