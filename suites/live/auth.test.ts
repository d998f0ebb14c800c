import { describe, expect } from 'vitest';
import { check } from '../../src/harness/check.ts';
import { runSettings } from '../../src/harness/settings.ts';
import { AUTH_VALID_CREDENTIALS_ID } from '../../src/harness/check-ids.ts';
import { documentedValidBody } from '../../src/harness/sample-bodies.ts';
import { OPERATIONS, concretePath } from '../../src/api/index.ts';

// README.md, "Authentication": POST /auth/get-token with { user: { login, password } }; bad
// credentials → 401 { code: "unauthorized", message: "Authentication error" }; every other request
// sends x-connectfi-token (a missing or wrong token: 401 unauthorized, errata token-lifetime-undocumented).
const AUTH_DOC = { file: 'README.md', heading: 'Authentication (/OVERVIEW/Getting-Started/Authentication/, /USER/API/Get-Access-Token/)' };
const { login, password } = runSettings();

describe('authentication', () => {
  check(
    {
      id: AUTH_VALID_CREDENTIALS_ID,
      title: 'get-token with the configured login returns a token and dtsExpireAt',
      family: 'auth',
      operation: '/auth/get-token',
      docRef: AUTH_DOC,
      // A valid login must succeed: a refusal is refuses-valid-request, not an auth deviation.
      intent: 'read',
    },
    async (t) => {
      if (!login || !password) t.skip('CONNECTFI_LOGIN and CONNECTFI_PASSWORD are not configured (the run uses CONNECTFI_TOKEN)');
      const r = await t.client.call('/auth/get-token', { user: { login, password } });
      expect(r.status).toBe(200);
      expect(r.data).toMatchObject({ token: expect.any(String), dtsExpireAt: expect.any(String) });
      expect(Date.parse((r.data as { dtsExpireAt: string }).dtsExpireAt)).toBeGreaterThan(Date.now());
    },
  );

  const refusals = [
    {
      id: 'auth.get-token.wrong-password',
      title: 'get-token with a wrong password is 401 unauthorized',
      user: () => ({ login: login ?? 'cfcUnknownUser', password: `${password ?? 'x'}-wrong` }),
    },
    {
      id: 'auth.get-token.unknown-login',
      title: 'get-token with an unknown login is 401 unauthorized, even with the configured password',
      // The configured password, when known: the login alone must make the credentials bad.
      user: () => ({ login: 'cfcNoSuchUser', password: password ?? 'not-a-password' }),
    },
  ];
  for (const c of refusals) {
    check({ id: c.id, title: c.title, family: 'auth', operation: '/auth/get-token', docRef: AUTH_DOC }, async (t) => {
      const r = await t.client.request('POST', '/auth/get-token', { user: c.user() });
      t.expectation({ status: 401, code: 'unauthorized' }, { status: r.status, code: (r.body as { code?: string })?.code });
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ code: 'unauthorized' });
    });
  }

  const credentials = [
    { kind: 'no-token', title: 'without x-connectfi-token', headers: {} },
    {
      kind: 'wrong-token',
      title: 'with a wrong x-connectfi-token',
      headers: { 'x-connectfi-token': 'cfc-not-a-valid-token-0000000000000000' },
    },
  ];
  for (const op of OPERATIONS) {
    for (const cred of credentials) {
      check(
        {
          id: `auth.${cred.kind}.${op.slug}`,
          title: `${op.method} ${op.operation} ${cred.title} is 401 unauthorized`,
          family: 'auth',
          operation: op.operation,
          docRef: AUTH_DOC,
        },
        async (t) => {
          const body = documentedValidBody(op.operation);
          const path = op.requestIn === 'path' ? concretePath(op, body as Record<string, string>) : op.operation;
          const r = await t.client.request(op.method, path, op.requestIn === 'path' ? undefined : body, cred.headers);
          t.expectation({ status: 401, code: 'unauthorized' }, { status: r.status, code: (r.body as { code?: string })?.code });
          expect(r.status).toBe(401);
          expect(r.body).toMatchObject({ code: 'unauthorized' });
        },
      );
    }
  }
});
