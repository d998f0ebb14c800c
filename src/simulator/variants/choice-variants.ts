import { valueAt } from '../../util/json-object.ts';
import { ApiError, ruleError } from '../api-error.ts';
import { wrapEach, patched } from '../faults/wrap-each.ts';
import type { HandlerWrapper } from '../faults/types.ts';
import { CREDIT_POLICY, OTHER_CREDIT_PROGRAM_ID } from '../fixtures.ts';
import { cardStatus, money, reissueCodes, simulatorChoices } from '../rules.ts';
import { DEFAULT_NUMBER_OF_RECORDS } from '../handlers/history.ts';
import { maskedPan } from '../views.ts';
import type { Variant } from './types.ts';

/**
 * Variants that take the other allowed answer where schemas/errata.json records a silence and the
 * simulator picked one (the rows of schemas/rules/simulator-choices.json), or where the docs make a
 * behaviour depend on the card program.
 */

const TRANSFERS = ['/ibis/financial/funds-credit', '/ibis/financial/funds-debit', '/ibis/financial/card-to-card'] as const;
const PUSHES = ['/ibis/financial/funds-credit', '/ibis/financial/card-to-card'] as const;
const ALLOWED = cardStatus.transitions.allowed;

/** A transfer refused by a business rule (not a duplicate reference) still takes its reference. */
const refusedTransferTakesReference: HandlerWrapper<(typeof TRANSFERS)[number]> = (next) => (ctx, body) => {
  try {
    return next(ctx, body);
  } catch (err) {
    if (err instanceof ApiError && err.body.code !== 'referenceExists' && ctx.store.referenceOwner('funds', body.reference) === undefined)
      ctx.store.claimReference('funds', body.reference, ctx.store.random.id('ifnd_'));
    throw err;
  }
};

/** The card a push credits: funds-credit's card, card-to-card's "to" card. */
const pushedCardId = (body: { cFiCardId?: string; cardToId?: string }): string | undefined => body.cardToId ?? body.cFiCardId;

/** A push to an inactive (I) or blocked (S) card is refused as a pull from it is (money.json pull.refusals). */
const pushRefusedToInactive: HandlerWrapper<(typeof PUSHES)[number]> = (next) => (ctx, body) => {
  const id = pushedCardId(body);
  const card = id === undefined ? undefined : ctx.store.cards.get(id);
  if (card && (card.status === 'I' || card.status === 'S') && ctx.store.referenceOwner('funds', body.reference) === undefined) {
    const vars: Record<string, string> = { maskedPan: maskedPan(card) };
    if ('cardToId' in body) vars.declinePrefix = 'Shortfall Currency Exchange  Decline (To Card)';
    throw ruleError(money.pull.refusals[card.status], ctx.operation, vars, ctx.store.extContext(true));
  }
  return next(ctx, body);
};

/** The debit programs do not permit reissue type 3 (a new card number): the documented extIbis 57. */
const reissueType3NotPermitted: HandlerWrapper<'/ibis/card/reissue'> = (next) => (ctx, body) => {
  const card = ctx.store.cards.get(body.cFiCardId);
  const permits = !card || card.programType !== 'debit' || card.status === 'F' || card.customerId !== body.customerId;
  if (body.reissueType !== '3' || permits) return next(ctx, body);
  // The documented refusal, its message in the documented form for the reason asked.
  const refusal = ruleError('extIbis.57.serviceNotAllowed', ctx.operation, {}, ctx.store.extContext());
  const service = `Reissue ${reissueCodes.reasonCodes[body.reasonCode]} Card`;
  refusal.body.message = `${service} Decline (${service} Service is Not Allowed)`;
  throw refusal;
};

/**
 * The transaction history oldest first: the whole range in the other order, then the page
 * (skipRecords, numberOfRecords) taken from it, so that pages still tile the list.
 */
const historyOldestFirst: HandlerWrapper<'/ibis/inquiry/transaction-history'> = (next) => (ctx, body) => {
  const max = money.history.maxNumberOfRecords;
  const take = body.numberOfRecords ?? DEFAULT_NUMBER_OF_RECORDS;
  if (take > max) return next(ctx, body);
  const all = next(ctx, { ...body, skipRecords: 0, numberOfRecords: max }) as { transactions: unknown[] };
  const skip = body.skipRecords ?? 0;
  return { ...all, transactions: [...all.transactions].reverse().slice(skip, skip + take) };
};

