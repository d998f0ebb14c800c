import type { AjvError, ValidationResult } from '../../api/index.ts';
import { isJsonObject, valueAt } from '../../util/json-object.ts';
import { outcome } from './during.ts';
import type { Fault, ProbeApi } from './types.ts';

/**
 * Faults at the limits of the request schemas (README.md, "Schema details the overview page leaves
 * out"; the property tables of the dedicated pages): each is off by one character, digit, day or
 * letter case at one limit, where a provider's validator really drifts from the documented one.
 * The boundaries family (suites/live/boundaries.test.ts) catches them; the fixed validation cases
 * and the generated property checks probe other values.
 */

const SCHEMA_DOC = { file: 'README.md', heading: 'Schema details the overview page leaves out' };
const PROFILE_DOC = { file: 'ibis-credit-card-add.txt', heading: 'Property table for ibisFacade profile object' };
const HISTORY_DOC = { file: 'ibis-overview.txt', heading: 'Transaction History Inquiry with /ibis' };
const HISTORY = '/ibis/inquiry/transaction-history';
const CURRENCY_FIELDS = ['currency', 'creditLimitCurrency', 'totalAnnualIncomeCurrency'];

/** The documented validation, minus the errors `ignored` matches for this input. */
function ignoring(ignored: (e: AjvError, input: unknown, operation: string) => boolean): Fault['validate'] {
  return (operation, input, validate): ValidationResult => {
    const errors = validate(operation, input).errors.filter((e) => !ignored(e, input, operation));
    return { valid: errors.length === 0, errors };
  };
}

/** The documented validation, plus the error `extra` adds when the body is otherwise valid. */
function adding(extra: (input: unknown, operation: string) => AjvError | undefined): Fault['validate'] {
  return (operation, input, validate): ValidationResult => {
    const result = validate(operation, input);
    const error = result.valid ? extra(input, operation) : undefined;
    return error ? { valid: false, errors: [error] } : result;
  };
}

/** The value at an Ajv instancePath ("/profile/nameOnCard"). */
const at = (input: unknown, instancePath: string): unknown => valueAt(input, ...instancePath.split('/').slice(1));

/** A copy of a body with some top-level or profile fields rewritten (for a validator that normalises first). */
function normalised(input: unknown, fields: string[], f: (v: string) => string): unknown {
  if (!isJsonObject(input)) return input;
  const out: Record<string, unknown> = { ...input };
  for (const k of fields) if (typeof out[k] === 'string') out[k] = f(out[k]);
  const profile = out.profile;
  if (isJsonObject(profile)) {
    const p: Record<string, unknown> = { ...profile };
    for (const k of fields) if (typeof p[k] === 'string') p[k] = f(p[k]);
    out.profile = p;
  }
  return out;
}

const push = (api: ProbeApi, body: Record<string, unknown>) =>
  api.call('/ibis/financial/funds-credit', {
    cFiCardId: api.state.seedCard({ status: 'B' }).cFiCardId,
    reference: 'probeB1',
    amount: 5,
    currency: 'USD',
    ...body,
  });

const debitCard = (api: ProbeApi, profile: Record<string, unknown>) =>
  api.call('/ibis/debit-card/add', {
    customerId: api.fixtures.customerId,
    reference: 'probeB2',
    cardProgramId: api.fixtures.debitProgramId,
    profile: { occupation: 'Student', nameOnCard: 'JOHN TESTMAN', ...profile },
  });

