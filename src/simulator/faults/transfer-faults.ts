import { valueAt } from '../../util/json-object.ts';
import { ApiError, ruleError } from '../api-error.ts';
import { toCents } from '../money.ts';
import { money } from '../rules.ts';
import { reversalRecord } from '../handlers/reversal.ts';
import { transferView } from '../views.ts';
import { during, outcome } from './during.ts';
import { activeCard, cardToCard, moveFunds } from './probes.ts';
import { onTransfer } from './on-record.ts';
import { servedAs } from './rewrites.ts';
import type { Fault, ProbeApi } from './types.ts';

/**
 * Faults of the reversal, retrieve and history families (ibis-overview.txt, "Reverse a Transaction
 * with /ibis", "Retrieve a Transaction with /ibis", "Transaction History Inquiry with /ibis").
 */

const REVERSAL_DOC = { file: 'ibis-overview.txt', heading: 'Reverse a Transaction with /ibis' };
const RETRIEVE_DOC = { file: 'ibis-overview.txt', heading: 'Retrieve a Transaction with /ibis' };
const HISTORY_DOC = { file: 'ibis-overview.txt', heading: 'Transaction History Inquiry with /ibis' };

/** Two active cards (from holding 50.00) and a card-to-card of 20.00 between them, made through the API. */
async function transferred(api: ProbeApi, toProgramId?: string) {
  const from = activeCard(api, 50);
  const to = api.state.seedCard({ status: 'B', ...(toProgramId ? { programId: toProgramId } : {}) }).cFiCardId;
  return { from, to, cFiFundsId: await cardToCard(api, from, to, 20, 'probeC2c') };
}

/** An active card with one push of 10.00 seeded `daysAgo` days ago, and the push. */
function cardWithPush(api: ProbeApi, daysAgo = 0) {
  const card = api.state.seedCard({ status: 'B' });
  const at = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const push = api.state.seedTransfer({ type: 'credit', amount: 10, cFiCardId: card.cFiCardId, dtsCreatedAt: at }) as { arn: string };
  return { card: card.cFiCardId, arn: push.arn };
}

const history = async (api: ProbeApi, body: Record<string, unknown>) =>
  valueAt((await api.call('/ibis/inquiry/transaction-history', body)).body, 'data', 'transactions', 'length');

