import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/index.ts';
import type { Exchange } from '../client/exchange.ts';
import { deviationOf, type DeviationOptions } from './derive-deviation.ts';
import { DEVIATION_WORDS, DEVIATIONS, intentOf } from './deviations.ts';
import type { CheckResult, Deviation } from './types.ts';

const RID = 'a3f1c2d4e5b6978812345678901234ab';
const CARD = 'icrd_3KBvJw2N0d81u5Y2sAqvCx';

function answer(operation: string, status: number | null, responseBody: unknown, requestBody: unknown = { cFiCardId: CARD }): Exchange {
  return {
    operation,
    method: 'POST',
    url: `http://127.0.0.1:4010${operation}`,
    requestHeaders: { 'content-type': 'application/json' },
    requestBody,
    status,
    responseHeaders: status === null ? {} : { 'content-type': 'application/json' },
    responseBody,
    requestId: RID,
    durationMs: 3,
    startedAt: '2025-01-02T03:04:05.000Z',
    attempt: 1,
    ...(status === null ? { error: 'ECONNRESET: socket hang up' } : {}),
  };
}

const ok = (operation: string, data: unknown = { cFiCardId: CARD }, requestBody?: unknown) =>
  answer(operation, 200, { code: '0', data, requestId: RID }, requestBody);
const refused = (operation: string, code: string, subCode?: string, context: unknown = {}) =>
  answer(operation, 400, { requestId: RID, code, ...(subCode ? { subCode } : {}), context });

function failed(family: string, exchanges: Exchange[], over: Partial<CheckResult> = {}): CheckResult {
  return {
    id: `${family}.case`,
    title: 'a case',
    operation: exchanges.at(-1)?.operation ?? null,
    family,
    docRef: null,
    status: 'failed',
    failureKind: 'assertion',
    durationMs: 5,
    evidence: { exchanges },
    ...over,
  };
}

const wantsError = { notes: { expected: { status: 400, code: 'extIbis', subCode: '57' } } };
const wantsSuccess = { notes: { expected: { status: 200, code: '0' } } };

/** One case per word deviationOf gives (waiver-expired is the waivers' own row: src/runner/waivers.test.ts). */
const CASES: { name: string; want: Deviation; check: CheckResult; options?: DeviationOptions }[] = [
  {
    name: 'a forbidden status change answered 200',
    want: 'accepts-invalid-request',
    check: failed('status', [ok('/ibis/card/set-status')]),
    options: wantsError,
  },
  {
    name: 'a validation check (intent refuse) answered 200, with no notes',
    want: 'accepts-invalid-request',
    check: failed('validation', [ok('/ibis/card/set-status')]),
  },
  {
    name: 'a valid read refused with cardNotFound',
    want: 'refuses-valid-request',
    check: failed('cards', [refused('/ibis/card/status', 'cardNotFound', undefined, { cFiCardId: CARD })]),
    options: wantsSuccess,
  },
  {
    name: 'a setup step refused (precondition)',
    want: 'refuses-valid-request',
    check: failed('money', [refused('/ibis/card/status', 'cardNotFound', undefined, { cFiCardId: CARD })], { failureKind: 'precondition' }),
  },
  {
    name: 'a forbidden status change refused with another documented error',
    want: 'wrong-error',
    check: failed('status', [refused('/ibis/card/set-status', 'cardNotFound', undefined, { cFiCardId: CARD })]),
    options: wantsError,
  },
  {
    name: 'an answer whose identity the operation does not document',
    want: 'undocumented-answer',
    check: failed('cards', [refused('/ibis/card/status', 'noSuchCode')]),
    options: wantsSuccess,
  },
  {
    name: 'an allowed change answered 200 that does not read back (intent state)',
    want: 'state-not-kept',
    check: failed('status', [ok('/ibis/card/set-status'), ok('/ibis/card/status', { cFiCardId: CARD, status: { code: 'A' } })]),
  },
  {
    name: 'a setup step that succeeded but does not read back (precondition)',
    want: 'state-not-kept',
    check: failed('cards', [ok('/ibis/card/activate'), ok('/ibis/card/status')], { failureKind: 'precondition' }),
  },
  {
    name: 'a pull refused as pre-active from a card the check activated with a 200',
    want: 'state-not-kept',
    check: failed('money', [ok('/ibis/card/activate'), refused('/ibis/financial/funds-debit', 'extIbis', 'PA')]),
    options: wantsSuccess,
  },
  {
    name: 'a read whose data differ (intent read)',
    want: 'read-mismatch',
    check: failed('cards', [ok('/ibis/card/status', { cFiCardId: 'icrd_someOtherCard0000000000' })]),
    options: wantsSuccess,
  },
  {
    name: 'a balance off after a push (intent money)',
    want: 'money-mismatch',
    check: failed('money', [ok('/ibis/financial/funds-credit'), ok('/ibis/card/status')]),
    options: { notes: { expected: { balancesInCents: { [CARD]: 2550 } }, actual: { balancesInCents: { [CARD]: 2100 } } } },
  },
  {
    name: 'a reused reference accepted',
    want: 'idempotency-broken',
    check: failed('idempotency', [ok('/ibis/debit-card/add'), ok('/ibis/debit-card/add')]),
    options: { notes: { expected: { status: 400, code: 'referenceExists' }, actual: { status: 200, code: '0' } } },
  },
  {
    name: 'a wrong token served',
    want: 'auth-not-enforced',
    check: failed('auth', [ok('/ibis/card/list', [])]),
  },
  {
    name: 'a missing token answered as if authenticated (a business error)',
    want: 'auth-not-enforced',
    check: failed('auth', [refused('/ibis/card/status', 'cardNotFound', undefined, { cFiCardId: CARD })]),
  },
  {
    name: 'a run-wide envelope row',
    want: 'envelope-format',
    check: failed('envelope', [], {
      evidence: {
        exchanges: [],
        summaries: [{ operation: '/ibis/card/status', method: 'POST', path: '/ibis/card/status', status: 200, problems: ['requestId'] }],
      },
    }),
  },
  { name: 'an error row', want: 'transport', check: failed('money', [], { status: 'error', kind: 'transport' }) },
  {
    name: 'a failing exchange with no answer',
    want: 'transport',
    check: failed('cards', [answer('/ibis/card/status', null, undefined)]),
    options: wantsSuccess,
  },
  {
    name: 'an undocumented 503',
    want: 'transport',
    check: failed('status', [answer('/ibis/card/set-status', 503, { message: 'down' })]),
    options: wantsError,
  },
  {
    name: "the check's own code crashed on a documented answer",
    want: 'check-crashed',
    check: failed('cards', [ok('/ibis/card/status')], { failureKind: 'error' }),
  },
];