export const CHOICE_VARIANTS: readonly Variant[] = [
  {
    name: 'card-list-unknown-customer-empty',
    description: 'answers card/list for a customer it does not know with 200 and an empty list, not a refusal',
    erratum: 'unknown-customer',
    docs: [
      {
        file: 'ibis-overview.txt',
        heading: 'List Customer Cards',
        quote: 'Use this endpoint to list all cards belonging to the specified customer that were issued through /ibis endpoints.',
      },
    ],
    handlers: {
      '/ibis/card/list': (next) => (ctx, body) => {
        try {
          return next(ctx, body);
        } catch (err) {
          if (err instanceof ApiError && err.body.code === 'customerNotFound') return [];
          throw err;
        }
      },
    },
    probe: async (api) => (await api.call('/ibis/card/list', { customerId: 'cstap_probeNobody' })).status,
  },
  {
    name: 'history-oldest-first',
    description: 'lists the transaction history oldest first (pages taken in that order)',
    erratum: 'history-paging-and-signs',
    docs: [
      {
        file: 'ibis-overview.txt',
        heading: 'Transaction History Inquiry with /ibis',
        quote: 'skipRecords A number of transactions to skip, nullable integer >=0 5',
      },
    ],
    handlers: { '/ibis/inquiry/transaction-history': historyOldestFirst },
    probe: async (api) => {
      const card = api.state.seedCard({ customerId: api.fixtures.customerId, status: 'B' });
      for (const [i, amount] of [10, 20].entries())
        await api.call('/ibis/financial/funds-credit', {
          cFiCardId: card.cFiCardId,
          reference: `probeHistory${i}`,
          amount,
          currency: 'USD',
        });
      const r = await api.call('/ibis/inquiry/transaction-history', { cFiCardId: card.cFiCardId, numberOfRecords: 1 });
      return valueAt(r.body, 'data', 'transactions', 0, 'amount');
    },
  },
  {
    name: 'same-status-accepted',
    description: 'accepts set-status to the status the card already has (B, I or S) as a change that changes nothing',
    erratum: 'set-status-same-status',
    docs: [
      {
        file: 'ibis-overview.txt',
        heading: 'Set the Status of a Card',
        quote: 'The following table explains which status code changes may occur using the /ibis/card/set-status endpoint.',
      },
    ],
    handlers: {
      '/ibis/card/set-status': patched(ALLOWED, { B: [...ALLOWED.B, 'B'], I: [...ALLOWED.I, 'I'], S: [...ALLOWED.S, 'S'] }),
    },
    probe: async (api) => {
      const { cFiCardId } = api.state.seedCard({ customerId: api.fixtures.customerId, status: 'B' });
      return (await api.call('/ibis/card/set-status', { cFiCardId, statusCode: 'B' })).status;
    },
  },
  {
    name: 'pin-lock-after-two',
    description: 'locks check-pin after 2 wrong PINs (not 3), for 1 hour (not 24)',
    erratum: 'pin-attempt-limit',
    docs: [
      {
        file: 'README.md',
        heading: 'More /ibis errors',
        quote: 'ibisCheckPinCardLocked: too many wrong PINs on check-pin; context { cFiCardId, maxAttempts, until }',
      },
    ],
    handlers: { '/ibis/card/check-pin': patched(simulatorChoices['pin-lock'], { maxAttempts: 2, lockHours: 1 }) },
    probe: async (api) => {
      const { cFiCardId } = api.state.seedCard({ customerId: api.fixtures.customerId, status: 'B', pin: '1234' });
      const codes: unknown[] = [];
      for (let i = 0; i < 3; i++) codes.push(valueAt((await api.call('/ibis/card/check-pin', { cFiCardId, pin: '9999' })).body, 'code'));
      return codes;
    },
  },
  {
    name: 'credit-decision-stricter',
    description: 'declines incomes below 25000 (not 10000) with another adverse action, and caps limits at 15000; 50000 still gives 2700',
    erratum: 'credit-decision-rule',
    docs: [
      {
        file: 'ibis-overview.txt',
        heading: 'Apply for Credit with /ibis',
        quote: '"creditLimit": 2700, //credit limit is present if the "decision" property has an "Approve" value',
      },
    ],
    handlers: {
      '/ibis/credit-card/application': patched(CREDIT_POLICY, {
        minIncome: 2_500_000n,
        maxLimit: 1_500_000n,
        declineAdverseAction: ['Income below the program minimum'],
      }),
    },
    probe: async (api) =>
      valueAt(
        await api.call('/ibis/credit-card/application', {
          customerId: api.fixtures.customerId,
          employer: 'ABC123 Inc.',
          totalAnnualIncome: 20000,
          totalAnnualIncomeCurrency: 'USD',
        }),
        'body',
        'data',
        'decision',
      ),
  },
  {
    name: 'other-credit-program',
    description: `names ${OTHER_CREDIT_PROGRAM_ID} as its credit program (CONNECTFI_CREDIT_PROGRAM_ID), with per-card bounds other than Evolve_Test's`,
    erratum: 'credit-per-card-bounds',
    docs: [
      {
        file: 'ibis-overview.txt',
        heading: 'Add a Credit Card with /ibis',
        quote: 'The minimum and maximum values are configured based on the card program ID.',
      },
    ],
    setup: (store) => {
      store.fixtures.creditProgramId = OTHER_CREDIT_PROGRAM_ID;
    },
    probe: async (api) => {
      // A card of 2000 on the fixture credit program: Evolve_Test's maximum, above this program's.
      const customerId = api.fixtures.customerId;
      const application = { customerId, employer: 'ABC123 Inc.', totalAnnualIncome: 50000, totalAnnualIncomeCurrency: 'USD' };
      const applicationId = valueAt((await api.call('/ibis/credit-card/application', application)).body, 'data', 'applicationId');
      const r = await api.call('/ibis/credit-card/add', {
        customerId,
        reference: 'probeProgram1',
        cardProgramId: api.fixtures.creditProgramId,
        applicationId,
        profile: { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' },
        creditLimit: 2000,
        creditLimitCurrency: 'USD',
      });
      return [api.fixtures.creditProgramId, r.status];
    },
  },
  {
    name: 'reissue-type-3-not-permitted',
    description: 'its debit programs do not permit reissue type 3 (a new card number): refused with the documented extIbis 57',
    erratum: 'reissue-reason-codes-by-program',
    docs: [
      {
        file: 'ibis-overview.txt',
        heading: 'Reissue a Card',
        quote: 'reissueType The type of reissue, allowed reissue types are dependent on card program permissions (see Reissue Codes below)',
      },
      {
        file: 'ibis-overview.txt',
        heading: 'Reissue a Card',
        quote: '"message": "Reissue Damaged Card Decline (Reissue Damaged Card Service is Not Allowed)"',
      },
    ],
    handlers: { '/ibis/card/reissue': reissueType3NotPermitted },
    probe: async (api) => {
      const card = api.state.seedCard({ customerId: api.fixtures.customerId, status: 'B' });
      const r = await api.call('/ibis/card/reissue', {
        customerId: api.fixtures.customerId,
        cFiCardId: card.cFiCardId,
        reference: 'probeReissue3',
        reissueType: '3',
        reasonCode: '3',
      });
      return [r.status, valueAt(r.body, 'subCode')];
    },
  },
  {
    name: 'refused-transfer-uses-reference',
    description: 'a transfer refused by a business rule (insufficient funds, card status, currency) still uses up its reference',
    erratum: 'refused-requests-keep-reference',
    docs: [
      {
        file: 'ibis-overview.txt',
        heading: 'Push Funds to Card with /ibis',
        quote: 'The /ibis/financial/funds-credit endpoint supports idempotency and will not accept requests with duplicate reference IDs.',
      },
    ],
    handlers: wrapEach(TRANSFERS, refusedTransferTakesReference),
    probe: async (api) => {
      const card = api.state.seedCard({ customerId: api.fixtures.customerId, status: 'B' });
      // A pull from an empty card is refused; a push with the same reference then meets it taken.
      const body = { cFiCardId: card.cFiCardId, reference: 'probeRefused1', amount: 10, currency: 'USD' };
      await api.call('/ibis/financial/funds-debit', body);
      return valueAt((await api.call('/ibis/financial/funds-credit', body)).body, 'code');
    },
  },
  {
    name: 'push-refused-to-inactive',
    description: 'refuses a push (funds-credit, card-to-card to) to an inactive (I) or blocked (S) card, as a pull from it is refused',
    erratum: 'push-to-inactive',
    docs: [
      {
        file: 'ibis-overview.txt',
        heading: 'Card to Card Transactions with /ibis',
        quote: 'You can, however, transfer funds to a pre-active card (issued but not yet activated).',
      },
    ],
    handlers: wrapEach(PUSHES, pushRefusedToInactive),
    probe: async (api) => pushTo(api, 'S'),
  },
  {
    name: 'push-to-closed-accepted',
    description: 'accepts a push to a closed card (F); likely refused but not documented, so the advisory check reports it',
    erratum: 'push-to-inactive',
    docs: [
      {
        file: 'ibis-overview.txt',
        heading: 'Card to Card Transactions with /ibis',
        quote: 'You can, however, transfer funds to a pre-active card (issued but not yet activated).',
      },
    ],
    handlers: wrapEach(PUSHES, patched(money.push, { allowedStatuses: [...money.push.allowedStatuses, 'F'] })),
    probe: async (api) => pushTo(api, 'F'),
  },
];

async function pushTo(api: Parameters<NonNullable<Variant['probe']>>[0], status: 'S' | 'F'): Promise<unknown> {
  const card = api.state.seedCard({ customerId: api.fixtures.customerId, status });
  const r = await api.call('/ibis/financial/funds-credit', {
    cFiCardId: card.cFiCardId,
    reference: 'probePush1',
    amount: 10,
    currency: 'USD',
  });
  return r.status;
}
