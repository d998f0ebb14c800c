import { valueAt } from '../../util/json-object.ts';
import { outcome } from './during.ts';
import type { Fault } from './types.ts';

/**
 * Faults that take a near-miss credential for the real one (README.md, "Authentication": bad
 * credentials are 401 unauthorized; ibis-overview.txt, "Check a Card PIN with /ibis": "The request
 * is successful only if the PIN is a match"). The auth and pin checks send credentials that differ
 * from the right ones in most characters; these providers refuse those and accept a credential one
 * character or one letter case away.
 */

const AUTH_DOC = { file: 'README.md', heading: 'Authentication (/OVERVIEW/Getting-Started/Authentication/, /USER/API/Get-Access-Token/)' };
const CHECK_PIN_DOC = { file: 'ibis-overview.txt', heading: 'Check a Card PIN with /ibis' };
/** How many leading characters of a token the faulty provider's index compares. */
const TOKEN_PREFIX = 32;

export const CREDENTIAL_FAULTS: Fault[] = [
  {
    name: 'token-compared-by-prefix',
    family: 'auth',
    description: 'a token that differs from an issued one only after its first 32 characters is served as that token',
    story: 'sessions are looked up through an index on the first 32 characters of the token, and the rest is never compared',
    doc: { ...AUTH_DOC, rule: 'every other request sends the token in x-connectfi-token; a wrong token is 401 unauthorized' },
    expected: ['auth\\.near-miss-token\\..*'],
    tokenAccepted: (token, issued) =>
      token.length >= TOKEN_PREFIX && issued.some((t) => t.slice(0, TOKEN_PREFIX) === token.slice(0, TOKEN_PREFIX)),
    probe: async (api) => {
      const login = await api.call('/auth/get-token', { user: api.credentials });
      const token = String(valueAt(login.body, 'data', 'token'));
      const nearMiss = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      return outcome(await api.call('/ibis/card/status', { cFiCardId: 'icrd_probeNoSuchCard000000' }, { token: nearMiss }));
    },
  },
  {
    name: 'password-case-insensitive',
    family: 'auth',
    description: 'get-token accepts the password in any letter case',
    story: 'the password is lower-cased before it is hashed, a leftover of a login form that did the same',
    doc: { ...AUTH_DOC, rule: 'Bad credentials: HTTP 401 { "code": "unauthorized", "message": "Authentication error" }' },
    expected: ['auth\\.get-token\\.near-miss-password\\..*'],
    credentialsMatch: (given, actual) => given.login === actual.login && given.password.toLowerCase() === actual.password.toLowerCase(),
    probe: async (api) =>
      outcome(
        await api.call('/auth/get-token', { user: { login: api.credentials.login, password: api.credentials.password.toUpperCase() } }),
      ),
  },
  {
    name: 'pin-last-digit-ignored',
    family: 'pin',
    description: 'check-pin matches a PIN whose first three digits are right, whatever the last digit',
    story: 'the PIN block is decoded with an offset that drops the last digit, so only three digits are compared',
    doc: { ...CHECK_PIN_DOC, rule: 'The request is successful only if the PIN is a match (else extIbis 55 "Invalid PIN supplied")' },
    expected: ['pin\\.near-miss\\..*'],
    handlers: {
      '/ibis/card/check-pin': (next) => (ctx, body) => {
        const pin = ctx.store.cards.get(body.cFiCardId)?.pin;
        return next(ctx, pin !== undefined && body.pin.slice(0, 3) === pin.slice(0, 3) ? { ...body, pin } : body);
      },
    },
    probe: async (api) => {
      const { cFiCardId } = api.state.seedCard({ status: 'B' });
      await api.call('/ibis/card/set-pin', { cFiCardId, pin: '1234' });
      return outcome(await api.call('/ibis/card/check-pin', { cFiCardId, pin: '1235' }));
    },
  },
];