export const BOUNDARY_FAULTS: Fault[] = [
  {
    name: 'profile-length-one-over',
    family: 'validation',
    description: 'nameOnCard, occupation and companyNameOnCard one character over their maximum (101, 51) are accepted',
    story: "the provider validates against the card processor's field widths, which count a terminating NUL: each is one wider",
    doc: {
      ...PROFILE_DOC,
      rule: 'nameOnCard and companyNameOnCard: common-commonStr100Req (1-100); occupation: common-commonStr50Req (1-50)',
    },
    expected: [
      'boundaries\\.ibis-(debit-card|credit-card|account)-add\\.(profile|businessInfo)\\.(nameOnCard|occupation|companyNameOnCard)',
    ],
    validate: ignoring(
      (e, input) =>
        e.keyword === 'maxLength' &&
        /^\/(profile|businessInfo)\/(nameOnCard|occupation|companyNameOnCard)$/.test(e.instancePath) &&
        String(at(input, e.instancePath)).length === Number(e.params.limit) + 1,
    ),
    probe: async (api) => outcome(await debitCard(api, { nameOnCard: 'J'.repeat(101) })),
  },
  {
    name: 'reference-length-32-refused',
    family: 'validation',
    description: 'a reference of exactly 32 characters is refused with requestValidateError maxLength (limit 31)',
    story: 'the reference column is CHAR(32) with room kept for a terminator, so the validator was configured with maxLength 31',
    doc: { ...SCHEMA_DOC, rule: '`reference` is common-reference: `^[0-9a-zA-Z]+$`, 1-32' },
    expected: ['boundaries\\..*\\.reference'],
    validate: adding((input) => {
      const reference = valueAt(input, 'reference');
      if (typeof reference !== 'string' || reference.length !== 32) return undefined;
      return {
        instancePath: '/reference',
        schemaPath: 'common#/definitions/reference/maxLength',
        keyword: 'maxLength',
        params: { limit: 31 },
        message: 'must NOT have more than 31 characters',
      };
    }),
    probe: async (api) => outcome(await push(api, { reference: 'R'.repeat(32) })),
  },
  {
    name: 'empty-description-accepted',
    family: 'validation',
    description: 'an empty description ("") on set-status, funds-credit, funds-debit and card-to-card is accepted as no description',
    story: 'the ORM stores "" as NULL before the body is validated, so an empty description is never seen by the minLength rule',
    doc: { ...SCHEMA_DOC, rule: '`description` on set-status, funds-credit, funds-debit and card-to-card: string, 1-60' },
    expected: ['boundaries\\..*\\.description'],
    validate: ignoring((e) => e.keyword === 'minLength' && e.instancePath === '/description'),
    probe: async (api) => outcome(await push(api, { description: '' })),
  },
  {
    name: 'leap-day-refused',
    family: 'validation',
    description: 'transaction-history refuses dateFrom or dateTo on 29 February even in a leap year (format dateISO)',
    story: 'the date check uses a fixed table of month lengths, with 28 days for February',
    doc: { ...HISTORY_DOC, rule: 'dateFrom and dateTo: "YYYY-MM-DD" (format dateISO: a calendar day)' },
    expected: ['boundaries\\.ibis-inquiry-transaction-history\\.date(From|To)'],
    validate: adding((input, operation) => {
      if (operation !== HISTORY) return undefined;
      const field = ['dateFrom', 'dateTo'].find((k) => /^\d{4}-02-29$/.test(String(valueAt(input, k))));
      return field
        ? {
            instancePath: `/${field}`,
            schemaPath: 'common#/definitions/dateOnly/format',
            keyword: 'format',
            params: { format: 'dateISO' },
            message: 'must match format "dateISO"',
          }
        : undefined;
    }),
    probe: async (api) =>
      outcome(
        await api.call(HISTORY, { cFiCardId: api.state.seedCard({ status: 'B' }).cFiCardId, dateFrom: '2024-02-29', dateTo: '2024-03-01' }),
      ),
  },
  {
    name: 'holder-type-case-insensitive',
    family: 'validation',
    description: 'cardHolderType and accountHolderType are accepted in any letter case ("Individual", "REPRESENTATIVE")',
    story: 'the holder type is lower-cased before it is validated, so a value the enum does not list passes',
    doc: { ...PROFILE_DOC, rule: 'cardHolderType: enum ["representative", "individual"]' },
    expected: ['boundaries\\..*\\.profile\\.(cardHolderType|accountHolderType)'],
    validate: (operation, input, validate) =>
      validate(
        operation,
        normalised(input, ['cardHolderType', 'accountHolderType'], (v) => v.toLowerCase()),
      ),
    probe: async (api) => outcome(await debitCard(api, { cardHolderType: 'Individual', cardHolderId: api.fixtures.customerId })),
  },
  {
    name: 'currency-case-folded',
    family: 'validation',
    description: 'a currency in lower case ("usd") is accepted as USD on the money movements, the application and credit-card/add',
    story: 'the currency is normalised with toUpperCase() before it is validated and used',
    doc: {
      ...SCHEMA_DOC,
      rule: 'currency fields are common-currency: minLength 3, maxLength 3, pattern ^[A-Z]+$ ("usd" is a pattern error)',
    },
    expected: ['boundaries\\..*\\.(currency|creditLimitCurrency|totalAnnualIncomeCurrency)'],
    validate: (operation, input, validate) =>
      validate(
        operation,
        normalised(input, CURRENCY_FIELDS, (v) => v.toUpperCase()),
      ),
    handlers: {
      '/ibis/financial/funds-credit': (next) => (ctx, body) => next(ctx, { ...body, currency: body.currency.toUpperCase() }),
      '/ibis/financial/funds-debit': (next) => (ctx, body) => next(ctx, { ...body, currency: body.currency.toUpperCase() }),
      '/ibis/financial/card-to-card': (next) => (ctx, body) => next(ctx, { ...body, currency: body.currency.toUpperCase() }),
    },
    probe: async (api) => outcome(await push(api, { currency: 'usd' })),
  },
  {
    name: 'zero-records-accepted',
    family: 'validation',
    description: 'transaction-history accepts numberOfRecords 0 and answers the default page',
    story: 'numberOfRecords is read with a falsy check (`n || 100`) before the schema sees it, so 0 means "not given"',
    doc: { ...HISTORY_DOC, rule: 'numberOfRecords: "nullable integer >= 1"' },
    expected: ['boundaries\\.ibis-inquiry-transaction-history\\.numberOfRecords'],
    validate: ignoring(
      (e, input, operation) => operation === HISTORY && e.instancePath === '/numberOfRecords' && at(input, '/numberOfRecords') === 0,
    ),
    handlers: { [HISTORY]: (next) => (ctx, body) => next(ctx, { ...body, numberOfRecords: body.numberOfRecords || undefined }) },
    probe: async (api) =>
      outcome(await api.call(HISTORY, { cFiCardId: api.state.seedCard({ status: 'B' }).cFiCardId, numberOfRecords: 0 })),
  },
];