export const TRANSFER_FAULTS: Fault[] = [
  {
    name: 'reversal-of-funds-credit-allowed',
    family: 'reversal',
    description: 'a funds-credit (push) can be reversed: the amount is pulled back from the card',
    expected: ['reversal\\.funds-credit'],
    doc: {
      ...REVERSAL_DOC,
      rule: '"Currently, reversals are not supported for /ibis/financial/funds-credit or /ibis/financial/funds-debit transactions" (ibisCannotReverseError)',
    },
    handlers: {
      '/ibis/financial/reversal': onTransfer((transfer, call, { store }, body) => {
        const card = store.cards.get(transfer?.cFiCardId ?? '');
        if (!transfer || transfer.type !== 'credit' || transfer.reversal || !card) return call();
        const cents = body.amount != null ? toCents(body.amount) : transfer.amount;
        store.pull(card, cents);
        transfer.reversal = reversalRecord(store, cents);
        return transferView(transfer);
      }),
    },
    probe: async (api) => {
      const push = await moveFunds(api, '/ibis/financial/funds-credit', { cFiCardId: activeCard(api), reference: 'probeRef8', amount: 25 });
      return outcome(await api.call('/ibis/financial/reversal', { cFiFundsId: valueAt(push.body, 'data', 'cFiFundsId') }));
    },
  },
  {
    name: 'reversal-not-restoring-balance',
    family: 'reversal',
    description: 'a card-to-card reversal takes the money back from the to card but never credits the from card',
    expected: ['reversal\\.card-to-card\\.(full|explicit-full-amount|partial)'],
    doc: { ...REVERSAL_DOC, rule: 'a reversal moves the amount back: both balances are restored' },
    handlers: {
      '/ibis/financial/reversal': onTransfer((transfer, call, ctx) => {
        const from = ctx.store.cards.get(transfer?.cardFromId ?? '');
        const before = from?.balance;
        const data = call();
        if (from && before !== undefined && from.balance > before) ctx.store.pull(from, from.balance - before);
        return data;
      }),
    },
    probe: async (api) => {
      const { from, cFiFundsId } = await transferred(api);
      await api.call('/ibis/financial/reversal', { cFiFundsId });
      return api.state.card(from)?.balance;
    },
  },
  {
    name: 'cross-program-reversal-allowed',
    family: 'reversal',
    description: 'a card-to-card between cards of two different programs can be reversed',
    expected: ['reversal\\.card-to-card\\.cross-program'],
    doc: {
      ...REVERSAL_DOC,
      rule: '"Reversals are available for /ibis/financial/card-to-card transactions in which both cards belong to the same cardProgramId"',
    },
    handlers: {
      '/ibis/financial/reversal': (next) => (ctx, body) => during(money.reversal, { sameProgramRequired: false }, () => next(ctx, body)),
    },
    probe: async (api) => {
      const { cFiFundsId } = await transferred(api, api.fixtures.otherDebitProgramId);
      return outcome(await api.call('/ibis/financial/reversal', { cFiFundsId }));
    },
  },
  {
    name: 'retrieve-ignores-arn',
    family: 'retrieve',
    description: 'retrieve by arn never finds the transfer (ibisFundsTransferNotFound); cFiFundsId and reference work',
    expected: ['retrieve\\.(funds-credit|funds-debit|card-to-card)\\.by-arn'],
    doc: { ...RETRIEVE_DOC, rule: '"You may use one of the following IDs to retrieve a transaction: cFiFundsId, reference, or arn"' },
    handlers: {
      '/ibis/financial/retrieve': (next) => (ctx, body) => {
        if (!('arn' in body)) return next(ctx, body);
        throw ruleError('ibisFundsTransferNotFound', ctx.operation, {}, { fundsId: `arn=${body.arn} ` });
      },
    },
    probe: async (api) => outcome(await api.call('/ibis/financial/retrieve', { arn: cardWithPush(api).arn })),
  },
  {
    name: 'retrieve-unknown-empty-list',
    family: 'retrieve',
    description: 'retrieve of a transfer that does not exist answers 200 with an empty list instead of ibisFundsTransferNotFound',
    expected: ['retrieve\\.unknown\\..*'],
    doc: {
      file: 'README.md',
      heading: 'More /ibis errors (/CARDS/Card-Issuing/API/Errors/), all HTTP 400',
      rule: 'ibisFundsTransferNotFound: context { fundsId } (the cFiFundsId, reference or arn asked for)',
    },
    handlers: {
      '/ibis/financial/retrieve': (next) => (ctx, body) => {
        try {
          return next(ctx, body);
        } catch (err) {
          if (err instanceof ApiError && err.body.code === 'ibisFundsTransferNotFound') return [];
          throw err;
        }
      },
    },
    probe: async (api) => outcome(await api.call('/ibis/financial/retrieve', { reference: 'probeNoSuchTransfer' })),
  },
  {
    name: 'history-ignores-date-range',
    family: 'history',
    description: 'transaction-history returns every transaction whatever dateFrom and dateTo say',
    expected: ['history\\.date-range\\.(past|future)'],
    doc: { ...HISTORY_DOC, rule: 'dateFrom and dateTo bound the transactions returned' },
    handlers: {
      '/ibis/inquiry/transaction-history': servedAs((body) => {
        const reversed = body.dateFrom !== undefined && body.dateTo !== undefined && body.dateFrom > body.dateTo;
        return reversed ? body : { ...body, dateFrom: undefined, dateTo: undefined };
      }),
    },
    probe: async (api) => history(api, { cFiCardId: cardWithPush(api).card, dateFrom: '2020-01-01', dateTo: '2020-01-31' }),
  },
  {
    name: 'history-ignores-number-of-records',
    family: 'history',
    description: 'transaction-history ignores numberOfRecords and returns the whole page size',
    expected: ['history\\.paging\\.(number-of-records|skip-records|partition)'],
    doc: { ...HISTORY_DOC, rule: 'numberOfRecords and skipRecords page the history' },
    handlers: { '/ibis/inquiry/transaction-history': servedAs((body) => ({ ...body, numberOfRecords: undefined })) },
    probe: async (api) => {
      const { card } = cardWithPush(api);
      api.state.seedTransfer({ type: 'credit', amount: 3, cFiCardId: card });
      return history(api, { cFiCardId: card, numberOfRecords: 1 });
    },
  },
  {
    name: 'history-reversed-range-empty',
    family: 'history',
    description: 'dateFrom after dateTo answers an empty history instead of extIbis 12',
    expected: ['history\\.reversed-range'],
    doc: { ...HISTORY_DOC, rule: 'dateFrom after dateTo: extIbis subCode 12 ("FromDate is greater than ToDate in request")' },
    handlers: {
      '/ibis/inquiry/transaction-history': (next) => (ctx, body) => {
        if (body.dateFrom !== undefined && body.dateTo !== undefined && body.dateFrom > body.dateTo) return { transactions: [] };
        return next(ctx, body);
      },
    },
    probe: async (api) =>
      outcome(
        await api.call('/ibis/inquiry/transaction-history', {
          cFiCardId: cardWithPush(api).card,
          dateFrom: '2024-02-02',
          dateTo: '2024-02-01',
        }),
      ),
  },
];
