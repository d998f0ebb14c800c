import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { errorRules } from '../../api/index.ts';
import { BEHAVIOUR_RULES, param } from '../behaviour-rules.ts';
import { LOG_LIMIT, ProxySession, VIOLATIONS_LISTED } from '../session.ts';
import type { ProxyExchange } from '../report/integration-types.ts';
import { sampleExchange } from '../testing/sample-exchange.ts';
import { FINDINGS_LISTED } from './grade-types.ts';
import { gradeReferenceUnique } from './reference-unique.ts';

/**
 * The graders see each exchange once and keep only what a later one can change (grade-types.ts).
 * Here they are held against the rules read over the whole session at once (each rule of
 * schemas/rules/behaviours.json written as plainly as it reads), on random traffic: concurrent
 * requests finishing out of order, declines, 401s, 429s, 5xx and resets, retries under old and
 * new references; and then on a long run, to show that what they keep stays bounded.
 */

const rule = (id: string) => BEHAVIOUR_RULES.find((r) => r.id === id)!;
const DECLINE = [...errorRules.keys()].find((id) => id !== 'unauthorized' && id !== 'requestValidateError')!;
const LOGIN = '/auth/get-token';

/** Seqs of the failed findings of each behaviour, graded over the whole session. */
function wholeSession(xs: ProxyExchange[]): Record<string, { exercised: boolean; failed: number[] }> {
  const after = (e: ProxyExchange) => xs.filter((f) => f.seq > e.seq);
  const out: Record<string, { exercised: boolean; failed: number[] }> = {};
  // idempotent-retry: the first later request of the operation with the same body but for the reference.
  const unknown = xs.filter(
    (e) => e.reference !== undefined && (e.transport === 'reset' || e.transport === 'aborted' || (e.status ?? 0) >= 500),
  );
  const retryWindow = param(rule('idempotent-retry'), 'retryWindowMs');
  out['idempotent-retry'] = {
    exercised: unknown.length > 0,
    failed: unknown.flatMap((e) => {
      const r = after(e).find(
        (f) =>
          f.operation === e.operation &&
          f.at >= e.at &&
          f.at - e.endAt <= retryWindow &&
          f.canonicalWithoutReference === e.canonicalWithoutReference,
      );
      return r && r.reference !== e.reference ? [r.seq] : [];
    }),
  };
  // token-reuse: logins while a token already used has not been refused; more than allowed fail.
  const used = new Map<number, number>();
  const working = new Set<number>();
  const unneeded: number[] = [];
  let calls = 0;
  for (const e of xs) {
    if (e.tokenId !== null && e.operation !== LOGIN) {
      calls++;
      used.set(e.tokenId, (used.get(e.tokenId) ?? 0) + 1);
      if (e.status === 401) working.delete(e.tokenId);
    }
    if (e.operation !== LOGIN || e.issuedTokenId === undefined) continue;
    if ([...working].some((t) => (used.get(t) ?? 0) > 0)) unneeded.push(e.seq);
    working.add(e.issuedTokenId);
  }
  out['token-reuse'] = { exercised: calls > 0, failed: unneeded.length > param(rule('token-reuse'), 'maxUnneededLogins') ? unneeded : [] };
  // token-refresh: after a 401, the refused token never again; a login, then the same call with another token.
  const refused = xs.filter((e) => e.status === 401 && e.operation !== LOGIN && e.tokenId !== null);
  out['token-refresh'] = {
    exercised: refused.length > 0,
    failed: refused.flatMap((e) => {
      const later = after(e).filter((f) => f.at >= e.endAt);
      const reused = later.find((f) => f.tokenId === e.tokenId && f.operation !== LOGIN);
      if (reused) return [reused.seq];
      const login = later.find((f) => f.operation === LOGIN && f.issuedTokenId !== undefined);
      const retry = later.find(
        (f) => f.operation === e.operation && f.canonical === e.canonical && f.tokenId !== null && f.tokenId !== e.tokenId,
      );
      return !login || !retry || retry.seq < login.seq ? [e.seq] : [];
    }),
  };
  // retry-after: the next call of the operation, started after the 429's answer, waits Retry-After.
  const limited = xs.filter((e) => e.status === 429);
  out['retry-after'] = {
    exercised: limited.length > 0,
    failed: limited.flatMap((e) => {
      const next = after(e).find((f) => f.operation === e.operation && f.at >= e.endAt);
      const waitMs = Number(e.responseHeaders['retry-after']) * 1000;
      return next && next.at - e.endAt + param(rule('retry-after'), 'toleranceMs') < waitMs ? [next.seq] : [];
    }),
  };
  out['no-clear-pan'] = { exercised: xs.length > 0, failed: [] };
  // reference-unique: a reference used again with another body.
  const first = new Map<string, ProxyExchange>();
  const collisions: number[] = [];
  for (const e of xs) {
    if (e.reference === undefined) continue;
    const earlier = first.get(`${e.operation} ${e.reference}`);
    if (!earlier) first.set(`${e.operation} ${e.reference}`, e);
    else if (earlier.canonical !== e.canonical) collisions.push(e.seq);
  }
  out['reference-unique'] = { exercised: xs.some((e) => e.reference !== undefined), failed: collisions };
  // handles-decline: the identical request again within tightLoopMs of a decline's answer.
  const tight = param(rule('handles-decline'), 'tightLoopMs');
  const declines = xs.filter((e) => e.status === 400);
  out['handles-decline'] = {
    exercised: declines.length > 0,
    failed: declines.flatMap((e) => {
      const again = after(e).find(
        (f) => f.at >= e.endAt && f.at - e.endAt <= tight && f.method === e.method && f.path === e.path && f.canonical === e.canonical,
      );
      return again ? [again.seq] : [];
    }),
  };
  return out;
}

