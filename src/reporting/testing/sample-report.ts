import type { Exchange } from '../../client/exchange.ts';
import type { CheckResult, ConformanceReport, Matrix, SelfcheckSummary } from '../types.ts';
import { summaryCounts } from '../verdict.ts';

/**
 * A report with every kind of row, for the writers' tests and the browser test: all five statuses,
 * several families, evidence with exchanges, hostile markup, and the secrets and PAN of SAMPLE_SECRETS
 * planted where a careless runner could leave them.
 */
export const SAMPLE_SECRETS = { token: 'tok_5f1b2c3d4e5f60718293a4b5c6d7e8f9', password: 'hunter2-Sample!', pan: '4111111111111111' };
export const XSS_REASON =
  'expected 401, got <img src=x onerror="document.body.dataset.pwned=1"> </script><script>document.body.dataset.pwned=2</script>';

const DOC = { file: 'ibis-overview.txt', heading: 'Set the Status of a Card' };
const AUTH_DOC = { file: 'README.md', heading: 'Authentication (/OVERVIEW/Getting-Started/Authentication/, /USER/API/Get-Access-Token/)' };

function exchange(over: Partial<Exchange>): Exchange {
  return {
    operation: '/ibis/card/set-status',
    method: 'POST',
    url: 'http://127.0.0.1:4010/ibis/card/set-status',
    requestHeaders: { 'content-type': 'application/json', 'x-connectfi-token': SAMPLE_SECRETS.token },
    requestBody: { cFiCardId: 'icrd_3KBvJw2N0d81u5Y2sAqvCx', statusCode: 'B', description: 'reopen' },
    status: 200,
    responseHeaders: { 'content-type': 'application/json; charset=utf-8' },
    responseBody: {
      code: '0',
      data: { cFiCardId: 'icrd_3KBvJw2N0d81u5Y2sAqvCx', status: 'B' },
      requestId: 'a3f1c2d4e5b6978812345678901234ab',
    },
    requestId: 'a3f1c2d4e5b6978812345678901234ab',
    durationMs: 12,
    startedAt: '2025-01-02T03:04:05.000Z',
    attempt: 1,
    ...over,
  };
}

function check(over: Partial<CheckResult> & Pick<CheckResult, 'id' | 'status'>): CheckResult {
  return { title: `title of ${over.id}`, operation: '/ibis/card/set-status', family: 'status', docRef: DOC, durationMs: 20, ...over };
}

const STATUSES = ['A', 'B', 'I', 'S', 'F'];
const ALLOWED: Record<string, string[]> = { A: ['B', 'F', 'I', 'S'], B: ['F', 'I', 'S'], I: ['F', 'S'], S: ['B', 'F'], F: [] };

function transitions(failing: string): Matrix {
  const cells: Matrix['cells'] = {};
  for (const from of STATUSES) {
    cells[from] = {};
    for (const to of STATUSES) {
      const id = `status.transition.${from}-${to}`;
      cells[from][to] =
        to === 'A'
          ? null
          : { checkId: id, status: id === failing ? 'failed' : 'passed', expected: ALLOWED[from].includes(to) ? 'allowed' : 'refused' };
    }
  }
  return { rows: STATUSES, cols: STATUSES, cells };
}

/** A self-check with one detected and one undetected fault (hostile markup in a description). */
export const SAMPLE_SELFCHECK: SelfcheckSummary = {
  score: { detected: 1, total: 2, percent: 50 },
  clean: { ok: true, exitCode: 0, passed: 413, failed: 0, skipped: 11 },
  seed: '20240806',
  runs: 5,
  concurrency: 2,
  startedAt: '2025-01-02T03:10:00.000Z',
  durationMs: 61_000,
  faults: [
    {
      fault: 'pull-from-pre-active',
      family: 'money',
      description: 'funds-debit and card-to-card pull from a pre-active card (A)',
      expected: ['money\\.pull\\..*\\.status-A'],
      detected: true,
      status: 'detected',
      exitCode: 1,
      detectedBy: [
        'money.pull.funds-debit.status-A',
        'money.pull.card-to-card.status-A',
        'money.pull.extra.status-A',
        'money.pull.more.status-A',
      ],
      collateral: ['lifecycle.model-based', 'money.credit.pre-active-pull'],
      expectedChecks: 4,
      failedChecks: 6,
      durationMs: 8_000,
    },
    {
      fault: 'whitespace-only-accepted',
      family: 'validation',
      description: `isNotOnlyWhitespace is not enforced ${XSS_REASON}`,
      expected: ['validation\\..*isNotOnlyWhitespace.*'],
      detected: false,
      status: 'missed',
      exitCode: 1,
      detectedBy: [],
      collateral: ['validation.other'],
      expectedChecks: 2,
      failedChecks: 1,
      reason: 'the expected checks passed (2 checks); collateral failures: validation.other',
      durationMs: 7_500,
    },
  ],
  variants: [
    {
      variant: 'reworded-messages',
      description: `words every error message differently ${XSS_REASON}`,
      docs: [{ file: 'README.md', heading: 'Error envelope', quote: 'and may have no message.' }],
      falseAlarms: ['cards.reissue.unknown-card'],
      errors: [],
      advisories: [],
      passed: 430,
      notApplicable: 11,
      ok: false,
      exitCode: 1,
      reason: '1 false alarm: cards.reissue.unknown-card',
      durationMs: 9_000,
    },
    {
      variant: 'push-to-closed-accepted',
      description: 'accepts a push to a closed card (F)',
      docs: [
        {
          file: 'ibis-overview.txt',
          heading: 'Card to Card Transactions with /ibis',
          quote: 'You can, however, transfer funds to a pre-active card',
        },
      ],
      erratum: 'push-to-inactive',
      falseAlarms: [],
      errors: [],
      advisories: ['money.push.closed-card-refused'],
      passed: 431,
      notApplicable: 11,
      ok: true,
      exitCode: 0,
      durationMs: 8_500,
    },
  ],
};

