import { isJsonObject, valueAt } from '../../util/json-object.ts';
import { ruleError } from '../api-error.ts';
import { toCents } from '../money.ts';
import { cardStatus, reissueCodes } from '../rules.ts';
import type { SimulatorStore } from '../store.ts';
import { during, outcome } from './during.ts';
import { debitCardBody, outcomeOnCard, PROBE_CLEAR_CARD, PROBE_OWNER, PROBE_PROFILE } from './probes.ts';
import { onCustomer } from './on-record.ts';
import { answeredAs } from './rewrites.ts';
import type { Fault, ProbeApi } from './types.ts';

/**
 * Faults of the cards, credit and register families (ibis-overview.txt, "List Customer Cards",
 * "Reissue a Card", "Get a Card Holder Profile", "Add a Debit Card with /ibis", the credit pages,
 * and transfer-to-card-register.txt, "Register Card").
 */

const REISSUE_DOC = { file: 'ibis-overview.txt', heading: 'Reissue a Card' };
const CREDIT_ADD_DOC = { file: 'ibis-credit-card-add.txt', heading: 'Add Credit Card' };
const APPLY_DOC = { file: 'ibis-overview.txt', heading: 'Apply for Credit with /ibis' };
const REGISTER_DOC = { file: 'transfer-to-card-register.txt', heading: 'Register Card' };
/** The registrations of register-same-card-refused, per simulator instance: card fingerprint → tcrd_ id. */
const registeredCards = new WeakMap<SimulatorStore, Map<string, string>>();

const apply = (api: ProbeApi, customerId: string) =>
  api.call('/ibis/credit-card/application', {
    customerId,
    employer: 'ABC123 Inc.',
    totalAnnualIncome: 50000,
    totalAnnualIncomeCurrency: 'USD',
  });

