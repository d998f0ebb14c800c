import { AMOUNT_LIMITS } from '../handlers/funds.ts';
import { outcome } from './during.ts';
import { ignoring } from './ignoring.ts';
import { outcomeOnCard } from './probes.ts';
import type { Fault, ProbeApi } from './types.ts';
import { patched, wrapEach } from './wrap-each.ts';

/**
 * Faults of the request-validation family (README.md, "Error envelope": connectFi validates with
 * Ajv and answers 400 requestValidateError; "Schema details the overview page leaves out").
 */

const ENVELOPE_DOC = { file: 'README.md', heading: 'Error envelope (/OVERVIEW/Getting-Started/Error-Handling/, /Common-Errors/)' };
const SCHEMA_DOC = { file: 'README.md', heading: 'Schema details the overview page leaves out' };
const MONEY_MOVES = ['/ibis/financial/funds-credit', '/ibis/financial/funds-debit', '/ibis/financial/card-to-card'] as const;

const pushProbe = (api: ProbeApi, body: Record<string, unknown>) =>
  outcomeOnCard(api, '/ibis/financial/funds-credit', { status: 'B' }, { reference: 'probe1', amount: 5, currency: 'USD', ...body });

export const VALIDATION_FAULTS: Fault[] = [
  {
    name: 'http-500-on-bad-body',
    family: 'validation',
    description: 'a body that fails the schema is answered HTTP 500 (requestValidateError body) instead of 400',
    expected: ['validation\\.documented\\..*'],
    doc: { ...ENVELOPE_DOC, rule: 'requestValidateError carries context as an array of Ajv error objects; common errors are all HTTP 400' },
    respond: (r) => (r.body?.code === 'requestValidateError' ? { ...r, status: 500 } : undefined),
    probe: async (api) => outcome(await api.call('/ibis/card/set-pin', { cFiCardId: 'icrd_probeUnknownCard0000000', pin: '12345' })),
  },
  {
    name: 'amount-zero-accepted',
    family: 'validation',
    description: 'funds-credit, funds-debit and card-to-card accept amount 0 and record a zero transfer',
    expected: [
      'validation\\.documented\\.financial-funds-credit\\.400\\.amount-exclusive-minimum',
      'validation\\.exclusive-minimum\\.funds-debit',
    ],
    doc: { ...SCHEMA_DOC, rule: 'Amounts are common-amount: { type: number, exclusiveMinimum: 0, amountPrecision: 2 }' },
    validate: ignoring((e, op) => MONEY_MOVES.some((m) => m === op) && e.keyword === 'exclusiveMinimum' && e.instancePath === '/amount'),
    handlers: wrapEach(MONEY_MOVES, patched(AMOUNT_LIMITS, { minCents: 0n })),
    probe: (api) => pushProbe(api, { amount: 0 }),
  },
  {
    name: 'amount-three-decimals-accepted',
    family: 'validation',
    description: 'amounts with 3 decimal places are accepted (rounded to the cent) instead of refused by amountPrecision',
    expected: ['validation\\.amount-precision\\..*'],
    doc: { ...SCHEMA_DOC, rule: '"amountPrecision" is a custom keyword: at most 2 decimal places' },
    validate: ignoring((e) => e.keyword === 'amountPrecision'),
    probe: (api) => pushProbe(api, { amount: 1.005 }),
  },
  {
    name: 'oneof-both-ids-accepted',
    family: 'validation',
    description: 'card/status and cardholder-profile accept a body with both cFiCardId and reference (the id wins)',
    expected: ['validation\\.documented\\.card-status\\.400\\.one-of'],
    doc: {
      file: 'ibis-overview.txt',
      heading: 'Get the Status of a Card',
      rule: 'by cFiCardId or by reference, "but not both in the same request" (the documented oneOf error)',
    },
    validate: (operation, input, validate) => {
      const both = input !== null && typeof input === 'object' && 'cFiCardId' in input && 'reference' in input;
      if (!both || !['/ibis/card/status', '/ibis/card/cardholder-profile'].includes(operation)) return validate(operation, input);
      const { reference: _ignored, ...byId } = input as Record<string, unknown>;
      return validate(operation, byId);
    },
    probe: async (api) => {
      const card = api.state.seedCard({});
      return outcome(await api.call('/ibis/card/status', { cFiCardId: card.cFiCardId, reference: card.reference }));
    },
  },
  {
    name: 'description-max-length-ignored',
    family: 'validation',
    description: 'a description longer than its maximum (60; 50 on reversal) is accepted on set-status, the money movements and reversal',
    expected: ['validation\\.max-length\\..*-description'],
    doc: {
      ...SCHEMA_DOC,
      rule: 'description on set-status, funds-credit, funds-debit and card-to-card: string, 1-60; on reversal: common-commonStr50 (0-50)',
    },
    validate: ignoring((e) => e.keyword === 'maxLength' && e.instancePath === '/description'),
    probe: (api) => pushProbe(api, { description: 'x'.repeat(61) }),
  },
  {
    name: 'whitespace-only-accepted',
    family: 'validation',
    description: 'required strings made only of spaces (employer, clearCard fields, ...) are accepted: isNotOnlyWhitespace is not enforced',
    expected: ['validation\\.not-only-whitespace\\..*'],
    doc: { ...SCHEMA_DOC, rule: '"isNotOnlyWhitespace" is another custom keyword (common-commonStr50Req and the other *Req strings)' },
    validate: ignoring((e) => e.keyword === 'isNotOnlyWhitespace'),
    probe: async (api) =>
      outcome(
        await api.call('/ibis/credit-card/application', {
          customerId: api.fixtures.customerId,
          employer: '   ',
          totalAnnualIncome: 50000,
          totalAnnualIncomeCurrency: 'USD',
        }),
      ),
  },
];