interface Step {
  gapMs: number;
  durationMs: number;
  kind: 'login' | 'debit' | 'list';
  token: number;
  reference: number;
  amount: number;
  answer: 200 | 400 | 401 | 429 | 500 | 'reset';
  retryAfter: number;
}

const step: fc.Arbitrary<Step> = fc.record({
  gapMs: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 2500 }) },
    { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 130_000 }) },
  ),
  durationMs: fc.integer({ min: 0, max: 3000 }),
  kind: fc.constantFrom<Step['kind'][]>('login', 'debit', 'list'),
  token: fc.integer({ min: 0, max: 3 }),
  reference: fc.integer({ min: 0, max: 3 }),
  amount: fc.integer({ min: 1, max: 2 }),
  answer: fc.constantFrom<Step['answer'][]>(200, 400, 401, 429, 500, 'reset'),
  retryAfter: fc.integer({ min: 0, max: 2 }),
});

/** The exchanges of a run of steps, in the order they finished, with the horizon at each. */
function traffic(steps: Step[]): { exchange: ProxyExchange; horizon: number }[] {
  let at = 0;
  let issued = 0;
  const started = steps.map((s) => {
    at += s.gapMs;
    return { s, at, endAt: at + s.durationMs };
  });
  const done = [...started].sort((a, b) => a.endAt - b.endAt || a.at - b.at);
  return done.map(({ s, at, endAt }, i) => {
    const operation = s.kind === 'login' ? LOGIN : s.kind === 'debit' ? '/ibis/financial/funds-debit' : '/ibis/card/list';
    const body: Record<string, unknown> =
      s.kind === 'login' ? { user: { login: 'app' } } : s.kind === 'debit' ? { cFiCardId: 'c1', amount: s.amount } : { customerId: 'u1' };
    if (s.kind === 'debit' && s.reference > 0) body.reference = `ref${s.reference}`;
    const answered = s.answer !== 'reset';
    const status = answered ? (s.answer as number) : null;
    const exchange = sampleExchange(operation, body, {
      seq: i + 1,
      at,
      endAt,
      tokenId: s.kind === 'login' || s.token === 0 ? null : s.token,
      status,
      responseHeaders: status === 429 ? { 'retry-after': String(s.retryAfter) } : {},
      transport: answered ? 'answered' : 'reset',
      outcome: status === 400 ? DECLINE : status === 200 ? '200' : answered ? `http-${status}` : 'reset',
    });
    if (typeof body.reference === 'string') exchange.reference = body.reference;
    if (s.kind === 'login' && status === 200) exchange.issuedTokenId = Math.min(3, ++issued);
    // The earliest start still to come: a request that has started and not finished, else now.
    const horizon = Math.min(endAt, ...done.slice(i + 1).map((d) => d.at));
    return { exchange, horizon };
  });
}

