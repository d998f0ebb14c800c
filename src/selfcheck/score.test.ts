import { describe, expect, it } from 'vitest';
import { UsageError, ConfigurationError } from '../errors.ts';
import { FAULTS } from '../simulator/faults/index.ts';
import { VARIANTS } from '../simulator/variants/index.ts';
import { childEnv } from './lanes.ts';
import { resolveSelfcheckOptions, selectFaults } from './options.ts';
import { runConfigFor } from './run-target.ts';
import {
  idPattern,
  judgeClean,
  judgeFault,
  mutationScore,
  renderMarkdownTable,
  renderTable,
  scoreLine,
  selfcheckPassed,
  type RunResult,
} from './score.ts';
import { defaultConcurrency, filesFor } from './selfcheck.ts';

const FAULT = {
  name: 'pull-from-pre-active',
  family: 'money',
  description: 'pulls from a pre-active card',
  expected: ['money\\.pull\\..*\\.status-A'],
};
type Row = [id: string, family: string, status: string, failureKind?: string];
const run = (exitCode: number | null, checks: Row[], error?: string): RunResult => ({
  exitCode,
  checks: checks.map(([id, family, status, failureKind]) => ({ id, family, status, ...(failureKind ? { failureKind } : {}) })),
  durationMs: 1234,
  ...(error ? { error } : {}),
});
/** FAULT judged on a run that exited 1 with these checks. */
const judgedOnFailedRun = (checks: Row[]) => judgeFault(FAULT, run(1, checks));

describe('judgeFault', () => {
  it('is detected by the expected checks that failed on their own assertion; every other failure is collateral', () => {
    const row = judgedOnFailedRun([
      ['money.pull.funds-debit.status-A', 'money', 'failed', 'assertion'],
      ['lifecycle.model-based', 'lifecycle', 'failed', 'assertion'],
      ['money.pull.card-to-card.status-A', 'money', 'failed', 'precondition'],
      ['money.push.status-A', 'money', 'failed', 'assertion'],
      ['money.pull.funds-debit.status-B', 'money', 'passed'],
    ]);
    expect(row).toEqual({
      fault: 'pull-from-pre-active',
      family: 'money',
      description: 'pulls from a pre-active card',
      expected: ['money\\.pull\\..*\\.status-A'],
      detected: true,
      status: 'detected',
      exitCode: 1,
      detectedBy: ['money.pull.funds-debit.status-A'],
      collateral: ['lifecycle.model-based', 'money.pull.card-to-card.status-A', 'money.push.status-A'],
      expectedChecks: 2,
      failedChecks: 4,
      durationMs: 1234,
    });
  });

  it('is missed when its expected checks pass, even though a check of its family failed (collateral)', () => {
    const row = judgedOnFailedRun([
      ['money.pull.funds-debit.status-A', 'money', 'passed'],
      ['money.pull.card-to-card.status-A', 'money', 'passed'],
      ['money.push.status-A', 'money', 'failed', 'assertion'],
      ['money.balance-kept.x', 'money', 'failed', 'assertion'],
    ]);
    expect(row.detected).toBe(false);
    expect(row.status).toBe('missed');
    expect(row.detectedBy).toEqual([]);
    expect(row.collateral).toEqual(['money.push.status-A', 'money.balance-kept.x']);
    expect(row.reason).toBe('the expected checks passed (2 checks); collateral failures: money.push.status-A, money.balance-kept.x');
  });

  it('is missed when its expected checks failed only on a refused setup step or a crash', () => {
    const row = judgedOnFailedRun([
      ['money.pull.funds-debit.status-A', 'money', 'failed', 'precondition'],
      ['money.pull.card-to-card.status-A', 'money', 'failed', 'error'],
    ]);
    expect(row).toMatchObject({
      detected: false,
      detectedBy: [],
      collateral: ['money.pull.funds-debit.status-A', 'money.pull.card-to-card.status-A'],
    });
    expect(row.reason).toBe(
      'the expected checks failed only on a setup step or a crash (money.pull.funds-debit.status-A: precondition, money.pull.card-to-card.status-A: error)',
    );
  });

  it('matches each pattern against the whole id', () => {
    expect(idPattern(['a\\.b', 'c\\..*']).test('a.b')).toBe(true);
    expect(idPattern(['a\\.b']).test('a.bc')).toBe(false);
    expect(idPattern(['a\\.b']).test('xa.b')).toBe(false);
    expect(
      judgeFault({ ...FAULT, expected: ['money\\.pull'] }, run(1, [['money.pull.funds-debit.status-A', 'money', 'failed', 'assertion']]))
        .reason,
    ).toBe('none of the expected checks ran');
  });

  it('is missed when the suite passes, or when the run could not complete', () => {
    expect(judgeFault(FAULT, run(0, [['money.pull.funds-debit.status-A', 'money', 'passed']])).reason).toBe(
      'the expected checks passed (1 check)',
    );
    expect(judgeFault(FAULT, run(2, [], 'error [AUTH_REFUSED]: ...'))).toMatchObject({
      detected: false,
      reason: 'the run could not complete (exit 2): error [AUTH_REFUSED]: ...',
    });
    expect(judgeFault(FAULT, run(null, [], 'timed out after 300 s')).reason).toBe(
      'the run could not complete (exit none): timed out after 300 s',
    );
    // An expected check that failed under an exit code other than 1 is not a detection.
    expect(judgeFault(FAULT, run(2, [['money.pull.funds-debit.status-A', 'money', 'failed', 'assertion']])).detected).toBe(false);
  });
});

