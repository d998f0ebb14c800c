import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.ts';
import { FAULT_NAMES } from '../simulator/faults/index.ts';
import { parseSelfcheckArgs } from './options.ts';
import { childEnv, runArguments } from './run-target.ts';
import { judgeClean, judgeFault, mutationScore, renderMarkdownTable, renderTable, scoreLine, selfcheckPassed, type RunResult } from './score.ts';
import { defaultConcurrency } from './selfcheck.ts';

const FAULT = { name: 'pull-from-pre-active', family: 'money', description: 'pulls from a pre-active card' };
const run = (exitCode: number | null, checks: [string, string, string][], error?: string): RunResult => ({
  exitCode, checks: checks.map(([id, family, status]) => ({ id, family, status })), durationMs: 1234, ...(error ? { error } : {}),
});

describe('judgeFault', () => {
  it('is detected when the run exits 1 and a check of the fault\'s family failed', () => {
    const row = judgeFault(FAULT, run(1, [
      ['money.pull.funds-debit.status-A', 'money', 'failed'], ['lifecycle.model-based', 'lifecycle', 'failed'],
      ['money.pull.card-to-card.status-A', 'money', 'failed'], ['money.push.status-A', 'money', 'passed'],
    ]));
    expect(row).toEqual({
      fault: 'pull-from-pre-active', family: 'money', description: 'pulls from a pre-active card', detected: true, exitCode: 1,
      detectedBy: ['money.pull.funds-debit.status-A', 'money.pull.card-to-card.status-A'], failedChecks: 3, failedFamilies: { money: 2, lifecycle: 1 }, durationMs: 1234,
    });
  });

  it('is not detected when only other families failed, and says which', () => {
    const row = judgeFault(FAULT, run(1, [['lifecycle.model-based', 'lifecycle', 'failed'], ['envelope.x.success', 'envelope', 'failed'], ['money.a', 'money', 'passed']]));
    expect(row.detected).toBe(false);
    expect(row.detectedBy).toEqual([]);
    expect(row.reason).toBe('no money check failed (failed: lifecycle ×1, envelope ×1)');
  });

  it('is not detected when the suite passes, or when the run could not complete', () => {
    expect(judgeFault(FAULT, run(0, [['money.a', 'money', 'passed']])).reason).toBe('no check failed: the suite passed against the faulty simulator');
    expect(judgeFault(FAULT, run(2, [], 'error [AUTH_REFUSED]: ...'))).toMatchObject({ detected: false, reason: 'the run could not complete (exit 2): error [AUTH_REFUSED]: ...' });
    expect(judgeFault(FAULT, run(null, [], 'timed out after 600 s')).reason).toBe('the run could not complete (exit none): timed out after 600 s');
    // A failed check of the family under an exit code other than 1 is not a detection.
    expect(judgeFault(FAULT, run(2, [['money.a', 'money', 'failed']])).detected).toBe(false);
  });
});

describe('judgeClean', () => {
  it('passes with exit 0 and no failed check', () => {
    expect(judgeClean(run(0, [['a', 'x', 'passed'], ['b', 'x', 'skipped']]))).toEqual({ ok: true, exitCode: 0, passed: 1, failed: 0, skipped: 1 });
  });

  it('fails with a failed check or a run that could not complete, naming why', () => {
    expect(judgeClean(run(1, [['a', 'x', 'failed'], ['b', 'x', 'passed']]))).toMatchObject({ ok: false, failed: 1, reason: '1 checks failed against the clean simulator: a' });
    expect(judgeClean(run(2, [], 'no output'))).toMatchObject({ ok: false, reason: 'the run could not complete (exit 2): no output' });
    expect(judgeClean(run(0, [])).ok).toBe(false); // nothing ran
  });
});

describe('the mutation score and the verdict', () => {
  const detected = judgeFault(FAULT, run(1, [['money.a', 'money', 'failed']]));
  const missed = judgeFault({ ...FAULT, name: 'other' }, run(0, []));
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

  it('renders the table: fault, family, detected, the first checks and how many more', () => {
    const many = judgeFault(FAULT, run(1, ['a', 'b', 'c', 'd', 'e'].map((x) => [`money.${x}`, 'money', 'failed'] as [string, string, string])));
    expect(renderTable([many, missed]).split('\n')).toEqual([
      'fault                 family  detected  by (checks of the family)',
      '--------------------  ------  --------  -------------------------',
      'pull-from-pre-active  money   yes       money.a, money.b, money.c, +2 more (5 of 5 failed)',
      'other                 money   NO        no check failed: the suite passed against the faulty simulator',
    ]);
    expect(renderMarkdownTable([many, missed]).split('\n').slice(2)).toEqual([
      '| `pull-from-pre-active` | money | yes | `money.a`, `money.b`, `money.c`, +2 more |',
      '| `other` | money | **no** | no check failed: the suite passed against the faulty simulator |',
    ]);
  });
});

describe('the runs and the options', () => {
  it('gives a child run the simulator\'s variables and none of the developer\'s CONNECTFI_*, FC_SEED or step summary', () => {
    const env = childEnv({ PATH: '/bin', CONNECTFI_BASE_URL: 'https://prod.example', CONNECTFI_TOKEN: 't', FC_SEED: '1', GITHUB_STEP_SUMMARY: '/tmp/s' }, { CONNECTFI_BASE_URL: 'http://127.0.0.1:1', CONNECTFI_LOGIN: 'sim_user' });
    expect(env).toEqual({ PATH: '/bin', CONNECTFI_BASE_URL: 'http://127.0.0.1:1', CONNECTFI_LOGIN: 'sim_user', CONNECTFI_ENV: 'sandbox' });
  });

  it('runs `run` with its own report dir, the seed, --runs, --keep and no waivers', () => {
    const args = runArguments({ seed: '7', runs: 5, reportDir: '/r/selfcheck/x', logFile: '/r/x.log', timeoutMs: 1000 });
    expect(args.slice(0, 1)).toEqual(['--']);
    expect(args.slice(2)).toEqual(['run', '--report-dir', '/r/selfcheck/x', '--runs', '5', '--seed', '7', '--keep', '--waivers', path.join('/r/selfcheck/x', 'no-waivers.json')]);
  });

  it('parses the options, with defaults', () => {
    expect(parseSelfcheckArgs([], '/w')).toEqual({ reportDir: '/w/reports', seed: '20240806', runs: 5, concurrency: defaultConcurrency(), timeoutMs: 600_000 });
    expect(parseSelfcheckArgs(['--fault', FAULT_NAMES[0]!, '--fault', FAULT_NAMES[1]!, '--runs', '3', '--concurrency', '2', '--report-dir', 'out'], '/w'))
      .toMatchObject({ faults: [FAULT_NAMES[0], FAULT_NAMES[1]], runs: 3, concurrency: 2, reportDir: '/w/out' });
    expect(parseSelfcheckArgs(['--help'])).toBe('help');
    expect(defaultConcurrency(1)).toBe(1);
    expect(defaultConcurrency(2)).toBe(2);
    expect(defaultConcurrency(64)).toBe(4);
  });

  it.each([
    [['--fault', 'nope'], '--fault must be a fault of src/simulator/faults/, got "nope"; valid: auth-not-enforced, '],
    [['--runs', '0'], '--runs must be an integer from 1 to 1000, got "0"'],
    [['--concurrency', 'x'], '--concurrency must be an integer from 1 to 16, got "x"'],
    [['--seed', ''], '--seed must not be empty'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseSelfcheckArgs(argv)).toThrow(UsageError);
    expect(() => parseSelfcheckArgs(argv)).toThrow(message);
  });
});