export function sampleReport(options: { matrices?: boolean; selfcheck?: boolean } = {}): ConformanceReport {
  const failingTransition = 'status.transition.S-I';
  const checks: CheckResult[] = [
    check({
      id: failingTransition,
      title: 'S → I is refused with extIbis subCode SA',
      status: 'failed',
      reason: 'expected 400 extIbis subCode SA, got 200',
      durationMs: 41,
      evidence: {
        exchanges: [exchange({ requestBody: { cFiCardId: 'icrd_3KBvJw2N0d81u5Y2sAqvCx', statusCode: 'I' } })],
        curl: [
          `curl -sS -X POST 'http://127.0.0.1:4010/ibis/card/set-status' -H "x-connectfi-token: $CONNECTFI_TOKEN" --data-raw '{"cFiCardId":"icrd_3KBvJw2N0d81u5Y2sAqvCx","statusCode":"I"}'`,
        ],
        expected: { status: 400, code: 'extIbis', subCode: 'SA' },
        actual: { status: 200, code: '0' },
      },
    }),
    check({
      id: 'auth.wrong-token.ibis-card-list',
      title: 'POST /ibis/card/list with a wrong token is 401',
      family: 'auth',
      operation: '/ibis/card/list',
      docRef: AUTH_DOC,
      status: 'failed',
      reason: XSS_REASON,
      evidence: {
        exchanges: [
          exchange({
            operation: '/ibis/card/list',
            url: 'http://127.0.0.1:4010/ibis/card/list',
            status: 200,
            requestBody: { customerId: 'cstap_1', note: `Card Number(${SAMPLE_SECRETS.pan})`, password: SAMPLE_SECRETS.password },
            responseBody: {
              code: '0',
              data: [],
              requestId: 'b3f1c2d4e5b6978812345678901234ab',
              echo: `<script>alert(1)</script> ${SAMPLE_SECRETS.token}`,
            },
          }),
        ],
        curl: [
          `curl -sS -X POST 'http://127.0.0.1:4010/ibis/card/list' -H 'x-connectfi-token: ${SAMPLE_SECRETS.token}' --data-raw '{"customerId":"cstap_1"}'`,
        ],
        transcript: ['sent a wrong token', `login with ${SAMPLE_SECRETS.password}`],
        seed: '42',
      },
    }),
    check({ id: 'status.transition.A-B', title: 'A → B is allowed', status: 'passed', durationMs: 18 }),
    check({ id: 'status.transition.B-S', title: 'B → S is allowed', status: 'passed', durationMs: 15 }),
    check({
      id: 'auth.no-token.ibis-card-list',
      title: 'POST /ibis/card/list without a token is 401',
      family: 'auth',
      operation: '/ibis/card/list',
      docRef: AUTH_DOC,
      status: 'passed',
    }),
    check({
      id: 'money.pull.insufficient',
      title: 'a pull larger than the balance is refused with subCode 51',
      family: 'money',
      operation: '/ibis/financial/funds-debit',
      status: 'skipped',
      reason: 'fixture not configured: CONNECTFI_DEBIT_PROGRAM_ID',
      missingFixtures: ['CONNECTFI_DEBIT_PROGRAM_ID'],
    }),
    check({
      id: 'pin.lock.after-max-attempts',
      title: 'the PIN locks after the maximum wrong attempts',
      family: 'pin',
      operation: '/ibis/card/check-pin',
      status: 'not-applicable',
      reason: 'errata pin-attempt-limit: the PIN lock is graded only against the simulator',
    }),
    check({
      id: 'envelope.ibis-card-status.success',
      title: 'every 200 of /ibis/card/status has the envelope',
      family: 'envelope',
      operation: '/ibis/card/status',
      status: 'waived',
      reason: 'waived until 2099-12-31: sandbox omits requestId (was: missing requestId)',
      waiver: { reason: 'sandbox omits requestId, ticket CFI-123', expires: '2099-12-31' },
    }),
    check({
      id: 'validation.card-set-pin.pin-pattern',
      title: 'pin must match ^\\d{4}$',
      family: 'validation',
      operation: '/ibis/card/set-pin',
      status: 'passed',
    }),
  ];
  return {
    ...sampleRun(checks, { durationMs: 12_345, seed: '1234', runId: 'cfcsample01' }),
    ...(options.selfcheck ? { selfcheck: SAMPLE_SELFCHECK } : {}),
    ...(options.matrices === false
      ? {}
      : {
          matrices: {
            transitions: transitions(failingTransition),
            permissions: {
              rows: STATUSES,
              cols: ['/ibis/card/activate', '/ibis/card/set-pin', '/ibis/card/check-pin'],
              cells: Object.fromEntries(
                STATUSES.map((s) => [
                  s,
                  {
                    '/ibis/card/activate': {
                      checkId: `status.permission.activate.${s}`,
                      status: s === 'I' ? 'skipped' : 'passed',
                      expected: s === 'A' ? 'allowed' : 'refused',
                    },
                    '/ibis/card/set-pin': {
                      checkId: `status.permission.set-pin.${s}`,
                      status: s === 'S' ? 'waived' : 'passed',
                      expected: s === 'B' || s === 'A' ? 'allowed' : 'refused',
                    },
                    '/ibis/card/check-pin': null,
                  },
                ]),
              ),
            },
          },
        }),
  };
}

