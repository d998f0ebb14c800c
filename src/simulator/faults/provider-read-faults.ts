import { valueAt } from '../../util/json-object.ts';
import { outcome } from './during.ts';
import { activeCard, cardToCard, PROBE_CLEAR_CARD, PROBE_OWNER } from './probes.ts';
import { answeredAs } from './rewrites.ts';
import type { Fault, ProbeApi } from './types.ts';

/**
 * Faults modelled on how real providers break that are right in shape but wrong in content: a
 * history read from one ledger only, JSON served under another media type, a duplicate
 * registration under concurrency. Each names the rule it breaks and a one-line story.
 */

const HISTORY = '/ibis/inquiry/transaction-history';
const REGISTER = '/transfer-to/card/register';
const RACE_MS = 1500;

/** Per simulator instance (its store): when each registration reference was first used. */
const firstUse = new WeakMap<object, Map<string, number>>();

async function incoming(api: ProbeApi) {
  const from = activeCard(api, 50);
  const to = activeCard(api);
  await cardToCard(api, from, to, 20, 'probeR1');
  return valueAt((await api.call(HISTORY, { cFiCardId: to })).body, 'data', 'transactions', 'length');
}

export const PROVIDER_READ_FAULTS: Fault[] = [
  {
    name: 'history-omits-incoming-transfers',
    family: 'history',
    description: 'the history of the to card of a card-to-card leaves the incoming transfer out',
    story:
      "the history is read from the card's own debit and deposit ledgers; card-to-card credits are booked in a transfer ledger it never joins",
    doc: {
      file: 'ibis-overview.txt',
      heading: 'Transaction History Inquiry with /ibis',
      rule: "the history lists the card's transactions: pushes, pulls and card-to-card transfers, in and out",
    },
    expected: ['history\\.amounts'],
    handlers: {
      [HISTORY]: answeredAs((data: { transactions: { transTypeId?: string; amount?: unknown }[] }) => ({
        ...data,
        transactions: data.transactions.filter((r) => !(r.transTypeId === '40' && Number(r.amount) > 0)),
      })),
    },
    probe: incoming,
  },
  {
    name: 'json-served-as-text',
    family: 'envelope',
    description: 'answers carry the JSON body under content-type text/plain',
    story: 'a proxy in front of the API rewrites the media type of every answer it passes on',
    doc: {
      file: 'README.md',
      heading: 'Error envelope (/OVERVIEW/Getting-Started/Error-Handling/, /Common-Errors/)',
      rule: 'every answer is a JSON body (application/json)',
    },
    expected: ['envelope\\.(success|error)\\.shape'],
    respond: (r) => ({ ...r, contentType: 'text/plain; charset=utf-8' }),
    probe: async (api) => (await api.call('/ibis/card/list', { customerId: api.fixtures.customerId })).contentType.split(';')[0],
  },
  {
    name: 'register-duplicate-race',
    family: 'idempotency',
    description: `register with a reference first used less than ${RACE_MS} ms ago registers the card a second time`,
    story: 'two registrations sent at once both pass the reference check before either is stored',
    doc: {
      file: 'transfer-to-card-register.txt',
      heading: 'Register Card',
      rule: 'a reused reference → referenceExists { reference, entityId }; concurrent duplicates → exactly one registration',
    },
    expected: ['idempotency\\.card-register\\.concurrent'],
    handlers: {
      [REGISTER]: (next) => (ctx, body) => {
        const seen = firstUse.get(ctx.store) ?? new Map<string, number>();
        firstUse.set(ctx.store, seen);
        const first = seen.get(body.reference);
        const now = ctx.store.now().getTime();
        if (first !== undefined && now - first < RACE_MS) ctx.store.references.registration.delete(body.reference);
        const data = next(ctx, body);
        if (first === undefined) seen.set(body.reference, now);
        return data;
      },
    },
    probe: async (api) => {
      const body = { reference: 'probeR2', clearCard: PROBE_CLEAR_CARD, owner: PROBE_OWNER };
      await api.call(REGISTER, body);
      return outcome(await api.call(REGISTER, body));
    },
  },
];