function graded(session: ProxySession): Record<string, { exercised: boolean; failed: number[] }> {
  const report = session.report();
  return Object.fromEntries(
    report.behaviours.map((b) => [
      b.id,
      {
        exercised: b.status !== 'not-exercised',
        failed: report.violations
          .filter((v) => v.rule === b.id)
          .map((v) => v.exchange)
          .sort((x, y) => x - y),
      },
    ]),
  );
}

// Cases random traffic seldom makes, each of which a grader once got wrong or nearly did.
const s = (over: Partial<Step>): Step => ({
  gapMs: 0,
  durationMs: 10,
  kind: 'list',
  token: 1,
  reference: 0,
  amount: 1,
  answer: 200,
  retryAfter: 1,
  ...over,
});
const EXAMPLES: [Step[]][] = [
  // token-refresh: a call with another token that started before the 401 was answered is not its retry.
  [
    [
      s({ answer: 401, durationMs: 1000 }),
      s({ gapMs: 500, token: 2, durationMs: 2000 }),
      s({ gapMs: 700, kind: 'login', durationMs: 100 }),
    ],
  ],
  // handles-decline and idempotent-retry at the very edge of their windows (tightLoopMs 2 s,
  // retryWindowMs 120 s, counted from the answer): on it is inside, one ms later is not.
  [
    [
      s({ kind: 'debit', reference: 1, answer: 400, durationMs: 0 }),
      s({ kind: 'debit', reference: 1, answer: 400, gapMs: 2000, durationMs: 0 }),
      s({ kind: 'debit', reference: 1, gapMs: 2001 }),
    ],
  ],
  [
    [
      s({ kind: 'debit', reference: 1, answer: 500, durationMs: 0 }),
      s({ kind: 'debit', reference: 2, answer: 500, gapMs: 120_000, durationMs: 0 }),
      s({ kind: 'debit', reference: 3, gapMs: 120_001 }),
    ],
  ],
  // A decline is still waiting when the horizon reaches the window's edge exactly (another call
  // finishes then, as the repeat starts): the repeat, on the edge, still counts.
  [
    [
      s({ kind: 'debit', reference: 1, answer: 400, durationMs: 0 }),
      s({ gapMs: 1000, durationMs: 1000 }),
      s({ kind: 'debit', reference: 1, answer: 400, gapMs: 1000 }),
    ],
  ],
];