describe('deviationOf', () => {
  for (const c of CASES) it(`${c.want}: ${c.name}`, () => expect(deviationOf(c.check, c.options)).toBe(c.want));

  it('reaches every word of the vocabulary but the waivers’ own', () => {
    expect(new Set(CASES.map((c) => c.want))).toEqual(new Set(DEVIATION_WORDS.filter((w) => w !== 'waiver-expired')));
  });

  it('gives none to a check that did not fail', () => {
    for (const status of ['passed', 'skipped', 'waived', 'advisory', 'not-applicable'] as const)
      expect(deviationOf({ ...CASES[0].check, status }, CASES[0].options)).toBeUndefined();
  });

  it('reads the notes, never the assertion text: the same reason gives another word when the notes differ', () => {
    const reason = 'expected 200 to be 400 // Object.is equality';
    const check = failed('cards', [ok('/ibis/card/status')], { reason });
    expect(deviationOf(check, wantsError)).toBe('accepts-invalid-request');
    expect(deviationOf(check, wantsSuccess)).toBe('read-mismatch');
  });

  it('judges the exchange the notes name, not a later one (a property check shrinks after its failure)', () => {
    const failing = refused('/ibis/card/set-status', 'cardNotFound', undefined, { cFiCardId: CARD });
    const check = failed('validation', [failing, refused('/ibis/card/set-status', 'requestValidateError', undefined, [])]);
    expect(
      deviationOf(check, {
        notes: { expected: { status: 400, code: 'requestValidateError' }, actual: { status: 400, code: 'cardNotFound' } },
      }),
    ).toBe('wrong-error');
  });

  it('does not blame a lost status when the refused card is not the one the check moved', () => {
    const other = refused('/ibis/financial/funds-debit', 'extIbis', 'PA');
    other.requestBody = { cFiCardId: 'icrd_neverActivated000000000' };
    expect(deviationOf(failed('money', [ok('/ibis/card/activate'), other]), wantsSuccess)).toBe('refuses-valid-request');
  });

  it('takes a family default intent unless the check declares one', () => {
    expect(intentOf('status')).toBe('state');
    expect(intentOf('cards')).toBe('read');
    expect(intentOf('status', 'refuse')).toBe('refuse');
    const check = failed('cards', [ok('/ibis/card/set-status')]);
    expect(deviationOf(check, { intent: 'refuse' })).toBe('accepts-invalid-request');
    expect(deviationOf(check, { intent: 'state' })).toBe('state-not-kept');
  });

  it('documents every word in one sentence, as the table of docs/ci.md, "Causes" says it', () => {
    const guide = readFileSync(path.join(ROOT, 'docs', 'ci.md'), 'utf8');
    const section = guide.slice(guide.indexOf('\n## Causes\n'), guide.indexOf('\n## ', guide.indexOf('\n## Causes\n') + 1));
    const rows = [...section.matchAll(/^\| `([a-z-]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(DEVIATION_WORDS.map((w) => [w, DEVIATIONS[w].meaning]));
    for (const word of DEVIATION_WORDS) expect(DEVIATIONS[word].phrase).toMatch(/^[a-z]/);
  });
});
