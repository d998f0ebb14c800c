import { expect } from 'vitest';
import { check } from '../../src/harness/check.ts';
import type { FixtureName } from '../../src/harness/fixtures.ts';
import { expectError } from './support/flows.ts';
import { ADD_CREDIT, ADD_CREDIT_DOC, addCreditCard, approvedApplication, boundInMessage, programBounds } from './support/credit-helpers.ts';
import { expectContext } from './support/status-helpers.ts';

// ibis-overview.txt, "Add a Credit Card with /ibis": a limit above the approved one is
// ibisApplicationCreditLimit ("Credit limit in application is less than the requested credit
// limit"); within it, the program's per-card bounds ("Allocated credit limit must be less than or
// equal to [2000.0]", "greater than or equal to [500.0]", extIbis 12). The limits here are one cent
// past each bound, where a provider that rounds the limit to whole dollars lets them through (the
// bounds themselves are accepted: credit.add.at-program-min, credit.add.at-program-max).

const NEEDS: FixtureName[] = ['customerId', 'creditProgramId'];
const cents = (n: number): number => Math.round(n * 100) / 100;

check(
  {
    id: 'credit.add.one-cent-above-approved-limit',
    title: 'a limit one cent above the approved one is ibisApplicationCreditLimit { applicationId, creditLimit: approved }',
    family: 'credit',
    operation: ADD_CREDIT,
    docRef: ADD_CREDIT_DOC,
    needs: NEEDS,
  },
  async (t) => {
    const app = await approvedApplication(t);
    const r = await addCreditCard(t, { applicationId: app.applicationId, creditLimit: cents(app.creditLimit + 0.01) });
    expectError(t, r, 'ibisApplicationCreditLimit');
    expectContext(t, r, { applicationId: app.applicationId, creditLimit: app.creditLimit });
  },
);

for (const [edge, error, sign] of [
  ['min', 'extIbis.12.creditLimitBelow', -1],
  ['max', 'extIbis.12.creditLimitAbove', 1],
] as const) {
  check(
    {
      id: `credit.add.one-cent-${sign < 0 ? 'below' : 'above'}-program-${edge}`,
      title: `a limit one cent ${sign < 0 ? 'below the per-card minimum (499.99)' : 'above the per-card maximum (2000.01)'} is extIbis 12 naming the ${edge === 'min' ? 'minimum' : 'maximum'}`,
      family: 'credit',
      operation: ADD_CREDIT,
      docRef: ADD_CREDIT_DOC,
      needs: NEEDS,
    },
    async (t) => {
      const bounds = programBounds(t);
      const app = await approvedApplication(t);
      const limit = cents(bounds[edge] + sign * 0.01);
      if (limit > app.creditLimit) t.skip(`the approved limit ${app.creditLimit} is below ${limit}`);
      const r = await addCreditCard(t, { applicationId: app.applicationId, creditLimit: limit });
      expectError(t, r, error);
      // The bound in the message is the documented wording's, graded only against the simulator.
      if (t.kind === 'simulator') expect(boundInMessage(r), `the ${edge} named in the message`).toBe(bounds[edge]);
    },
  );
}