describe('judgeClean', () => {
  /** The clean run judged: checks a, b, ... of family x with these statuses. */
  const judgedClean = (exitCode: number, statuses: string[]) =>
    judgeClean(
      run(
        exitCode,
        statuses.map((status, i): Row => [String.fromCharCode(97 + i), 'x', status]),
      ),
    );

  it('passes with exit 0 and no failed check', () => {
    expect(judgedClean(0, ['passed', 'skipped'])).toEqual({ ok: true, exitCode: 0, passed: 1, failed: 0, skipped: 1 });
  });

  it('fails with a failed check or a run that could not complete, naming why', () => {
    expect(judgedClean(1, ['failed', 'passed'])).toMatchObject({
      ok: false,
      failed: 1,
      reason: '1 checks failed against the clean simulator: a',
    });
    expect(judgeClean(run(2, [], 'no output'))).toMatchObject({ ok: false, reason: 'the run could not complete (exit 2): no output' });
    expect(judgeClean(run(0, [])).ok).toBe(false); // nothing ran
  });
});

describe('the mutation score and the verdict', () => {
  const detected = judgeFault(FAULT, run(1, [['money.pull.funds-debit.status-A', 'money', 'failed', 'assertion']]));
  const missed = judgeFault({ ...FAULT, name: 'other' }, run(0, [['money.pull.funds-debit.status-A', 'money', 'passed']]));
  const clean = judgeClean(run(0, [['a', 'x', 'passed']]));

  it('is detected / total, as a percentage with one decimal', () => {
    expect(mutationScore([detected, missed, detected])).toEqual({ detected: 2, total: 3, percent: 66.7 });
    expect(mutationScore([])).toEqual({ detected: 0, total: 0, percent: 0 });
    expect(scoreLine({ detected: 47, total: 48, percent: 97.9 })).toBe('mutation score: 47/48 faults detected (97.9%)');
  });

  it('passes only at 100% with a clean run that passed', () => {
    expect(selfcheckPassed({ clean, score: mutationScore([detected]) })).toBe(true);
    expect(selfcheckPassed({ clean, score: mutationScore([detected, missed]) })).toBe(false);
    expect(selfcheckPassed({ clean: { ...clean, ok: false }, score: mutationScore([detected]) })).toBe(false);
    expect(selfcheckPassed({ clean, score: mutationScore([]) })).toBe(false);
  });

  it('renders the table: fault, family, detected, the expected checks that caught it and the collateral count', () => {
    const many = judgeFault(
      { ...FAULT, expected: ['money\\..*'] },
      run(
        1,
        ['a', 'b', 'c', 'd', 'e'].map((x): Row => [`money.${x}`, 'money', 'failed', 'assertion']),
      ),
    );
    expect(renderTable([many, missed]).split('\n').slice(2)).toEqual([
      'pull-from-pre-active  money   yes       money.a, money.b, money.c, +2 more (5 of 5 expected; 0 collateral)',
      'other                 money   MISSED    the expected checks passed (1 check)',
    ]);
    expect(renderMarkdownTable([many, missed]).split('\n').slice(2)).toEqual([
      '| `pull-from-pre-active` | money | yes | `money.a`, `money.b`, `money.c`, +2 more | 0 |',
      '| `other` | money | **missed** | the expected checks passed (1 check) | 0 |',
    ]);
  });
});