describe('graders', () => {
  test.prop([fc.array(step, { minLength: 1, maxLength: 40 })], { numRuns: 1000, examples: EXAMPLES })(
    'grade as the rules read over the whole session, exchange by exchange',
    (steps) => {
      const run = traffic(steps);
      const session = new ProxySession('http://upstream');
      for (const { exchange, horizon } of run) session.record(exchange, [], horizon);
      const expected = wholeSession(run.map((r) => r.exchange));
      for (const v of Object.values(expected)) v.failed.sort((x, y) => x - y);
      expect(graded(session)).toEqual(expected);
    },
  );

  it('keep a bounded amount on a long run, and the report counts what it does not list', () => {
    // A naive app for 60,000 exchanges: it logs in before every call, repeats each declined debit
    // at once, and retries a debit that ended in a 500 under a new reference.
    const session = new ProxySession('http://upstream');
    let seq = 0;
    let at = 0;
    const record = (operation: string, body: Record<string, unknown>, extra: Partial<ProxyExchange>) => {
      const e = sampleExchange(operation, body, { seq: ++seq, at, endAt: at + 2, overheadMs: 0.2, ...extra });
      session.record(
        e,
        extra.status === 400 ? [{ operation, kind: 'request-schema', rule: 'requestValidateError', detail: 'x', exchange: e.seq }] : [],
        at,
      );
      at += 50;
    };
    const rounds = 10_000;
    for (let i = 0; i < rounds; i++) {
      const token = session.tokenId(`token-${i}-abcdefghijklmnop`);
      record(LOGIN, { user: { login: 'app' } }, { issuedTokenId: token });
      const debit = { cFiCardId: 'c1', amount: 1, reference: `d${i}` };
      record('/ibis/financial/funds-debit', debit, { tokenId: token, reference: debit.reference, status: 400, outcome: DECLINE });
      record('/ibis/financial/funds-debit', debit, { tokenId: token, reference: debit.reference, status: 400, outcome: DECLINE });
      const credit = { cFiCardId: 'c1', amount: 2, reference: `c${i}` };
      record('/ibis/financial/funds-debit', credit, { tokenId: token, reference: credit.reference, status: 500, outcome: 'http-500' });
      record('/ibis/financial/funds-debit', { ...credit, reference: `c${i}-again` }, { tokenId: token, reference: `c${i}-again` });
      record('/ibis/card/list', { customerId: 'u1' }, { tokenId: token });
    }
    expect(session.count).toBe(rounds * 6);
    const held = session.held();
    // What waits for a later exchange is settled as the traffic goes by: what is held is what
    // fell within the rule's window (a round takes 300 ms here: tightLoopMs 2 s is about 7 rounds,
    // retryWindowMs 120 s about 400), not the 10,000 rounds.
    expect(held['handles-decline']).toBeLessThan(50);
    expect(held['idempotent-retry']).toBeLessThan(1000);
    expect(held['retry-after']).toBe(0);
    expect(held['token-refresh']).toBe(0);
    // ...and what grows, grows with the distinct references and tokens the app used, not with the traffic.
    expect(held['reference-unique']).toBe(rounds * 3);
    expect(held['token-reuse']).toBe(rounds);
    const report = session.report();
    expect(report.log).toHaveLength(LOG_LIMIT);
    // The proxy's own time, over all 60,000 exchanges (0.2 ms each), in a fixed amount of memory.
    expect(report.proxyOverheadMs).toEqual({ p50: 0.2, p99: 0.2 });
    expect(report.log.at(-1)!.seq).toBe(seq);
    expect(report.verdict).toBe('not-ready');
    const count = (rule: string) => report.violationCounts.filter((c) => c.rule === rule).reduce((n, c) => n + c.count, 0);
    expect(count('handles-decline')).toBe(rounds);
    expect(count('idempotent-retry')).toBe(rounds);
    expect(count('token-reuse')).toBe(rounds - 1);
    expect(count('requestValidateError')).toBe(rounds * 2);
    expect(report.violationsTotal).toBe(rounds * 2 + rounds + rounds + (rounds - 1));
    expect(report.violations.filter((v) => v.kind === 'behaviour' && v.rule === 'handles-decline')).toHaveLength(FINDINGS_LISTED);
    expect(report.violations.filter((v) => v.kind === 'request-schema')).toHaveLength(VIOLATIONS_LISTED);
    const decline = report.behaviours.find((b) => b.id === 'handles-decline')!;
    expect(decline.status).toBe('failed');
    expect(decline.evidence.at(-1)).toMatch(/more finding\(s\) not shown \(10000 failed in all\)/);
    // Every token seen is still cut out of the report.
    expect(JSON.stringify(report)).not.toMatch(/token-\d+-abcdefghijklmnop/);
  });

  it('reference-unique remembers the last rememberedReferences references, and says when it forgot older ones', () => {
    const grader = gradeReferenceUnique({ ...rule('reference-unique'), params: { rememberedReferences: 2 } });
    const write = (seq: number, reference: string, amount: number) =>
      sampleExchange(
        '/ibis/financial/funds-credit',
        { cFiCardId: 'c1', reference, amount },
        { seq, at: seq, endAt: seq, reference, tokenId: 1 },
      );
    [write(1, 'a', 1), write(2, 'b', 1), write(3, 'c', 1)].forEach((e) => grader.observe(e, e.at));
    expect(grader.held()).toBe(2);
    grader.observe(write(4, 'a', 2), 4); // forgotten: not seen
    grader.observe(write(5, 'c', 2), 5); // remembered: a different body under a used reference
    const result = grader.result();
    expect(result.failed).toBe(1);
    expect(result.findings.filter((f) => f.failed).map((f) => f.exchange)).toEqual([5]);
    expect(result.findings[0].text).toMatch(/the 2 oldest reference\(s\) were forgotten \(the last 2 are remembered\)/);
  });
});
