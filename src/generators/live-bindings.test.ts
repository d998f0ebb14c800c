import { describe, expect, it } from 'vitest';
import { bindBody, type LiveEnv } from './live-bindings.ts';

// bindBody never touches the client: a stand-in that fails loudly if it ever does.
const env = {
  client: new Proxy(
    {},
    {
      get: () => {
        throw new Error('bindBody must not call the API');
      },
    },
  ),
  fixtures: { customerId: 'cstap_fixture', creditProgramId: 'Evolve_Test', debitProgramId: 'd_gpr_test' },
  ref: () => 'ref1',
} as unknown as LiveEnv;
const res = { application: { id: 'gsa_own' } };
const body = (extra: Record<string, unknown>) => ({
  customerId: 'x',
  reference: 'r',
  cardProgramId: 'p',
  profile: { occupation: 'o', nameOnCard: 'n' },
  ...extra,
});

describe('bindBody, credit-card/add', () => {
  it("names the check's own application when the generated body has none (never the customer's latest, which may be another check's)", () => {
    expect(bindBody('/ibis/credit-card/add', body({}), env, res)).toMatchObject({
      applicationId: 'gsa_own',
      customerId: 'cstap_fixture',
      cardProgramId: 'Evolve_Test',
    });
  });
  it('replaces a generated applicationId by its own, and keeps a non-string one that an invalid mutation is testing', () => {
    expect(bindBody('/ibis/credit-card/add', body({ applicationId: 'gsa_generated' }), env, res)).toMatchObject({
      applicationId: 'gsa_own',
    });
    expect(bindBody('/ibis/credit-card/add', body({ applicationId: 42 }), env, res)).toMatchObject({ applicationId: 42 });
  });
});