describe('the catalogue', () => {
  it('names, for every fault, the checks that must catch it', () => {
    for (const f of FAULTS) expect(f.expected.length, f.name).toBeGreaterThan(0);
  });
});

describe('the runs and the options', () => {
  it("gives a lane none of the developer's CONNECTFI_*, FC_SEED or step summary", () => {
    expect(
      childEnv({
        PATH: '/bin',
        CONNECTFI_BASE_URL: 'https://prod.example',
        CONNECTFI_TOKEN: 't',
        FC_SEED: '1',
        GITHUB_STEP_SUMMARY: '/tmp/s',
      }),
    ).toEqual({ PATH: '/bin' });
  });

  it('runs against the simulator only, with its fixtures, --keep and no waivers', () => {
    const sim = {
      baseUrl: 'http://127.0.0.1:1',
      env: () => ({ CONNECTFI_LOGIN: 'u', CONNECTFI_PASSWORD: 'p', CONNECTFI_CUSTOMER_ID: 'cust1' }),
    };
    const config = runConfigFor(
      { seed: '7', runs: 5, reportDir: '/r/x', concurrency: 8, only: '^(?:a)$', files: ['suites/live/pin.test.ts'] },
      sim,
    );
    expect(config).toMatchObject({
      baseUrl: 'http://127.0.0.1:1',
      environment: 'sandbox',
      login: 'u',
      password: 'p',
      fixtures: { customerId: 'cust1' },
      only: '^(?:a)$',
      files: ['suites/live/pin.test.ts'],
      keep: true,
      waiversFile: '/r/x/no-waivers.json',
      seed: '7',
      runs: 5,
    });
    expect(config.token).toBeUndefined();
  });

  it('loads only the suite files that declare the checks a fault runs', () => {
    const clean: RunResult = {
      exitCode: 0,
      durationMs: 1,
      checks: [
        { id: 'pin.a', family: 'pin', status: 'passed', file: 'suites/live/pin.test.ts' },
        { id: 'pin.b', family: 'pin', status: 'passed', file: 'suites/live/status.test.ts' },
        { id: 'envelope.card-status.success', family: 'envelope', status: 'passed' },
      ],
    };
    expect(filesFor(idPattern(['pin\\..*']), clean)).toEqual(['suites/live/pin.test.ts', 'suites/live/status.test.ts']);
    expect(filesFor(idPattern(['envelope\\..*']), clean)).toBeUndefined(); // derived rows: every file
  });

  it('resolves the options, with defaults', () => {
    expect(resolveSelfcheckOptions({}, '/w')).toEqual({
      reportDir: '/w/reports',
      seed: '20240806',
      runs: 5,
      concurrency: defaultConcurrency(),
      faults: [...FAULTS],
      variants: [...VARIANTS],
      timeoutMs: 300_000,
    });
    expect(resolveSelfcheckOptions({ only: '^pull-from-pre-active$', runs: '3', concurrency: '2', reportDir: 'out' }, '/w')).toMatchObject({
      faults: [FAULTS.find((f) => f.name === 'pull-from-pre-active')],
      variants: [],
      runs: 3,
      concurrency: 2,
      reportDir: '/w/out',
    });
    expect(defaultConcurrency(1)).toBe(1);
    expect(defaultConcurrency(2)).toBe(2);
    expect(defaultConcurrency(64)).toBe(4);
    expect(
      selectFaults('^auth-')
        .map((f) => f.name)
        .every((n) => n.startsWith('auth-')),
    ).toBe(true);
  });

  it.each([
    [{ only: 'nope' }, '--only "nope" matches no fault; faults: auth-not-enforced, '],
    [{ only: '(' }, '--only must be a regular expression over fault names, got "("'],
    [{ runs: '0' }, '--runs must be an integer from 1 to 1000, got "0"'],
    [{ concurrency: 'x' }, '--concurrency must be an integer from 1 to 16, got "x"'],
    [{ seed: '' }, '--seed must not be empty'],
  ])('refuses %j: %s', (flags, message) => {
    expect(() => resolveSelfcheckOptions(flags)).toThrow(ConfigurationError);
    expect(() => resolveSelfcheckOptions(flags)).toThrow(message);
  });

  it('says which refusals are usage errors', () => {
    expect(() => selectFaults('nope')).toThrow(UsageError);
  });
});
