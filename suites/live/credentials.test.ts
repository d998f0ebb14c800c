import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import type { FixtureName } from '../../src/harness/fixtures.ts';
import { runSettings } from '../../src/harness/settings.ts';
import { documentedValidBody } from '../../src/harness/sample-bodies.ts';
import { cardInStatus, expectError } from './support/flows.ts';

// Credentials one character or one letter case away from the right ones. README.md,
// "Authentication": bad credentials on /auth/get-token are HTTP 401 { code: "unauthorized" }, and a
// wrong x-connectfi-token elsewhere too (errata token-lifetime-undocumented); ibis-overview.txt,
// "Check a Card PIN with /ibis": "The request is successful only if the PIN is a match" (extIbis 55
// otherwise). Each near-miss PIN goes to a card of its own, so no card meets more than one wrong
// PIN (the attempt limit is undocumented: errata pin-attempt-limit). The reports never show a
// credential: the token header and the password are redacted by key (src/client/redact.ts).

const AUTH_DOC = { file: 'README.md', heading: 'Authentication (/OVERVIEW/Getting-Started/Authentication/, /USER/API/Get-Access-Token/)' };
const CHECK_PIN_DOC = { file: 'ibis-overview.txt', heading: 'Check a Card PIN with /ibis' };
const PROBED = '/ibis/card/status';

/** One character replaced by another one ('A', or 'B' where it was 'A'). */
const replaced = (s: string, at: number): string => `${s.slice(0, at)}${s[at] === 'A' ? 'B' : 'A'}${s.slice(at + 1)}`;

const TOKENS: [string, string, (token: string) => string][] = [
  ['last-character-changed', 'its last character changed', (s) => replaced(s, s.length - 1)],
  ['first-character-changed', 'its first character changed', (s) => replaced(s, 0)],
  ['one-character-more', 'one character appended', (s) => `${s}A`],
  ['one-character-less', 'its last character dropped', (s) => s.slice(0, -1)],
];

function expectUnauthorized(t: CheckContext, r: { status: number; body: unknown }): void {
  const code = (r.body as { code?: string } | null)?.code;
  t.expectation({ status: 401, code: 'unauthorized' }, { status: r.status, code });
  expect(r.status).toBe(401);
  expect(code).toBe('unauthorized');
}

for (const [kind, what, nearMiss] of TOKENS) {
  check(
    {
      id: `auth.near-miss-token.${kind}`,
      title: `${PROBED} with the run's own token with ${what} is 401 unauthorized`,
      family: 'auth',
      operation: PROBED,
      docRef: AUTH_DOC,
    },
    async (t) => {
      const token = await t.client.getToken();
      const r = await t.client.request('POST', PROBED, documentedValidBody(PROBED), { 'x-connectfi-token': nearMiss(token) });
      expectUnauthorized(t, r);
    },
  );
}

const { login, password } = runSettings();
const PASSWORDS: [string, string, (password: string) => string | undefined][] = [
  [
    'case',
    'the case of its first letter swapped',
    (p) => {
      const i = p.search(/[a-zA-Z]/);
      return i < 0
        ? undefined
        : `${p.slice(0, i)}${p[i] === p[i].toLowerCase() ? p[i].toUpperCase() : p[i].toLowerCase()}${p.slice(i + 1)}`;
    },
  ],
  ['last-character', 'its last character changed', (p) => replaced(p, p.length - 1)],
];

for (const [kind, what, nearMiss] of PASSWORDS) {
  check(
    {
      id: `auth.get-token.near-miss-password.${kind}`,
      title: `get-token with the configured login and the password with ${what} is 401 unauthorized`,
      family: 'auth',
      operation: '/auth/get-token',
      docRef: AUTH_DOC,
    },
    async (t) => {
      if (!login || !password) return t.skip('CONNECTFI_LOGIN and CONNECTFI_PASSWORD are not configured (the run uses CONNECTFI_TOKEN)');
      const wrong = nearMiss(password);
      if (wrong === undefined) return t.skip('the configured password has no letter whose case could be changed');
      const r = await t.client.request('POST', '/auth/get-token', { user: { login, password: wrong } });
      expectUnauthorized(t, r);
    },
  );
}

const NEEDS: FixtureName[] = ['customerId', 'debitProgramId'];
const PINS: [string, string][] = [
  ['last-digit', '1235'],
  ['first-digit', '2234'],
];
for (const [kind, wrong] of PINS) {
  check(
    {
      id: `pin.near-miss.${kind}`,
      title: `check-pin with the PIN 1234 set and ${wrong} asked (its ${kind.replace('-', ' ')} one off) is extIbis 55 (Invalid PIN supplied)`,
      family: 'pin',
      operation: '/ibis/card/check-pin',
      docRef: CHECK_PIN_DOC,
      needs: NEEDS,
    },
    async (t) => {
      const card = await cardInStatus(t, 'B');
      const set = await t.client.call('/ibis/card/set-pin', { cFiCardId: card.cFiCardId, pin: '1234' });
      if (!set.ok) throw new Error(`precondition failed: set-pin answered HTTP ${set.status} ${JSON.stringify(set.body).slice(0, 300)}`);
      const r = await t.client.call('/ibis/card/check-pin', { cFiCardId: card.cFiCardId, pin: wrong });
      t.log(`check-pin ${wrong} against 1234: HTTP ${r.status} ${r.error?.code ?? ''} ${r.error?.subCode ?? ''}`);
      expectError(t, r, 'extIbis.55.invalidPin');
    },
  );
}