export const CARDS_FAULTS: Fault[] = [
  {
    name: 'list-omits-vaccounts',
    family: 'cards',
    description: "card/list returns the customer's cards but none of its vAccounts",
    expected: ['cards\\.list\\.cards-and-vaccounts', 'cards\\.vaccount\\.list'],
    doc: {
      file: 'ibis-overview.txt',
      heading: 'List Customer Cards',
      rule: '"will include all cards and vAccounts for the specified customer"',
    },
    handlers: {
      '/ibis/card/list': answeredAs((cards: { programType?: string }[]) => cards.filter((c) => c.programType !== 'vAccountOnly')),
    },
    probe: async (api) => {
      api.state.seedCard({ programType: 'vAccountOnly' });
      return valueAt((await api.call('/ibis/card/list', { customerId: api.fixtures.customerId })).body, 'data', 'length');
    },
  },
  {
    name: 'reissue-type-3-keeps-id',
    family: 'cards',
    description: 'reissue type 3 (new card number) reissues the card in place, under its old cFiCardId',
    expected: ['cards\\.reissue\\.type-3(\\..*)?'],
    doc: { ...REISSUE_DOC, rule: 'cFiCardId is "new only if card was reissued with a new number" (reissueType 3)' },
    handlers: {
      '/ibis/card/reissue': (next) => (ctx, body) => during(reissueCodes.reissueTypes['3'], { newCardId: false }, () => next(ctx, body)),
    },
    probe: async (api) => {
      const card = api.state.seedCard({ status: 'B' });
      const r = await api.call('/ibis/card/reissue', {
        customerId: card.customerId,
        cFiCardId: card.cFiCardId,
        reference: 'probeRef9',
        reissueType: '3',
        reasonCode: '3',
      });
      return valueAt(r.body, 'data', 'cFiCardId') === card.cFiCardId;
    },
  },
  {
    name: 'closed-card-profile-readable',
    family: 'cards',
    description: 'cardholder-profile of a closed card (F) answers the profile instead of extIbis SD',
    expected: ['cards\\.closed\\.cardholder-profile'],
    doc: {
      file: 'ibis-overview.txt',
      heading: 'Get a Card Holder Profile',
      rule: 'the documented refusal for a closed card: extIbis subCode SD',
    },
    handlers: {
      // card-status.json otherClosedCardRefusals without its cardholder-profile row.
      '/ibis/card/cardholder-profile': (next) => (ctx, body) =>
        during(cardStatus.otherClosedCardRefusals.operations, { '/ibis/card/cardholder-profile': undefined }, () => next(ctx, body)),
    },
    probe: (api) => outcomeOnCard(api, '/ibis/card/cardholder-profile', { status: 'F' }),
  },
  {
    name: 'business-info-not-required',
    family: 'cards',
    description: 'a business debit card without businessInfo is issued (the company name is taken from the customer)',
    expected: ['cards\\.debit-add\\.business-without-business-info'],
    doc: {
      file: 'ibis-overview.txt',
      heading: 'Add a Debit Card with /ibis',
      rule: 'businessInfo: "required for business customers only"',
    },
    handlers: {
      '/ibis/debit-card/add': onCustomer((customer, call, _ctx, body) =>
        customer?.type !== 'business' || body.businessInfo
          ? call()
          : call({ ...body, businessInfo: { companyNameOnCard: customer.companyName ?? customer.customerId } }),
      ),
    },
    probe: async (api) => {
      const { businessCustomerId, debitProgramId, businessRepresentativeId } = api.fixtures;
      const profile = { ...PROBE_PROFILE, cardHolderId: businessRepresentativeId, cardHolderType: 'representative' };
      return outcome(await api.call('/ibis/debit-card/add', debitCardBody(businessCustomerId, debitProgramId, 'probeRef10', profile)));
    },
  },
  {
    name: 'credit-limit-above-approved',
    family: 'credit',
    description: "credit-card/add accepts a limit above the application's approved limit (only the program bounds apply)",
    expected: ['credit\\.add\\.(above-approved-limit|above-approved-within-program|second-card-beyond-approved)'],
    doc: {
      ...CREDIT_ADD_DOC,
      rule: 'a desired credit limit above the approved one is ibisApplicationCreditLimit ("only approved for a limit of up to 2700")',
    },
    handlers: {
      '/ibis/credit-card/add': (next) => (ctx, body) => {
        const app = body.applicationId === undefined ? undefined : ctx.store.applications.get(body.applicationId);
        if (!app || body.creditLimit == null) return next(ctx, body);
        return during(app, { creditLimit: (app.creditLimit ?? 0n) + toCents(body.creditLimit) }, () => next(ctx, body));
      },
    },
    probe: async (api) => {
      const app = api.state.seedApplication({ approved: true, creditLimit: 600 }) as { applicationId: string };
      return outcome(
        await api.call('/ibis/credit-card/add', {
          customerId: api.fixtures.customerId,
          reference: 'probeRef11',
          cardProgramId: api.fixtures.creditProgramId,
          applicationId: app.applicationId,
          profile: PROBE_PROFILE,
          creditLimit: 1000,
          creditLimitCurrency: 'USD',
        }),
      );
    },
  },
  {
    name: 'credit-without-kyc',
    family: 'credit',
    description: 'a credit application for a customer whose KYC is not approved is decided instead of kycNotInitialized',
    expected: ['credit\\.application\\.without-kyc'],
    doc: { ...APPLY_DOC, rule: "the customer's KYC must be approved before applying (kycNotInitialized { customerId })" },
    handlers: {
      '/ibis/credit-card/application': onCustomer((customer, call) =>
        customer && !customer.kycApproved ? during(customer, { kycApproved: true }, () => call()) : call(),
      ),
    },
    probe: async (api) => outcome(await apply(api, api.fixtures.unverifiedCustomerId)),
  },
  {
    name: 'approved-limit-missing',
    family: 'credit',
    description: 'an approved credit application is answered without creditLimit and creditLimitCurrency',
    expected: ['credit\\.application\\.decision'],
    doc: { ...APPLY_DOC, rule: '"credit limit is present if the "decision" property has an "Approve" value"' },
    respond: (r) => {
      const data = r.body.data;
      if (
        !r.operation?.startsWith('/ibis/credit-card/application') ||
        r.status !== 200 ||
        !isJsonObject(data) ||
        data.decision !== 'Approve'
      )
        return;
      const { creditLimit: _limit, creditLimitCurrency: _currency, ...rest } = data;
      return { ...r, body: { ...r.body, data: rest } };
    },
    probe: async (api) => {
      const data = valueAt((await apply(api, api.fixtures.customerId)).body, 'data');
      return isJsonObject(data) && 'creditLimit' in data;
    },
  },
  {
    name: 'register-both-cards-accepted',
    family: 'register',
    description: 'register accepts a body with both card and clearCard (the encrypted card wins)',
    expected: ['register\\.card-and-clear-card'],
    doc: { ...REGISTER_DOC, rule: 'two request schemas, one with card, one with clearCard, each additionalProperties: false' },
    validate: (operation, input, validate) => {
      const both =
        operation === '/transfer-to/card/register' &&
        input !== null &&
        typeof input === 'object' &&
        'card' in input &&
        'clearCard' in input;
      if (!both) return validate(operation, input);
      const { clearCard: _ignored, ...withCard } = input as Record<string, unknown>;
      return validate(operation, withCard);
    },
    probe: async (api) =>
      outcome(
        await api.call('/transfer-to/card/register', {
          reference: 'probeRef12',
          card: { encryptedData: 'probeEncryptedData', keyId: 'probeKey' },
          clearCard: PROBE_CLEAR_CARD,
          owner: PROBE_OWNER,
        }),
      ),
  },
  {
    name: 'register-same-card-refused',
    family: 'register',
    description: 'registering a card that is already registered, under a new reference, is refused with referenceExists',
    expected: ['register\\.(card|clear-card)\\.same-card-new-reference'],
    doc: {
      ...REGISTER_DOC,
      rule: '"The same card can be registered multiple times": two separate registrations with two separate reference IDs',
    },
    handlers: {
      '/transfer-to/card/register': (next) => (ctx, body) => {
        const seen = registeredCards.get(ctx.store) ?? new Map<string, string>();
        registeredCards.set(ctx.store, seen);
        const fingerprint = JSON.stringify('clearCard' in body ? body.clearCard : body.card);
        const first = seen.get(fingerprint);
        if (first !== undefined && ctx.store.registrations.has(first))
          throw ruleError('referenceExists', ctx.operation, {}, { reference: body.reference, entityId: first });
        const data = next(ctx, body) as { cFiCardId: string };
        seen.set(fingerprint, data.cFiCardId);
        return data;
      },
    },
    probe: async (api) => {
      await api.call('/transfer-to/card/register', { reference: 'probeRef13', clearCard: PROBE_CLEAR_CARD, owner: PROBE_OWNER });
      return outcome(
        await api.call('/transfer-to/card/register', { reference: 'probeRef14', clearCard: PROBE_CLEAR_CARD, owner: PROBE_OWNER }),
      );
    },
  },
];
