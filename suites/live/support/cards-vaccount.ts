import { expect } from 'vitest';
import type { CheckContext } from '../../../src/harness/check.ts';
import type { CallResult } from '../../../src/client/call-result.ts';
import type { CheckIntent } from '../../../src/harness/check-types.ts';
import { balanceOf, cardInStatus, cardStatus, cents, issueDebitCard, pushFunds } from './flows.ts';
import { expectOk, listCards, listedId } from './cards-helpers.ts';
import { STATUS_TABLE } from './status-helpers.ts';

/**
 * What "a vAccount id is accepted" means for each operation of schemas/rules/vaccount-ids.json
 * (ibis-account-add.txt, "Add vAccount": "The cFiAccountId can be used to make requests to the
 * following debit card related endpoints: ..."): one or more scenarios per operation, each given a
 * fresh vAccount. The id comes back under cFiCardId (errata vaccount-id-accepted).
 */
const idOf = (r: { data?: unknown }): string => (r.data as { cFiCardId: string }).cFiCardId;
const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
export type Scenario = (t: CheckContext, account: string) => Promise<void>;
/** A scenario: its label, what it does, and what it grades when not an answer's data (docs/ci.md, "Causes"). */
export type ScenarioRow = [label: string, scenario: Scenario, intent?: CheckIntent];
const activated = async (t: CheckContext, account: string): Promise<void> => {
  const r = await t.client.call('/ibis/card/activate', { cFiCardId: account });
  if (!r.ok)
    throw new Error(`precondition failed: activate vAccount ${account} answered HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
};
/** The vAccount activated, then pushed `dollars`. */
const activatedHolding = async (t: CheckContext, account: string, dollars: number): Promise<void> => {
  await activated(t, account);
  await pushFunds(t, account, dollars);
};
/** A card-to-card of 5.00 (either card may be the vAccount). */
const transferFive = (t: CheckContext, cardFromId: string, cardToId: string) =>
  t.client.call('/ibis/financial/card-to-card', { reference: t.ref('cc'), cardFromId, cardToId, amount: 5, currency: 'USD' });
/** The call succeeded, and the vAccount then holds `cents`. */
const expectOkHolding = async (t: CheckContext, r: CallResult, what: string, account: string, balanceCents: number): Promise<void> => {
  expectOk(t, r, what);
  expect(cents(await balanceOf(t, account))).toBe(balanceCents);
};
export const VACCOUNT_SCENARIOS: Record<string, ScenarioRow[]> = {
  '/ibis/card/activate': [
    [
      'activate',
      async (t, account) => {
        expectOk(t, await t.client.call('/ibis/card/activate', { cFiCardId: account }), 'activate');
        expect(await cardStatus(t, account)).toBe(STATUS_TABLE.activation.to);
      },
      'state',
    ],
  ],
  '/ibis/card/cardholder-profile': [
    [
      'cardholder-profile',
      async (t, account) => {
        const r = await t.client.call('/ibis/card/cardholder-profile', { cFiCardId: account });
        expectOk(t, r, 'cardholder-profile');
        expect(idOf(r), 'the vAccount id comes back under cFiCardId (errata vaccount-id-accepted)').toBe(account);
      },
    ],
  ],
  '/ibis/card/status': [
    [
      'status',
      async (t, account) => {
        const r = await t.client.call('/ibis/card/status', { cFiCardId: account });
        expectOk(t, r, 'status');
        expect(r.data).toMatchObject({ cFiCardId: account, status: { code: expect.any(String) } });
      },
    ],
  ],
  '/ibis/card/list': [
    [
      'list',
      async (t, account) => {
        const r = await listCards(t, t.fixture('customerId'));
        expectOk(t, r, 'card/list');
        expect(r.items.map(listedId), '"will include all cards and vAccounts for the specified customer"').toContain(account);
      },
    ],
  ],
  '/ibis/financial/funds-credit': [
    [
      'funds-credit',
      async (t, account) => {
        const before = await balanceOf(t, account);
        await pushFunds(t, account, 12.5);
        expect(cents(await balanceOf(t, account))).toBe(cents(before) + 1250);
      },
      'money',
    ],
  ],
  '/ibis/financial/funds-debit': [
    [
      'funds-debit',
      async (t, account) => {
        await activatedHolding(t, account, 20);
        const r = await t.client.call('/ibis/financial/funds-debit', {
          cFiCardId: account,
          reference: t.ref('fd'),
          amount: 5,
          currency: 'USD',
          description: 'vAccount pull',
        });
        await expectOkHolding(t, r, 'funds-debit', account, 1500);
      },
      'money',
    ],
  ],
  '/ibis/financial/card-to-card': [
    [
      'card-to-card.from',
      async (t, account) => {
        await activatedHolding(t, account, 20);
        const to = await issueDebitCard(t);
        const r = await transferFive(t, account, to.cFiCardId);
        await expectOkHolding(t, r, 'card-to-card from the vAccount', account, 1500);
      },
      'money',
    ],
    [
      'card-to-card.to',
      async (t, account) => {
        const from = await cardInStatus(t, 'B');
        await pushFunds(t, from.cFiCardId, 20);
        const r = await transferFive(t, from.cFiCardId, account);
        await expectOkHolding(t, r, 'card-to-card to the vAccount', account, 500);
      },
      'money',
    ],
  ],
  '/ibis/inquiry/transaction-history': [
    [
      'transaction-history',
      async (t, account) => {
        // "The card or vAccount must be activated before retrieving the transaction history."
        await activatedHolding(t, account, 10);
        const r = await t.client.call('/ibis/inquiry/transaction-history', { cFiCardId: account, dateFrom: day(-1), dateTo: day(1) });
        expectOk(t, r, 'transaction-history');
      },
    ],
  ],
};