/** Six documented operations, for rows spread over operations. */
const TRIAGE_OPERATIONS = [
  '/ibis/card/status',
  '/ibis/card/activate',
  '/ibis/card/set-pin',
  '/ibis/card/check-pin',
  '/ibis/financial/funds-credit',
  '/ibis/financial/funds-debit',
];

/**
 * A failing run like one against a foreign implementation: many failures with few causes (the
 * same deviation on several operations, with different ids in the reasons), as a run writes them
 * (each failed row with its deviation), for the causes' and the triage view's tests.
 */
export function triageReport(): ConformanceReport {
  const checks: CheckResult[] = [];
  const families = ['cards', 'money', 'pin'];
  for (let i = 0; i < 6; i++) {
    const requestId = `req-${i}x${(1000 + i * 7919).toString(36)}`;
    checks.push(
      check({
        id: `envelope.op-${i}.success`,
        family: 'envelope',
        operation: TRIAGE_OPERATIONS[i],
        status: 'failed',
        deviation: 'envelope-format',
        reason: `${i + 2} of ${i + 9} responses deviate; first (check ${families[i % 3]}.case-${i}, requestId ${requestId}): requestId "${requestId}" does not match ^[0-9a-f]{32}$`,
        evidence: {
          exchanges: [],
          summaries: [
            {
              operation: TRIAGE_OPERATIONS[i],
              method: 'POST',
              path: TRIAGE_OPERATIONS[i],
              status: 200,
              requestId,
              problems: [`requestId "${requestId}" is not 32 lowercase hex characters`],
            },
          ],
        },
      }),
    );
  }
  for (let i = 0; i < 4; i++) {
    const cFiCardId = `icrd_${'7Kq2'.repeat(2)}${i}Zx9`;
    checks.push(
      check({
        id: `status.transition.case-${i}`,
        family: 'status',
        status: 'failed',
        deviation: 'accepts-invalid-request',
        reason: `card ${cFiCardId} answered 200, expected 400 extIbis subCode 57`,
        evidence: { exchanges: [exchange({ requestBody: { cFiCardId, statusCode: 'B' } })] },
      }),
    );
  }
  checks.push(
    check({
      id: 'money.balance.exact',
      family: 'money',
      operation: '/ibis/financial/funds-credit',
      status: 'failed',
      deviation: 'money-mismatch',
      reason: 'balance 1523.75 after a push of 12.5, expected 1536.25',
    }),
  );
  for (let i = 0; i < 5; i++) checks.push(check({ id: `cards.list.case-${i}`, family: 'cards', status: 'passed' }));
  checks.push(
    check({
      id: 'pin.wrong-pin',
      family: 'pin',
      status: 'skipped',
      reason: 'fixture not configured: CONNECTFI_CUSTOMER_ID',
      missingFixtures: ['CONNECTFI_CUSTOMER_ID'],
    }),
  );
  return sampleRun(checks, { durationMs: 5_000, seed: '99', runId: 'cfctriage01' });
}

/** A run of the sample target with these checks, counted in its summary. */
function sampleRun(checks: CheckResult[], run: Pick<ConformanceReport, 'durationMs' | 'seed' | 'runId'>): ConformanceReport {
  return {
    target: 'http://127.0.0.1:4010',
    startedAt: '2025-01-02T03:04:05.000Z',
    ...run,
    summary: summaryCounts(checks),
    checks,
  };
}
