import { valueAt } from '../../util/json-object.ts';
import type { Fault } from './types.ts';

/**
 * Faults of the credit family one cent past a limit (ibis-overview.txt, "Add a Credit Card with
 * /ibis": the approved limit, and the program's per-card bounds of the "Allocated credit limit must
 * be ..." examples). The credit checks probe limits whole dollars past each bound, and the bounds
 * themselves, which these providers still judge right.
 */

const ADD_CREDIT_DOC = { file: 'ibis-overview.txt', heading: 'Add a Credit Card with /ibis' };

export const LIMIT_FAULTS: Fault[] = [
  {
    name: 'credit-limit-whole-dollars',
    family: 'credit',
    description:
      'credit-card/add rounds the requested limit to whole dollars before checking it: 499.99, 2000.01 and approved + 0.01 are issued',
    story: 'the card processor takes whole-dollar limits, so the provider rounds the limit first and checks the rounded one',
    doc: {
      ...ADD_CREDIT_DOC,
      rule: 'a limit above the approved one is ibisApplicationCreditLimit; outside the per-card bounds it is extIbis 12 (creditLimit: common-amount, 2 decimals)',
    },
    expected: ['credit\\.add\\.one-cent-.*'],
    handlers: {
      '/ibis/credit-card/add': (next) => (ctx, body) =>
        next(ctx, body.creditLimit === undefined ? body : { ...body, creditLimit: Math.round(body.creditLimit) }),
    },
    probe: async (api) => {
      const application = await api.call('/ibis/credit-card/application', {
        customerId: api.fixtures.customerId,
        employer: 'ABC123 Inc.',
        totalAnnualIncome: 50000,
        totalAnnualIncomeCurrency: 'USD',
      });
      const r = await api.call('/ibis/credit-card/add', {
        customerId: api.fixtures.customerId,
        reference: 'probeC1',
        cardProgramId: api.fixtures.creditProgramId,
        applicationId: valueAt(application.body, 'data', 'applicationId'),
        profile: { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' },
        creditLimit: 499.99,
        creditLimitCurrency: 'USD',
      });
      return { status: r.status, subCode: valueAt(r.body, 'subCode') };
    },
  },
];
