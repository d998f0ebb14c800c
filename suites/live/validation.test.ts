import { expect } from 'vitest';
import { check } from '../../src/harness/check.ts';
import { documentedValidBody } from '../../src/harness/sample-bodies.ts';
import { getOperation, validateRequest } from '../../src/api/index.ts';
import type { TestJson } from '../../src/util/test-json.ts';

/**
 * Named validation checks, one per documented constraint kind that a provider could drop without
 * anyone noticing: a documented valid body with one value changed must be refused with 400
 * requestValidateError naming the keyword and instancePath (the property checks cover the same
 * ground with generated bodies; these fixed cases keep it covered whatever the generators draw).
 * The expected error is computed by the project's validator, which reproduces every documented
 * requestValidateError (src/api).
 */
interface Case {
  id: string;
  operation: string;
  title: string;
  mutate: (body: Record<string, TestJson>) => void;
  docRef: { file: string; heading: string };
}

const README = { file: 'README.md', heading: 'Schema details the overview page leaves out' };
const ACCOUNT_ADD_DOC = { file: 'ibis-account-add.txt', heading: 'Property table for ibis/account/add' };
const PROFILE_DOC = { file: 'ibis-credit-card-add.txt', heading: 'Property table for ibisFacade profile object' };
const PUSH_DOC = { file: 'ibis-overview.txt', heading: 'Push Funds to Card with /ibis' };
const CASES: Case[] = [
  {
    id: 'amount-precision.funds-credit',
    operation: '/ibis/financial/funds-credit',
    title: 'an amount with 3 decimals (amountPrecision 2)',
    mutate: (b) => (b.amount = 10.123),
    docRef: README,
  },
  {
    id: 'amount-precision.card-to-card',
    operation: '/ibis/financial/card-to-card',
    title: 'an amount with 3 decimals (amountPrecision 2)',
    mutate: (b) => (b.amount = 0.005),
    docRef: README,
  },
  {
    id: 'exclusive-minimum.funds-debit',
    operation: '/ibis/financial/funds-debit',
    title: 'a negative amount (exclusiveMinimum 0)',
    mutate: (b) => (b.amount = -5),
    docRef: PUSH_DOC,
  },
  {
    id: 'max-length.set-status-description',
    operation: '/ibis/card/set-status',
    title: 'a description of 61 characters (1-60)',
    mutate: (b) => (b.description = 'x'.repeat(61)),
    docRef: README,
  },
  {
    id: 'max-length.funds-credit-description',
    operation: '/ibis/financial/funds-credit',
    title: 'a description of 61 characters (1-60)',
    mutate: (b) => (b.description = 'x'.repeat(61)),
    docRef: README,
  },
  {
    id: 'max-length.reference',
    operation: '/ibis/account/add',
    title: 'a reference of 33 characters (common-reference, 1-32)',
    mutate: (b) => (b.reference = 'a'.repeat(33)),
    docRef: ACCOUNT_ADD_DOC,
  },
  {
    id: 'pattern.reference-underscore',
    operation: '/ibis/account/add',
    title: 'a reference with an underscore (common-reference ^[0-9a-zA-Z]+$)',
    mutate: (b) => (b.reference = 'ext_ref_1'),
    docRef: ACCOUNT_ADD_DOC,
  },
  {
    id: 'not-only-whitespace.occupation',
    operation: '/ibis/debit-card/add',
    title: 'an occupation of blanks only (isNotOnlyWhitespace)',
    mutate: (b) => (b.profile.occupation = '   '),
    docRef: PROFILE_DOC,
  },
  {
    id: 'pattern.angle-brackets',
    operation: '/ibis/debit-card/add',
    title: 'a nameOnCard with "<" (commonStr pattern ^((?![<>]).)*$)',
    mutate: (b) => (b.profile.nameOnCard = 'JOHN <b>'),
    docRef: PROFILE_DOC,
  },
  {
    id: 'required.currency',
    operation: '/ibis/financial/funds-credit',
    title: 'no currency (required)',
    mutate: (b) => delete b.currency,
    docRef: PUSH_DOC,
  },
  {
    id: 'type.amount-string',
    operation: '/ibis/financial/funds-credit',
    title: 'an amount sent as a string (type number)',
    mutate: (b) => (b.amount = '10'),
    docRef: PUSH_DOC,
  },
  {
    id: 'format.date-iso',
    operation: '/ibis/inquiry/transaction-history',
    title: 'dateFrom 2023-02-30, not a calendar day (format dateISO)',
    mutate: (b) => (b.dateFrom = '2023-02-30'),
    docRef: { file: 'ibis-overview.txt', heading: 'Transaction History Inquiry with /ibis' },
  },
];

for (const c of CASES) {
  const op = getOperation(c.operation);
  const body = documentedValidBody(c.operation) as Record<string, TestJson>;
  if (c.operation === '/ibis/inquiry/transaction-history') body.dateTo = '2023-03-16';
  c.mutate(body);
  const [expected] = validateRequest(op.operation, body).errors;
  if (!expected) throw new Error(`validation.${c.id}: the mutated body is valid; fix the case`);
  check(
    {
      id: `validation.${c.id}`,
      title: `${op.operation}: ${c.title} is refused with requestValidateError (${expected.keyword} at ${expected.instancePath || '/'})`,
      family: 'validation',
      operation: op.operation,
      docRef: c.docRef,
    },
    async (t) => {
      const r = await t.client.call(op.operation, body);
      const context = (r.body as { context?: unknown[] })?.context;
      t.expectation(
        { status: 400, code: 'requestValidateError', keyword: expected.keyword, instancePath: expected.instancePath },
        { status: r.status, code: (r.body as { code?: string })?.code, context },
      );
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ code: 'requestValidateError' });
      expect(context).toContainEqual(expect.objectContaining({ keyword: expected.keyword, instancePath: expected.instancePath }));
    },
  );
}
