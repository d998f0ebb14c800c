import { MatchersV3 as M } from '@pact-foundation/pact';
import type { DocumentedExample } from '../api/examples.ts';
import { ANY_ID_PATTERN, type AjvEntry, ajvEntryTemplate } from './response-matchers.ts';

/**
 * The few documented examples that cannot go into the contract exactly as written, each with the
 * erratum (schemas/errata.json) that decides what the contract says instead. Every other example
 * with a response is replayed as documented.
 *
 * Not listed because they are not interactions: the request-only examples (response null), among
 * them the eighteen "not considered duplicates" requests whose references contain "_" (errata
 * reference-underscore-examples). They document idempotency, which the live suites check with
 * alphanumeric references.
 */
export interface Adjustment {
  erratum: string;
  /** Shown to provider teams as a comment on the interaction. */
  note: string;
  /** The request body actually sent, from the documented one and the provider-state params. */
  request?: (body: Record<string, unknown>, stateParams: Record<string, unknown>) => Record<string, unknown>;
  /** Matchers replacing the generated ones, by JSONPath. */
  overrides?: (example: DocumentedExample) => Record<string, unknown>;
}

export const ADJUSTMENTS: Readonly<Record<string, Adjustment>> = {
  // The 200 example's request has no customerId, which the newer reissue page requires; the
  // derived 400 requests add the card owner's customerId, and so does the contract.
  'card-reissue.200.reissued': {
    erratum: 'reissue-required-properties',
    note: "The documented request lacks customerId (required by the newer reissue page); the contract sends the card owner's customerId from the provider state.",
    request: (body, state) => ({ customerId: state.customerId, ...body }),
  },
  // The "$merge" entry is an artifact of connectFi's ajv-merge-patch: a conforming validator
  // reproduces only the exclusiveMinimum entry, so the context is compared by inclusion.
  'financial-funds-credit.400.amount-exclusive-minimum': {
    erratum: 'funds-credit-merge-error-entry',
    note: 'context must contain the exclusiveMinimum entry at /amount; the documented "$merge" entry is neither required nor forbidden.',
    overrides: (example) => {
      const context = (example.response!.body as { context: AjvEntry[] }).context;
      return { '$.context': M.arrayContaining(...context.filter((e) => e.keyword !== '$merge').map((e) => ajvEntryTemplate(e, true))) };
    },
  },
  // The documented entityId is a customer id (cstap_), a copy error: the entity owning a card
  // reference is the card. The contract accepts any connectFi id rather than either prefix.
  'credit-card-add.400.reference-exists': {
    erratum: 'credit-card-add-reference-exists-entity-id',
    note: 'context.entityId is any connectFi id: the documented cstap_ value is a copy error for the card id (icrd_).',
    overrides: (example) => {
      const context = (example.response!.body as { context: { entityId: string } }).context;
      return { '$.context.entityId': M.regex(ANY_ID_PATTERN, context.entityId) };
    },
  },
};
